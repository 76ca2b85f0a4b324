import { renderRichText, safeHref } from '@/lib/content';

export interface ProfilePerson {
  name: string;
  jobTitle: string;
  bio: unknown;
  photoUrl: string | null;
  beats: readonly string[];
  links: readonly { label: string; url: string }[];
}

/** The head of an author page: photo, name, title, bio (through the allowlist renderer), beats, links. */
export function PersonProfile({ person }: { person: ProfilePerson }) {
  const photo = safeHref(person.photoUrl) ?? (person.photoUrl?.startsWith('/') ? person.photoUrl : null);
  return (
    <header className="profile profile--person">
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small uploaded photo, served as stored.
        <img className="profile__photo" src={photo} alt={`Photo of ${person.name}`} width={96} height={96} />
      ) : null}
      <div>
        <p className="profile__kicker">Author</p>
        <h1 className="profile__name">{person.name}</h1>
        {person.jobTitle ? <p className="profile__job">{person.jobTitle}</p> : null}
        {person.bio ? <div className="profile__description">{renderRichText(person.bio)}</div> : null}
        {person.beats.length > 0 ? (
          <p className="profile__beats">
            <span className="profile__beats-label">Covers:</span> {person.beats.join(', ')}
          </p>
        ) : null}
        {person.links.length > 0 ? (
          <ul className="profile__links" aria-label={`${person.name} elsewhere`}>
            {person.links.flatMap((link) => {
              const href = safeHref(link.url);
              return href ? [
                <li key={href}>
                  <a href={href} rel="me noopener noreferrer nofollow">
                    {link.label}
                  </a>
                </li>,
              ] : [];
            })}
          </ul>
        ) : null}
      </div>
    </header>
  );
}
