import { z } from 'zod';

/**
 * A position in a newest-first list of stories: the publish time of one story, in whole
 * microseconds since the Unix epoch (Postgres keeps microseconds; a millisecond JS Date
 * would make two stories a few microseconds apart look equal and drop one between pages),
 * and its id to break ties between stories published at the same moment.
 */
export interface StoryCursor {
  /** Microseconds since 1970-01-01T00:00:00Z, as a decimal string (beyond 2^53). */
  micros: string;
  id: string;
}

/**
 * `<micros>_<uuid>`: 16 digits reach the year 2286, and the database accepts every value
 * this matches. next.config.mjs repeats this pattern (it cannot import TypeScript) to route
 * paged URLs; lib/paging/cursor.test.ts checks that the two agree.
 */
export const CURSOR_PATTERN = String.raw`\d{1,16}_[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`;

const cursorRegex = new RegExp(`^${CURSOR_PATTERN}$`);

export const cursorSchema = z
  .string()
  .regex(cursorRegex)
  .transform((value): StoryCursor => {
    const [micros = '0', id = ''] = value.split('_');
    // Leading zeros would give two spellings of one position (and two cache entries).
    return { micros: BigInt(micros).toString(), id: id.toLowerCase() };
  });

export function encodeCursor(cursor: StoryCursor): string {
  return `${cursor.micros}_${cursor.id}`;
}

/** The cursor, or null for anything that is not one (garbage means "start at the top"). */
export function parseCursor(value: unknown): StoryCursor | null {
  const result = cursorSchema.safeParse(value);
  return result.success ? result.data : null;
}
