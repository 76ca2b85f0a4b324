import type http from 'node:http';

export declare function wrapNextRequestListener(wrap: (listener: http.RequestListener) => http.RequestListener): void;
export declare function sendAnswer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  answer: { status: number; headers: Record<string, string>; body: Uint8Array | null },
): void;
export declare function acceptsGzip(acceptEncoding: string | undefined): boolean;
export declare function isCompressible(contentType: string): boolean;
export declare function sendBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  headers: Record<string, string>,
  body: Buffer,
  gzipped: boolean,
): void;
