import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { createArticle } from '@/app/admin/articles/[id]/actions';
import { requireActor } from '@/app/_server/session';
import { EdgePurgeHealth } from '@/components/admin/edge-purge-health';
import { PublishingHealth } from '@/components/admin/publishing-health';
import { PendingProposals } from './_components/pending-proposals';
import { getDb } from '@/db/client';
import { listDashboard } from '@/db/queries/newsroom';
import { listPeopleOptions } from '@/db/queries/people';
import { getSections } from '@/app/_server/cached-reads';
import { DASHBOARD_PAGE_SIZE, dashboardErrorText, dashboardFilterSchema } from '@/lib/newsroom/dashboard-filter';
import { ARTICLE_STATUS_LABELS } from '@/lib/vocabulary';
import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Articles' };

const notices: Record<string, string> = {
  denied: 'You don’t have access to that page.',
  deleted: 'The draft was deleted.',
};

export default async function DashboardPage({ searchParams }: PageProps<'/admin'>) {
  const actor = await requireActor('/admin');
  const params = await searchParams;
  const filter = dashboardFilterSchema.parse(params);
  const db = await getDb();
  // Writers see their own work; editors and admins the whole newsroom.
  const authorId = actor.role === 'writer' ? actor.id : undefined;
  const [{ rows, total }, sections, people] = await Promise.all([
    listDashboard(db, { ...filter, authorId, personId: filter.person, sectionId: filter.section, pageSize: DASHBOARD_PAGE_SIZE }),
    getSections(),
    listPeopleOptions(db),
  ]);
  const pages = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const notice = Object.keys(notices).find((key) => params[key] !== undefined);
  const error = dashboardErrorText(params.error);
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filter, page: String(page) })) {
      if (value !== undefined && key !== 'page') query.set(key, String(value));
    }
    if (page > 1) query.set('page', String(page));
    const qs = query.toString();
    return qs ? `/admin?${qs}` : '/admin';
  };
  const zone = env().SITE_TIME_ZONE;

  return (
    <>
      <div className="dashboard-head">
        <h1>Articles</h1>
        <form action={createArticle}>
          <button type="submit" className="button button--primary">
            New article
          </button>
        </form>
      </div>
      {notice ? <p className="form-notice">{notices[notice]}</p> : null}
      {error ? (
        <p className="form-alert" role="alert">
          {error}
        </p>
      ) : null}
      {actor.role !== 'writer' ? <PublishingHealth /> : null}
      <PendingProposals actor={actor} />
      {actor.role !== 'writer' ? <EdgePurgeHealth /> : null}

      <form className="dashboard-filters" method="get" role="search" aria-label="Filter articles">
        <div className="field">
          <label htmlFor="q">Headline</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="status">Status</label>
          <select id="status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any</option>
            {Object.entries(ARTICLE_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="section">Section</label>
          <select id="section" name="section" defaultValue={filter.section ?? ''}>
            <option value="">Any</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="person">Author</label>
          <select id="person" name="person" defaultValue={filter.person ?? ''}>
            <option value="">Anyone</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>

      <p className="dashboard-count" aria-live="polite">
        {total === 1 ? '1 article' : `${total} articles`}
      </p>
      <div className="table-scroll">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col">Section</th>
              <th scope="col">Source</th>
              <th scope="col">Author</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <AppLink href={`/admin/articles/${row.id}`}>{row.headline || 'Untitled draft'}</AppLink>
                </td>
                <td>
                  <span className={`status-badge status-badge--${row.status}`}>{ARTICLE_STATUS_LABELS[row.status]}</span>
                  {row.status === 'scheduled' && row.scheduledAt ? (
                    <div className="field-hint">{exactTime(row.scheduledAt, zone)}</div>
                  ) : null}
                </td>
                <td>{row.sectionName ?? '—'}</td>
                <td>{row.sourceName ?? '—'}</td>
                <td>{row.bylines ?? <span className="muted">No byline</span>}</td>
                <td>
                  <time dateTime={row.updatedAt.toISOString()}>{exactTime(row.updatedAt, zone)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="empty">No articles match.</p> : null}
      {pages > 1 ? (
        <nav aria-label="Pages" className="pager">
          {filter.page > 1 ? (
            <AppLink href={pageHref(filter.page - 1)} rel="prev">
              Newer
            </AppLink>
          ) : null}
          <span>
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages ? (
            <AppLink href={pageHref(filter.page + 1)} rel="next">
              Older
            </AppLink>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
