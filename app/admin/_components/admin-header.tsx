import { AppLink } from '@/components/ui/app-link';
import { signOut } from '@/app/_server/auth';
import { getActor } from '@/app/_server/session';
import { can } from '@/lib/authz/policy';

export async function AdminHeader() {
  const actor = await getActor();
  if (!actor) return <header className="admin-header" />;
  return (
    <header className="admin-header">
      <AppLink href="/admin" className="admin-header__brand">
        Newsroom
      </AppLink>
      <nav aria-label="Newsroom" className="admin-nav">
        <ul>
          <li>
            <AppLink href="/admin">Articles</AppLink>
          </li>
          <li>
            {/* Editors and admins manage the directory; a writer lands on their own profile. */}
            <AppLink href="/admin/people">{can(actor, 'people:manage') ? 'People' : 'My profile'}</AppLink>
          </li>
          {can(actor, 'media:view') ? (
            <li>
              <AppLink href="/admin/media">Media</AppLink>
            </li>
          ) : null}
          {can(actor, 'users:manage') ? (
            <li>
              <AppLink href="/admin/users">Users</AppLink>
            </li>
          ) : null}
          {can(actor, 'sources:manage') ? (
            <li>
              <AppLink href="/admin/sources">Sources</AppLink>
            </li>
          ) : null}
          {can(actor, 'sections:manage') ? (
            <li>
              <AppLink href="/admin/sections">Sections</AppLink>
            </li>
          ) : null}
          {can(actor, 'standards:manage') ? (
            <li>
              <AppLink href="/admin/standards">Standards</AppLink>
            </li>
          ) : null}
          <li>
            <AppLink href="/" prefetch={false}>
              View site
            </AppLink>
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
