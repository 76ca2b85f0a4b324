import type { EditorArticle } from '@/db/queries/newsroom';
import { normalizeDoc, parseRichText, singleParagraph, toPlainText, type RichTextDoc } from '@/lib/content';
import type { ImageRef } from '@/lib/media/image-ref';
import type { ArticleDraftInput } from '@/lib/newsroom/article-input';
import { slugFromHeadline } from '@/lib/newsroom/slugs';

/**
 * The editor's working copy of an article, kept in React state (never in uncontrolled form
 * fields, which React resets after actions), and the pure operations on it.
 */

export type ArticleKind = EditorArticle['kind'];
export type ArticleStatus = EditorArticle['status'];

export interface DraftKeyPoint {
  /** Stable for the life of the editor: React key and the anchor for field errors. */
  key: string;
  /** The stored point's id; absent until a save's answer names it. */
  id?: string;
  content: RichTextDoc;
  sourceUrl: string;
}

export interface DraftWebLink {
  key: string;
  title: string;
  url: string;
  siteName: string;
}

export interface EditorDraft {
  headline: RichTextDoc;
  summary: RichTextDoc;
  keyPoints: DraftKeyPoint[];
  webLinks: DraftWebLink[];
  kind: ArticleKind;
  sourceId: string;
  sectionId: string;
  /** The bylines' people ids, in reading order. */
  bylineIds: string[];
  /** The slug the editor typed; ignored while `slugFollowsHeadline`. */
  slug: string;
  /** True until the editor edits the slug field: the slug is then derived from the headline. */
  slugFollowsHeadline: boolean;
  substantive: boolean;
  /** The instant chosen for scheduling, as an ISO string; '' when none. */
  scheduledAt: string;
  /** The picture as the library last described it (alt text, crops); only its id is saved. */
  leadImage: ImageRef | null;
  /** This story's caption for the lead image; '' shows the library's. */
  leadImageCaption: string;
}

/** The payload every draft-carrying server action takes (`articleDraftSchema`'s input). */
export type DraftInput = ArticleDraftInput;

/** Which draft rows a payload carried, in order, so index-based field errors find their row. */
export interface SentRows {
  keyPoints: string[];
  webLinks: string[];
}

const EMPTY_PARAGRAPH_DOC: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * A stored doc as a single-paragraph field holds it: one paragraph (TipTap's Document for
 * these fields allows exactly one), only what the allowlist keeps, marks dropped if `plain`.
 */
export function fieldDoc(value: unknown, { plain = false }: { plain?: boolean } = {}): RichTextDoc {
  const parsed = parseRichText(value);
  if (!parsed) return EMPTY_PARAGRAPH_DOC;
  const single = singleParagraph(normalizeDoc(parsed, { plain }));
  return single.content.length > 0 ? single : EMPTY_PARAGRAPH_DOC;
}

const PLACEHOLDER_SLUG = /^draft-[0-9a-f]{10}$/;

/**
 * Whether the slug should keep following the headline: only before a story has ever been
 * public, and only if nobody has chosen a slug of their own yet.
 */
function followsHeadline(article: EditorArticle): boolean {
  if (article.status !== 'draft' && article.status !== 'in_review') return false;
  if (article.publishedAt !== null) return false;
  return PLACEHOLDER_SLUG.test(article.slug) || article.slug === slugFromHeadline(article.headlineText);
}

export function draftFromArticle(article: EditorArticle): EditorDraft {
  return {
    headline: fieldDoc(article.headline, { plain: true }),
    summary: fieldDoc(article.summary),
    keyPoints: article.keyPoints.map((point) => ({
      key: point.id,
      id: point.id,
      content: fieldDoc(point.content),
      sourceUrl: point.sourceUrl,
    })),
    webLinks: article.webLinks.map((link, index) => ({ key: `link-${index}`, ...link })),
    kind: article.kind,
    sourceId: article.sourceId ?? '',
    sectionId: article.sectionId ?? '',
    bylineIds: article.bylines.map((person) => person.id),
    slug: article.slug,
    slugFollowsHeadline: followsHeadline(article),
    substantive: false,
    scheduledAt: article.scheduledAt ? article.scheduledAt.toISOString() : '',
    leadImage: article.leadImage ?? null,
    leadImageCaption: article.leadImageCaption ?? '',
  };
}

export function headlineText(draft: Pick<EditorDraft, 'headline'>): string {
  return toPlainText(draft.headline);
}

/** The slug the save will ask for; '' lets the server keep the current one. */
export function requestedSlug(draft: EditorDraft): string {
  return draft.slugFollowsHeadline ? slugFromHeadline(headlineText(draft)) : draft.slug.trim();
}

/** What the slug field shows. */
export function displayedSlug(draft: EditorDraft, currentSlug: string): string {
  if (!draft.slugFollowsHeadline) return draft.slug;
  return slugFromHeadline(headlineText(draft)) || currentSlug;
}

const isBlankLink = (link: DraftWebLink) => !link.title.trim() && !link.url.trim() && !link.siteName.trim();

/** The draft as the server actions take it, and which rows it carried. */
export function toDraftInput(
  ref: { id: string; version: number },
  draft: EditorDraft,
): { input: DraftInput; sent: SentRows } {
  // A row the editor added but left entirely empty is work in progress, not a bad link.
  const links = draft.webLinks.filter((link) => !isBlankLink(link));
  return {
    input: {
      id: ref.id,
      version: ref.version,
      headline: draft.headline,
      summary: draft.summary,
      keyPoints: draft.keyPoints.map((point) => ({
        ...(point.id ? { id: point.id } : {}),
        content: point.content,
        sourceUrl: point.sourceUrl.trim(),
      })),
      kind: draft.kind,
      sourceId: draft.sourceId,
      sectionId: draft.sectionId,
      bylineIds: draft.bylineIds,
      slug: requestedSlug(draft),
      webLinks: links.map(({ title, url, siteName }) => ({ title, url, siteName })),
      substantive: draft.substantive,
      leadImageId: draft.leadImage?.id ?? '',
      leadImageCaption: draft.leadImage ? draft.leadImageCaption.trim() : '',
    },
    sent: { keyPoints: draft.keyPoints.map((point) => point.key), webLinks: links.map((link) => link.key) },
  };
}

/**
 * Equal for drafts that would save the same content, whatever row keys, point ids or extra
 * attrs TipTap added (docs are compared as the allowlist normalises them).
 */
export function draftFingerprint(draft: EditorDraft): string {
  const { input } = toDraftInput({ id: '', version: 0 }, draft);
  return JSON.stringify({
    ...input,
    id: undefined,
    version: undefined,
    headline: fieldDoc(input.headline, { plain: true }),
    summary: fieldDoc(input.summary),
    keyPoints: input.keyPoints.map(({ content, sourceUrl }) => ({ content: fieldDoc(content), sourceUrl })),
    scheduledAt: draft.scheduledAt,
  });
}

/**
 * Field errors arrive keyed by zod path with list indexes ("keyPoints.2.content"); the
 * editor keys them by row ("keyPoints.<key>.content") so they stay on the right row even if
 * the editor reorders while the request is out.
 */
export function keyFieldErrors(errors: Record<string, string[]>, sent: SentRows): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const [list, index, ...rest] = path.split('.');
    const rows = list === 'keyPoints' || list === 'webLinks' ? sent[list] : undefined;
    const key = rows && index !== undefined && /^\d+$/.test(index) ? rows[Number(index)] : undefined;
    const keyed = key !== undefined ? [list, key, ...rest].join('.') : path;
    (out[keyed] ??= []).push(...messages);
  }
  return out;
}

/** Drops the errors a change to `path` may have fixed (the path itself and its parents). */
export function clearFieldErrors(errors: Record<string, string[]>, paths: string[]): Record<string, string[]> {
  const stale = (key: string) => paths.some((path) => path === key || path.startsWith(`${key}.`));
  const entries = Object.entries(errors).filter(([key]) => !stale(key));
  return entries.length === Object.keys(errors).length ? errors : Object.fromEntries(entries);
}

/** Moves the item at `from` to `to` (clamped); the same array if nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return items as T[];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

/** The draft's words as plain text, to copy somewhere safe when versions clash. */
export function draftAsPlainText(draft: EditorDraft): string {
  const points = draft.keyPoints
    .map((point) => ({ text: toPlainText(point.content), source: point.sourceUrl.trim() }))
    .filter((point) => point.text.length > 0)
    .map((point, index) => `${index + 1}. ${point.text}${point.source ? ` (source: ${point.source})` : ''}`);
  const links = draft.webLinks
    .filter((link) => !isBlankLink(link))
    .map((link) => `- ${link.title} (${link.siteName}): ${link.url}`);
  return [
    `Headline: ${headlineText(draft)}`,
    '',
    `Summary: ${toPlainText(draft.summary)}`,
    '',
    'Key points:',
    ...points,
    ...(links.length > 0 ? ['', 'Around The Web:', ...links] : []),
    ...(draft.leadImage
      ? ['', `Lead image: ${draft.leadImage.alt || '(no alt text)'}`, ...(draft.leadImageCaption.trim() ? [`Caption: ${draft.leadImageCaption.trim()}`] : [])]
      : []),
  ].join('\n');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a datetime-local value in the browser's own zone ("2026-11-26T14:30"). */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the browser's zone, no offset) as an ISO instant; '' if invalid. */
export function localInputToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return '';
  // Without an offset, the Date constructor reads date-time strings as local time.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
