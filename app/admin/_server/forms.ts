import 'server-only';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { type ActionState, invalidate } from '@/app/_server/action';
import type { FormAction, FormState } from '@/components/admin/form-state';
import type { TaxonomyResult } from '@/lib/taxonomy/manage';
import type { UserResult } from '@/lib/users/manage';

/** Text fields as sent, minus framework fields and anything secret. */
function echo(formData: FormData, secret: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && !name.startsWith('$ACTION') && !secret.includes(name)) values[name] = value;
  }
  return values;
}

/**
 * Adapts a defineAction command to useActionState: after an error the text fields go back
 * to the form (see FormState). `secret` fields (passwords) are never sent back.
 */
export function formAction<T>(
  command: (input: unknown) => Promise<ActionState<T>>,
  { secret = [] }: { secret?: readonly string[] } = {},
): FormAction<T> {
  return async (_previous, formData): Promise<FormState<T>> => {
    const state = await command(formData);
    return state.status === 'error' ? { ...state, values: echo(formData, secret) } : state;
  };
}

/** A taxonomy command's result as action state; on success its cache tags are invalidated. */
export function fromTaxonomy<T>(result: TaxonomyResult<T>, message: (value: T) => string): ActionState<T> {
  if (!result.ok) return { status: 'error', code: result.code, message: result.message, fieldErrors: result.fieldErrors };
  invalidate(result.tags);
  // Newsroom pages read the database directly; this re-renders the one the admin is on.
  refresh();
  return { status: 'success', message: message(result.value), data: result.value };
}

/** A user-management result as action state. Users appear on no public page: no tags. */
export function fromUser(result: UserResult, message: string): ActionState<{ userId: string }> {
  if (!result.ok) return { status: 'error', code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {} };
  refresh();
  return { status: 'success', message, data: { userId: result.userId } };
}

/**
 * The schema newsroom actions hand to defineAction when the domain function parses the
 * input itself: it checks the policy first, so someone without the permission hears "not
 * allowed" rather than which fields were wrong.
 */
export const formInput = z.record(z.string(), z.unknown());
