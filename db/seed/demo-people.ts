/**
 * The demo's people: staff with bylines (one linked to the demo editor's account) and a
 * guest contributor. Every demo story gets bylines from `demoBylines`. Fictional, like the
 * rest of the demo copy; links point at the reserved example.* domains.
 */

export interface DemoPerson {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  beats: string[];
  links: { label: string; url: string }[];
  /** A generated portrait's two colours (db/seed/portrait.ts); none for a person without a photo. */
  portrait?: { background: string; figure: string };
}

/** The profile linked to the demo editor's account (db/seed/demo-editor.ts). */
export const DEMO_EDITOR_PERSON_SLUG = 'morgan-hale';

export const demoPeople: DemoPerson[] = [
  {
    slug: DEMO_EDITOR_PERSON_SLUG,
    name: 'Morgan Hale',
    jobTitle: 'Managing editor',
    bio: 'Morgan runs the Newsdesk newsroom and edits its world and politics coverage. Before Newsdesk, Morgan spent a decade as a foreign correspondent.',
    beats: ['World', 'Politics', 'Standards'],
    links: [{ label: 'Website', url: 'https://morgan-hale.example.com' }],
    portrait: { background: '#1f4e79', figure: '#f2c14e' },
  },
  {
    slug: 'ana-ruiz',
    name: 'Ana Ruiz',
    jobTitle: 'Europe correspondent',
    bio: 'Ana covers European politics, diplomacy and the war in Ukraine from Brussels.',
    beats: ['EU politics', 'Diplomacy', 'Ukraine'],
    links: [
      { label: 'Mastodon', url: 'https://social.example.org/@anaruiz' },
      { label: 'Website', url: 'https://ana-ruiz.example.net' },
    ],
    portrait: { background: '#7a2e3b', figure: '#f4d6c6' },
  },
  {
    slug: 'ben-okafor',
    name: 'Ben Okafor',
    jobTitle: 'Business reporter',
    bio: 'Ben writes about markets, central banks and the companies that move them.',
    beats: ['Markets', 'Central banks', 'Trade'],
    links: [{ label: 'Website', url: 'https://ben-okafor.example.com' }],
  },
  {
    slug: 'priya-natarajan',
    name: 'Priya Natarajan',
    jobTitle: 'Science and technology editor',
    bio: 'Priya edits science, health and technology coverage and explains research for everyday readers.',
    beats: ['Science', 'Health', 'Technology'],
    links: [{ label: 'Website', url: 'https://priya.example.org' }],
  },
  {
    slug: 'tomas-lindqvist',
    name: 'Tomás Lindqvist',
    jobTitle: 'Sports writer',
    bio: 'Tomás reports on football, athletics and the business of sport.',
    beats: ['Football', 'Athletics'],
    links: [],
  },
  {
    slug: 'rosa-adeyemi',
    name: 'Rosa Adeyemi',
    jobTitle: 'Contributing writer',
    bio: 'Rosa is a freelance journalist who writes analysis and opinion on culture and cities. She contributes as a guest and has no newsroom account.',
    beats: ['Culture', 'Cities'],
    links: [{ label: 'Portfolio', url: 'https://rosa-adeyemi.example.net' }],
  },
];

/** Who usually writes for each section, so the demo's bylines look like a real desk's. */
const deskBySection: Record<string, string[]> = {
  world: ['ana-ruiz', DEMO_EDITOR_PERSON_SLUG],
  politics: [DEMO_EDITOR_PERSON_SLUG, 'ana-ruiz'],
  business: ['ben-okafor'],
  technology: ['priya-natarajan'],
  science: ['priya-natarajan'],
  sport: ['tomas-lindqvist'],
  culture: ['rosa-adeyemi'],
};

/**
 * The bylines of the `index`th demo story: one or two people from its section's desk (every
 * third story has two), or the managing editor for a section without a desk.
 */
export function demoBylines(section: string, index: number): string[] {
  const desk = deskBySection[section] ?? [DEMO_EDITOR_PERSON_SLUG];
  const first = desk[index % desk.length] ?? DEMO_EDITOR_PERSON_SLUG;
  if (index % 3 !== 0) return [first];
  const second = desk.find((slug) => slug !== first) ?? (first === 'rosa-adeyemi' ? 'ben-okafor' : 'rosa-adeyemi');
  return [first, second];
}
