import 'server-only';
import { refresh, updateTag } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import type { Database } from '@/db/connection';
import { can } from '@/lib/authz/policy';
import type { ActionConflict, ActionError, ActionErrorCode, ActionState } from '@/lib/actions/action-state';
import type { FieldErrors, Result } from '@/lib/result';
import { fieldErrorsOf } from '@/lib/validation';
import { noteEdgeTags, withEdgePurge } from './edge-purge';
import { requestLog } from './request-log';
import { getActor, type SessionActor } from './session';

export const idle: ActionState<never> = { status: 'idle' };

export function failed(code: ActionErrorCode, message: string, fieldErrors: FieldErrors = {}): ActionError {
  return { status: 'error', code, message, fieldErrors };
}

function toPlainObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of input.entries()) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * The one way to write a server action: every action is a public endpoint, so this
 * authenticates against the database, checks the user may use the newsroom at all, parses
 * the input with zod (all field errors, not the first), and turns unexpected failures into
 * a safe message — the detail goes to the log, never to the browser. Finer permissions
 * (this article, this status) are the handler's to check through lib/authz/policy.
 */
export function defineAction<S extends z.ZodType, T, C = never>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, context: { actor: SessionActor; db: Database }) => Promise<ActionState<T, C>>,
): (input: unknown) => Promise<ActionState<T, C>> {
  return async (input) => {
    const started = performance.now();
    const log = (await requestLog()).child({ action: name });
    let actor: SessionActor | null = null;
    // Ids and outcomes only: the input may hold passwords and unpublished words.
    const facts = () => ({ actor: actor?.id, ms: Math.round(performance.now() - started) });
    const outcome = (state: ActionState<T, C>): ActionState<T, C> => {
      const code = state.status === 'error' ? state.code : undefined;
      log.info({ ...facts(), status: state.status, code }, 'server action');
      return state;
    };
    try {
      actor = await getActor();
      if (!actor) {
        return outcome(failed('unauthenticated', 'Your session has ended. Sign in again in another tab — your work is still here.'));
      }
      if (!can(actor, 'admin:enter')) return outcome(failed('forbidden', 'You don’t have access to the newsroom.'));
      const parsed = schema.safeParse(toPlainObject(input));
      if (!parsed.success) return outcome(failed('invalid', 'Please fix the highlighted fields.', fieldErrorsOf(parsed.error)));
      const context = { actor, db: await getDb() };
      // The tags the handler invalidates are queued for the CDN too (edge-purge.ts).
      return outcome(await withEdgePurge(() => handler(parsed.data, context)));
    } catch (error) {
      if (isControlFlow(error)) {
        log.info({ ...facts(), status: 'success' }, 'server action');
        throw error; // redirect() and notFound() are control flow, not failures.
      }
      log.error({ ...facts(), err: error }, 'server action failed');
      return failed('error', 'Something went wrong on our side. Nothing you typed was lost; please try again.');
    }
  };
}

function isControlFlow(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

/**
 * Invalidates the cache tags a newsroom command touched; read-your-own-writes for the editor.
 * The same tags are purged at the edge (CDN), through the outbox.
 */
function invalidate(tags: readonly string[]) {
  for (const tag of tags) updateTag(tag);
  noteEdgeTags(tags);
}

/**
 * A command's result as action state: on success its cache tags are invalidated; a conflict
 * keeps the version someone else saved. `refreshPage` re-renders the newsroom page the user
 * is on — the admin's lists read the database directly, not through tagged caches.
 */
export function toActionState<T, C = never>(
  result: Result<T, C>,
  message: string | ((value: T) => string),
  { refreshPage = false }: { refreshPage?: boolean } = {},
): ActionState<T, C> {
  if (result.ok) {
    invalidate(result.tags);
    if (refreshPage) refresh();
    return { status: 'success', message: typeof message === 'string' ? message : message(result.value), data: result.value };
  }
  const { code, message: reason, fieldErrors } = result;
  if ('current' in result) {
    const conflict: ActionConflict<C> = { status: 'error', code: 'conflict', message: reason, fieldErrors, current: result.current };
    // TypeScript can't see through ActionState's conditional member while C is generic.
    return conflict as ActionState<T, C>;
  }
  return failed(code, reason, fieldErrors);
}
