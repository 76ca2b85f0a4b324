import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { findPersonOfUser, listPeopleForAdmin } from '@/db/queries/people';
import { can } from '@/lib/authz/policy';

export const metadata: Metadata = { title: 'People' };

export default async function PeoplePage({ searchParams }: PageProps<'/admin/people'>) {
  const actor = await requireActor('/admin/people');
  const db = await getDb();
  if (!can(actor, 'people:manage')) {
    // A writer manages only their own profile: straight to it, if their account has one.
    const own = await findPersonOfUser(db, actor.id);
    if (own) redirect(`/admin/people/${own.id}`);
    return (
      <div className="narrow">
        <h1>People</h1>
        <p>Your account has no byline profile yet. An editor can create one and link it to your account.</p>
      </div>
    );
  }
  const { q, created, deleted } = await searchParams;
  const query = typeof q === 'string' ? q.trim().slice(0, 100).replace(/\0/g, '') : '';
  const people = await listPeopleForAdmin(db, query || undefined);
  const createdPerson = typeof created === 'string' ? people.find((person) => person.id === created) : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>People</h1>
        <AppLink href="/admin/people/new" className="button button--primary">
          New person
        </AppLink>
      </div>
      {createdPerson ? (
        <p className="form-notice" role="status">
          {createdPerson.name} was added. Their author page is live at{' '}
          <AppLink href={`/authors/${createdPerson.slug}`} prefetch={false}>
            /authors/{createdPerson.slug}
          </AppLink>
          .
        </p>
      ) : null}
      {typeof deleted === 'string' ? (
        <p className="form-notice" role="status">
          The profile was deleted.
        </p>
      ) : null}
      <form role="search" className="filters" action="/admin/people">
        <div className="field">
          <label htmlFor="people-q">Search people</label>
          <input id="people-q" name="q" type="search" defaultValue={query} maxLength={100} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {people.length === 0 ? (
        <p className="empty">{query ? `Nobody matches “${query}”.` : 'No people yet.'}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table admin-table--stack">
            <caption className="visually-hidden">People</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Job title</th>
                <th scope="col">Account</th>
                <th scope="col" className="numeric">
                  Stories
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <AppLink href={`/admin/people/${person.id}`}>{person.name}</AppLink>
                  </th>
                  <td data-label="Job title">{person.jobTitle || <span className="muted">—</span>}</td>
                  <td data-label="Account">{person.accountName ?? <span className="muted">Guest</span>}</td>
                  <td className="numeric" data-label="Stories">
                    {person.stories}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
