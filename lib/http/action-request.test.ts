import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT_BYTES, refuseActionRequest } from './action-request';
import fs from 'node:fs';

const action = (headers: Record<string, string>) => new Headers({ 'next-action': '7f00ab', ...headers });

describe('server-action requests Next would answer with a 500', () => {
  it('refuses an Origin that is not a URL with 400 (Next throws "Invalid URL")', () => {
    for (const origin of ['http://[bad', 'not a url', '://', 'http://exa mple.com']) {
      expect(refuseActionRequest('POST', action({ origin }))).toMatchObject({ status: 400 });
    }
  });

  it('lets well-formed and opaque origins through to Next’s own same-origin check', () => {
    for (const origin of ['https://news.example.com', 'http://127.0.0.1:3000', 'null', 'https://evil.example']) {
      expect(refuseActionRequest('POST', action({ origin }))).toBeNull();
    }
    expect(refuseActionRequest('POST', action({}))).toBeNull();
  });

  it('refuses a body over the limit with 413 (Next answers 500)', () => {
    expect(refuseActionRequest('POST', action({ 'content-length': String(ACTION_BODY_LIMIT_BYTES + 1) }))).toMatchObject({ status: 413 });
    expect(refuseActionRequest('POST', action({ 'content-length': String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
  });

  it('ignores anything that is not an action POST', () => {
    expect(refuseActionRequest('GET', action({ origin: 'http://[bad' }))).toBeNull();
    expect(refuseActionRequest('POST', new Headers({ origin: 'http://[bad' }))).toBeNull();
  });

  it('matches the limit next.config gives Next', () => {
    const config = fs.readFileSync(new URL('../../next.config.mjs', import.meta.url), 'utf8');
    expect(config).toContain(`bodySizeLimit: '${ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb'`);
  });
});
