import { collectInline, hasVisibleText, type InlineItem, type Paragraph } from './allowlist';
import type { RichTextDoc, RichTextNode } from './schema';

/**
 * The allowlist for whole documents (the standards pages), a superset of ./allowlist.ts's
 * paragraph-only policy, used only where a page is a document rather than a field:
 * - Blocks: `paragraph`; `heading` with level 2 or 3 (any other level becomes 2 — the page
 *   has its own h1); `bulletList` and `orderedList` whose `listItem`s hold paragraphs
 *   (one level: a nested list's paragraphs are kept as items of the outer list).
 * - Inline content and marks exactly as ./allowlist.ts (text, hardBreak; bold, italic, safe
 *   links): the same collector reads them, and no other attribute than a heading's level.
 * Anything else under `doc` is dropped with its content, as in the field allowlist.
 */

export type DocumentBlock =
  | { kind: 'paragraph'; items: Paragraph }
  | { kind: 'heading'; level: 2 | 3; items: Paragraph }
  | { kind: 'list'; ordered: boolean; items: Paragraph[] };

function inlineOf(node: RichTextNode): Paragraph | null {
  const items: InlineItem[] = [];
  collectInline(node.content, items);
  return hasVisibleText(items) ? items : null;
}

function headingLevel(node: RichTextNode): 2 | 3 {
  const attrs = node.attrs;
  const level = attrs !== undefined && Object.hasOwn(attrs, 'level') ? attrs.level : undefined;
  return level === 3 ? 3 : 2;
}

/** Every paragraph inside a list item, however deep: list text is never lost. */
function listItemParagraphs(node: RichTextNode, out: Paragraph[]): void {
  for (const child of node.content ?? []) {
    if (child.type === 'paragraph') {
      const items = inlineOf(child);
      if (items) out.push(items);
    } else if (child.type === 'bulletList' || child.type === 'orderedList' || child.type === 'listItem') {
      listItemParagraphs(child, out);
    }
  }
}

export function toDocumentBlocks(doc: RichTextDoc): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const node of doc.content) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const items = inlineOf(node);
      if (!items) continue;
      blocks.push(node.type === 'paragraph' ? { kind: 'paragraph', items } : { kind: 'heading', level: headingLevel(node), items });
    } else if (node.type === 'bulletList' || node.type === 'orderedList') {
      const items: Paragraph[] = [];
      for (const item of node.content ?? []) if (item.type === 'listItem') listItemParagraphs(item, items);
      if (items.length > 0) blocks.push({ kind: 'list', ordered: node.type === 'orderedList', items });
    }
  }
  return blocks;
}
