import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/connection';
import { edgePurges } from '@/db/schema';
import { withTestDatabase } from '@/db/test-support';
import { backoffSeconds, deliverPurges, enqueuePurge, pruneDelivered, purgeErrorText, purgeHealth } from './outbox';
import { varnishPurger } from './varnish-purger';

let db: Database;
withTestDatabase((opened) => (db = opened));

/** A stand-in Varnish: records each purge's keys, or is "down" (answers 503). */
let purged: string[] = [];
let down = false;
let server: http.Server;
let purger: ReturnType<typeof varnishPurger>;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (down) return void response.writeHead(503).end();
    purged.push(String(request.headers['xkey-purge']));
    response.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  purger = varnishPurger({ urls: [`http://127.0.0.1:${(server.address() as AddressInfo).port}`], secret: 'a-purge-secret-value' });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  purged = [];
  down = false;
  await db.delete(edgePurges);
});

// A minute ahead of the clock: rows queued just now are due.
const base = Date.now() + 60_000;
const at = (seconds: number) => new Date(base + seconds * 1000);

describe('the edge purge outbox', () => {
  it('delivers queued purges in the order the writes happened, once', async () => {
    await enqueuePurge(db, ['article:a', 'list:latest']);
    await enqueuePurge(db, ['article:b']);
    await enqueuePurge(db, []);
    expect(await deliverPurges(db, purger, { now: at(0) })).toEqual({ delivered: 2, failed: null });
    expect(purged).toEqual(['article:a list:latest', 'article:b']);
    expect(await deliverPurges(db, purger, { now: at(1) })).toEqual({ delivered: 0, failed: null });
    expect(purged).toHaveLength(2);
  });

  it('keeps a failed purge, holds back later ones, and retries with backoff until the edge is back', async () => {
    down = true;
    await enqueuePurge(db, ['article:first']);
    await enqueuePurge(db, ['article:second']);
    expect(await deliverPurges(db, purger, { now: at(0) })).toEqual({ delivered: 0, failed: 'edge_refused' });

    const [head] = await db.select().from(edgePurges).orderBy(asc(edgePurges.id)).limit(1);
    expect(head).toMatchObject({ attempts: 1, error: 'edge_refused', doneAt: null });
    expect(head?.nextAttemptAt.getTime()).toBe(at(backoffSeconds(1)).getTime());
    expect(await purgeHealth(db)).toMatchObject({ pending: 2, lastError: 'edge_refused', attempts: 1 });

    // Back up, but the retry isn't due yet: nothing is sent, not even the later row.
    down = false;
    expect(await deliverPurges(db, purger, { now: at(0) })).toEqual({ delivered: 0, failed: null });
    expect(purged).toEqual([]);

    // Due: both land, the older first.
    expect(await deliverPurges(db, purger, { now: at(5) })).toEqual({ delivered: 2, failed: null });
    expect(purged).toEqual(['article:first', 'article:second']);
    expect(await purgeHealth(db)).toMatchObject({ pending: 0, lastError: null });
  });

  it('backs off 1, 2, 4 … seconds, capped at the timer’s 30 s', () => {
    expect([1, 2, 3, 4].map(backoffSeconds)).toEqual([1, 2, 4, 8]);
    expect(backoffSeconds(30)).toBe(30);
  });

  it('shows safe words for a stored code, whatever the row holds', () => {
    expect(purgeErrorText('edge_unreachable')).toBe('the CDN could not be reached');
    expect(purgeErrorText('ECONNREFUSED 10.0.0.5:6081')).toBe('the details are in the server log');
  });

  it('forgets delivered purges after a day, never pending ones', async () => {
    await enqueuePurge(db, ['article:old']);
    await deliverPurges(db, purger);
    down = true;
    await enqueuePurge(db, ['article:pending']);
    await pruneDelivered(db, new Date(Date.now() + 2 * 24 * 3600 * 1000));
    const left = await db.select({ tags: edgePurges.tags }).from(edgePurges);
    expect(left).toEqual([{ tags: ['article:pending'] }]);
  });
});
