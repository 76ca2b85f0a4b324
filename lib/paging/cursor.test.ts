import { describe, expect, it } from 'vitest';
import { CURSOR_PATTERN, encodeCursor, parseCursor } from './cursor';
import { parsePageRequest } from './page-request';

interface RouterConfig {
  STORY_CURSOR_PATTERN: string;
  default: {
    rewrites(): Promise<{ beforeFiles: { source: string; has: { key: string; value: string }[] }[] }>;
  };
}

const ID = '0b7f3c2e-9a41-4c1d-8e5f-2a6b9c0d1e2f';

describe('story cursors', () => {
  it('round-trips', () => {
    const cursor = { micros: '1764144000123456', id: ID };
    expect(parseCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('normalizes case and leading zeros so one position has one spelling', () => {
    expect(parseCursor(`0001_${ID.toUpperCase()}`)).toEqual({ micros: '1', id: ID });
  });

  it.each([
    '',
    'garbage',
    `-1_${ID}`,
    `12345678901234567_${ID}`,
    `1.5_${ID}`,
    `1_${ID}x`,
    '1_not-a-uuid',
    `1 _${ID}`,
    `1_${ID}\u0000`,
    `${'9'.repeat(5000)}_${ID}`,
    "1_' OR 1=1 --",
  ])('refuses %j', (raw) => {
    expect(parseCursor(raw)).toBeNull();
  });

  it('is the pattern the router uses to send paged lists to /stories', async () => {
    // next.config.mjs has no types; the test only needs these two fields from it.
    const config = (await import('../../next.config.mjs' as string)) as RouterConfig;
    expect(config.STORY_CURSOR_PATTERN).toBe(CURSOR_PATTERN);
    const beforeFiles = (await config.default.rewrites()).beforeFiles.filter((rule) => rule.source !== '/search');
    expect(beforeFiles.map((rule) => `${rule.source} ${rule.has[0]?.key}`)).toEqual([
      '/ before',
      '/ after',
      '/sections/:slug before',
      '/sections/:slug after',
      '/sources/:slug before',
      '/sources/:slug after',
      '/authors/:slug before',
      '/authors/:slug after',
    ]);
    for (const rule of beforeFiles) {
      // Next anchors `has` patterns the same way.
      const matcher = new RegExp(`^${rule.has[0]?.value}$`);
      expect(matcher.test(encodeCursor({ micros: '1764144000123456', id: ID }))).toBe(true);
      expect(matcher.test('garbage')).toBe(false);
    }
  });
});

describe('parsePageRequest', () => {
  it('reads before and after', () => {
    expect(parsePageRequest({ before: `5_${ID}` })).toEqual({ direction: 'before', cursor: { micros: '5', id: ID } });
    expect(parsePageRequest({ after: `5_${ID}` })).toEqual({ direction: 'after', cursor: { micros: '5', id: ID } });
  });

  it('treats garbage, empty and missing values as the first page', () => {
    expect(parsePageRequest({})).toBeNull();
    expect(parsePageRequest({ before: '' })).toBeNull();
    expect(parsePageRequest({ before: 'x'.repeat(5000), after: '%00' })).toBeNull();
  });

  it('takes the last of repeated values', () => {
    expect(parsePageRequest({ before: ['junk', `7_${ID}`] })?.cursor.micros).toBe('7');
  });
});

describe('parseListRequest', () => {
  it('names the list and the page', async () => {
    const { parseListRequest } = await import('./list-request');
    expect(parseListRequest({ list: 'section', slug: 'world', before: `5_${ID}` })).toEqual({
      list: { kind: 'section', slug: 'world' },
      request: { direction: 'before', cursor: { micros: '5', id: ID } },
    });
    expect(parseListRequest({ list: 'latest', after: `5_${ID}` })?.list).toEqual({ kind: 'latest' });
  });

  it.each([{}, { list: 'everything' }, { list: 'section' }, { list: 'source', slug: '../x' }, { list: 'section', slug: '%00' }])(
    'refuses %j',
    async (params) => {
      const { parseListRequest } = await import('./list-request');
      expect(parseListRequest(params)).toBeNull();
    },
  );
});
