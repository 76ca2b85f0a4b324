import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryList } from '@/components/article/story-list';
import { getSectionPage } from '@/db/queries/public';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

const PAGE_SIZE = 40;

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/sections/[slug]'>): Promise<Metadata> {
  const page = await getSectionPage((await params).slug, PAGE_SIZE);
  if (!page) return {};
  return { title: page.section.name, description: `The latest ${page.section.name} stories.` };
}

export default async function SectionPage({ params }: PageProps<'/sections/[slug]'>) {
  const page = await getSectionPage((await params).slug, PAGE_SIZE);
  if (!page) notFound();
  const { section, stories } = page;
  return (
    <div className="listing">
      <header className="listing__header">
        <p className="profile__kicker">Section</p>
        <h1>{section.name}</h1>
      </header>
      <StoryList stories={stories} title={`Latest in ${section.name}`} />
    </div>
  );
}
