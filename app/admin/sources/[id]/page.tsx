import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { findSourceById } from '@/db/queries/taxonomy';
import { DeleteEntryForm } from '@/components/admin/delete-entry-form';
import { deleteSourceAction } from '../actions';
import { SourceForm } from '../source-form';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params }: PageProps<'/admin/sources/[id]'>) {
  const { id } = await params;
  await requireActor(`/admin/sources/${encodeURIComponent(id)}`, 'sources:manage');
  const source = z.uuid().safeParse(id).success ? await findSourceById(await getDb(), id) : null;
  if (!source) notFound();
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/sources">Sources</AppLink>
      </p>
      <div className="page-heading">
        <h1>{source.name}</h1>
        <AppLink href={`/sources/${source.slug}`} prefetch={false} className="button">
          View profile
        </AppLink>
      </div>
      <SourceForm
        source={{
          id: source.id,
          name: source.name,
          slug: source.slug,
          homepageUrl: source.homepageUrl,
          description: source.description,
          logoUrl: source.logoUrl,
        }}
      />
      <DeleteEntryForm
        action={deleteSourceAction}
        id={source.id}
        what="this source"
        hint="Only a source no story uses can be deleted; its old addresses stop working."
      />
    </div>
  );
}
