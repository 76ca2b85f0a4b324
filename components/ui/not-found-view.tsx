import { AppLink } from '@/components/ui/app-link';

interface Linked {
  id: string;
  slug: string;
}

/**
 * A 404 that helps: the front page and what is new (read by app/(site)/_components/reader-chrome.tsx).
 * The sections are in the header above it. Every reader page carries this view in its flight
 * data as the not-found fallback, so it stays small.
 */
export function NotFoundView({ latest }: { latest: readonly (Linked & { headline: string })[] }) {
  return (
    <div className="not-found">
      <p className="not-found__code">404</p>
      <h1>We can’t find that page</h1>
      <p>
        The link may be broken, or the story may have moved or been taken down. Try the{' '}
        <AppLink href="/">front page</AppLink>, a section above, or one of these:
      </p>
      <section aria-labelledby="nf-latest">
        <h2 id="nf-latest">Latest stories</h2>
        <ul>
          {latest.map((story) => (
            <li key={story.id}>
              <AppLink href={`/articles/${story.slug}`}>{story.headline}</AppLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
