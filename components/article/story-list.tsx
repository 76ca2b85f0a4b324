import type { ArticleCard } from '@/db/queries/articles';
import { StoryCard } from './story-card';

export function StoryList({ stories, title }: { stories: ArticleCard[]; title: string }) {
  return (
    <section aria-labelledby="story-list-title" className="story-list">
      <h2 id="story-list-title" className="section-title">
        {title}
      </h2>
      {stories.length === 0 ? (
        <p className="empty">No stories here yet.</p>
      ) : (
        <div className="story-stack">
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} picture="thumb" />
          ))}
        </div>
      )}
    </section>
  );
}
