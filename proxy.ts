import NextAuth from 'next-auth';
import { type NextFetchEvent, type NextRequest, NextResponse } from 'next/server';
import { authConfig } from '@/app/_server/auth.config';
import { developmentAuthSecret } from '@/lib/auth/dev-secret';
import { isPrivateRequest, markPrivate } from '@/lib/edge/private-responses';
import { refuseActionRequest } from '@/lib/http/action-request';
import { newsroomContentSecurityPolicy } from '@/lib/http/security-headers.mjs';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/log/request-id';
import { BUILD_PLACEHOLDER_SLUG, isWellFormedSlug } from '@/lib/slug';

/*
 * Cheap work in front of the app; neither gate here is the real check:
 * - /admin without a signed session goes to sign-in (every admin page and server action
 *   still checks the user against the database and the policy);
 * - newsroom, sign-in and API requests get a request id (kept from nginx or Vercel if
 *   they sent one), so every log line of one request can be found together;
 * - garbage slugs (NUL bytes, `../`, 5,000 characters) go straight to the prerendered 404
 *   instead of rendering: each rendered URL would add an entry to the page cache on disk,
 *   and a very long one fails to write at all.
 */

const { auth } = NextAuth({
  ...authConfig,
  secret: process.env.AUTH_SECRET || (process.env.NODE_ENV === 'production' ? undefined : developmentAuthSecret()),
  trustHost: true,
});

/**
 * Passes the request on with an id that the app's log lines and the response carry, and,
 * for the newsroom's pages, a nonce CSP: Next reads the nonce from the request's header and
 * puts it on its scripts (these pages render per request anyway).
 */
function withRequestId(request: NextRequest, { nonceCsp = false } = {}): NextResponse {
  const id = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, id);
  const csp = nonceCsp
    ? newsroomContentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString('base64'), process.env.SITE_URL)
    : null;
  if (csp) headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, id);
  if (csp) response.headers.set('content-security-policy', csp);
  return response;
}

// The `authorized` callback in auth.config answers: signed in, or off to /signin.
const adminGate = auth((request: NextRequest, _event: NextFetchEvent) => withRequestId(request, { nonceCsp: true }));

function slugGate(request: NextRequest) {
  const [, collection, slug, ...rest] = request.nextUrl.pathname.split('/');
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(slug ?? '');
  } catch {
    // Malformed percent-encoding: not a slug either.
  }
  const servable = decoded !== null && (isWellFormedSlug(decoded) || decoded === BUILD_PLACEHOLDER_SLUG);
  if (rest.length === 0 && servable) return NextResponse.next();
  // An article's public change log: /articles/<slug>/history.
  if (collection === 'articles' && servable && rest.length === 1 && rest[0] === 'history') return NextResponse.next();
  const notFound = request.nextUrl.clone();
  notFound.pathname = `/${collection}/${BUILD_PLACEHOLDER_SLUG}`;
  return NextResponse.rewrite(notFound);
}

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const response = await route(request, event);
  // Every request the matcher lets in is private except readers' slug pages (lib/edge).
  if (!response || !isPrivateRequest(request.method, request.nextUrl.pathname, request.headers)) return response;
  try {
    markPrivate(response.headers);
    return response;
  } catch {
    // Redirects built by Response.redirect have immutable headers.
    const copy = new Response(response.body, response);
    markPrivate(copy.headers);
    return copy;
  }
}

function route(request: NextRequest, event: NextFetchEvent) {
  const refusal = refuseActionRequest(request.method, request.headers);
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/admin')) return adminGate(request, event);
  if (pathname === '/signin') return withRequestId(request, { nonceCsp: true });
  if (pathname.startsWith('/api/')) return withRequestId(request);
  if (/^\/(articles|sources|sections|authors)\//.test(pathname)) return slugGate(request);
  return NextResponse.next();
}

/*
 * Well-formed slugs (lib/slug.ts: lowercase words joined by hyphens, at most 200
 * characters) never reach the proxy: readers' pages are served from the cache without it.
 * Everything else under the four collections (articles, sources, sections, authors) does, and meets the slug gate. (Next reads
 * the matcher at build time, so the pattern is written out four times; lib/slug.test.ts
 * keeps it in step with the slug rule.)
 */
export const config = {
  matcher: [
    '/admin',
    '/admin/:path*',
    '/signin',
    '/api/:path*',
    '/articles/:path((?!(?=[a-z0-9-]{1,200}$)[a-z0-9]+(?:-[a-z0-9]+)*$).+)',
    '/sources/:path((?!(?=[a-z0-9-]{1,200}$)[a-z0-9]+(?:-[a-z0-9]+)*$).+)',
    '/sections/:path((?!(?=[a-z0-9-]{1,200}$)[a-z0-9]+(?:-[a-z0-9]+)*$).+)',
    '/authors/:path((?!(?=[a-z0-9-]{1,200}$)[a-z0-9]+(?:-[a-z0-9]+)*$).+)',
    // Server-action POSTs on any page (lib/http/action-request.ts); readers' GETs never match.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
