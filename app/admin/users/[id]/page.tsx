import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/app/_server/session';
import { AdminTime } from '@/components/admin/admin-time';
import { getDb } from '@/db/client';
import { findUserById } from '@/db/queries/users';
import { PasswordForm, RoleForm, StatusForm } from './user-forms';

export const metadata: Metadata = { title: 'User' };

export default async function UserPage({ params }: PageProps<'/admin/users/[id]'>) {
  const { id } = await params;
  const actor = await requireActor(`/admin/users/${encodeURIComponent(id)}`, 'users:manage');
  const user = z.uuid().safeParse(id).success ? await findUserById(await getDb(), id) : null;
  if (!user) notFound();
  const self = user.id === actor.id;
  const target = { id: user.id, name: user.name, role: user.role, disabled: user.disabled };
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <AppLink href="/admin/users">Users</AppLink>
      </p>
      <h1>
        {user.name}
        {self ? <span className="muted"> (you)</span> : null}
      </h1>
      <dl className="facts">
        <dt>Email</dt>
        <dd className="break">{user.email}</dd>
        <dt>Role</dt>
        <dd>
          <span className="role-badge">{user.role}</span>
        </dd>
        <dt>Status</dt>
        <dd>
          <span className={user.disabled ? 'status-badge status-badge--disabled' : 'status-badge status-badge--active'}>
            {user.disabled ? 'Disabled' : 'Active'}
          </span>
        </dd>
        <dt>Last sign-in</dt>
        <dd>
          <AdminTime date={user.lastLoginAt} fallback="Never" />
        </dd>
        <dt>Added</dt>
        <dd>
          <AdminTime date={user.createdAt} />
        </dd>
      </dl>
      <div className="panels">
        <RoleForm user={target} self={self} />
        <StatusForm user={target} self={self} />
        <PasswordForm user={target} self={self} />
      </div>
    </div>
  );
}
