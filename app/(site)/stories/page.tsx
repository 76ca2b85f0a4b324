import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryList } from '@/components/article/story-list';
import { ListPagination } from '@/components/ui/list-pagination';
import { getStoryList, type ResolvedList } from '@/app/_server/cached-reads';
import { parseListRequest } from '@/lib/paging/list-request';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';

/*
 * Older (and newer) pages of the front page, a section or a source. Readers reach these as
 * /?before=…, /sections/x?before=…, /sources/x?before=… through the rewrites in
 * next.config.mjs, which keep the lists' first pages fully prerendered.
 *
 * No <Suspense> around the list: the whole page renders per request, so its HTML arrives
 * complete and in order, readable with JavaScript off. `instant = false` says that is meant.
 */
export const instant = false;

type Props = PageProps<'/stories'>;

async function load(searchParams: Props['searchParams']) {
  const parsed = parseListRequest(await searchParams);
  if (!parsed) return null;
  const found = await getStoryList(parsed.list, parsed.request);
  return found ? { ...found, request: parsed.request } : null;
}

function describeList(list: ResolvedList, siteName: string) {
  if (list.kind === 'section') return { name: list.section.name, path: paths.section(list.section.slug) };
  if (list.kind === 'source') return { name: list.source.name, path: paths.source(list.source.slug) };
  if (list.kind === 'person') return { name: list.person.name, path: paths.author(list.person.slug) };
  return { name: siteName, path: paths.home };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const found = await load(searchParams);
  if (!found) return { title: 'Page not found', robots: { index: false } };
  const site = siteInfo();
  const { name, path } = describeList(found.list, site.name);
  const request = found.request;
  const self = request
    ? request.direction === 'before'
      ? paths.olderPage(path, request.cursor)
      : paths.newerPage(path, request.cursor)
    : path;
  return pageMetadata({
    site,
    title: `${name}: more stories`,
    description: `Earlier stories from ${name}.`,
    path: self,
    // Every story is in the sitemap; these pages are for following, not for results.
    noindex: true,
  });
}

export default async function StoriesPage({ searchParams }: Props) {
  const found = await load(searchParams);
  if (!found) notFound();
  const { name, path } = describeList(found.list, siteInfo().name);
  const { page, request } = found;
  return (
    <div className="listing">
      <header className="listing__header">
        <p className="profile__kicker">
          <a href={path}>{name}</a>
        </p>
        <h1>{request?.direction === 'after' ? 'Newer stories' : 'Earlier stories'}</h1>
      </header>
      <StoryList stories={page.stories} title={page.stories.length > 0 ? `From ${name}` : `No more stories from ${name}`} />
      <ListPagination listPath={path} page={page} />
    </div>
  );
}
