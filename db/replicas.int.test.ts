import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Connection, openPostgres } from './connection';
import { sources } from './schema';

/*
 * Routing with DATABASE_REPLICA_URLS: two real databases stand in for a primary and its
 * replica. They are not replicated, so where a row shows up proves where a query went.
 * Needs the Postgres server (CI's second run); PGlite has no replicas to route to.
 */
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

describe.skipIf(!serverUrl)('read replicas', () => {
  const names = [`newsdesk_primary_${randomBytes(4).toString('hex')}`, `newsdesk_replica_${randomBytes(4).toString('hex')}`];
  const urlFor = (name: string) => Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();
  let admin: postgres.Sql;
  let replica: Connection;
  let connection: Connection;

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    for (const name of names) await admin.unsafe(`CREATE DATABASE "${name}"`);
    connection = openPostgres(urlFor(names[0]!), { max: 2, replicaUrls: [urlFor(names[1]!)] });
    replica = openPostgres(urlFor(names[1]!), { max: 1 });
    await connection.migrate();
    await replica.migrate();
  });

  afterAll(async () => {
    await connection?.close();
    await replica?.close();
    for (const name of names) await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('sends readers’ queries to the replica and the newsroom’s to the primary', async () => {
    await replica.db.insert(sources).values({ name: 'Only On Replica', slug: 'only-on-replica', homepageUrl: 'https://replica.example' });
    const fromReaders = await connection.readDb.select({ slug: sources.slug }).from(sources);
    const fromNewsroom = await connection.db.select({ slug: sources.slug }).from(sources);
    expect(fromReaders.map((row) => row.slug)).toContain('only-on-replica');
    expect(fromNewsroom.map((row) => row.slug)).not.toContain('only-on-replica');
  });

  it('sends a write made through the readers’ handle to the primary, never a replica', async () => {
    await connection.readDb.insert(sources).values({ name: 'Written', slug: 'written-through-read-db', homepageUrl: 'https://primary.example' });
    const onPrimary = await connection.db.select({ slug: sources.slug }).from(sources);
    const onReplica = await replica.db.select({ slug: sources.slug }).from(sources);
    expect(onPrimary.map((row) => row.slug)).toContain('written-through-read-db');
    expect(onReplica.map((row) => row.slug)).not.toContain('written-through-read-db');
  });

  it('prepares no named statements when told to, as transaction poolers need', async () => {
    const preparedOn = async (prepare: boolean) => {
      const single = openPostgres(urlFor(names[0]!), { max: 1, prepare });
      try {
        await single.db.select({ slug: sources.slug }).from(sources);
        const [row] = await single.db
          .select({ n: sql<number>`count(*)::int` })
          .from(sql`pg_prepared_statements`);
        return row!.n;
      } finally {
        await single.close();
      }
    };
    expect(await preparedOn(true)).toBeGreaterThan(0);
    expect(await preparedOn(false)).toBe(0);
  });
});
