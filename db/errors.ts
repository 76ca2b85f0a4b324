/** The Postgres error underneath whatever wrapped it (drizzle puts the driver's in `cause`). */
function postgresError(error: unknown): { code: string; constraint: string | undefined } | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const fields = current as Error & { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) {
      // PGlite names the constraint `constraint`, postgres-js `constraint_name`.
      const constraint = fields.constraint ?? fields.constraint_name;
      return { code: fields.code, constraint: typeof constraint === 'string' ? constraint : undefined };
    }
    current = current.cause;
  }
  return null;
}

/**
 * The constraint a unique violation broke, or null for any other error. Checks before an
 * insert can't see a concurrent one; this turns the race's loser into a field error.
 */
export function uniqueViolation(error: unknown): { constraint: string | undefined } | null {
  const found = postgresError(error);
  return found?.code === '23505' ? { constraint: found.constraint } : null;
}

/** The constraint a foreign-key violation broke (a restricted delete of a row still referenced). */
export function foreignKeyViolation(error: unknown): { constraint: string | undefined } | null {
  const found = postgresError(error);
  return found?.code === '23503' ? { constraint: found.constraint } : null;
}
