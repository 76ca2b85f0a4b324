import { AppLink } from '@/components/ui/app-link';
import { env } from '@/lib/env';

/** Every source, linked to its profile (read by app/(site)/_components/reader-chrome.tsx). */
export function SiteFooter({
  sources,
  standards = [],
}: {
  sources: readonly { id: string; slug: string; name: string }[];
  /** The standards pages and /corrections: how the newsroom works, on every page. */
  standards?: readonly { path: string; text: string }[];
}) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label="Sources">
          <h2 className="site-footer__title">Sources</h2>
          <ul className="site-footer__sources">
            {sources.map((source) => (
              <li key={source.id}>
                <AppLink href={`/sources/${source.slug}`}>{source.name}</AppLink>
              </li>
            ))}
          </ul>
        </nav>
        {standards.length > 0 ? (
          <nav aria-label="About us">
            <h2 className="site-footer__title">About us</h2>
            <ul className="site-footer__sources site-footer__standards">
              {standards.map((page) => (
                <li key={page.path}>
                  <AppLink href={page.path}>{page.text}</AppLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p className="site-footer__note">
          {env().SITE_NAME} · Summaries and key points written by our newsroom, with links to the original reporting.
        </p>
      </div>
    </footer>
  );
}
