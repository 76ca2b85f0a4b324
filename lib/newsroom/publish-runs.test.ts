import { describe, expect, it } from 'vitest';
import { PUBLISH_FAILED, publishRunErrorText } from './publish-runs';

describe('a failed publishing run as editors see it', () => {
  it('a stored code becomes its fixed text', () => {
    expect(publishRunErrorText(PUBLISH_FAILED)).toBe(
      'no story was put live; the next run tries again. The details are in the server log.',
    );
  });

  it.each([
    'duplicate key value violates unique constraint "articles_slug_unique"',
    '<script>alert(1)</script>',
    'constructor',
    '',
  ])('anything else (rows from before codes, odd values) gets safe generic text: %j', (stored) => {
    const text = publishRunErrorText(stored);
    expect(text).toBe('the details are in the server log.');
  });
});
