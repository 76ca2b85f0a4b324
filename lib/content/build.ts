import type { RichTextDoc, RichTextNode } from './schema';

/**
 * A doc from plain text, for seeding and tests: one paragraph per blank-line-separated
 * block, no marks. A single newline inside a block is treated as a soft wrap (a space), as
 * in Markdown, so text hard-wrapped in source files does not turn into <br>s.
 * `toPlainText(docFromText(t))` gives `t` back with whitespace normalized.
 */
export function docFromText(text: string): RichTextDoc {
  const content: RichTextNode[] = text
    .split(/\n[^\S\n]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .map((block) => ({ type: 'paragraph', content: [{ type: 'text', text: block }] }));
  return { type: 'doc', content };
}
