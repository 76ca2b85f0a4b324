import { describe, expect, it } from 'vitest';
import { shuffledWords, textOfSize } from './origin';

describe('textOfSize', () => {
  const runs = ['Central bank holds interest rates steady and signals a slower path', 'Markets rally as inflation eases across the region'];

  it('fills the page to about the target size with the page’s own words, copies after the first reordered', () => {
    const filled = textOfSize(runs, 5_000 + 3 * 300);
    expect(filled.length).toBeGreaterThanOrEqual(4);
    expect(filled.slice(0, 2)).toEqual(runs);
    for (const [index, run] of filled.slice(2).entries()) {
      const original = runs[index % runs.length] ?? '';
      expect(run.split(' ').sort()).toEqual(original.split(' ').sort());
    }
    expect(filled.slice(2).some((run, index) => run !== runs[index % runs.length])).toBe(true);
  });

  it('is the same on every run, so the floor app is', () => {
    expect(shuffledWords(runs[0] ?? '', 42)).toBe(shuffledWords(runs[0] ?? '', 42));
    expect(shuffledWords(runs[0] ?? '', 42)).not.toBe(shuffledWords(runs[0] ?? '', 43));
  });
});
