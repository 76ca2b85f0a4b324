// Test-only: a fingerprint of every table, for "a refused command changed nothing".
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/connection';

export type TableSnapshot = Record<string, { rows: number; hash: string }>;

let tableNames: string[] | undefined;

function rowsOf(result: unknown): Record<string, unknown>[] {
  // postgres-js answers with an array of rows, PGlite with { rows }.
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[];
}

/**
 * Row count and an md5 of the sorted rows of every table in the public schema, in one round
 * trip. Sorting the rows' text makes the hash independent of physical order, so only a real
 * change to some row (or an added or removed one) changes it.
 */
export async function snapshotTables(db: Database): Promise<TableSnapshot> {
  tableNames ??= rowsOf(
    await db.execute(sql`select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((row) => String(row.table_name));
  if (tableNames.length === 0) throw new Error('No tables to snapshot: is the database migrated?');
  const query = tableNames
    .map(
      (name) =>
        `select '${name}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${name}" t`,
    )
    .join(' union all ');
  const snapshot: TableSnapshot = {};
  for (const row of rowsOf(await db.execute(sql.raw(query)))) {
    snapshot[String(row.name)] = { rows: Number(row.rows), hash: String(row.hash) };
  }
  return snapshot;
}
