import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryList } from '@/components/article/story-list';
import { SourceLogo } from '@/components/ui/source-logo';
import { getSourcePage } from '@/db/queries/public';
import { safeHref } from '@/lib/content';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

const PAGE_SIZE = 40;

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/sources/[slug]'>): Promise<Metadata> {
  const page = await getSourcePage((await params).slug, PAGE_SIZE);
  if (!page) return {};
  return { title: page.source.name, description: page.source.description };
}

export default async function SourcePage({ params }: PageProps<'/sources/[slug]'>) {
  const page = await getSourcePage((await params).slug, PAGE_SIZE);
  if (!page) notFound();
  const { source, stories } = page;
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
      <StoryList stories={stories} title={`Stories from ${source.name}`} />
    </div>
  );
}
