import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { NewUserForm } from './new-user-form';

export const metadata: Metadata = { title: 'New user' };

export default async function NewUserPage() {
  await requireActor('/admin/users/new', 'users:manage');
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link href="/admin/users">Users</Link>
      </p>
      <h1>New user</h1>
      <NewUserForm />
    </div>
  );
}
