import { safeHref } from './safe-href';

/** A key point's source as readers see it: "[1]" after the point, named "Source 1: reuters.com". */
export interface Citation {
  /** 1-based, in reading order; a source cited by two points keeps its first number. */
  number: number;
  href: string;
  /** The site, for the link's accessible name ("reuters.com"). */
  site: string;
}

function siteOf(href: string): string {
  try {
    const { hostname } = new URL(href);
    return hostname.replace(/^www\./, '') || href;
  } catch {
    return href;
  }
}

/**
 * Numbers the key points' sources in reading order: one entry per point (null when it has
 * no usable source), and the distinct sources in order — for the page and for JSON-LD.
 * Only http(s) and mailto survive, through the same safeHref as all content links.
 */
export function numberCitations(points: readonly { sourceUrl: string | null }[]): {
  perPoint: (Citation | null)[];
  sources: Citation[];
} {
  const byHref = new Map<string, Citation>();
  const perPoint = points.map((point) => {
    const href = safeHref(point.sourceUrl);
    if (!href || !/^https?:/i.test(href)) return null;
    let citation = byHref.get(href);
    if (!citation) {
      citation = { number: byHref.size + 1, href, site: siteOf(href) };
      byHref.set(href, citation);
    }
    return citation;
  });
  return { perPoint, sources: [...byHref.values()] };
}
