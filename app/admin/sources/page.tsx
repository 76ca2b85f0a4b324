import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { SourceLogo } from '@/components/ui/source-logo';
import { getDb } from '@/db/client';
import { listSourcesForAdmin } from '@/db/queries/taxonomy';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage({ searchParams }: PageProps<'/admin/sources'>) {
  await requireActor('/admin/sources', 'sources:manage');
  const [sources, { created, deleted }] = await Promise.all([listSourcesForAdmin(await getDb()), searchParams]);
  const createdSource = typeof created === 'string' ? sources.find((source) => source.id === created) : undefined;
  return (
    <>
      <div className="page-heading">
        <h1>Sources</h1>
        <AppLink href="/admin/sources/new" className="button button--primary">
          New source
        </AppLink>
      </div>
      {createdSource ? (
        <p className="form-notice" role="status">
          {createdSource.name} was added. Its profile is live at{' '}
          <AppLink href={`/sources/${createdSource.slug}`} prefetch={false}>
            /sources/{createdSource.slug}
          </AppLink>
          .
        </p>
      ) : null}
      {typeof deleted === 'string' ? (
        <p className="form-notice" role="status">
          The source was deleted.
        </p>
      ) : null}
      {sources.length === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table admin-table--stack">
            <caption className="visually-hidden">Sources</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Slug</th>
                <th scope="col">Website</th>
                <th scope="col" className="numeric">
                  Stories
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((source) => (
                <tr key={source.id}>
                  <th scope="row">
                    <span className="with-logo">
                      <SourceLogo name={source.name} logoUrl={source.logoUrl} size={24} />
                      <AppLink href={`/admin/sources/${source.id}`}>{source.name}</AppLink>
                    </span>
                  </th>
                  <td data-label="Slug">
                    <AppLink href={`/sources/${source.slug}`} prefetch={false} className="mono">
                      {source.slug}
                    </AppLink>
                  </td>
                  <td className="break" data-label="Website">
                    {source.homepageUrl ?? <span className="muted">—</span>}
                  </td>
                  <td className="numeric" data-label="Stories">
                    {source.stories}
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
