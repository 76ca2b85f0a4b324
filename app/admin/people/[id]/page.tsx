import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { DeniedNotice } from '@/components/admin/denied-notice';
import { DeleteEntryForm } from '@/components/admin/delete-entry-form';
import { getDb } from '@/db/client';
import { findPersonById, listAccountOptions } from '@/db/queries/people';
import { can, canEditPerson } from '@/lib/authz/policy';
import { linksToLines } from '@/lib/people/schemas';
import { deletePersonAction } from '../actions';
import { PersonForm } from '../person-form';

export const metadata: Metadata = { title: 'Edit person' };

export default async function EditPersonPage({ params }: PageProps<'/admin/people/[id]'>) {
  const { id } = await params;
  const actor = await requireActor(`/admin/people/${encodeURIComponent(id)}`);
  const db = await getDb();
  const person = z.uuid().safeParse(id).success ? await findPersonById(db, id) : null;
  if (!person) notFound();
  if (!canEditPerson(actor, person)) return <DeniedNotice />;
  const manages = can(actor, 'people:manage');
  const accounts = manages ? await listAccountOptions(db) : null;
  return (
    <div className="narrow">
      {manages ? (
        <p className="breadcrumb">
          <AppLink href="/admin/people">People</AppLink>
        </p>
      ) : null}
      <div className="page-heading">
        <h1>{person.name}</h1>
        <AppLink href={`/authors/${person.slug}`} prefetch={false} className="button">
          View author page
        </AppLink>
      </div>
      <PersonForm
        person={{
          id: person.id,
          name: person.name,
          slug: person.slug,
          jobTitle: person.jobTitle,
          bio: person.bio,
          beats: person.beats.join(', '),
          links: linksToLines(person.links),
          photoUrl: person.photoUrl,
          userId: person.userId,
        }}
        accounts={accounts}
      />
      {manages ? (
        <DeleteEntryForm
          action={deletePersonAction}
          id={person.id}
          what="this profile"
          hint="Only a person with no bylines can be deleted; their author page then stops working."
        />
      ) : null}
    </div>
  );
}
