import { describe, expect, it } from 'vitest';
import { toPlainText } from './plain-text';
import { doc, link, nested, paragraph, text } from './test-helpers';

describe('toPlainText', () => {
  it('joins paragraphs with a blank line and keeps marked text', () => {
    const input = doc(
      paragraph(text('Hi ', [{ type: 'bold' }]), text('there', [link('javascript:alert(1)')])),
      paragraph(text('Second', [{ type: 'italic' }]), text('.')),
    );
    expect(toPlainText(input)).toBe('Hi there\n\nSecond.');
  });

  it('turns hard breaks into newlines and collapses other whitespace', () => {
    const input = doc(
      paragraph(text('  one \n\t two  '), { type: 'hardBreak' }, text('  three\u00A0 four ')),
      paragraph(text('   ')),
      paragraph(text(' five ')),
    );
    expect(toPlainText(input)).toBe('one two\nthree four\n\nfive');
  });

  it('follows the renderer allowlist: unknown blocks dropped, unknown inline wrappers unwrapped', () => {
    const input = doc(
      { type: 'htmlBlock', content: [text('<script>alert(1)</script>')] },
      paragraph(text('Hello '), { type: 'mention', content: [text('Ada')] }),
    );
    expect(toPlainText(input)).toBe('Hello Ada');
  });

  it.each([null, undefined, 'text', 42, [], {}])('returns an empty string for %j', (value) => {
    expect(toPlainText(value)).toBe('');
  });

  it('returns an empty string for 10,000 levels of nesting without throwing', () => {
    expect(toPlainText(nested(10_000))).toBe('');
  });
});
