import { z } from 'zod';

const databaseUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
  .optional();

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

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: databaseUrl,
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  SITE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Newsdesk'),
  SITE_TIME_ZONE: timeZone.default('UTC'),
  AUTH_SECRET: z.string().min(32, { error: 'must be at least 32 characters (openssl rand -base64 32)' }).optional(),
  CRON_SECRET: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  DEMO_EDITOR_PASSWORD: z.string().min(10).optional(),
})
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === 'production' && !value.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required in production: it signs newsroom sessions (openssl rand -base64 32)',
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
