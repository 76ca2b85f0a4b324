import { z } from 'zod';

/** Lowercase words joined by single hyphens: what every public slug looks like. */
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Garbage in a URL (NUL bytes, `../`, 5,000 characters) is simply "not found", never a query. */
export function isWellFormedSlug(value: string): boolean {
  return slugSchema.safeParse(value).success;
}

/**
 * Cache Components needs one param per dynamic route at build. This one can never be a real
 * slug, so it renders the 404 page without a database query: `generateStaticParams` runs in
 * a separate worker process under `next dev`, where opening the embedded database would
 * collide with the server's own connection.
 */
export const BUILD_PLACEHOLDER_SLUG = '_placeholder';
