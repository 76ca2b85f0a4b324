import { connection } from 'next/server';
import { z } from 'zod';
import { getReadDb } from '@/db/client';
import { tags } from '@/lib/cache-tags';
import { withEdgeHeaders } from '@/lib/edge/private-responses';
import { findMedia } from '@/db/queries/media';
import { logger } from '@/lib/log/logger';
import { requestIdFrom } from '@/lib/log/request-id';
import { LOGO_TYPES } from '@/lib/media/logo';

/*
 * Uploaded images (source logos), straight from the database so every instance serves
 * the same bytes. An upload never changes — a new logo gets a new id — so browsers and
 * CDNs may keep it for a year.
 */

const mediaId = z.uuid();

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

export async function GET(request: Request, { params }: RouteContext<'/media/[id]'>) {
  const { id } = await params;
  // Garbage ids never reach Postgres, whose uuid parser would turn them into a 500.
  if (!mediaId.safeParse(id).success) return notFound();
  await connection();
  let item: Awaited<ReturnType<typeof findMedia>>;
  try {
    item = await findMedia(await getReadDb(), id);
  } catch (error) {
    logger.error({ err: error, id, requestId: requestIdFrom(request.headers) }, 'media read failed');
    return new Response('Temporarily unavailable', { status: 503, headers: { 'retry-after': '5', 'cache-control': 'no-store' } });
  }
  if (!item) return notFound();
  // Only checked types are ever stored; anything else is served as opaque bytes.
  const contentType = (LOGO_TYPES as readonly string[]).includes(item.contentType) ? item.contentType : 'application/octet-stream';
  const response = new Response(new Uint8Array(item.data), {
    headers: {
      'content-type': contentType,
      'content-length': String(item.data.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // Opened on its own, the file can't run anything, whatever it turns out to contain.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
  // Immutable, but tagged all the same: a removed upload can still be purged at the edge.
  return withEdgeHeaders(response, [tags.media(id)], { keepCacheControl: true });
}
