import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cloudflarePurger } from './cloudflare-purger';
import { edgeKey } from './edge-keys.mjs';
import { fastlyPurger } from './fastly-purger';
import { PurgeError } from './purger';
import { varnishPurger } from './varnish-purger';

/** A stand-in CDN that records every request and answers what the test says. */
interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
let recorded: Recorded[] = [];
let answer: { status: number; body: string } = { status: 200, body: '{"success":true}' };
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      recorded.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  recorded = [];
  answer = { status: 200, body: '{"success":true}' };
});

const manyTags = (n: number) => Array.from({ length: n }, (_, i) => `article:story-${i}`);

describe('varnish purger', () => {
  it('sends PURGE with the keys in xkey-purge and the secret, to every Varnish', async () => {
    const second = `${base}/`;
    await varnishPurger({ urls: [base, second], secret: 'a-purge-secret-value' }).purge(['article:x', 'list:latest', 'article:x']);
    expect(recorded).toHaveLength(2);
    for (const request of recorded) {
      expect(request.method).toBe('PURGE');
      expect(request.url).toBe('/');
      expect(request.headers['xkey-purge']).toBe('article:x list:latest');
      expect(request.headers['x-purge-secret']).toBe('a-purge-secret-value');
    }
  });

  it('splits keys so no header passes 8 KB, and hashes what the responses hash', async () => {
    const long = `article:${'z'.repeat(300)}`;
    await varnishPurger({ urls: [base], secret: 'a-purge-secret-value' }).purge([...manyTags(1000), long]);
    expect(recorded.length).toBeGreaterThan(1);
    const sent = recorded.flatMap((request) => String(request.headers['xkey-purge']).split(' '));
    expect(sent).toHaveLength(1001);
    expect(sent).toContain(edgeKey(long));
    for (const request of recorded) expect(String(request.headers['xkey-purge']).length).toBeLessThanOrEqual(8000);
  });

  it('fails with a code when Varnish refuses (wrong secret, 403)', async () => {
    answer = { status: 403, body: 'Forbidden' };
    await expect(varnishPurger({ urls: [base], secret: 'wrong-secret-value' }).purge(['a'])).rejects.toMatchObject({ code: 'edge_rejected_auth', status: 403 });
  });
});

describe('cloudflare purger', () => {
  it('posts {"tags"} to the zone’s purge_cache with the token, 30 tags a call by default', async () => {
    await cloudflarePurger({ zoneId: 'z1', apiToken: 'cf-token', apiUrl: `${base}/client/v4` }).purge(manyTags(65));
    expect(recorded.map((request) => JSON.parse(request.body).tags.length)).toEqual([30, 30, 5]);
    const [first] = recorded;
    expect(first).toMatchObject({ method: 'POST', url: '/client/v4/zones/z1/purge_cache' });
    expect(first?.headers.authorization).toBe('Bearer cf-token');
    expect(first?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(first?.body ?? '{}').tags.slice(0, 2)).toEqual(['article:story-0', 'article:story-1']);
  });

  it('honours a larger batch, up to 100', async () => {
    await cloudflarePurger({ zoneId: 'z1', apiToken: 't', apiUrl: base, batchSize: 100 }).purge(manyTags(150));
    expect(recorded.map((request) => JSON.parse(request.body).tags.length)).toEqual([100, 50]);
  });

  it('treats a 200 with success:false as a refusal', async () => {
    answer = { status: 200, body: '{"success":false,"errors":[{"code":1134}]}' };
    await expect(cloudflarePurger({ zoneId: 'z1', apiToken: 't', apiUrl: base }).purge(['a'])).rejects.toBeInstanceOf(PurgeError);
  });
});

describe('fastly purger', () => {
  it('posts {"surrogate_keys"} to the service’s purge with Fastly-Key, 256 keys a call', async () => {
    await fastlyPurger({ serviceId: 'svc123', apiToken: 'fastly-token', apiUrl: base }).purge(manyTags(300));
    expect(recorded.map((request) => JSON.parse(request.body).surrogate_keys.length)).toEqual([256, 44]);
    const [first] = recorded;
    expect(first).toMatchObject({ method: 'POST', url: '/service/svc123/purge' });
    expect(first?.headers['fastly-key']).toBe('fastly-token');
  });

  it('reports a CDN that cannot be reached', async () => {
    await expect(fastlyPurger({ serviceId: 's', apiToken: 't', apiUrl: 'http://127.0.0.1:1' }).purge(['a'])).rejects.toMatchObject({ code: 'edge_unreachable' });
  });

  it('reports a server error as refused', async () => {
    answer = { status: 503, body: '{}' };
    await expect(fastlyPurger({ serviceId: 's', apiToken: 't', apiUrl: base }).purge(['a'])).rejects.toMatchObject({ code: 'edge_refused', status: 503 });
  });
});
