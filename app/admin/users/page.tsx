import type { Metadata } from 'next';
import Link from 'next/link';
import { requireActor } from '@/app/_server/session';
import { AdminTime } from '@/components/admin/admin-time';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const actor = await requireActor('/admin/users', 'users:manage');
  const [users, { created }] = await Promise.all([listUsers(await getDb()), searchParams]);
  const createdUser = typeof created === 'string' ? users.find((user) => user.id === created) : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>Users</h1>
        <Link href="/admin/users/new" className="button button--primary">
          New user
        </Link>
      </div>
      {createdUser ? (
        <p className="form-notice" role="status">
          {createdUser.name} can now sign in as {createdUser.role === 'admin' ? 'an' : 'a'} {createdUser.role}.
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="admin-table admin-table--stack">
          <caption className="visually-hidden">Newsroom users</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} aria-current={user.id === createdUser?.id ? 'true' : undefined}>
                <th scope="row">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                  {user.id === actor.id ? <span className="muted"> (you)</span> : null}
                </th>
                <td className="break" data-label="Email">
                  {user.email}
                </td>
                <td data-label="Role">
                  <span className="role-badge">{user.role}</span>
                </td>
                <td data-label="Status">
                  <span className={user.disabled ? 'status-badge status-badge--disabled' : 'status-badge status-badge--active'}>
                    {user.disabled ? 'Disabled' : 'Active'}
                  </span>
                </td>
                <td data-label="Last sign-in">
                  <AdminTime date={user.lastLoginAt} fallback="Never" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
