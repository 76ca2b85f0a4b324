import Link from 'next/link';
import { signOut } from '@/app/_server/auth';
import { getActor } from '@/app/_server/session';
import { can } from '@/lib/authz/policy';

export async function AdminHeader() {
  const actor = await getActor();
  if (!actor) return <header className="admin-header" />;
  return (
    <header className="admin-header">
      <Link href="/admin" className="admin-header__brand">
        Newsroom
      </Link>
      <nav aria-label="Newsroom" className="admin-nav">
        <ul>
          <li>
            <Link href="/admin">Articles</Link>
          </li>
          {can(actor, 'media:view') ? (
            <li>
              <Link href="/admin/media">Media</Link>
            </li>
          ) : null}
          {can(actor, 'users:manage') ? (
            <li>
              <Link href="/admin/users">Users</Link>
            </li>
          ) : null}
          {can(actor, 'sources:manage') ? (
            <li>
              <Link href="/admin/sources">Sources</Link>
            </li>
          ) : null}
          {can(actor, 'sections:manage') ? (
            <li>
              <Link href="/admin/sections">Sections</Link>
            </li>
          ) : null}
          <li>
            <Link href="/" prefetch={false}>
              View site
            </Link>
          </li>
        </ul>
      </nav>
      <div className="admin-header__user">
        <span>
          {actor.name} <span className="role-badge">{actor.role}</span>
        </span>
        <form
          action={async () => {
            'use server';
            await signOut({ redirectTo: '/signin' });
          }}
        >
          <button type="submit" className="button button--quiet">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
