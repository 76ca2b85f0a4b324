import { describe, expect, it } from 'vitest';
import { isSameOrigin, parseMultipart, readLimitedBody } from './upload-request';

describe('isSameOrigin', () => {
  it('trusts the browser’s Fetch Metadata first', () => {
    expect(isSameOrigin(new Headers({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(new Headers({ 'sec-fetch-site': 'cross-site', origin: 'http://a.test', host: 'a.test' }))).toBe(false);
    expect(isSameOrigin(new Headers({ 'sec-fetch-site': 'same-site' }))).toBe(false);
  });

  it('otherwise compares Origin with Host, and refuses when either is missing or malformed', () => {
    expect(isSameOrigin(new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }))).toBe(true);
    expect(isSameOrigin(new Headers({ origin: 'http://evil.test', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(new Headers({ origin: 'http://[bad', host: 'localhost:3000' }))).toBe(false);
  });
});

function streamed(size: number, headers: Record<string, string> = {}): Request {
  const chunk = new Uint8Array(1024);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return new Request('http://x.test/upload', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readLimitedBody', () => {
  it('reads a body within the limit', async () => {
    const body = await readLimitedBody(streamed(4096), 8192, 'too big');
    expect(body).toBeInstanceOf(Uint8Array);
    expect((body as Uint8Array).byteLength).toBe(4096);
  });

  it('refuses a declared length over the limit without reading, and a streamed one once it passes', async () => {
    expect(await readLimitedBody(streamed(10, { 'content-length': '9000' }), 8192, 'too big')).toMatchObject({ status: 413, message: 'too big' });
    expect(await readLimitedBody(streamed(20_000), 8192, 'too big')).toMatchObject({ status: 413, code: 'too_large' });
  });
});

describe('parseMultipart', () => {
  it('parses a multipart form and refuses anything else', async () => {
    const form = new FormData();
    form.set('altText', 'A harbour');
    form.set('file', new File([new Uint8Array([1, 2, 3])], 'a.jpg', { type: 'image/jpeg' }));
    const request = new Request('http://x.test', { method: 'POST', body: form });
    const body = new Uint8Array(await request.arrayBuffer());
    const parsed = await parseMultipart(body, request.headers.get('content-type'));
    expect(parsed?.get('altText')).toBe('A harbour');
    expect(parsed?.get('file')).toBeInstanceOf(File);
    expect(await parseMultipart(body, 'application/json')).toBeNull();
    expect(await parseMultipart(new TextEncoder().encode('garbage'), 'multipart/form-data; boundary=x')).toBeNull();
  });
});
