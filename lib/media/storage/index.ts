import type { Database } from '@/db/connection';
import { env } from '@/lib/env';
import type { MediaStore } from './media-store';
import { postgresStore } from './postgres-store';
import { s3Store } from './s3-store';

export { originalKey, variantKey, type MediaStore, type StoredObject } from './media-store';

let s3: MediaStore | undefined;

/**
 * The media store this server uses: S3 when S3_BUCKET is set, else Postgres through `db`
 * (pass the transaction that writes the rows pointing at the bytes).
 */
export function mediaStore(db: Database): MediaStore {
  const settings = env();
  if (!settings.S3_BUCKET) return postgresStore(db);
  s3 ??= s3Store({
    bucket: settings.S3_BUCKET,
    endpoint: settings.S3_ENDPOINT,
    region: settings.S3_REGION,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
  });
  return s3;
}
