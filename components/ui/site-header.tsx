import Link from 'next/link';
import { getSections } from '@/db/queries/public';
import { env } from '@/lib/env';
import { SearchForm } from './search-form';

export async function SiteHeader() {
  const sections = await getSections();
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
