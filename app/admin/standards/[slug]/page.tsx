import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { findStandardsPage } from '@/db/queries/standards';
import { STANDARDS_DEMO_TEXT } from '@/lib/standards/demo-text';
import { isStandardsPageSlug, STANDARDS_PAGES } from '@/lib/standards/pages';
import { standardsTextFromDoc } from '@/lib/standards/text-format';
import { StandardsForm } from '../standards-form';

export const metadata: Metadata = { title: 'Edit standards page' };

export default async function EditStandardsPage({ params }: PageProps<'/admin/standards/[slug]'>) {
  const { slug } = await params;
  await requireActor(`/admin/standards/${encodeURIComponent(slug)}`, 'standards:manage');
  if (!isStandardsPageSlug(slug)) notFound();
  const row = await findStandardsPage(await getDb(), slug);
  const definition = STANDARDS_PAGES[slug];
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/standards">Standards pages</AppLink>
      </p>
      <div className="page-heading">
        <h1>{row?.title ?? definition.defaultTitle}</h1>
        <AppLink href={definition.path} prefetch={false} className="button">
          View page
        </AppLink>
      </div>
      <StandardsForm
        page={{
          slug,
          title: row?.title ?? definition.defaultTitle,
          text: row ? standardsTextFromDoc(row.body) : STANDARDS_DEMO_TEXT[slug],
        }}
      />
    </div>
  );
}
