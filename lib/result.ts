/**
 * The one contract every newsroom command (lib/newsroom, lib/taxonomy, lib/users, and what
 * comes after them) returns. A command never throws for an expected refusal: it answers
 * with a stable `code`, a message that is safe to show an editor, and every field error at
 * once. Unexpected failures do throw; the action wrapper logs them and shows safe text.
 */

import type { z } from 'zod';
import { fieldErrorsOf } from '@/lib/validation';

/** Field path ("keyPoints.2.content", or "form" for the whole input) → messages. */
export type FieldErrors = Record<string, string[]>;

/** The command did its work; `tags` are the cache tags it touched, to invalidate. */
export interface Success<T> {
  ok: true;
  value: T;
  tags: string[];
}

export type FailureCode = 'forbidden' | 'not_found' | 'invalid' | 'conflict';

export interface Failure {
  ok: false;
  code: FailureCode;
  message: string;
  fieldErrors: FieldErrors;
}

/**
 * Someone else saved in between: `current` is what they saved, so the editor can show it
 * beside their own work instead of overwriting either.
 */
export interface Conflict<C> {
  ok: false;
  code: 'conflict';
  message: string;
  fieldErrors: FieldErrors;
  current: C;
}

/** A command's result; `C` is the conflict payload for commands that have one. */
export type Result<T, C = never> = Success<T> | Failure | ([C] extends [never] ? never : Conflict<C>);

/** A success; `tags` default to none (a change no public page shows). */
export function ok<T>(value: T, tags: string[] = []): Success<T> {
  return { ok: true, value, tags };
}

const failure = (code: FailureCode, message: string, fieldErrors: FieldErrors = {}): Failure => ({
  ok: false,
  code,
  message,
  fieldErrors,
});

/** The one set of failure constructors; each domain words its own messages. */
export const fail = {
  forbidden: (message = 'You don’t have permission to do that.'): Failure => failure('forbidden', message),
  notFound: (message: string): Failure => failure('not_found', message),
  invalid: (fieldErrors: FieldErrors, message = 'Please fix the highlighted fields.'): Failure =>
    failure('invalid', message, fieldErrors),
  /** A clash with no version to show (a stale list); `conflict()` when there is one. */
  conflict: (message: string): Failure => failure('conflict', message),
};

/** Someone saved first: their version travels with the refusal. */
export function conflict<C>(message: string, current: C): Conflict<C> {
  return { ok: false, code: 'conflict', message, fieldErrors: {}, current };
}

/** Parses input with an entity schema; every field error at once. Async: schemas may check bytes. */
export async function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; failure: Failure }> {
  const parsed = await schema.safeParseAsync(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: fail.invalid(fieldErrorsOf(parsed.error)) };
}
