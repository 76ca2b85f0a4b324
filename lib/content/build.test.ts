import { describe, expect, it } from 'vitest';
import { docFromText } from './build';
import { toPlainText } from './plain-text';
import { parseRichText } from './schema';

describe('docFromText', () => {
  it('makes one paragraph per blank-line-separated block', () => {
    expect(docFromText('First block\nwrapped.\n\n  \nSecond.')).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'First block wrapped.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
      ],
    });
  });

  it('gives an empty doc for empty or blank text', () => {
    expect(docFromText('')).toEqual({ type: 'doc', content: [] });
    expect(docFromText(' \n\n\t ')).toEqual({ type: 'doc', content: [] });
  });

  it('produces valid docs', () => {
    const built = docFromText('a\n\nb');
    expect(parseRichText(built)).toEqual(built);
  });

  it.each([
    'One line.',
    'First paragraph.\n\nSecond paragraph.',
    'Markets <rally> & "fall"\n\nThird: javascript:alert(1)',
  ])('round-trips %j through toPlainText', (value) => {
    expect(toPlainText(docFromText(value))).toBe(value);
  });

  it('normalizes whitespace on the way through', () => {
    expect(toPlainText(docFromText('  a\n b \r\n\r\n\n c  '))).toBe('a b\n\nc');
  });
});
