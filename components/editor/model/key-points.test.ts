import { describe, expect, it } from 'vitest';
import { toPlainText } from '@/lib/content';
import { draftFromArticle, type EditorDraft } from './draft';
import { emptyPoint, insertPoint, movePoint, reinsertPoint, removePoint, updatePoint, withStoredIds } from './key-points';
import { doc, editorArticle } from './test-fixtures';

const keysOf = (draft: EditorDraft) => draft.keyPoints.map((point) => point.key);

/** The fixture's two stored points, plus whatever the test adds. */
function draft(): EditorDraft {
  return draftFromArticle(editorArticle());
}

describe('key point reducers', () => {
  it('edits one point and leaves the others (and the input) as they were', () => {
    const before = draft();
    const [first, second] = before.keyPoints;
    const after = updatePoint(before, second!.key, { sourceUrl: 'https://example.org/' });
    expect(after.keyPoints[1]).toMatchObject({ key: second!.key, sourceUrl: 'https://example.org/' });
    expect(after.keyPoints[0]).toBe(first);
    expect(before.keyPoints[1]!.sourceUrl).toBe('https://example.com/');
    expect(toPlainText(updatePoint(before, first!.key, { content: doc('Edited') }).keyPoints[0]!.content)).toBe('Edited');
  });

  it('inserts after a given point, or at the end when there is none or it is gone', () => {
    const before = draft();
    const [first, second] = keysOf(before);
    expect(keysOf(insertPoint(before, emptyPoint('new'), first))).toEqual([first, 'new', second]);
    expect(keysOf(insertPoint(before, emptyPoint('new')))).toEqual([first, second, 'new']);
    expect(keysOf(insertPoint(before, emptyPoint('new'), 'missing'))).toEqual([first, second, 'new']);
  });

  it('gives each empty point a content of its own', () => {
    const [a, b] = [emptyPoint('a'), emptyPoint('b')];
    expect(a.content).toEqual(b.content);
    expect(a.content).not.toBe(b.content);
    expect(toPlainText(a.content)).toBe('');
  });

  it('removes a point and puts it back where it stood', () => {
    const before = draft();
    const [first, second] = keysOf(before);
    const removal = removePoint(before, first!);
    expect(removal?.removed.index).toBe(0);
    expect(keysOf(removal!.draft)).toEqual([second]);
    expect(keysOf(reinsertPoint(removal!.draft, removal!.removed))).toEqual([first, second]);
    expect(removePoint(before, 'missing')).toBeNull();
  });

  it('puts a removed point at the end if the list got shorter meanwhile', () => {
    const withThird = insertPoint(draft(), emptyPoint('third'));
    const removal = removePoint(withThird, 'third')!;
    const shorter = removePoint(removal.draft, keysOf(removal.draft)[0]!)!.draft;
    expect(keysOf(reinsertPoint(shorter, removal.removed)).at(-1)).toBe('third');
  });

  it('moves a point and says where it landed; no move past either end', () => {
    const before = draft();
    const [first, second] = keysOf(before);
    const moved = movePoint(before, first!, 1);
    expect(moved && keysOf(moved.draft)).toEqual([second, first]);
    expect(moved).toMatchObject({ position: 2, count: 2 });
    expect(movePoint(before, first!, -1)).toBeNull();
    expect(movePoint(before, 'missing', 1)).toBeNull();
  });
});

describe('withStoredIds', () => {
  it('gives new points the ids the server stored them under, matched by key', () => {
    const base = insertPoint(draft(), emptyPoint('new'));
    const [first, second] = base.keyPoints;
    // Sent as first, new, second; the editor has since moved "new" to the front.
    const moved = movePoint(base, 'new', -2)!.draft;
    const after = withStoredIds(moved, [first!.key, 'new', second!.key], [first!.id!, 'id-new', second!.id!]);
    expect(after.keyPoints.map((point) => [point.key, point.id])).toEqual([
      ['new', 'id-new'],
      [first!.key, first!.id],
      [second!.key, second!.id],
    ]);
  });

  it('takes the stored id over a stale one (a point the server had to store anew)', () => {
    const before = draft();
    const [first] = before.keyPoints;
    const after = withStoredIds(before, [first!.key], ['replacement']);
    expect(after.keyPoints[0]!.id).toBe('replacement');
  });

  it('leaves the draft alone when nothing changes, or when the answer doesn’t match what was sent', () => {
    const before = draft();
    const ids = before.keyPoints.map((point) => point.id!);
    expect(withStoredIds(before, keysOf(before), ids)).toBe(before);
    expect(withStoredIds(before, keysOf(before), ids.slice(1))).toBe(before);
  });

  it('skips points removed while the save was out', () => {
    const base = insertPoint(draft(), emptyPoint('new'));
    const removed = removePoint(base, 'new')!.draft;
    const keys = keysOf(base);
    const after = withStoredIds(removed, keys, base.keyPoints.map((point) => point.id ?? 'id-new'));
    expect(after).toBe(removed);
  });
});
