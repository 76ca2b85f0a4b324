import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, normalizeQuery, parseSearchRequest } from './query';

describe('normalizeQuery', () => {
  it('removes NUL and other controls, and collapses whitespace', () => {
    expect(normalizeQuery('  troops\u0000in\tkursk\n\u007F ')).toBe('troops in kursk');
  });

  it('cuts long queries without splitting a character', () => {
    const emoji = '🦊'.repeat(5000);
    const cut = normalizeQuery(emoji);
    expect(Array.from(cut)).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe('🦊'.repeat(MAX_QUERY_LENGTH));
    expect(normalizeQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('leaves punctuation, quotes and other scripts to the database parser', () => {
    expect(normalizeQuery(`'":*&|!()<>`)).toBe(`'":*&|!()<>`);
    expect(normalizeQuery('Путин Северная Корея')).toBe('Путин Северная Корея');
  });
});

describe('parseSearchRequest', () => {
  it('reads q and page', () => {
    expect(parseSearchRequest({ q: ' treaty ', page: '2' })).toEqual({ query: 'treaty', page: 2 });
  });

  it.each([
    [{}, { query: '', page: 1 }],
    [{ q: 'x', page: '0' }, { query: 'x', page: 1 }],
    [{ q: 'x', page: '-3' }, { query: 'x', page: 1 }],
    [{ q: 'x', page: '1e3' }, { query: 'x', page: 1 }],
    [{ q: 'x', page: String(MAX_SEARCH_PAGE + 1) }, { query: 'x', page: 1 }],
    [{ q: 'x', page: 'two' }, { query: 'x', page: 1 }],
    [{ q: ['first', 'last'], page: ['9', '2'] }, { query: 'last', page: 2 }],
    [{ page: '3' }, { query: '', page: 1 }],
    [{ q: '\u0000\u0000' }, { query: '', page: 1 }],
  ])('turns %j into %j', (params, expected) => {
    expect(parseSearchRequest(params)).toEqual(expected);
  });
});
