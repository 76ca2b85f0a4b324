import type { FieldErrors } from '@/lib/result';
import { safeHref } from '@/lib/content/safe-href';
import type { ArticleKind } from '@/lib/vocabulary';

/**
 * What a story needs before readers see it, beyond a complete draft (article-input's
 * publishProblems): the Trust Project's indicators. One rule, used by the workflow's publish
 * and schedule commands (inside their transaction) and by the editor's live checklist, so
 * the newsroom sees exactly what the server will refuse. Pure: facts in, items out.
 */

export interface ChecklistFacts {
  /** How many people the story is credited to. */
  bylineCount: number;
  /** The type-of-work label; null until someone chooses one. */
  kind: ArticleKind | null;
  /** The story's lead image, if it has one: its alt text must say what it shows. */
  leadImage: { alt: string | null } | null;
  /** Each key point with text, in reading order. */
  keyPoints: { sourced: boolean; verified: boolean }[];
  /** Around The Web links as typed. */
  webLinks: { url: string }[];
}

export type ChecklistItemId = 'bylines' | 'label' | 'leadImageAlt' | 'keyPointsBacked' | 'webLinks';

/** `refuse` stops a publish or schedule; `warn` is shown and the editor decides. */
export type ChecklistStatus = 'ok' | 'warn' | 'refuse';

export interface ChecklistItem {
  id: ChecklistItemId;
  status: ChecklistStatus;
  /** What the editor reads beside the tick or the warning. */
  message: string;
  /** The field to fix (an editor field path), when there is one. */
  field: string | null;
}

/** The editor's field path for each refusal; the people branch names its field "bylines". */
export const CHECKLIST_FIELDS = {
  bylines: 'bylines',
  label: 'kind',
  // The editor's lead image panel shows its errors at this field (lead-image-rule.ts).
  leadImageAlt: 'leadImageId',
} as const;

const isWellFormedUrl = (url: string) => {
  const href = safeHref(url.trim());
  return href !== null && /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(href);
};

function bylines({ bylineCount }: ChecklistFacts): ChecklistItem {
  return bylineCount > 0
    ? { id: 'bylines', status: 'ok', message: bylineCount === 1 ? 'Byline: 1 person' : `Bylines: ${bylineCount} people`, field: null }
    : { id: 'bylines', status: 'refuse', message: 'Add a byline: readers need to know who wrote it', field: CHECKLIST_FIELDS.bylines };
}

function label({ kind }: ChecklistFacts): ChecklistItem {
  return kind
    ? { id: 'label', status: 'ok', message: 'Type of work is labelled', field: null }
    : { id: 'label', status: 'refuse', message: 'Choose a label: news, analysis, opinion or sponsored', field: CHECKLIST_FIELDS.label };
}

function leadImageAlt({ leadImage }: ChecklistFacts): ChecklistItem {
  if (leadImage === null) return { id: 'leadImageAlt', status: 'ok', message: 'No lead image', field: null };
  return leadImage.alt?.trim()
    ? { id: 'leadImageAlt', status: 'ok', message: 'Lead image has alt text', field: null }
    : {
        id: 'leadImageAlt',
        status: 'refuse',
        message: 'Describe the lead image (alt text) for readers who can’t see it',
        field: CHECKLIST_FIELDS.leadImageAlt,
      };
}

function keyPointsBacked({ keyPoints }: ChecklistFacts): ChecklistItem {
  const unbacked = keyPoints.flatMap((point, index) => (point.sourced || point.verified ? [] : [index + 1]));
  if (unbacked.length === 0) {
    return { id: 'keyPointsBacked', status: 'ok', message: 'Every key point is sourced or verified', field: null };
  }
  const which = unbacked.length === 1 ? `Key point ${unbacked[0]} has` : `Key points ${unbacked.join(', ')} have`;
  return { id: 'keyPointsBacked', status: 'warn', message: `${which} no source and isn’t verified`, field: null };
}

function webLinks({ webLinks: links }: ChecklistFacts): ChecklistItem {
  const bad = links.flatMap((link, index) => (isWellFormedUrl(link.url) ? [] : [index + 1]));
  if (bad.length === 0) {
    return { id: 'webLinks', status: 'ok', message: 'Around The Web links are well-formed', field: null };
  }
  const which = bad.length === 1 ? `Around The Web link ${bad[0]} doesn’t` : `Around The Web links ${bad.join(', ')} don’t`;
  return { id: 'webLinks', status: 'warn', message: `${which} look like a web address`, field: null };
}

/** The checklist, in the order the editor shows it. */
export function publishChecklist(facts: ChecklistFacts): ChecklistItem[] {
  return [bylines(facts), label(facts), leadImageAlt(facts), keyPointsBacked(facts), webLinks(facts)];
}

/** The refusals as field errors (empty when the story may go live). */
export function checklistRefusals(items: readonly ChecklistItem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const item of items) {
    if (item.status === 'refuse' && item.field) (errors[item.field] ??= []).push(item.message);
  }
  return errors;
}
