/**
 * Where picture bytes live. One interface, two adapters: the embedded default keeps them in
 * Postgres (postgres-store.ts), so `npm run dev` needs nothing else; with S3_BUCKET set they
 * go to any S3-compatible object store (s3-store.ts: AWS S3, Cloudflare R2, MinIO).
 *
 * Keys are content hashes (`v/<hash>.<ext>` for variants, `o/<sha256>` for originals), so
 * an object never changes once written and equal bytes are stored once.
 */

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

export interface MediaStore {
  readonly kind: 'postgres' | 's3';
  /** Writes an object; writing a key that exists already is a no-op (same key, same bytes). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or null when there is none under this key. */
  get(key: string): Promise<StoredObject | null>;
  delete(keys: readonly string[]): Promise<void>;
}

export const variantKey = (hash: string, extension: string) => `v/${hash}.${extension}`;
export const originalKey = (sha256: string) => `o/${sha256}`;
