import { AppLink } from '@/components/ui/app-link';
import { bylineParts } from '@/lib/people/byline-text';

export interface BylinePerson {
  slug: string;
  name: string;
}

/** "By A and B" in the article header, each name linking to the person's author page. */
export function AuthorByline({ people }: { people: readonly BylinePerson[] }) {
  if (people.length === 0) return null;
  return (
    <p className="byline__authors" data-testid="authors">
      By{' '}
      {bylineParts(people).map(({ person, before }) => (
        <span key={person.slug || person.name}>
          {before}
          {person.slug ? (
            <AppLink href={`/authors/${person.slug}`} rel="author">
              {person.name}
            </AppLink>
          ) : (
            person.name
          )}
        </span>
      ))}
    </p>
  );
}
