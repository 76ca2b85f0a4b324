import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { StoryList } from '@/components/article/story-list';
import { JsonLd } from '@/components/seo/json-ld';
import { ListPagination } from '@/components/ui/list-pagination';
import { getEntityRedirect, getSectionPage } from '@/app/_server/cached-reads';
import { listFeedLink } from '@/lib/feeds/list-feed';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/sections/[slug]'>): Promise<Metadata> {
  const page = await getSectionPage((await params).slug);
  if (!page) return {};
  const { section } = page;
  const site = siteInfo();
  return pageMetadata({
    site,
    title: section.name,
    description: `The latest ${section.name} stories, summarised with their key points.`,
    path: paths.section(section.slug),
    feeds: listFeedLink({ kind: 'section', section }, site),
  });
}

// The first page only: older pages (?before=) are served by /stories (see next.config.mjs),
// so this one stays prerendered.
export default async function SectionPage({ params }: PageProps<'/sections/[slug]'>) {
  const slug = (await params).slug;
  const page = await getSectionPage(slug);
  if (!page) {
    // A renamed section's old address answers 308 to the new one, before anything streams.
    const target = await getEntityRedirect('section', slug);
    if (target) permanentRedirect(paths.section(target));
    notFound();
  }
  const { section } = page;
  const site = siteInfo();
  return (
    <div className="listing">
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: site.name, path: paths.home },
            { name: section.name, path: paths.section(section.slug) },
          ],
          site,
        )}
      />
      <header className="listing__header">
        <p className="profile__kicker">Section</p>
        <h1>{section.name}</h1>
      </header>
      <StoryList stories={page.page.stories} title={`Latest in ${section.name}`} />
      <ListPagination listPath={paths.section(section.slug)} page={page.page} />
    </div>
  );
}
