import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { NewUserForm } from './new-user-form';

export const metadata: Metadata = { title: 'New user' };

export default async function NewUserPage() {
  await requireActor('/admin/users/new', 'users:manage');
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/users">Users</AppLink>
      </p>
      <h1>New user</h1>
      <NewUserForm />
    </div>
  );
}
