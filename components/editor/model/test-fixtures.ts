import { expect, onTestFinished } from 'vitest';
import type { EditorArticle } from '@/db/queries/newsroom';
import { docFromText, type RichTextDoc } from '@/lib/content';
import type { SavedArticle } from '@/lib/newsroom/result';
import type { BackupStorage } from './backup';
import type { ActionState, EditorApi } from './editor-api';

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
      { id: '00000000-0000-4000-8000-000000000101', content: doc('First point'), sourceUrl: '', verifiedAt: null, verifiedByName: null },
      { id: '00000000-0000-4000-8000-000000000102', content: doc('Second point'), sourceUrl: 'https://example.com/', verifiedAt: null, verifiedByName: null },
    ],
    webLinks: [],
    bylines: [],
    leadImageId: null,
    leadImageCaption: '',
    leadImage: null,
    ...overrides,
  };
}

export function saved(version: number, overrides: Partial<SavedArticle> = {}): ActionState<SavedArticle, EditorArticle> {
  return {
    status: 'success',
    message: 'Saved',
    data: {
      id: ARTICLE_ID,
      version,
      slug: 'rates-held',
      status: 'draft',
      updatedAt: new Date(),
      publishedAt: null,
      scheduledAt: null,
      verifications: {},
      reviewNote: null,
      keyPointIds: [],
      bylineIds: [],
      leadImageId: null,
      leadImageCaption: '',
      ...overrides,
    },
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

/**
 * The editor's server actions, with only the calls a test gives it. Any other call fails the
 * test when it ends: the session turns a rejected request into an "unreachable" notice for
 * the user, which would otherwise hide a call the test never expected (a stray read-back,
 * a write sent twice). The call is still rejected, so the session sees what a user would.
 */
export function fakeApi(overrides: Partial<EditorApi> = {}): EditorApi {
  const unexpected: string[] = [];
  onTestFinished(() => {
    expect(unexpected, 'calls to the fake API that the test did not provide').toEqual([]);
  });
  const refuse = (name: keyof EditorApi) => (): Promise<never> => {
    unexpected.push(name);
    return Promise.reject(new Error(`Unexpected call to the fake API: ${name}`));
  };
  return {
    save: refuse('save'),
    publish: refuse('publish'),
    schedule: refuse('schedule'),
    submit: refuse('submit'),
    sendBack: refuse('sendBack'),
    unpublish: refuse('unpublish'),
    archive: refuse('archive'),
    verifyKeyPoint: refuse('verifyKeyPoint'),
    remove: refuse('remove'),
    restore: refuse('restore'),
    load: refuse('load'),
    listRevisions: refuse('listRevisions'),
    ...overrides,
  };
}

/** localStorage in memory; `items` lets a test see what the browser would keep. */
export function memoryStorage(): BackupStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
