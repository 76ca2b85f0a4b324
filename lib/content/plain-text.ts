import { toParagraphs, type Paragraph } from './allowlist';
import { parseRichText } from './schema';

function collapseWhitespace(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}

function paragraphText(paragraph: Paragraph): string {
  // Hard breaks are the only newlines the author asked for; any newline or run of spaces
  // inside a text node is incidental and collapses to one space.
  const lines: string[] = [''];
  for (const item of paragraph) {
    if (item.kind === 'break') lines.push('');
    else lines[lines.length - 1] += item.text;
  }
  return lines.map(collapseWhitespace).join('\n').trim();
}

/**
 * The text a reader sees, for search, meta tags and feeds: paragraphs separated by a blank
 * line, hard breaks as a newline. Follows the same allowlist as the renderer, so dropped
 * blocks are not indexed either. Invalid docs give ''.
 */
export function toPlainText(doc: unknown): string {
  const parsed = parseRichText(doc);
  if (parsed === null) return '';
  return toParagraphs(parsed)
    .map(paragraphText)
    .filter((text) => text.length > 0)
    .join('\n\n');
}
