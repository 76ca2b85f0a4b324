import { describe, expect, it } from 'vitest';
import { joinNames } from './byline-text';

describe('joinNames', () => {
  it('reads as a reader would say it', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ana Ruiz'])).toBe('Ana Ruiz');
    expect(joinNames(['Ana Ruiz', 'Ben Okafor'])).toBe('Ana Ruiz and Ben Okafor');
    expect(joinNames(['Ana Ruiz', 'Ben Okafor', 'Cy Lind'])).toBe('Ana Ruiz, Ben Okafor and Cy Lind');
  });
});
