import type { z } from 'zod';
import { fieldErrorsOf } from '@/lib/validation';

/** What a taxonomy command reports; the server action shows it and invalidates `tags`. */
export type TaxonomyResult<T> =
  | { ok: true; value: T; tags: string[] }
  | {
      ok: false;
      code: 'forbidden' | 'not_found' | 'invalid' | 'conflict';
      message: string;
      fieldErrors: Record<string, string[]>;
    };

export type TaxonomyFailure = Extract<TaxonomyResult<never>, { ok: false }>;

export const fail = {
  forbidden: (what: string): TaxonomyFailure => ({
    ok: false,
    code: 'forbidden',
    message: `Only admins can manage ${what}.`,
    fieldErrors: {},
  }),
  notFound: (message: string): TaxonomyFailure => ({ ok: false, code: 'not_found', message, fieldErrors: {} }),
  invalid: (fieldErrors: Record<string, string[]>, message = 'Please fix the highlighted fields.'): TaxonomyFailure => ({
    ok: false,
    code: 'invalid',
    message,
    fieldErrors,
  }),
  conflict: (message: string): TaxonomyFailure => ({ ok: false, code: 'conflict', message, fieldErrors: {} }),
};

/** Parses input with an entity schema; every field error at once. */
export async function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; failure: TaxonomyFailure }> {
  const parsed = await schema.safeParseAsync(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: fail.invalid(fieldErrorsOf(parsed.error)) };
}

/** Adds "slug taken" to a validation failure when the slug part of the input was fine. */
export async function withTakenSlug(
  failure: TaxonomyFailure,
  slug: string | null,
  taken: (slug: string) => Promise<boolean>,
  message: string,
): Promise<TaxonomyFailure> {
  if (failure.code !== 'invalid' || !slug || failure.fieldErrors.slug || !(await taken(slug))) return failure;
  return { ...failure, fieldErrors: { ...failure.fieldErrors, slug: [message] } };
}
