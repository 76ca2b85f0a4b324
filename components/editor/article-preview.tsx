'use client';

import { useMemo, type MouseEvent } from 'react';
import { ArticleLayout } from '@/components/article/article-layout';
import type { WebLink } from '@/components/article/around-the-web';
import type { ArticleCard } from '@/db/queries/articles';
import { useClock } from './hooks/use-clock';
import type { PersonOption } from './model/bylines';
import type { EditorDraft } from './model/draft';
import { previewContent, previewWebLinks, type SectionOption, type SourceOption } from './model/preview';

/**
 * The live preview: the draft through the reader's own article components and stylesheet,
 * so it shows exactly what readers will get. Its links don't navigate: following one would
 * leave the editor.
 */
export function ArticlePreview({
  draft,
  articleId,
  publishedAt,
  sources,
  sections,
  people = [],
  latest,
  globalWebLinks,
  timeZone,
}: {
  draft: EditorDraft;
  articleId: string;
  /** When readers will see it dated; null for "now", when it hasn't gone out yet. */
  publishedAt: Date | null;
  sources: SourceOption[];
  sections: SectionOption[];
  people?: PersonOption[];
  latest: ArticleCard[];
  globalWebLinks: WebLink[];
  timeZone: string;
}) {
  const minute = useClock(60_000);
  const shownAt = useMemo(
    () => publishedAt ?? (minute === null ? null : new Date(minute)),
    [publishedAt, minute],
  );
  const article = useMemo(
    () => ({ ...previewContent(draft, { sources, sections, people }), publishedAt: shownAt }),
    [draft, shownAt, sources, sections, people],
  );
  const links = useMemo(() => previewWebLinks(draft, globalWebLinks), [draft, globalWebLinks]);
  const others = useMemo(() => latest.filter((story) => story.id !== articleId).slice(0, 6), [latest, articleId]);

  const stopNavigation = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };

  return (
    <section className="editor-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="editor-preview__title">
        Preview <span className="editor-preview__note">as readers will see it · links are inactive here</span>
      </h2>
      <div className="editor-preview__page" data-inert-links onClickCapture={stopNavigation}>
        <ArticleLayout article={article} latest={others} webLinks={links} timeZone={timeZone} idPrefix="preview-" />
      </div>
    </section>
  );
}
