import type { ReactNode } from 'react';
import { toDocumentBlocks } from './document-allowlist';
import { renderInline } from './render';
import { parseRichText } from './schema';

/**
 * A whole document (a standards page) as React elements, through ./document-allowlist.ts:
 * paragraphs, h2/h3 headings and one-level lists, with the same inline rendering (and link
 * policy) as every other field. Null when the doc is invalid or has no visible text.
 */
export function renderRichDocument(doc: unknown): ReactNode {
  const parsed = parseRichText(doc);
  if (parsed === null) return null;
  const blocks = toDocumentBlocks(parsed);
  if (blocks.length === 0) return null;
  return blocks.map((block, index) => {
    if (block.kind === 'paragraph') return <p key={index}>{renderInline(block.items)}</p>;
    if (block.kind === 'heading') {
      const Heading = block.level === 3 ? 'h3' : 'h2';
      return <Heading key={index}>{renderInline(block.items)}</Heading>;
    }
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List key={index}>
        {block.items.map((items, item) => (
          <li key={item}>{renderInline(items)}</li>
        ))}
      </List>
    );
  });
}
