import { safeHref } from './safe-href';
import type { RichTextDoc, RichTextMark, RichTextNode } from './schema';

/**
 * The one place that decides what survives from stored rich text. Both the React renderer
 * and the plain-text extractor read this output, so readers, search, meta tags and feeds
 * always agree on which text exists.
 *
 * Policy:
 * - Blocks: only `paragraph`. Any other node directly under `doc` (blockquote, list,
 *   htmlBlock, image, iframe, …) is dropped with everything inside it: we cannot know how
 *   it was meant to look, and showing half of it (a list's text without its bullets, a code
 *   block's source) would misstate the story.
 * - Inline: `text` and `hardBreak`. An unknown node inside a paragraph (a mention, a
 *   footnote, a future inline wrapper) is unwrapped: its own attrs are dropped but the text
 *   nodes inside it are kept, because losing words from a sentence is worse than losing a
 *   wrapper's styling. That text is only ever rendered as escaped React text.
 * - Marks: `bold`, `italic`, `link` (href through `safeHref`). Unknown marks are ignored
 *   and their text kept. No attribute other than a link's href is ever read.
 */

export interface InlineText {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  /** Safe, normalized href; null when the text is not linked or its href was refused. */
  href: string | null;
}

export interface InlineBreak {
  kind: 'break';
}

export type InlineItem = InlineText | InlineBreak;

/** A paragraph as a flat run of inline items; always has some non-blank text. */
export type Paragraph = InlineItem[];

function linkHref(mark: RichTextMark): string | null {
  // Own-property read: an href inherited from a polluted Object.prototype must not count.
  const attrs = mark.attrs;
  if (attrs === undefined || !Object.hasOwn(attrs, 'href')) return null;
  return safeHref(attrs.href);
}

function toInlineText(text: string, marks: readonly RichTextMark[] | undefined): InlineText {
  const item: InlineText = { kind: 'text', text, bold: false, italic: false, href: null };
  let sawLink = false;
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') item.bold = true;
    else if (mark.type === 'italic') item.italic = true;
    else if (mark.type === 'link' && !sawLink) {
      // Only the first link mark counts; a second one cannot nest inside an <a>.
      sawLink = true;
      item.href = linkHref(mark);
    }
  }
  return item;
}

// Recursion depth is bounded by the schema's depth limit (see limits.ts).
export function collectInline(nodes: readonly RichTextNode[] | undefined, out: InlineItem[]): void {
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      if (node.text !== undefined && node.text.length > 0) out.push(toInlineText(node.text, node.marks));
    } else if (node.type === 'hardBreak') {
      out.push({ kind: 'break' });
    } else {
      collectInline(node.content, out);
    }
  }
}

export function hasVisibleText(items: readonly InlineItem[]): boolean {
  return items.some((item) => item.kind === 'text' && item.text.trim().length > 0);
}

/**
 * The doc's paragraphs after the allowlist. Empty and whitespace-only paragraphs (TipTap
 * leaves one at the end of most docs) are dropped, so callers never render an empty <p>.
 */
export function toParagraphs(doc: RichTextDoc): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of doc.content) {
    if (block.type !== 'paragraph') continue;
    const items: InlineItem[] = [];
    collectInline(block.content, items);
    if (hasVisibleText(items)) paragraphs.push(items);
  }
  return paragraphs;
}
