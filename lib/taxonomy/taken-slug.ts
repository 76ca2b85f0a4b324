import type { Failure } from '@/lib/result';
import { intendedSlug } from './schemas';

/**
 * Adds "slug taken" to a validation failure when the input's slug (typed, or made from the
 * name) was itself fine: the form shows that problem with the others, not one round later.
 */
export async function withTakenSlug(
  failure: Failure,
  input: unknown,
  taken: (slug: string) => Promise<boolean>,
  message: string,
): Promise<Failure> {
  const slug = intendedSlug(input);
  if (failure.code !== 'invalid' || !slug || failure.fieldErrors.slug || !(await taken(slug))) return failure;
  return { ...failure, fieldErrors: { ...failure.fieldErrors, slug: [message] } };
}
