import type { FieldErrors } from '@/lib/result';

/**
 * A publish or schedule the server refused: what the editor reads in the bar where they
 * clicked, and the field that gets the focus. Pure, so the wording and the order are tested.
 */
export interface Refusal {
  during: 'publish' | 'schedule';
  /** "Not published: choose a section; choose a label." */
  message: string;
  /** The first field to fix, in the order the form shows them; null if none is named. */
  firstField: string | null;
  /** Bumps with every refusal, so a repeated one moves the focus again. */
  id: number;
}

/** The editor's fields from top to bottom; list rows are "keyPoints.<key>.…", "webLinks.<key>.…". */
const FIELD_ORDER = [
  'headline',
  'summary',
  'keyPoints',
  'bylines',
  'leadImageId',
  'kind',
  'sectionId',
  'sourceId',
  'slug',
  'webLinks',
  'substantive',
  'scheduledAt',
];

const rank = (path: string) => {
  const index = FIELD_ORDER.indexOf(path.split('.')[0] ?? path);
  return index === -1 ? FIELD_ORDER.length : index;
};

const NOT_FIELDS = new Set(['form', 'id', 'version']);

/** The first field (in form order) with an error; rows keep the order they were given in. */
export function firstMissingField(errors: FieldErrors): string | null {
  const fields = Object.keys(errors).filter((path) => !NOT_FIELDS.has(path));
  if (fields.length === 0) return null;
  return fields.reduce((best, path) => (rank(path) < rank(best) ? path : best));
}

/** "Not published: write a summary; choose a label." — the field errors, in form order. */
export function refusalMessage(during: Refusal['during'], errors: FieldErrors, fallback: string): string {
  const lead = during === 'publish' ? 'Not published' : 'Not scheduled';
  const messages = Object.keys(errors)
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((path) => errors[path] ?? []);
  const unique = [...new Set(messages)].map((message) => message.replace(/\.$/, ''));
  if (unique.length === 0) return `${lead}: ${fallback}`;
  return `${lead}: ${unique.map((message) => message.charAt(0).toLowerCase() + message.slice(1)).join('; ')}.`;
}

/**
 * What happened to the draft itself: a refused publish writes nothing, but autosave may
 * have kept the words already — say which, truthfully, from the session's own state.
 */
export function draftSafety({ dirty, autosaves, saving }: { dirty: boolean; autosaves: boolean; saving: boolean }): string {
  if (saving) return 'Saving your draft…';
  if (!dirty) return 'Your draft is saved.';
  return autosaves ? 'Your latest changes will be autosaved as a draft.' : 'Your changes are kept in this browser, not yet saved.';
}
