import { type InlineItem, toParagraphs } from './allowlist';
import type { RichTextDoc, RichTextMark, RichTextNode } from './schema';

function toNode(item: InlineItem, allowMarks: boolean): RichTextNode {
  if (item.kind === 'break') return { type: 'hardBreak' };
  const marks: RichTextMark[] = [];
  if (allowMarks) {
    if (item.bold) marks.push({ type: 'bold' });
    if (item.italic) marks.push({ type: 'italic' });
    if (item.href) marks.push({ type: 'link', attrs: { href: item.href } });
  }
  return marks.length > 0 ? { type: 'text', text: item.text, marks } : { type: 'text', text: item.text };
}

/**
 * The doc as it will be stored: only what the allowlist keeps (paragraphs, text, breaks,
 * bold/italic/safe links), nothing else the browser sent. With `plain`, marks and breaks
 * go too (the headline has no formatting).
 */
export function normalizeDoc(doc: RichTextDoc, { plain = false }: { plain?: boolean } = {}): RichTextDoc {
  return {
    type: 'doc',
    content: toParagraphs(doc).map((items) => ({
      type: 'paragraph',
      content: items
        .filter((item) => !(plain && item.kind === 'break'))
        .map((item) => toNode(item, !plain)),
    })),
  };
}

/** Joins all paragraphs into one: the summary and each key point are a single paragraph. */
export function singleParagraph(doc: RichTextDoc): RichTextDoc {
  const nodes: RichTextNode[] = [];
  doc.content.forEach((paragraph, index) => {
    if (index > 0) nodes.push({ type: 'text', text: ' ' });
    nodes.push(...(paragraph.content ?? []));
  });
  return { type: 'doc', content: nodes.length > 0 ? [{ type: 'paragraph', content: nodes }] : [] };
}
