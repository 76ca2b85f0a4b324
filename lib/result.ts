/**
 * The one contract every newsroom command (lib/newsroom, lib/taxonomy, lib/users, and what
 * comes after them) returns. A command never throws for an expected refusal: it answers
 * with a stable `code`, a message that is safe to show an editor, and every field error at
 * once. Unexpected failures do throw; the action wrapper logs them and shows safe text.
 */

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
