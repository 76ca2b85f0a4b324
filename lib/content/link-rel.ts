/**
 * The rel of every link that leaves the site: no referrer leak, no window.opener, no SEO
 * endorsement — and, inside a paid-for story, `sponsored`, as Google asks of paid links.
 * The renderer, citations and Around The Web all take it from here.
 */
export interface OutboundLinkOptions {
  /** The link sits in a sponsored story. */
  sponsored?: boolean;
}

export const OUTBOUND_REL = 'noopener noreferrer nofollow';

export function outboundRel({ sponsored = false }: OutboundLinkOptions = {}): string {
  return sponsored ? `${OUTBOUND_REL} sponsored` : OUTBOUND_REL;
}
