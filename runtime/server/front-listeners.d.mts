import type http from 'node:http';

export declare function wrapNextRequestListener(wrap: (listener: http.RequestListener) => http.RequestListener): void;
export declare function sendAnswer(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  answer: { status: number; headers: Record<string, string>; body: Uint8Array | null },
): void;
export type Coding = 'br' | 'gzip';
export interface Encoded {
  raw: Buffer | null;
  gzip: Buffer | null;
  br: Buffer | null;
}
export declare function acceptance(acceptEncoding: string | undefined, coding: Coding): number;
export declare function chosenCoding(acceptEncoding: string | undefined, encoded: Encoded): Coding | null;
export declare function gzip(raw: Buffer): Promise<Buffer>;
export declare function gunzip(body: Buffer): Promise<Buffer | null>;
export declare function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null;
export declare function brotli(raw: Buffer, quality: number): Promise<Buffer>;
export declare function isCompressible(contentType: string): boolean;
export declare function sendBody(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  headers: Record<string, string>,
  body: Buffer,
  coding: Coding | null,
): void;
export declare function headerText(value: unknown): string;
export declare function isSharedAnswer(status: number, headers: http.OutgoingHttpHeaders): boolean;
