import type { StoryPage } from '@/db/queries/story-pages';
import { paths } from '@/lib/seo/paths';

/**
 * "Newer" and "older" links for a story list, with rel=prev/next. Plain anchors: the
 * later pages are separate documents (see next.config.mjs), not client-side state.
 */
export function ListPagination({ listPath, page }: { listPath: string; page: StoryPage }) {
  const newer =
    page.newer === null ? null : page.newer.kind === 'first' ? listPath : paths.newerPage(listPath, page.newer.cursor);
  const older = page.older ? paths.olderPage(listPath, page.older) : null;
  if (!newer && !older) return null;
  return (
    <nav aria-label="Pages" className="pagination">
      {newer ? (
        <a href={newer} rel="prev" className="pagination__link pagination__link--newer">
          <span aria-hidden="true">← </span>Newer stories
        </a>
      ) : null}
      {older ? (
        <a href={older} rel="next" className="pagination__link pagination__link--older">
          Older stories<span aria-hidden="true"> →</span>
        </a>
      ) : null}
    </nav>
  );
}
