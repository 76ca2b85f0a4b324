import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { AdminTime } from '@/components/admin/admin-time';
import { getDb } from '@/db/client';
import { listUsers } from '@/db/queries/users';
import { type AccountLockStatus, needsAttention, signInLockStatuses } from '@/lib/users/sign-in-locks';
import { UnlockForm } from './unlock-form';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const actor = await requireActor('/admin/users', 'users:manage');
  const db = await getDb();
  const [users, { created, unlocked }] = await Promise.all([listUsers(db), searchParams]);
  const signIns = await signInLockStatuses(db, users);
  const createdUser = typeof created === 'string' ? users.find((user) => user.id === created) : undefined;
  const unlockedUser = typeof unlocked === 'string' ? users.find((user) => user.id === unlocked) : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>Users</h1>
        <AppLink href="/admin/users/new" className="button button--primary">
          New user
        </AppLink>
      </div>
      {createdUser ? (
        <p className="form-notice" role="status">
          {createdUser.name} can now sign in as {createdUser.role === 'admin' ? 'an' : 'a'} {createdUser.role}.
        </p>
      ) : null}
      {unlockedUser ? (
        <p className="form-notice" role="status">
          {unlockedUser.name} can sign in again: their failed sign-ins and locks are cleared.
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
              <th scope="col">Failed sign-ins</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} aria-current={user.id === createdUser?.id ? 'true' : undefined}>
                <th scope="row">
                  <AppLink href={`/admin/users/${user.id}`}>{user.name}</AppLink>
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
                <td data-label="Failed sign-ins">
                  <SignInFlag status={signIns.get(user.id)} userId={user.id} name={user.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Someone guessing at an account shows here: failures in the last hour, addresses locked
 * out, a wait in force — with an Unlock button that clears them (lib/users/sign-in-locks.ts).
 */
function SignInFlag({ status, userId, name }: { status: AccountLockStatus | undefined; userId: string; name: string }) {
  if (!status || !needsAttention(status)) return <span className="muted">None</span>;
  const failures = `${status.recentFailures} failed sign-in${status.recentFailures === 1 ? '' : 's'} in the last hour`;
  const locked = status.lockedAddresses > 0 ? `, ${status.lockedAddresses} address${status.lockedAddresses === 1 ? '' : 'es'} locked out` : '';
  return (
    <>
      <span className="status-badge status-badge--disabled">{failures + locked}</span>
      <UnlockForm userId={userId} name={name} />
    </>
  );
}
