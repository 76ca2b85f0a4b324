import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { requireActor } from '@/app/_server/session';
import { getDb } from '@/db/client';
import { listStandardsPages } from '@/db/queries/standards';
import { standardsPageList } from '@/lib/standards/pages';
import { env } from '@/lib/env';
import { exactTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Standards pages' };

export default async function StandardsPagesAdmin() {
  await requireActor('/admin/standards', 'standards:manage');
  const saved = new Map((await listStandardsPages(await getDb())).map((row) => [row.slug, row]));
  const zone = env().SITE_TIME_ZONE;
  return (
    <>
      <h1>Standards pages</h1>
      <p>What the site says about how the newsroom works. Each is linked in every page’s footer and from the site’s structured data.</p>
      <div className="table-scroll">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Page</th>
              <th scope="col">Address</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {standardsPageList().map((page) => {
              const row = saved.get(page.slug);
              return (
                <tr key={page.slug}>
                  <td>
                    <AppLink href={`/admin/standards/${page.slug}`}>{row?.title ?? page.defaultTitle}</AppLink>
                  </td>
                  <td>
                    <AppLink href={page.path} prefetch={false}>
                      {page.path}
                    </AppLink>
                  </td>
                  <td>{row ? <time dateTime={row.updatedAt.toISOString()}>{exactTime(row.updatedAt, zone)}</time> : 'Not saved yet'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
