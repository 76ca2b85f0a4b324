import { type Citation, outboundRel } from '@/lib/content';

/**
 * A key point's source, after the point: a numbered link "[1]" whose accessible name says
 * where it goes ("Source 1: reuters.com"). It leaves the site like Around The Web does.
 */
export function CitationLink({ citation, sponsored = false }: { citation: Citation | null; sponsored?: boolean }) {
  if (!citation) return null;
  return (
    <>
      {' '}
      <sup className="citation">
        <a
          href={citation.href}
          rel={outboundRel({ sponsored })}
          target="_blank"
          aria-label={`Source ${citation.number}: ${citation.site} (opens in a new tab)`}
        >
          [{citation.number}]
        </a>
      </sup>
    </>
  );
}
