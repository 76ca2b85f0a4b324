import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from './connection';
import { checkDatabase, healthResponse } from './health';
import { createTestDatabase, type TestDatabase } from './testing';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.destroy();
});

describe('health', () => {
  it('answers 200 with the database round-trip time when the database answers', async () => {
    const response = healthResponse(await checkDatabase(async () => database.db));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { status: string; database: { ok: boolean; latencyMs: number } };
    expect(body.status).toBe('ok');
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 when the Postgres server refuses connections', async () => {
    // Port 1 on loopback: nothing listens, so the connection is refused at once.
    const down = openPostgres('postgres://postgres@127.0.0.1:1/newsdesk', { max: 1 });
    try {
      const response = healthResponse(await checkDatabase(async () => down.db));
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', database: { ok: false, error: 'database unreachable' } });
    } finally {
      await down.close();
    }
  });

  it('answers 503 when the embedded database has been closed', async () => {
    const closed = await openPglite();
    await closed.close();
    expect(healthResponse(await checkDatabase(async () => closed.db)).status).toBe(503);
  });

  it('answers 503, not a hung request, when the database never answers', async () => {
    const silent = () => new Promise<never>(() => {});
    expect(await checkDatabase(silent, 200)).toEqual({ ok: false, error: 'database unreachable' });
  });
});
