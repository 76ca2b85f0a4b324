import { createClient } from 'redis';

/**
 * Deletes every key under `prefix:` and nothing else: the Redis may be shared with other
 * apps and test runs, so never FLUSHDB/FLUSHALL here.
 */
export async function deleteKeysUnder(redisUrl: string, prefix: string): Promise<number> {
  if (!/^[\w.-]+$/.test(prefix)) throw new Error(`Refusing to delete keys under the prefix ${JSON.stringify(prefix)}`);
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    let deleted = 0;
    let batch: string[] = [];
    for await (const key of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
      batch.push(key);
      if (batch.length >= 500) {
        deleted += await client.unlink(batch);
        batch = [];
      }
    }
    if (batch.length > 0) deleted += await client.unlink(batch);
    return deleted;
  } finally {
    await client.quit();
  }
}
