import { describe, expect, it } from 'vitest';
import { RICH_TEXT_LIMITS } from './limits';
import { parseRichText, richTextDocSchema } from './schema';
import { doc, nested, paragraph, text } from './test-helpers';

describe('parseRichText', () => {
  it('accepts a TipTap doc and keeps its shape', () => {
    const input = doc(paragraph(text('Hi ', [{ type: 'bold' }])));
    expect(parseRichText(input)).toEqual(input);
  });

  it('accepts an empty doc', () => {
    expect(parseRichText({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [] });
  });

  it.each([null, undefined, 'doc', 42, true, [], [doc()], {}, { type: 'paragraph', content: [] }, { type: 'doc' }])(
    'rejects %j',
    (value) => {
      expect(parseRichText(value)).toBeNull();
    },
  );

  it('rejects nodes with the wrong field types', () => {
    expect(parseRichText({ type: 'doc', content: [{ type: 'text', text: 5 }] })).toBeNull();
    expect(parseRichText({ type: 'doc', content: [{ content: [] }] })).toBeNull();
    expect(parseRichText({ type: 'doc', content: [{ type: 'text', marks: [{}] }] })).toBeNull();
  });

  it('strips keys outside the node shape', () => {
    const parsed = parseRichText({
      type: 'doc',
      onclick: 'x',
      content: [{ type: 'paragraph', style: 'color:red', html: '<b>', content: [] }],
    });
    expect(parsed).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [] }] });
  });

  it('returns null for 10,000 levels of nesting without throwing', () => {
    const deep = nested(10_000);
    expect(() => parseRichText(deep)).not.toThrow();
    expect(parseRichText(deep)).toBeNull();
    expect(richTextDocSchema.safeParse(deep).success).toBe(false);
  });

  it('accepts nesting up to the depth limit and refuses one level more', () => {
    // nested(n) puts the text node at depth n + 1 (doc = 0).
    expect(parseRichText(nested(RICH_TEXT_LIMITS.maxDepth - 1))).not.toBeNull();
    expect(parseRichText(nested(RICH_TEXT_LIMITS.maxDepth))).toBeNull();
  });

  it('refuses deeply nested attrs', () => {
    let value: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) value = { a: value };
    const input = { type: 'doc', content: [{ type: 'paragraph', attrs: { a: value } }] };
    expect(parseRichText(input)).toBeNull();
  });

  it('refuses too many nodes, too much text and too many marks', () => {
    const manyNodes = doc(...Array.from({ length: RICH_TEXT_LIMITS.maxNodes + 1 }, () => paragraph()));
    expect(parseRichText(manyNodes)).toBeNull();
    expect(parseRichText(doc(paragraph(text('x'.repeat(RICH_TEXT_LIMITS.maxTextLength + 1)))))).toBeNull();
    const marks = Array.from({ length: RICH_TEXT_LIMITS.maxMarksPerNode + 1 }, () => ({ type: 'bold' }));
    expect(parseRichText(doc(paragraph(text('x', marks))))).toBeNull();
  });

  it('does not let a JSON __proto__ key pollute prototypes or pass through', () => {
    const input: unknown = JSON.parse(
      `{"type":"doc","__proto__":{"polluted":true},"content":[{"type":"paragraph","__proto__":{"polluted":true},
        "attrs":{"__proto__":{"polluted":true},"align":"left"},
        "content":[{"type":"text","text":"Hi","marks":[{"type":"link","__proto__":{"polluted":true},
          "attrs":{"__proto__":{"polluted":true,"href":"javascript:alert(1)"},"href":"https://example.com"}}]}]}]}`,
    );
    const parsed = parseRichText(input);
    expect(parsed).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const paragraphNode = parsed?.content[0];
    const mark = paragraphNode?.content?.[0]?.marks?.[0];
    for (const value of [parsed, paragraphNode, paragraphNode?.attrs, mark, mark?.attrs]) {
      expect(value).toBeDefined();
      expect(Object.hasOwn(value as object, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect((value as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(paragraphNode?.attrs).toEqual({ align: 'left' });
    expect(mark?.attrs).toEqual({ href: 'https://example.com' });
  });
});
