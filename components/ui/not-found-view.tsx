import Link from 'next/link';

interface Linked {
  id: string;
  slug: string;
}

/** A 404 that helps: where to go next, and what is new (read by app/(site)/_components/reader-chrome.tsx). */
export function NotFoundView({
  sections,
  latest,
}: {
  sections: readonly (Linked & { name: string })[];
  latest: readonly (Linked & { headline: string })[];
}) {
  return (
    <div className="not-found">
      <p className="not-found__code">404</p>
      <h1>We can’t find that page</h1>
      <p>
        The link may be broken, or the story may have moved or been taken down. Try the{' '}
        <Link href="/">front page</Link>, or one of these:
      </p>
      <div className="not-found__columns">
        <section aria-labelledby="nf-latest">
          <h2 id="nf-latest">Latest stories</h2>
          <ul>
            {latest.map((story) => (
              <li key={story.id}>
                <Link href={`/articles/${story.slug}`}>{story.headline}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="nf-sections">
          <h2 id="nf-sections">Sections</h2>
          <ul>
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={`/sections/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
