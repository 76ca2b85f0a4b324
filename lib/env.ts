import { z } from 'zod';
import { KEY_PREFIX_PATTERN } from '../runtime/cache/redis-cache-config.mjs';

/*
 * Every setting the server reads, checked once at start (instrumentation.ts): a bad value
 * stops the process with one message naming every problem, instead of a site that half
 * works until the first request touches the broken part. `.env.example` documents each.
 */

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' });

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time zone such as Europe/London or UTC' },
);

const onOff = (fallback: boolean) =>
  z
    .enum(['on', 'off', 'true', 'false', '1', '0'], { error: 'must be on or off' })
    .transform((value) => value === 'on' || value === 'true' || value === '1')
    .prefault(fallback ? 'on' : 'off');

const replicaUrls = z
  .string()
  .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
  .pipe(z.array(postgresUrl, { error: 'must be a comma-separated list of postgres:// URLs' }));

/** Next.js expects an AES key: 16, 24 or 32 bytes, base64-encoded (openssl rand -base64 32). */
const actionsKey = z.string().refine(
  (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && [16, 24, 32].includes(Buffer.from(value, 'base64').length),
  { error: 'must be a base64 AES key of 16, 24 or 32 bytes (openssl rand -base64 32)' },
);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_REPLICA_URLS: replicaUrls.optional(),
    DATABASE_POOL_MAX: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(100).optional(),
    DATABASE_PREPARED_STATEMENTS: onOff(true),
    PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
    // runtime/cache/redis-cache-config.mjs reads these itself (next.config can't import TS).
    REDIS_KEY_PREFIX: z.string().regex(KEY_PREFIX_PATTERN, { error: 'may use letters, digits, "_", "-" and "." only' }).optional(),
    SKIP_KEYSPACE_CONFIG_CHECK: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number({ error: 'must be a whole number of milliseconds' }).int().positive().optional(),
    // lib/cache/file-route-cache-handler.mjs reads it itself: the route cache's bound on disk.
    ROUTE_CACHE_MAX_MB: z.coerce.number({ error: 'must be a whole number of megabytes' }).int().min(1).optional(),
    // runtime/server/page-cache.mjs reads it itself: memory for readers' pages kept in front of Next.
    PAGE_CACHE_MB: z.coerce.number({ error: 'must be a whole number of megabytes' }).int().min(0).optional(),
    SITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('http://localhost:3000'),
    SITE_NAME: z.string().min(1).default('Newsdesk'),
    SITE_TIME_ZONE: timeZone.default('UTC'),
    AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters (openssl rand -base64 32)' }).optional(),
    CRON_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey.optional(),
    PUBLISH_TIMER: onOff(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DEMO_EDITOR_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters' }).optional(),
    // Sign-in and sessions (README "Sign-in and sessions").
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: 'must be a whole number from 1 to 10' })
      .int({ error: 'must be a whole number from 1 to 10' })
      .min(1, { error: 'must be at least 1: the nearest hop (your proxy, or Next.js itself) always writes X-Forwarded-For' })
      .max(10, { error: 'must be at most 10' })
      .default(1),
    CLIENT_IP_HEADER: z
      .string()
      .toLowerCase()
      .regex(/^[a-z0-9-]+$/, { error: 'must be a header name such as cf-connecting-ip or x-real-ip' })
      .refine((name) => name !== 'x-forwarded-for', { error: 'must not be x-forwarded-for (use TRUSTED_PROXY_HOPS for it)' })
      .optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number({ error: 'must be a whole number of minutes' })
      .int({ error: 'must be a whole number of minutes' })
      .min(5, { error: 'must be at least 5 minutes' })
      .max(7 * 24 * 60, { error: 'must be at most 10080 minutes (7 days)' })
      .default(8 * 60),
    SESSION_MAX_HOURS: z.coerce
      .number({ error: 'must be a whole number of hours' })
      .int({ error: 'must be a whole number of hours' })
      .min(1, { error: 'must be at least 1 hour' })
      .max(30 * 24, { error: 'must be at most 720 hours (30 days)' })
      .default(24),
    // The edge (README "Behind a CDN"): which purger the outbox delivers through.
    EDGE_PURGER: z.enum(['none', 'varnish', 'cloudflare', 'fastly'], { error: 'must be none, varnish, cloudflare or fastly' }).default('none'),
    EDGE_VARNISH_URLS: z
      .string()
      .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
      .pipe(z.array(z.url({ protocol: /^https?$/ }), { error: 'must be a comma-separated list of http(s) URLs of your Varnish servers' }))
      .optional(),
    EDGE_PURGE_SECRET: z.string().min(16, { error: 'must be at least 16 characters (the VCL checks it)' }).optional(),
    CLOUDFLARE_ZONE_ID: z.string().regex(/^[a-f0-9]{32}$/, { error: 'must be the 32-character zone id from the Cloudflare dashboard' }).optional(),
    CLOUDFLARE_API_TOKEN: z.string().min(20, { error: 'must be an API token with the Cache Purge permission' }).optional(),
    CLOUDFLARE_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    CLOUDFLARE_PURGE_BATCH: z.coerce.number({ error: 'must be a whole number from 1 to 100' }).int().min(1).max(100, { error: 'must be at most 100' }).optional(),
    FASTLY_SERVICE_ID: z.string().regex(/^[A-Za-z0-9]{10,40}$/, { error: 'must be the service id from the Fastly console' }).optional(),
    FASTLY_API_TOKEN: z.string().min(16, { error: 'must be an API token with purge_select scope' }).optional(),
    FASTLY_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    // Pictures in an S3-compatible store instead of Postgres (README "Pictures and storage").
    S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: 'must be a bucket name (3–63 lowercase letters, digits, dots and hyphens)' }).optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://<account>.r2.cloudflarestorage.com' }).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: onOff(false),
    VERCEL: z.string().optional(),
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    // A build signs nothing; the server that runs it must have the secret.
    const building = value.NEXT_PHASE === 'phase-production-build';
    if (value.NODE_ENV === 'production' && !building && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required in production: it signs newsroom sessions (openssl rand -base64 32)',
      });
    }
    if (value.VERCEL && !value.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required on Vercel: its file system is read-only and per-request, so the embedded database cannot live there',
      });
    }
    if (value.VERCEL && !value.CRON_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['CRON_SECRET'],
        message: 'is required on Vercel: Vercel Cron sends it to /api/cron/publish to publish scheduled stories',
      });
    }
    if (value.SESSION_IDLE_MINUTES > value.SESSION_MAX_HOURS * 60) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_IDLE_MINUTES'],
        message: 'must not be longer than SESSION_MAX_HOURS: a session ends at its absolute lifetime whatever its activity',
      });
    }
    const purgerNeeds = {
      none: [],
      varnish: ['EDGE_VARNISH_URLS', 'EDGE_PURGE_SECRET'],
      cloudflare: ['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN'],
      fastly: ['FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN'],
    } as const;
    for (const name of purgerNeeds[value.EDGE_PURGER]) {
      const present = value[name];
      if (present === undefined || (Array.isArray(present) && present.length === 0)) {
        ctx.addIssue({ code: 'custom', path: [name], message: `is required when EDGE_PURGER=${value.EDGE_PURGER}` });
      }
    }
    if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message: 'must be set together with its pair (or leave both unset to use the AWS SDK\'s own credential chain)',
      });
    }
    for (const key of ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (value[key] && !value.S3_BUCKET) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'needs S3_BUCKET: without a bucket pictures are kept in the database' });
      }
    }
    if (value.DATABASE_REPLICA_URLS?.length && !value.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_REPLICA_URLS'],
        message: 'needs DATABASE_URL (the primary): replicas only take reads',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the environment once; every problem is reported together, never one at a time. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings come from `.env` lines like `DATABASE_URL=`; treat them as unset.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
