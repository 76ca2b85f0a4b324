import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { listAccountOptions } from '@/db/queries/people';
import { PersonForm } from '../person-form';

export const metadata: Metadata = { title: 'New person' };

export default async function NewPersonPage() {
  await requireActor('/admin/people/new', 'people:manage');
  const accounts = await listAccountOptions(await getDb());
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/people">People</AppLink>
      </p>
      <h1>New person</h1>
      <PersonForm accounts={accounts} />
    </div>
  );
}
