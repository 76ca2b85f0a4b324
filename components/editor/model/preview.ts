import type { ArticleContent } from '@/components/article/article-layout';
import type { WebLink } from '@/components/article/around-the-web';
import { toPlainText } from '@/lib/content';
import { bylinePeople, type PersonOption } from './bylines';
import type { EditorDraft } from './draft';

export interface SourceOption {
  id: string;
  slug: string;
  name: string;
  logoUrl: string | null;
}

export interface SectionOption {
  id: string;
  slug: string;
  name: string;
}

/**
 * The draft as the reader's article page will get it: the same shape the published-article
 * query returns, with empty key points and link rows left out as the save leaves them out.
 */
export function previewContent(
  draft: EditorDraft,
  {
    publishedAt = null,
    sources,
    sections,
    people = [],
  }: { publishedAt?: Date | null; sources: SourceOption[]; sections: SectionOption[]; people?: PersonOption[] },
): ArticleContent {
  const source = sources.find((candidate) => candidate.id === draft.sourceId);
  const section = sections.find((candidate) => candidate.id === draft.sectionId);
  return {
    kind: draft.kind,
    headline: draft.headline,
    headlineText: toPlainText(draft.headline),
    summary: draft.summary,
    publishedAt,
    source: source ? { slug: source.slug, name: source.name, logoUrl: source.logoUrl } : null,
    section: section ? { slug: section.slug, name: section.name } : null,
    bylines: bylinePeople(draft.bylineIds, people).map(({ slug, name }) => ({ slug, name })),
    keyPoints: draft.keyPoints
      .filter((point) => toPlainText(point.content).length > 0)
      .map((point) => ({ id: point.key, content: point.content, sourceUrl: point.sourceUrl.trim() || null })),
    leadImage: draft.leadImage,
    leadImageCaption: draft.leadImage ? draft.leadImageCaption.trim() : null,
  };
}

/** The story's own links first, then the site-wide ones it doesn't repeat (as the article page does). */
export function previewWebLinks(draft: EditorDraft, globalLinks: WebLink[]): WebLink[] {
  const own = draft.webLinks
    .filter((link) => link.title.trim() && link.url.trim())
    .map((link) => ({ id: link.key, title: link.title.trim(), url: link.url.trim(), siteName: link.siteName.trim() }));
  const seen = new Set(own.map((link) => link.url));
  return [...own, ...globalLinks.filter((link) => !seen.has(link.url))];
}
