// Before the first instance starts: the database migrated and seeded (with the e2e
// accounts) and no cache entries left from an earlier run of this test.
import { execSync } from 'node:child_process';
import { TEST_KEY_PREFIX, requiredServices } from './environment';
import { deleteKeysUnder } from './redis-keys';

const { redisUrl } = requiredServices();
execSync('node e2e/support/prepare-database.mjs', { stdio: 'inherit' });
const deleted = await deleteKeysUnder(redisUrl, TEST_KEY_PREFIX);
console.log(`two-instance test: deleted ${deleted} Redis keys under ${TEST_KEY_PREFIX}:`);
