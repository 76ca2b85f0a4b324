import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flushPageCache, withPageCache } from './page-cache.mjs';
import {
  isReadersPage,
  nextsValidators,
  plainEtag,
  SPECULATION_RULES,
  withoutFrameworkScripts,
  withScriptFreePages,
} from './script-free-pages.mjs';
import { listen, rawRequest } from './test-http';

/*
 * A stand-in for Next, answering as its server does: headers set one by one, the headers
 * flushed before the first chunk, the body streamed in pieces through Next's own compression
 * middleware (which wraps the response after the front listeners did), a 304 for its ETag.
 */
type Middleware = (request: http.IncomingMessage, response: http.ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)('next/dist/compiled/compression') as () => Middleware;

const SHARED = 'public, max-age=0, s-maxage=31536000, stale-if-error=86400';
const ldJson = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry service resumes"}</script>';
const pageScript = '<script data-page-script="">document.documentElement.dataset.labelled="yes"</script>';
const story = `<h1>Ferry service resumes</h1>${'<p>Harbour news, <a href="/sections/world">World</a>.</p>'.repeat(60)}<time data-relative="">26 Nov 2026, 11:02 UTC</time>`;
const frameworkHead =
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>' +
  '<link rel="preload" as="image" href="/media/i/lead.avif" fetchPriority="high"/>';
const frameworkBody =
  '<script src="/_next/static/chunks/main-app.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  `<script>self.__next_f.push([1,"2:I[\\"client\\"]\\n\\u003cp\\u003e"])</script>`;
const nextsPage = (body = story) =>
  `<!DOCTYPE html><html lang="en"><head><title>Ferry</title>${frameworkHead}${ldJson}</head><body>${body}${pageScript}${frameworkBody}</body></html>`;
/** The same page as the browser should get it. */
const plainPage = (body = story) =>
  `<!DOCTYPE html><html lang="en"><head><title>Ferry</title><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/><link rel="preload" as="image" href="/media/i/lead.avif" fetchPriority="high"/>${ldJson}</head><body>${body}${pageScript}<script type="speculationrules">${SPECULATION_RULES}</script></body></html>`;

const ETAG = '"ferry123"';
/** Past what is held even gzipped (2 MB): random bytes don't compress. */
const hugePage = nextsPage(`${story}<p>${randomBytes(3 * 1024 * 1024).toString('base64')}</p>`);
const reachedNext: string[] = [];
const compress = compression();

function answer(request: http.IncomingMessage, response: http.ServerResponse, headers: Record<string, string>, body: string) {
  compress(request, response, () => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.headers['if-none-match'] === ETAG && response.statusCode === 200) {
      response.statusCode = 304;
      return response.end();
    }
    response.flushHeaders();
    const bytes = Buffer.from(body);
    for (let start = 0; start < bytes.length; start += 1000) {
      response.write(bytes.subarray(start, start + 1000));
      (response as unknown as { flush?: () => void }).flush?.();
    }
    response.end();
  });
}

const page = (extra: Record<string, string> = {}) => ({
  'cache-control': SHARED,
  'content-type': 'text/html; charset=utf-8',
  etag: ETAG,
  ...extra,
});

const next: http.RequestListener = (request, response) => {
  reachedNext.push(`${request.method} ${request.url} ${request.headers['if-none-match'] ?? ''}`.trim());
  switch (request.url) {
    case '/admin':
      return answer(request, response, page({ 'cache-control': 'private, no-cache, no-store' }), nextsPage());
    case '/with-cookie':
      return answer(request, response, page({ 'set-cookie': 'a=b' }), nextsPage());
    case '/missing':
      response.statusCode = 404;
      return answer(request, response, page(), nextsPage());
    case '/feed.xml':
      return answer(request, response, page({ 'content-type': 'application/rss+xml' }), `<rss>${'<item/>'.repeat(300)}</rss>`);
    case '/streamed':
      return answer(request, response, page(), nextsPage(`<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->${story}`));
    case '/huge':
      return answer(request, response, page(), hugePage);
    default:
      return answer(request, response, page(), nextsPage());
  }
};

let baseUrl: string;
let close: () => Promise<void>;
async function start(listener: http.RequestListener) {
  ({ baseUrl, close } = await listen(listener));
}
const stop = () => close();
const get = (path: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET') => rawRequest(baseUrl, path, headers, method);
const text = ({ headers, body }: { headers: http.IncomingHttpHeaders; body: Buffer }) => {
  const coding = headers['content-encoding'];
  if (coding === 'gzip') return zlib.gunzipSync(body).toString();
  if (coding === 'br') return zlib.brotliDecompressSync(body).toString();
  return body.toString();
};

beforeEach(() => {
  reachedNext.length = 0;
});

describe('withoutFrameworkScripts', () => {
  it("takes out the framework's scripts and script preloads, keeps JSON-LD, the page's own script and everything else", () => {
    expect(withoutFrameworkScripts(nextsPage())).toBe(plainPage());
  });

  it('leaves a page whose markup waits on a script: a pending or client-rendered Suspense boundary', () => {
    expect(withoutFrameworkScripts(nextsPage(`<!--$?--><template id="B:0"></template>${story}<!--/$-->`))).toBeNull();
    expect(withoutFrameworkScripts(nextsPage(`<!--$!--><template></template><!--/$-->${story}`))).toBeNull();
  });

  it('leaves markup with no framework scripts, or no body to end', () => {
    expect(withoutFrameworkScripts(plainPage())).toBeNull();
    expect(withoutFrameworkScripts('<p><script src="/x.js"></script>')).toBeNull();
  });

  it('sees script elements however their tags are cased or closed', () => {
    const html = `<html><body><p>x</p><SCRIPT src="/a.js"></SCRIPT ><script type="module">import "/b.js"</script></body></html>`;
    expect(withoutFrameworkScripts(html)).toBe(`<html><body><p>x</p><script type="speculationrules">${SPECULATION_RULES}</script></body></html>`);
  });

  it('gives speculation rules that prefetch readers’ pages on intent and never the newsroom', () => {
    const [rule] = JSON.parse(SPECULATION_RULES).prefetch;
    expect(rule).toMatchObject({ source: 'document', eagerness: 'moderate' });
    expect(JSON.stringify(rule.where)).toContain('"/admin/*"');
    expect(JSON.stringify(rule.where)).toContain('"/signin"');
  });
});

describe('isReadersPage', () => {
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': SHARED };
  it.each([
    ['a shareable HTML page', 200, html, true],
    ['gzipped by Next', 200, { ...html, 'content-encoding': 'gzip' }, true],
    ['per request', 200, { ...html, 'cache-control': 'private, no-cache, no-store' }, false],
    ['public without s-maxage', 200, { ...html, 'cache-control': 'public, max-age=60' }, false],
    ['with a cookie', 200, { ...html, 'set-cookie': 'a=b' }, false],
    ['an error page', 404, html, false],
    ['a feed', 200, { ...html, 'content-type': 'application/rss+xml' }, false],
    ['flight data', 200, { ...html, 'content-type': 'text/x-component' }, false],
    ['in a coding it cannot read', 200, { ...html, 'content-encoding': 'br' }, false],
  ])('%s: %s', (_name, status, headers, expected) => {
    expect(isReadersPage(status, headers)).toBe(expected);
  });
});

describe('validators', () => {
  it("marks the plain page's tag, and maps it back to Next's in If-None-Match", () => {
    expect(plainEtag('"abc"')).toBe('"abc-plain"');
    expect(plainEtag('W/"abc"')).toBe('W/"abc-plain"');
    expect(nextsValidators('"abc-plain", W/"def-plain", "ghi"')).toBe('"abc", W/"def", "ghi"');
  });
});

describe('withScriptFreePages', () => {
  beforeAll(() => start(withScriptFreePages(next)));
  afterAll(stop);

  it("sends a reader's page plain, gzipped as Next chose or not, with its length and a tag of its own", async () => {
    for (const acceptEncoding of ['gzip, deflate, br', undefined]) {
      const response = await get('/articles/ferry', acceptEncoding ? { 'accept-encoding': acceptEncoding } : {});
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(acceptEncoding ? 'gzip' : undefined);
      expect(text(response)).toBe(plainPage());
      expect(response.headers['content-length']).toBe(String(response.body.length));
      expect(response.headers.etag).toBe('"ferry123-plain"');
      expect(response.headers['cache-control']).toBe(SHARED);
    }
  });

  it("answers a browser's plain tag with Next's 304, under the plain tag", async () => {
    const revalidated = await get('/articles/ferry', { 'if-none-match': '"ferry123-plain"' });
    expect(reachedNext).toEqual(['GET /articles/ferry "ferry123"']);
    expect([revalidated.status, revalidated.headers.etag, revalidated.body.length]).toEqual([304, '"ferry123-plain"', 0]);
  });

  it('sends everything else as Next sent it: per-request pages, cookies, errors, feeds, HEAD', async () => {
    for (const path of ['/admin', '/with-cookie', '/missing']) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(text(response)).toBe(nextsPage());
      expect(response.headers.etag).toBe(ETAG);
    }
    const feed = await get('/feed.xml', { 'accept-encoding': 'gzip' });
    expect(text(feed)).toBe(`<rss>${'<item/>'.repeat(300)}</rss>`);
    const head = await get('/articles/ferry', {}, 'HEAD');
    expect([head.status, head.body.length, head.headers.etag]).toEqual([200, 0, ETAG]);
  });

  it('sends a page that waits on a script, or is too large to hold, whole and unchanged', async () => {
    const streamed = await get('/streamed', { 'accept-encoding': 'gzip' });
    expect(text(streamed)).toBe(nextsPage(`<!--$?--><template id="B:0"></template><p>Loading</p><!--/$-->${story}`));
    expect(streamed.headers.etag).toBe(ETAG);
    for (const acceptEncoding of ['gzip', 'identity']) {
      const huge = await get('/huge', { 'accept-encoding': acceptEncoding });
      // Not toBe: a failure would print megabytes.
      expect(text(huge) === hugePage).toBe(true);
    }
  });
});

describe('behind the page cache', () => {
  beforeAll(() => start(withPageCache(withScriptFreePages(next), { maxBytes: 16 * 1024 * 1024 })));
  afterAll(stop);
  beforeEach(() => flushPageCache());

  it('the page cache keeps the plain page and answers it in every coding', async () => {
    const first = await get('/articles/ferry', { 'accept-encoding': 'gzip' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const brotli = await get('/articles/ferry', { 'accept-encoding': 'br' });
    const plain = await get('/articles/ferry');
    expect(reachedNext).toEqual(['GET /articles/ferry']);
    for (const response of [first, brotli, plain]) {
      expect(text(response)).toBe(plainPage());
      expect(response.headers.etag).toBe('"ferry123-plain"');
    }
    expect(brotli.headers['content-encoding']).toBe('br');
  });
});
