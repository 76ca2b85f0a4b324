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
