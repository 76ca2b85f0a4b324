import Link from 'next/link';
import { env } from '@/lib/env';

/** Every source, linked to its profile (read by app/(site)/_components/reader-chrome.tsx). */
export function SiteFooter({ sources }: { sources: readonly { id: string; slug: string; name: string }[] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label="Sources">
          <h2 className="site-footer__title">Sources</h2>
          <ul className="site-footer__sources">
            {sources.map((source) => (
              <li key={source.id}>
                <Link href={`/sources/${source.slug}`}>{source.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="site-footer__note">
          {env().SITE_NAME} · Summaries and key points written by our newsroom, with links to the original reporting.
        </p>
      </div>
    </footer>
  );
}
