import { diffWords } from 'diff';
import { toPlainText } from '../content/plain-text';
import type { RichTextDoc } from '../content/schema';

/*
 * The public change log of a story: which of its saved states readers saw and the editor
 * marked substantive (or that first put it live), and a word-level diff of the headline,
 * summary and key points between consecutive ones. Pure: db/queries reads the revisions,
 * the history page renders what this returns. Nothing else of a revision leaves here, so
 * private drafts, autosaves and unmarked fixes never reach readers.
 */

/** A stored revision as far as the change log cares. */
export interface RevisionState {
  id: string;
  createdAt: Date;
  /** Readers could see this state (the story was live after the write). */
  public: boolean;
  /** The first time it went live, or a change the editor marked substantive. */
  substantive: boolean;
  headline: RichTextDoc;
  summary: RichTextDoc;
  keyPoints: { id: string; content: RichTextDoc }[];
}

/** One run of words: unchanged, inserted or deleted. */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface KeyPointChange {
  /** `added`/`removed`: the whole point came or went; `changed`: its words differ. */
  status: 'added' | 'removed' | 'changed';
  parts: DiffPart[];
}

export interface ChangeLogEntry {
  revisionId: string;
  at: Date;
  /** The first public state: shown as it was, with no diff. */
  first: boolean;
  headline: DiffPart[];
  summary: DiffPart[];
  /** Only points that changed; empty when none did. */
  keyPoints: KeyPointChange[];
  /** Whether anything in the three fields changed (a republish may change nothing). */
  changed: boolean;
}

/** The states readers saw that the change log lists, oldest first. */
export function publicStates(revisions: readonly RevisionState[]): RevisionState[] {
  return [...revisions]
    .filter((revision) => revision.public && revision.substantive)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** A word-level diff of two plain texts, as runs readers can be shown. */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

const unchanged = (text: string): DiffPart[] => (text ? [{ text, change: 'same' }] : []);
const hasChange = (parts: readonly DiffPart[]) => parts.some((part) => part.change !== 'same');

/** Key points matched by their stable ids: kept points are diffed, the rest came or went. */
export function diffKeyPoints(before: RevisionState['keyPoints'], after: RevisionState['keyPoints']): KeyPointChange[] {
  const old = new Map(before.map((point) => [point.id, toPlainText(point.content)]));
  const changes: KeyPointChange[] = [];
  for (const point of after) {
    const text = toPlainText(point.content);
    const previous = old.get(point.id);
    if (previous === undefined) changes.push({ status: 'added', parts: [{ text, change: 'added' }] });
    else if (previous !== text) changes.push({ status: 'changed', parts: diffText(previous, text) });
  }
  const kept = new Set(after.map((point) => point.id));
  for (const point of before) {
    if (!kept.has(point.id)) changes.push({ status: 'removed', parts: [{ text: toPlainText(point.content), change: 'removed' }] });
  }
  return changes;
}

/** The change log, newest first: each listed state against the one listed before it. */
export function buildChangeLog(revisions: readonly RevisionState[]): ChangeLogEntry[] {
  const states = publicStates(revisions);
  const entries = states.map((state, index): ChangeLogEntry => {
    const previous = states[index - 1];
    const headline = toPlainText(state.headline);
    const summary = toPlainText(state.summary);
    if (!previous) {
      return {
        revisionId: state.id,
        at: state.createdAt,
        first: true,
        headline: unchanged(headline),
        summary: unchanged(summary),
        keyPoints: [],
        changed: false,
      };
    }
    const headlineParts = diffText(toPlainText(previous.headline), headline);
    const summaryParts = diffText(toPlainText(previous.summary), summary);
    const keyPoints = diffKeyPoints(previous.keyPoints, state.keyPoints);
    return {
      revisionId: state.id,
      at: state.createdAt,
      first: false,
      headline: headlineParts,
      summary: summaryParts,
      keyPoints,
      changed: hasChange(headlineParts) || hasChange(summaryParts) || keyPoints.length > 0,
    };
  });
  return entries.reverse();
}
