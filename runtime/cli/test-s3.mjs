// `npm run test:s3`: the media integration tests against a real S3-compatible server.
// Starts s3rver (a local S3 implementation, not a mock of the SDK) on a free port with a
// temporary directory and a bucket, points the S3_* settings at it, runs the media
// integration tests (lib/media/*.int.test.ts, on PGlite unless TEST_DATABASE_URL/
// DATABASE_URL says otherwise), then stops the server and removes the directory.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

const BUCKET = 'newsdesk-test';
const KEY = 'S3RVER'; // s3rver's fixed credentials; it checks request signatures with them

const directory = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-s3-'));
const server = new S3rver({
  address: '127.0.0.1',
  port: 0, // a free port, chosen by the OS
  directory,
  silent: true,
  configureBuckets: [{ name: BUCKET, configs: [] }],
});

let code = 1;
try {
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  console.log(`s3rver on ${endpoint}, bucket ${BUCKET}, data in ${directory}`);
  const files = process.argv.slice(2);
  code = await new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', '--project', 'integration', ...(files.length > 0 ? files : ['lib/media'])], {
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, '--import=./lib/testing/node20-polyfills.mjs'].filter(Boolean).join(' '),
        S3_BUCKET: BUCKET,
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: KEY,
        S3_SECRET_ACCESS_KEY: KEY,
        S3_FORCE_PATH_STYLE: 'true',
      },
    });
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
} finally {
  await server.close().catch(() => {});
  await rm(directory, { recursive: true, force: true });
}
process.exit(code);
