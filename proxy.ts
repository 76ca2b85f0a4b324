import { type NextRequest, NextResponse } from 'next/server';
import { BUILD_PLACEHOLDER_SLUG, isWellFormedSlug } from '@/lib/slug';

/**
 * Garbage slugs (NUL bytes, `../`, 5,000 characters) go straight to the prerendered 404
 * instead of rendering: each rendered URL would otherwise add an entry to the page cache
 * on disk, and a very long one fails to write at all.
 */
export function proxy(request: NextRequest) {
  const [, collection, slug, ...rest] = request.nextUrl.pathname.split('/');
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(slug ?? '');
  } catch {
    // Malformed percent-encoding: not a slug either.
  }
  const servable = decoded !== null && (isWellFormedSlug(decoded) || decoded === BUILD_PLACEHOLDER_SLUG);
  if (rest.length === 0 && servable) return NextResponse.next();
  const notFound = request.nextUrl.clone();
  notFound.pathname = `/${collection}/${BUILD_PLACEHOLDER_SLUG}`;
  return NextResponse.rewrite(notFound);
}

export const config = {
  matcher: ['/articles/:path+', '/sources/:path+', '/sections/:path+'],
};
