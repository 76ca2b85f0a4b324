import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { CorrectionsList } from '@/components/article/corrections-list';
import { getCorrectionsPage } from '@/app/_server/trust-reads';
import { env } from '@/lib/env';
import { parsePageRequest } from '@/lib/paging/page-request';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { STANDARDS_PAGES } from '@/lib/standards/pages';

/*
 * Every correction, clarification and editor's note, newest first, keyset paged by
 * `?before=` (time + id) like the story lists. Rendered per request with no <Suspense>, so
 * the whole page arrives in order and works without JavaScript; each page is cached.
 */
export const instant = false;

type Props = PageProps<'/corrections'>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parsePageRequest(await searchParams);
  const site = siteInfo();
  return pageMetadata({
    site,
    title: 'Corrections and notes',
    description: `Every correction, clarification and editor’s note on ${site.name} stories, newest first.`,
    path: paths.corrections,
    feeds: [{ title: `${site.name}: corrections and notes`, url: paths.correctionsFeed, format: 'rss' }],
    // Later pages are for readers; crawlers need the first one and the feed.
    noindex: request !== null,
  });
}

export default async function CorrectionsPage({ searchParams }: Props) {
  const request = parsePageRequest(await searchParams);
  const page = await getCorrectionsPage(request);
  return (
    <div className="listing corrections-page">
      <header className="listing__header">
        <p className="profile__kicker">Trust</p>
        <h1>Corrections and notes</h1>
        <p>
          When we get something wrong, we say so here and on the story. Read our{' '}
          <AppLink href={STANDARDS_PAGES['corrections-policy'].path}>corrections policy</AppLink>, or follow this page with{' '}
          <a href={paths.correctionsFeed}>its RSS feed</a>.
        </p>
      </header>
      <CorrectionsList records={page.records} timeZone={env().SITE_TIME_ZONE} />
      {request || page.older ? (
        <nav aria-label="Pages" className="pagination">
          {request ? (
            <a href={paths.corrections} rel="prev" className="pagination__link pagination__link--newer">
              <span aria-hidden="true">← </span>Newest
            </a>
          ) : null}
          {page.older ? (
            <a href={paths.olderPage(paths.corrections, page.older)} rel="next" className="pagination__link pagination__link--older">
              Older<span aria-hidden="true"> →</span>
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
