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
