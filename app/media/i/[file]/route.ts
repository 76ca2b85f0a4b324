import { connection } from 'next/server';
import { getReadDb } from '@/db/client';
import { logger } from '@/lib/log/logger';
import { requestIdFrom } from '@/lib/log/request-id';
import { mediaStore } from '@/lib/media/storage';
import { variantAnswer } from '@/lib/media/variant-answer';
import { variantCache } from '@/lib/media/variant-cache';
import { parseVariantFile, type VariantFile } from '@/lib/media/variant-file';

/*
 * Picture variants at content-hashed URLs (/media/i/<hash>.<ext>, lib/media/image-ref.ts).
 * The name is the hash of the bytes, so the answer never changes: browsers and CDNs keep it
 * a year. Answered per request (connection()), like /media/[id]: an unknown name is a 404
 * that never reaches the route cache on disk, however many are asked for. Once a variant is
 * in the variant cache, `npm start` and the Docker image answer it before Next's router
 * (runtime/server/cached-variants.mjs, lib/media/variant-answer.ts).
 */

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

function serve(variant: VariantFile, bytes: Uint8Array, request: Request) {
  const { status, headers, body } = variantAnswer(variant, bytes, request.headers.get('if-none-match'));
  return new Response(body ? new Uint8Array(body) : null, { status, headers });
}

export async function GET(request: Request, { params }: RouteContext<'/media/i/[file]'>) {
  const { file } = await params;
  const variant = parseVariantFile(file);
  if (!variant) return notFound();
  await connection();
  const cache = variantCache();
  const cached = cache.get(variant.key);
  if (cached) return serve(variant, cached, request);
  let object: Awaited<ReturnType<ReturnType<typeof mediaStore>['get']>>;
  try {
    object = await mediaStore(await getReadDb()).get(variant.key);
  } catch (error) {
    logger.error({ err: error, key: variant.key, requestId: requestIdFrom(request.headers) }, 'media variant read failed');
    return new Response('Temporarily unavailable', { status: 503, headers: { 'retry-after': '5', 'cache-control': 'no-store' } });
  }
  if (!object) return notFound();
  cache.set(variant.key, object.bytes);
  // The type comes from the name, which only ever names what was encoded (never the store's say).
  return serve(variant, object.bytes, request);
}
