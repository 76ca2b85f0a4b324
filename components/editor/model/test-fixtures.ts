import type { EditorArticle } from '@/db/queries/newsroom';
import { docFromText, type RichTextDoc } from '@/lib/content';
import type { SavedArticle } from '@/lib/newsroom/result';
import type { ActionState } from './editor-api';

/** Test data for the editor's model: small builders so each case shows only what it's about. */

export const ARTICLE_ID = '00000000-0000-4000-8000-000000000001';
export const AUTHOR_ID = '00000000-0000-4000-8000-0000000000aa';

export function doc(text: string): RichTextDoc {
  const built = docFromText(text);
  return built.content.length > 0 ? built : { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function editorArticle(overrides: Partial<EditorArticle> = {}): EditorArticle {
  const at = new Date('2026-11-26T10:00:00Z');
  return {
    id: ARTICLE_ID,
    slug: 'draft-0123456789',
    status: 'draft',
    kind: 'news',
    headline: doc('Rates held'),
    headlineText: 'Rates held',
    summary: doc('The bank kept rates.'),
    sourceId: null,
    sectionId: null,
    authorId: AUTHOR_ID,
    authorName: 'Wren Writer',
    publishedAt: null,
    scheduledAt: null,
    revisedAt: null,
    reviewNote: null,
    version: 3,
    updatedAt: at,
    createdAt: at,
    everPublished: false,
    keyPoints: [
      { id: '00000000-0000-4000-8000-000000000101', content: doc('First point'), sourceUrl: '' },
      { id: '00000000-0000-4000-8000-000000000102', content: doc('Second point'), sourceUrl: 'https://example.com/' },
    ],
    webLinks: [],
    ...overrides,
  };
}

export function saved(version: number, overrides: Partial<SavedArticle> = {}): ActionState<SavedArticle> {
  return {
    status: 'success',
    message: 'Saved',
    data: { id: ARTICLE_ID, version, slug: 'rates-held', status: 'draft', updatedAt: new Date(), ...overrides },
  };
}

/** A promise the test resolves when it wants: stands in for a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
