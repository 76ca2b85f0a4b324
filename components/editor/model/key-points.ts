import type { RichTextDoc } from '@/lib/content';
import { type DraftKeyPoint, type EditorDraft, moveItem } from './draft';

/** The key-point edits, as pure functions from one draft to the next. */

/** A removed point and where it stood, so "Undo" can put it back. */
export interface RemovedPoint {
  point: DraftKeyPoint;
  index: number;
}

export function emptyPoint(key: string): DraftKeyPoint {
  const content: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
  return { key, content, sourceUrl: '' };
}

/** Changes one point's content or source; other points stay the same objects. */
export function updatePoint(
  draft: EditorDraft,
  key: string,
  change: Partial<Pick<DraftKeyPoint, 'content' | 'sourceUrl'>>,
): EditorDraft {
  return {
    ...draft,
    keyPoints: draft.keyPoints.map((point) => (point.key === key ? { ...point, ...change } : point)),
  };
}

/** Puts `point` after the point keyed `afterKey`, or at the end when there is none. */
export function insertPoint(draft: EditorDraft, point: DraftKeyPoint, afterKey?: string): EditorDraft {
  const index = afterKey ? draft.keyPoints.findIndex((item) => item.key === afterKey) + 1 : draft.keyPoints.length;
  const keyPoints = [...draft.keyPoints];
  keyPoints.splice(index > 0 ? index : keyPoints.length, 0, point);
  return { ...draft, keyPoints };
}

/** Takes a point out; null when there is no such point. */
export function removePoint(draft: EditorDraft, key: string): { draft: EditorDraft; removed: RemovedPoint } | null {
  const index = draft.keyPoints.findIndex((point) => point.key === key);
  const point = draft.keyPoints[index];
  if (!point) return null;
  return { draft: { ...draft, keyPoints: draft.keyPoints.filter((item) => item.key !== key) }, removed: { point, index } };
}

/** Puts a removed point back where it was (or at the end, if the list got shorter). */
export function reinsertPoint(draft: EditorDraft, { point, index }: RemovedPoint): EditorDraft {
  const keyPoints = [...draft.keyPoints];
  keyPoints.splice(Math.min(index, keyPoints.length), 0, point);
  return { ...draft, keyPoints };
}

/** Moves a point by `delta` places; null when it can't move. `position` counts from 1. */
export function movePoint(
  draft: EditorDraft,
  key: string,
  delta: number,
): { draft: EditorDraft; position: number; count: number } | null {
  const points = draft.keyPoints;
  const from = points.findIndex((point) => point.key === key);
  const moved = moveItem(points, from, from + delta);
  if (moved === points) return null;
  const position = moved.findIndex((point) => point.key === key) + 1;
  return { draft: { ...draft, keyPoints: moved }, position, count: moved.length };
}

/**
 * Gives the points a save stored the ids the server stored them under, so the next save
 * updates them instead of replacing them. `storedKeys` are the keys of the points the save
 * carried with text (the server drops empty ones), in the order it sent them; `ids` come back
 * in the same order. Matching by key keeps this right even if the editor reordered, added or
 * removed points while the save was out. If the counts disagree the answer isn't about what
 * was sent, and the draft stays as it was.
 */
export function withStoredIds(draft: EditorDraft, storedKeys: readonly string[], ids: readonly string[]): EditorDraft {
  if (storedKeys.length !== ids.length) return draft;
  const idByKey = new Map(storedKeys.map((key, index) => [key, ids[index]]));
  let changed = false;
  const keyPoints = draft.keyPoints.map((point) => {
    const id = idByKey.get(point.key);
    if (id === undefined || id === point.id) return point;
    changed = true;
    return { ...point, id };
  });
  return changed ? { ...draft, keyPoints } : draft;
}
