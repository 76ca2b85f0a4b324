import { Fragment, type ReactNode } from 'react';
import { toParagraphs, type InlineItem, type InlineText, type Paragraph } from './allowlist';
import { OUTBOUND_REL, outboundRel } from './link-rel';
import { parseRichText } from './schema';

export interface RenderRichTextOptions {
  /**
   * Render only the inline content, paragraphs joined by a space, without <p> wrappers —
   * for places that only accept phrasing content: the headline's <h1>, a key point's <li>.
   */
  inline?: boolean;
  /** The content belongs to a sponsored story: its links carry rel="sponsored" (./link-rel). */
  sponsored?: boolean;
}

function renderText(item: InlineText, key: string): ReactNode {
  // Fixed nesting (strong > em) whatever order the marks were stored in, so equal content
  // always renders to equal markup.
  let node: ReactNode = item.text;
  if (item.italic) node = <em>{node}</em>;
  if (item.bold) node = <strong>{node}</strong>;
  return <Fragment key={key}>{node}</Fragment>;
}

function renderItem(item: InlineItem, key: string): ReactNode {
  return item.kind === 'break' ? <br key={key} /> : renderText(item, key);
}

/**
 * Inline items, with consecutive items that link to the same href merged into one <a>
 * ("read **the** report" stays one link for screen readers, not three). Keys are item
 * positions, which are stable for a given doc.
 */
export function renderInline(items: Paragraph, rel: string = OUTBOUND_REL): ReactNode[] {
  const out: ReactNode[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (item === undefined) break;
    const href = item.kind === 'text' ? item.href : null;
    if (href === null) {
      out.push(renderItem(item, String(index)));
      index += 1;
      continue;
    }
    const start = index;
    const linked: ReactNode[] = [];
    for (let next = items[index]; next?.kind === 'text' && next.href === href; next = items[index]) {
      linked.push(renderText(next, String(index)));
      index += 1;
    }
    out.push(
      <a key={`a${start}`} href={href} rel={rel}>
        {linked}
      </a>,
    );
  }
  return out;
}

/**
 * Stored TipTap JSON as React elements, through the allowlist in ./allowlist.ts.
 * Returns null when `doc` is not a valid rich-text doc or has no visible text, so callers
 * can fall back (`renderRichText(x) ?? plainFallback`).
 */
export function renderRichText(doc: unknown, options: RenderRichTextOptions = {}): ReactNode {
  const parsed = parseRichText(doc);
  if (parsed === null) return null;
  const paragraphs = toParagraphs(parsed);
  if (paragraphs.length === 0) return null;
  const rel = outboundRel({ sponsored: options.sponsored });

  if (options.inline === true) {
    return paragraphs.map((paragraph, index) => (
      <Fragment key={index}>
        {index > 0 ? ' ' : null}
        {renderInline(paragraph, rel)}
      </Fragment>
    ));
  }
  return paragraphs.map((paragraph, index) => <p key={index}>{renderInline(paragraph, rel)}</p>);
}
