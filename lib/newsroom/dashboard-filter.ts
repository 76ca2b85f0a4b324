import { z } from 'zod';
import type { ActionErrorCode } from '@/lib/actions/action-state';
import { ARTICLE_STATUSES } from '@/lib/vocabulary';

const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);

/** The dashboard's query string; anything malformed falls back to "no filter". */
export const dashboardFilterSchema = z.object({
  status: single(z.enum(ARTICLE_STATUSES).optional()).catch(undefined),
  section: single(z.uuid().optional()).catch(undefined),
  /** A person in the bylines (the Author filter). */
  person: single(z.uuid().optional()).catch(undefined),
  q: single(z.string().trim().max(200).optional())
    .transform((value) => value?.replace(/\0/g, '') || undefined)
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type DashboardQuery = z.output<typeof dashboardFilterSchema>;
export const DASHBOARD_PAGE_SIZE = 25;

const COULD_NOT_CREATE = 'Could not create a draft';

/**
 * Why "New article" failed, as the dashboard words it. The redirect carries only the code:
 * text in a link would be shown to whoever follows it, and anyone can send a link.
 */
const createFailures: Record<ActionErrorCode, string> = {
  unauthenticated: 'Your session has ended. Sign in again in another tab — your work is still here.',
  forbidden: 'You don’t have permission to do that.',
  error: 'Something went wrong on our side. Nothing you typed was lost; please try again.',
  invalid: COULD_NOT_CREATE,
  not_found: COULD_NOT_CREATE,
  conflict: COULD_NOT_CREATE,
};

/** The alert for the dashboard's `?error=` code; anything else in it shows nothing. */
export function dashboardErrorText(error: unknown): string | null {
  const code = Array.isArray(error) ? error[0] : error;
  return typeof code === 'string' && Object.hasOwn(createFailures, code) ? createFailures[code as ActionErrorCode] : null;
}
