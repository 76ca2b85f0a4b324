import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { StoryList } from '@/components/article/story-list';
import { ListPagination } from '@/components/ui/list-pagination';
import { SourceLogo } from '@/components/ui/source-logo';
import { getEntityRedirect, getSourcePage } from '@/app/_server/cached-reads';
import { safeHref } from '@/lib/content';
import { listFeedLink } from '@/lib/feeds/list-feed';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/sources/[slug]'>): Promise<Metadata> {
  const page = await getSourcePage((await params).slug);
  if (!page) return {};
  const { source } = page;
  const site = siteInfo();
  return pageMetadata({
    site,
    title: source.name,
    description: source.description || `Stories from ${source.name}, summarised by ${site.name}.`,
    path: paths.source(source.slug),
    feeds: listFeedLink({ kind: 'source', source }, site),
  });
}

// The first page only: older pages (?before=) are served by /stories (see next.config.mjs).
export default async function SourcePage({ params }: PageProps<'/sources/[slug]'>) {
  const slug = (await params).slug;
  const page = await getSourcePage(slug);
  if (!page) {
    // A renamed source's old address answers 308 to the new one, before anything streams.
    const target = await getEntityRedirect('source', slug);
    if (target) permanentRedirect(paths.source(target));
    notFound();
  }
  const { source } = page;
  const homepage = safeHref(source.homepageUrl);
  return (
    <div className="listing">
      <header className="profile">
        <SourceLogo name={source.name} logoUrl={source.logoUrl} size={72} />
        <div>
          <p className="profile__kicker">Source</p>
          <h1 className="profile__name">{source.name}</h1>
          {source.description ? <p className="profile__description">{source.description}</p> : null}
          {homepage ? (
            <p>
              <a href={homepage} rel="noopener noreferrer nofollow" className="profile__homepage">
                Visit {source.name}’s website
              </a>
            </p>
          ) : null}
        </div>
      </header>
      <StoryList stories={page.page.stories} title={`Stories from ${source.name}`} />
      <ListPagination listPath={paths.source(source.slug)} page={page.page} />
    </div>
  );
}
