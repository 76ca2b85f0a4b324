import { E2E_CRON_SECRET, E2E_DEMO_PASSWORD } from '../support/credentials';

export const INSTANCE_A = `http://127.0.0.1:${Number(process.env.E2E_INSTANCE_A_PORT ?? 3410)}`;
export const INSTANCE_B = `http://127.0.0.1:${Number(process.env.E2E_INSTANCE_B_PORT ?? 3411)}`;

/** Keys of this test's servers; deleted before and after a run. */
export const TEST_KEY_PREFIX = 'newsdesk-e2e-instances';

/** What the test needs from outside: a server database and a Redis, both shared by both instances. */
export function requiredServices(env: NodeJS.ProcessEnv = process.env): { databaseUrl: string; redisUrl: string } {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(
      `The two-instance test needs ${missing.join(' and ')}: two servers can only share a Postgres ` +
        'server database and a Redis, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_instances ' +
        'REDIS_URL=redis://127.0.0.1:6379 npm run test:instances',
    );
  }
  return { databaseUrl: env.DATABASE_URL!, redisUrl: env.REDIS_URL! };
}

/** The environment of both servers: what the main e2e server gets, plus the shared cache. */
export function serverEnv(siteUrl: string): Record<string, string> {
  return {
    SITE_URL: siteUrl,
    // Test-only secrets: the servers are production builds, which require them. Both
    // instances share them, as instances behind one load balancer do.
    AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
    AUTH_TRUST_HOST: 'true',
    CRON_SECRET: E2E_CRON_SECRET,
    DEMO_EDITOR_PASSWORD: E2E_DEMO_PASSWORD,
    REDIS_KEY_PREFIX: TEST_KEY_PREFIX,
    // The cache library insists on Redis keyspace notifications (`notify-keyspace-events
    // Exe`), which this test must not switch on in a Redis other things share. Without them
    // it only tidies its tag index less promptly; invalidation doesn't depend on them.
    SKIP_KEYSPACE_CONFIG_CHECK: 'true',
  };
}
