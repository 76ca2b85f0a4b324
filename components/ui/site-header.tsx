import { AppLink } from '@/components/ui/app-link';
import { env } from '@/lib/env';
import { SearchForm } from './search-form';

/** The site's name, its sections (read by app/(site)/_components/reader-chrome.tsx) and search. */
export function SiteHeader({ sections }: { sections: readonly { id: string; slug: string; name: string }[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <AppLink href="/" className="wordmark">
          {env().SITE_NAME}
        </AppLink>
        <nav aria-label="Sections" className="section-nav">
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <AppLink href={`/sections/${section.slug}`}>{section.name}</AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="site-search" label="Site search" variant="header" />
      </div>
    </header>
  );
}
