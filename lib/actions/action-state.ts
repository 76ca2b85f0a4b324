import type { FieldErrors } from '@/lib/result';

/** Why an action refused: a command's failure code, or the wrapper's own. */
export type ActionErrorCode = 'unauthenticated' | 'forbidden' | 'invalid' | 'not_found' | 'conflict' | 'error';

export interface ActionError {
  status: 'error';
  code: ActionErrorCode;
  message: string;
  fieldErrors: FieldErrors;
}

/** A conflict as the browser sees it: `current` is the version someone else saved. */
export interface ActionConflict<C> {
  status: 'error';
  code: 'conflict';
  message: string;
  fieldErrors: FieldErrors;
  current: C;
}

/**
 * What every server action returns; `useActionState` shows it in the form. Only actions
 * whose command can conflict with a payload (the article editor's) name `C`.
 */
export type ActionState<T = null, C = never> =
  | { status: 'idle' }
  | { status: 'success'; message: string; data: T }
  | ActionError
  | ([C] extends [never] ? never : ActionConflict<C>);
