import { toDocumentBlocks } from '../content/document-allowlist';
import type { Paragraph } from '../content/allowlist';
import { safeHref } from '../content/safe-href';
import type { RichTextDoc, RichTextNode } from '../content/schema';

/*
 * The admins' text box for a standards page, to and from the stored TipTap JSON: the
 * newsroom's TipTap has no heading or list extensions, so the page is written as a few
 * plain-text conventions instead (shown beside the box):
 *   blank line        → a new paragraph
 *   "## " / "### "    → a heading (h2 / h3)
 *   lines of "- "     → a bulleted list; lines of "1. " → a numbered list
 *   [words](https://…) or [words](mailto:…) → a link (any other address stays text)
 * What is stored is plain TipTap JSON, rendered by lib/content's document allowlist.
 */

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

function inline(text: string): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, words = '', href = ''] = match;
    const start = match.index;
    if (start > last) nodes.push({ type: 'text', text: text.slice(last, start) });
    const safe = safeHref(href);
    nodes.push(safe ? { type: 'text', text: words, marks: [{ type: 'link', attrs: { href: safe } }] } : { type: 'text', text: whole });
    last = start + whole.length;
  }
  if (last < text.length) nodes.push({ type: 'text', text: text.slice(last) });
  return nodes;
}

const paragraphOf = (text: string): RichTextNode => ({ type: 'paragraph', content: inline(text) });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function listOf(lines: string[], marker: RegExp, type: 'bulletList' | 'orderedList'): RichTextNode {
  return {
    type,
    content: lines.map((line) => ({ type: 'listItem', content: [paragraphOf(squash(line.replace(marker, '')))] })),
  };
}

export function docFromStandardsText(source: string): RichTextDoc {
  const content: RichTextNode[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n/)) {
    const block = raw.trim();
    if (!block) continue;
    const lines = block.split('\n').map((line) => line.trim()).filter(Boolean);
    const heading = /^(#{2,3})\s+(.*)$/s.exec(block);
    if (heading && lines.length === 1) {
      content.push({ type: 'heading', attrs: { level: heading[1] === '###' ? 3 : 2 }, content: inline(squash(heading[2] ?? '')) });
    } else if (lines.every((line) => /^[-*]\s+/.test(line))) {
      content.push(listOf(lines, /^[-*]\s+/, 'bulletList'));
    } else if (lines.every((line) => /^\d+[.)]\s+/.test(line))) {
      content.push(listOf(lines, /^\d+[.)]\s+/, 'orderedList'));
    } else {
      content.push(paragraphOf(squash(block)));
    }
  }
  return { type: 'doc', content };
}

function inlineText(items: Paragraph): string {
  let out = '';
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (!item) break;
    if (item.kind === 'break') {
      out += ' ';
      index += 1;
      continue;
    }
    if (item.href === null) {
      out += item.text;
      index += 1;
      continue;
    }
    const href = item.href;
    let words = '';
    for (let next = items[index]; next?.kind === 'text' && next.href === href; next = items[index]) {
      words += next.text;
      index += 1;
    }
    out += `[${words}](${href})`;
  }
  return out;
}

/** The stored page back as the text box shows it (bold and italic, which it can't write, are dropped). */
export function standardsTextFromDoc(doc: RichTextDoc): string {
  return toDocumentBlocks(doc)
    .map((block) => {
      if (block.kind === 'paragraph') return inlineText(block.items);
      if (block.kind === 'heading') return `${block.level === 3 ? '###' : '##'} ${inlineText(block.items)}`;
      return block.items.map((items, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlineText(items)}`).join('\n');
    })
    .join('\n\n');
}
