import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to the embedded database and a local site URL', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe('.data/pglite');
    expect(env.SITE_URL).toBe('http://localhost:3000');
    expect(env.SITE_TIME_ZONE).toBe('UTC');
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names every malformed variable in one error', () => {
    let error: unknown;
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', SITE_URL: 'ftp://x', SITE_TIME_ZONE: 'Mars/Olympus' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('SITE_URL');
    expect(message).toContain('SITE_TIME_ZONE');
  });
});

describe('AUTH_SECRET', () => {
  it('is required in production, with a message that says how to make one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: is required in production.*openssl/);
  });

  it('must be long enough', () => {
    expect(() => parseEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });

  it('is optional in development, where a local secret is generated', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).AUTH_SECRET).toBeUndefined();
  });
});

describe('production settings', () => {
  const production = { NODE_ENV: 'production', AUTH_SECRET: 'a'.repeat(32) };

  function messageFor(source: Record<string, string>): string {
    try {
      parseEnv(source);
    } catch (error) {
      if (error instanceof EnvError) return error.message;
      throw error;
    }
    return '';
  }

  it('names every bad variable in one message, each with what it should be', () => {
    const message = messageFor({
      NODE_ENV: 'production',
      DATABASE_REPLICA_URLS: 'postgres://replica-1/db, http://replica-2',
      REDIS_URL: 'localhost:6379',
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'not-a-key',
      PUBLISH_TIMER: 'sometimes',
      LOG_LEVEL: 'loud',
      DATABASE_POOL_MAX: 'many',
    });
    expect(message.split('\n').slice(1)).toEqual([
      expect.stringMatching(/^ {2}- DATABASE_REPLICA_URLS\.1: must be a postgres/),
      expect.stringMatching(/^ {2}- DATABASE_POOL_MAX: must be a whole number/),
      expect.stringMatching(/^ {2}- REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/),
      expect.stringMatching(/^ {2}- NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be a base64 AES key/),
      expect.stringMatching(/^ {2}- PUBLISH_TIMER: must be on or off/),
      expect.stringMatching(/^ {2}- LOG_LEVEL: /),
    ]);
  });

  it('reports a missing AUTH_SECRET together with the malformed variables', () => {
    const message = messageFor({ NODE_ENV: 'production', SITE_URL: 'not a url' });
    expect(message).toContain('SITE_URL: must be an http(s) URL');
    expect(message).toContain('AUTH_SECRET: is required in production');
  });

  it('reads replicas as a list and needs the primary beside them', () => {
    const settings = parseEnv({ ...production, DATABASE_URL: 'postgres://primary/db', DATABASE_REPLICA_URLS: 'postgres://r1/db, postgres://r2/db' });
    expect(settings.DATABASE_REPLICA_URLS).toEqual(['postgres://r1/db', 'postgres://r2/db']);
    expect(messageFor({ ...production, DATABASE_REPLICA_URLS: 'postgres://r1/db' })).toContain(
      'DATABASE_REPLICA_URLS: needs DATABASE_URL',
    );
  });

  it('needs a database server and a cron secret on Vercel, where nothing persists on disk', () => {
    const message = messageFor({ ...production, VERCEL: '1' });
    expect(message).toContain('DATABASE_URL: is required on Vercel');
    expect(message).toContain('CRON_SECRET: is required on Vercel');
  });

  it('accepts a 32-byte actions key and turns switches into booleans', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const settings = parseEnv({ ...production, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key, PUBLISH_TIMER: 'off', DATABASE_PREPARED_STATEMENTS: 'false' });
    expect(settings.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    expect(settings.PUBLISH_TIMER).toBe(false);
    expect(settings.DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(parseEnv(production).PUBLISH_TIMER).toBe(true);
  });
});

describe('shared cache settings', () => {
  it('accepts a Redis URL with a database and a safe key prefix', () => {
    const settings = parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379/2', REDIS_KEY_PREFIX: 'newsdesk-staging' });
    expect(settings.REDIS_URL).toBe('redis://127.0.0.1:6379/2');
  });

  it('refuses a key prefix that would run into other keys', () => {
    expect(() => parseEnv({ REDIS_KEY_PREFIX: 'news desk:*' })).toThrow(/REDIS_KEY_PREFIX: may use letters, digits/);
  });
});

describe('sign-in and session settings', () => {
  it('defaults to one trusted hop, an 8-hour idle timeout and a 24-hour lifetime', () => {
    const settings = parseEnv({});
    expect(settings.TRUSTED_PROXY_HOPS).toBe(1);
    expect(settings.CLIENT_IP_HEADER).toBeUndefined();
    expect(settings.SESSION_IDLE_MINUTES).toBe(480);
    expect(settings.SESSION_MAX_HOURS).toBe(24);
  });

  it('takes a CDN’s header by name, in lower case', () => {
    const settings = parseEnv({ TRUSTED_PROXY_HOPS: '2', CLIENT_IP_HEADER: 'CF-Connecting-IP' });
    expect(settings.TRUSTED_PROXY_HOPS).toBe(2);
    expect(settings.CLIENT_IP_HEADER).toBe('cf-connecting-ip');
  });

  it('refuses settings that would trust the client or outlive the lifetime', () => {
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: '0' })).toThrow(/TRUSTED_PROXY_HOPS: must be at least 1/);
    expect(() => parseEnv({ CLIENT_IP_HEADER: 'X-Forwarded-For' })).toThrow(/CLIENT_IP_HEADER: must not be x-forwarded-for/);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: '600', SESSION_MAX_HOURS: '8' })).toThrow(/SESSION_IDLE_MINUTES: must not be longer/);
  });
});

describe('picture storage settings', () => {
  it('keeps pictures in the database unless a bucket is named', () => {
    const env = parseEnv({});
    expect(env.S3_BUCKET).toBeUndefined();
    expect(env.S3_REGION).toBe('us-east-1');
    expect(env.S3_FORCE_PATH_STYLE).toBe(false);
  });

  it('accepts an R2 or MinIO setup', () => {
    const env = parseEnv({
      S3_BUCKET: 'newsdesk-media',
      S3_ENDPOINT: 'http://minio:9000',
      S3_REGION: 'auto',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'on',
    });
    expect(env).toMatchObject({ S3_BUCKET: 'newsdesk-media', S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: true });
  });

  it('refuses a bad bucket name, a non-http endpoint, half a key pair, and S3 settings without a bucket', () => {
    expect(() => parseEnv({ S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET: must be a bucket name/);
    expect(() => parseEnv({ S3_BUCKET: 'media', S3_ENDPOINT: 'ftp://x' })).toThrow(/S3_ENDPOINT: must be an http\(s\) URL/);
    expect(() => parseEnv({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' })).toThrow(/S3_SECRET_ACCESS_KEY: must be set together/);
    expect(() => parseEnv({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(/S3_ENDPOINT: needs S3_BUCKET/);
  });
});
