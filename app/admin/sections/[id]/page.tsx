import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { findSectionById } from '@/db/queries/taxonomy';
import { DeleteEntryForm } from '@/components/admin/delete-entry-form';
import { deleteSectionAction } from '../actions';
import { SectionForm } from '../section-form';

export const metadata: Metadata = { title: 'Edit section' };

export default async function EditSectionPage({ params }: PageProps<'/admin/sections/[id]'>) {
  const { id } = await params;
  await requireActor(`/admin/sections/${encodeURIComponent(id)}`, 'sections:manage');
  const section = z.uuid().safeParse(id).success ? await findSectionById(await getDb(), id) : null;
  if (!section) notFound();
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/sections">Sections</AppLink>
      </p>
      <div className="page-heading">
        <h1>{section.name}</h1>
        <AppLink href={`/sections/${section.slug}`} prefetch={false} className="button">
          View section
        </AppLink>
      </div>
      <SectionForm section={{ id: section.id, name: section.name, slug: section.slug }} />
      <DeleteEntryForm
        action={deleteSectionAction}
        id={section.id}
        what="this section"
        hint="Only a section no story is in can be deleted; its old addresses stop working."
      />
    </div>
  );
}
