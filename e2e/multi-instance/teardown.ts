import { TEST_KEY_PREFIX, requiredServices } from './environment';
import { deleteKeysUnder } from './redis-keys';

/** Leaves the shared Redis as the test found it. */
export default async function teardown() {
  await deleteKeysUnder(requiredServices().redisUrl, TEST_KEY_PREFIX);
}
