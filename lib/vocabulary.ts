/*
 * The newsroom's one vocabulary: an article's status and kind, and a user's role, with the
 * words people see for them. The database enums (db/schema.ts), the policy, the input
 * schemas, the dashboard filter, the editor and the users screens all take their lists from
 * here, so adding a value is one edit here plus a generated migration.
 *
 * Plain TypeScript, no imports: db/schema.ts loads it under drizzle-kit, and client
 * components (the editor) bundle it.
 */

/** An article's place in the workflow, in the order the dashboard's filter lists them. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** What the newsroom and the dashboard call each status. */
export const ARTICLE_STATUS_LABELS: Readonly<Record<ArticleStatus, string>> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  archived: 'Archived',
};

/** What kind of piece a story is; readers see it as a label above the headline. */
export const ARTICLE_KINDS = ['news', 'analysis', 'opinion', 'sponsored'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_KIND_LABELS: Readonly<Record<ArticleKind, string>> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  sponsored: 'Sponsored',
};

/** Paid-for stories: readers see a disclosure line, and their links carry rel="sponsored". */
export const isSponsoredKind = (kind: ArticleKind | null | undefined): boolean => kind === 'sponsored';

/** Newsroom roles, from most to least power (the order of the database enum). */
export const ROLES = ['admin', 'editor', 'writer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles as the users screens explain them. */
export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  writer: 'Writer — drafts and submits stories',
  editor: 'Editor — edits and publishes',
  admin: 'Admin — also manages users, sources and sections',
};

/** What a published note on a story is: readers see the label, the list and feed name it. */
export const CORRECTION_TYPES = ['correction', 'clarification', 'editors_note'] as const;
export type CorrectionType = (typeof CORRECTION_TYPES)[number];

export const CORRECTION_TYPE_LABELS: Readonly<Record<CorrectionType, string>> = {
  correction: 'Correction',
  clarification: 'Clarification',
  editors_note: 'Editor’s note',
};

/** Where a writer's proposed correction stands. */
export const CORRECTION_PROPOSAL_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type CorrectionProposalStatus = (typeof CORRECTION_PROPOSAL_STATUSES)[number];

/** The site's standards pages: each has one fixed address (lib/standards/pages.ts). */
export const STANDARDS_PAGE_SLUGS = ['about', 'standards', 'corrections-policy', 'ethics', 'contact'] as const;
export type StandardsPageSlug = (typeof STANDARDS_PAGE_SLUGS)[number];
