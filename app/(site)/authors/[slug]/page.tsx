import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PersonProfile } from '@/components/article/person-profile';
import { StoryList } from '@/components/article/story-list';
import { JsonLd } from '@/components/seo/json-ld';
import { ListPagination } from '@/components/ui/list-pagination';
import { getEntityRedirect, getPersonPage } from '@/app/_server/cached-reads';
import { listFeedLink } from '@/lib/feeds/list-feed';
import { breadcrumbJsonLd, profilePageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/authors/[slug]'>): Promise<Metadata> {
  const page = await getPersonPage((await params).slug);
  if (!page) return {};
  const { person } = page;
  const site = siteInfo();
  return pageMetadata({
    site,
    title: person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name,
    description: person.bioText || `Stories by ${person.name} on ${site.name}.`,
    path: paths.author(person.slug),
    feeds: listFeedLink({ kind: 'person', person }, site),
  });
}

// The first page only: older pages (?before=) are served by /stories (see next.config.mjs).
export default async function AuthorPage({ params }: PageProps<'/authors/[slug]'>) {
  const slug = (await params).slug;
  const page = await getPersonPage(slug);
  if (!page) {
    // A renamed person's old address answers 308 to the new one, before anything streams.
    const target = await getEntityRedirect('person', slug);
    if (target) permanentRedirect(paths.author(target));
    notFound();
  }
  const { person } = page;
  const site = siteInfo();
  return (
    <div className="listing">
      <JsonLd data={profilePageJsonLd(person, site)} />
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: site.name, path: paths.home },
            { name: person.name, path: paths.author(person.slug) },
          ],
          site,
        )}
      />
      <PersonProfile person={person} />
      <StoryList stories={page.page.stories} title={`Stories by ${person.name}`} />
      <ListPagination listPath={paths.author(person.slug)} page={page.page} />
    </div>
  );
}
