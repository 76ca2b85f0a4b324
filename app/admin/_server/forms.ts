import 'server-only';
import { z } from 'zod';
import type { FormAction, FormState } from '@/components/admin/form-state';
import type { ActionState } from '@/lib/actions/action-state';

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

/**
 * The schema newsroom actions hand to defineAction when the domain function parses the
 * input itself: it checks the policy first, so someone without the permission hears "not
 * allowed" rather than which fields were wrong.
 */
export const formInput = z.record(z.string(), z.unknown());
