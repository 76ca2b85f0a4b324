import { fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { toParagraphs, type Paragraph } from '../content/allowlist';
import { outboundRel } from '../content/link-rel';
import { parseRichText } from '../content/schema';

/*
 * HTML for feed entries, written by xmlbuilder2 so every text and attribute is escaped by
 * the library, from the same allowlist the site renders with (lib/content/allowlist):
 * paragraphs, line breaks, bold, italic, and http(s)/mailto links.
 */


function newFragment(): XMLBuilder {
  // XML 1.0 cannot carry most control characters, escaped or not: drop them.
  return fragment({ invalidCharReplacement: '' });
}

function appendInline(parent: XMLBuilder, items: Paragraph, rel: string): void {
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (item === undefined) break;
    if (item.kind === 'break') {
      parent.ele('br');
      index += 1;
      continue;
    }
    // Consecutive items linking to one href stay one link, as on the site.
    const target = item.href === null ? parent : parent.ele('a', { href: item.href, rel });
    for (let next = items[index]; next?.kind === 'text' && next.href === item.href; next = items[index]) {
      let node = target;
      if (next.bold) node = node.ele('strong');
      if (next.italic) node = node.ele('em');
      node.txt(next.text);
      index += 1;
    }
  }
}

function paragraphsOf(doc: unknown): Paragraph[] {
  const parsed = parseRichText(doc);
  return parsed === null ? [] : toParagraphs(parsed);
}

export interface EntryContent {
  summary: unknown;
  keyPoints: unknown[];
  /** The story on the site, linked at the end of the entry. */
  url: string;
  siteName: string;
  /** Who paid, for a sponsored story (disclosed first, links rel="sponsored"); else null. */
  sponsor?: string | null;
}

/** A feed entry's body: the summary, then the key points as an ordered list. */
export function entryContentHtml({ summary, keyPoints, url, siteName, sponsor = null }: EntryContent): string {
  const root = newFragment();
  const rel = outboundRel({ sponsored: sponsor !== null });
  if (sponsor !== null) {
    const disclosure = root.ele('p');
    disclosure.ele('strong').txt('Sponsored content:');
    disclosure.txt(` paid for by ${sponsor}.`);
  }
  for (const paragraph of paragraphsOf(summary)) appendInline(root.ele('p'), paragraph, rel);
  const points = keyPoints.map(paragraphsOf).filter((paragraphs) => paragraphs.length > 0);
  if (points.length > 0) {
    root.ele('h2').txt('Key points');
    const list = root.ele('ol');
    for (const paragraphs of points) {
      const item = list.ele('li');
      paragraphs.forEach((paragraph, position) => {
        if (position > 0) item.txt(' ');
        appendInline(item, paragraph, rel);
      });
    }
  }
  root.ele('p').ele('a', { href: url }).txt(`Read it on ${siteName}`);
  return root.end();
}

/** Plain text made safe to embed where a feed expects HTML. */
export function escapeHtmlText(text: string): string {
  return newFragment().txt(text).end();
}
