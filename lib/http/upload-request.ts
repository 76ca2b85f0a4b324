/*
 * Checks for a file upload sent to a route handler by the newsroom's own pages (the media
 * library's uploader: fetch/XHR, so it can show progress). Route handlers get none of the
 * server actions' protections, so the same ones are done here: same-origin only (the
 * browser's Fetch Metadata, else the Origin header against Host), and a body limit enforced
 * while reading — a missing or lying Content-Length can't get more through.
 */

export interface UploadRefusal {
  status: 400 | 403 | 413;
  code: 'cross_site' | 'too_large' | 'malformed';
  message: string;
}

/** Whether the request comes from a page of this site. */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(',')[0]?.trim();
  } catch {
    return false;
  }
}

/** The whole body, or a refusal once it passes `limit` bytes (nothing more is read). */
export async function readLimitedBody(request: Request, limit: number, tooLarge: string): Promise<Uint8Array | UploadRefusal> {
  const refusal: UploadRefusal = { status: 413, code: 'too_large', message: tooLarge };
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > limit) return refusal;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return refusal;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A multipart form from bytes already read; null when it isn't one. */
export async function parseMultipart(body: Uint8Array, contentType: string | null): Promise<FormData | null> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) return null;
  try {
    return await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}
