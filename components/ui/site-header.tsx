import Link from 'next/link';
import { env } from '@/lib/env';
import { SearchForm } from './search-form';

/** The site's name, its sections (read by app/(site)/_components/reader-chrome.tsx) and search. */
export function SiteHeader({ sections }: { sections: readonly { id: string; slug: string; name: string }[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="wordmark">
          {env().SITE_NAME}
        </Link>
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={`/sections/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="site-search" label="Site search" variant="header" />
      </div>
    </header>
  );
}
