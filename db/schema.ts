import { sql } from 'drizzle-orm';
import {
  bigserial,
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  real,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RichTextDoc } from '../lib/content/schema';
import {
  ARTICLE_KINDS,
  ARTICLE_STATUSES,
  type ArticleKind,
  CORRECTION_PROPOSAL_STATUSES,
  CORRECTION_TYPES,
  ROLES,
} from '../lib/vocabulary';

/** Postgres `tsvector`; only ever written by the generated column below, read by search. */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** Raw bytes, for uploaded images (source logos) that must live where every instance can read them. */
const bytea = customType<{ data: Buffer }>({
  dataType: () => 'bytea',
});

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// The values come from lib/vocabulary; changing one there needs `npm run db:generate`.
export const userRole = pgEnum('user_role', ROLES);
export const articleStatus = pgEnum('article_status', ARTICLE_STATUSES);
export const articleKind = pgEnum('article_kind', ARTICLE_KINDS);

export const sources = pgTable('sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  logoUrl: text('logo_url'),
  homepageUrl: text('homepage_url'),
  description: text('description').notNull().default(''),
  ...timestamps,
});

export const sections = pgTable('sections', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
  ...timestamps,
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: userRole('role').notNull().default('writer'),
    disabled: boolean('disabled').notNull().default(false),
    // Bumped when the password, role or disabled flag changes: sessions carrying an older
    // value are refused, because Auth.js JWT sessions cannot be revoked otherwise.
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    status: articleStatus('status').notNull().default('draft'),
    // Null until someone chooses the type-of-work label: publishing refuses a story without
    // one (lib/newsroom/publish-checklist.ts), so readers never see an unlabelled story.
    kind: articleKind('kind'),
    headline: jsonb('headline').$type<RichTextDoc>().notNull(),
    headlineText: text('headline_text').notNull().default(''),
    summary: jsonb('summary').$type<RichTextDoc>().notNull(),
    summaryText: text('summary_text').notNull().default(''),
    // Denormalised from key_points so the generated search vector can weight them.
    keyPointsText: text('key_points_text').notNull().default(''),
    sourceId: uuid('source_id').references(() => sources.id, { onDelete: 'restrict' }),
    sectionId: uuid('section_id').references(() => sections.id, { onDelete: 'restrict' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    // Set only when an editor marks a change as substantive; readers see "Updated" then.
    revisedAt: timestamp('revised_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    // The editor's note when an article is sent back to its writer.
    reviewNote: text('review_note'),
    // The picture readers see at the top of the story (lib/media); a used image can't be
    // deleted (restrict), the library says where it is used instead.
    leadImageId: uuid('lead_image_id').references((): AnyPgColumn => images.id, { onDelete: 'restrict' }),
    // This story's own caption for its lead image; null shows the library's caption.
    leadImageCaption: text('lead_image_caption'),
    ...timestamps,
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english', coalesce(headline_text, '')), 'A') || setweight(to_tsvector('english', coalesce(summary_text, '')), 'B') || setweight(to_tsvector('english', coalesce(key_points_text, '')), 'C')`,
    ),
  },
  (t) => [
    // NULLS FIRST to match the lists' `ORDER BY published_at DESC, id DESC` exactly (that is
    // Postgres's default for DESC): with drizzle's default NULLS LAST the planner can't use
    // these and sorted every story for each list, 140 ms at 100,000 stories.
    index('articles_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_source_published_idx')
      .on(t.sourceId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_section_published_idx')
      .on(t.sectionId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_scheduled_idx')
      .on(t.scheduledAt)
      .where(sql`${t.status} = 'scheduled'`),
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc()),
    index('articles_author_idx').on(t.authorId),
    index('articles_search_idx').using('gin', t.searchVector),
    index('articles_lead_image_idx').on(t.leadImageId),
  ],
);

export const keyPoints = pgTable(
  'key_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    content: jsonb('content').$type<RichTextDoc>().notNull(),
    contentText: text('content_text').notNull().default(''),
    sourceUrl: text('source_url'),
    verifiedById: uuid('verified_by_id').references(() => users.id, { onDelete: 'set null' }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('key_points_article_position_idx').on(t.articleId, t.position)],
);

/** A full snapshot of an article as saved, so any version can be restored. */
export interface ArticleSnapshot {
  slug: string;
  kind: ArticleKind | null;
  status: string;
  headline: RichTextDoc;
  summary: RichTextDoc;
  keyPoints: { id: string; content: RichTextDoc; sourceUrl: string | null }[];
  webLinks: { title: string; url: string; siteName: string }[];
  sourceId: string | null;
  sectionId: string | null;
  /** The bylines' people in order; absent in revisions saved before bylines existed. */
  bylineIds?: string[];
  publishedAt: string | null;
  scheduledAt: string | null;
  /** Absent in revisions written before lead images existed. */
  leadImageId?: string | null;
  leadImageCaption?: string | null;
}

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    snapshot: jsonb('snapshot').$type<ArticleSnapshot>().notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    // Whether readers saw this state (the story was live after the write), and whether it is
    // one the public change log lists: the first time it went live, or a change the editor
    // marked substantive. Everything else stays in the newsroom (lib/changelog).
    public: boolean('public').notNull().default(false),
    substantive: boolean('substantive').notNull().default(false),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt.desc())],
);

export const webLinks = pgTable(
  'web_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Null means a site-wide link shown under every article.
    articleId: uuid('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    url: text('url').notNull(),
    siteName: text('site_name').notNull(),
    ...timestamps,
  },
  (t) => [index('web_links_article_position_idx').on(t.articleId, t.position)],
);

export const slugRedirects = pgTable(
  'slug_redirects',
  {
    fromSlug: text('from_slug').primaryKey(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('slug_redirects_article_idx').on(t.articleId)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.createdAt.desc()),
    index('audit_log_created_idx').on(t.createdAt.desc()),
  ],
);

/** Login attempt counters for rate-limiter-flexible's Drizzle store: shared by every instance. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: timestamp('expire', { withTimezone: true }),
  },
  // One row per guessed email or claimed address: lib/auth/maintenance.ts deletes the
  // expired ones, and this index keeps that delete from reading the whole table.
  (t) => [index('login_attempts_expire_idx').on(t.expire)],
);

/**
 * One row per signed-in browser. Auth.js JWTs can't be revoked, so each carries this row's
 * id: signing out deletes the row and the cookie is worthless from then on, even replayed.
 * The idle timeout and the absolute lifetime are checked against it on every request.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_last_seen_idx').on(t.lastSeenAt)],
);

/** One run of the scheduled-publishing job, so a late or failed run shows on the dashboard. */
export const publishRuns = pgTable(
  'publish_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trigger: text('trigger').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    published: integer('published').notNull().default(0),
    error: text('error'),
  },
  (t) => [index('publish_runs_started_idx').on(t.startedAt.desc())],
);

/** Uploaded images (source logos), served from /media/[id]. */
export const media = pgTable('media', {
  id: uuid('id').primaryKey().defaultRandom(),
  contentType: text('content_type').notNull(),
  data: bytea('data').notNull(),
  byteSize: integer('byte_size').notNull(),
  uploadedById: uuid('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const correctionType = pgEnum('correction_type', CORRECTION_TYPES);
export const correctionProposalStatus = pgEnum('correction_proposal_status', CORRECTION_PROPOSAL_STATUSES);

/**
 * Corrections, clarifications and editor's notes on a story. Append-only once the story has
 * been live: a trigger (drizzle/*_corrections_sql.sql) then refuses every UPDATE and DELETE,
 * even a direct one (and TRUNCATE always). A mistake is fixed by adding another record.
 * Before the story first goes live, a note prepared with it can still be edited or removed.
 */
export const corrections = pgTable(
  'corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      // A cascade reaches only never-live drafts: the trigger refuses it for a story readers saw.
      .references(() => articles.id, { onDelete: 'cascade' }),
    type: correctionType('type').notNull(),
    text: jsonb('text').$type<RichTextDoc>().notNull(),
    textPlain: text('text_plain').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('corrections_article_idx').on(t.articleId, t.createdAt),
    // The site-wide /corrections list and feed, newest first, keyset paged.
    index('corrections_created_idx').on(t.createdAt.desc(), t.id.desc()),
  ],
);

/** A writer's suggested correction, waiting for an editor; accepting it writes a `corrections` row. */
export const correctionProposals = pgTable(
  'correction_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    type: correctionType('type').notNull(),
    text: jsonb('text').$type<RichTextDoc>().notNull(),
    textPlain: text('text_plain').notNull(),
    status: correctionProposalStatus('status').notNull().default('pending'),
    proposedById: uuid('proposed_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    correctionId: uuid('correction_id').references(() => corrections.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('correction_proposals_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    index('correction_proposals_article_idx').on(t.articleId),
  ],
);

/** About, editorial standards, corrections policy, ethics, contact: admin-edited rich text. */
export const standardsPages = pgTable('standards_pages', {
  slug: text('slug').primaryKey(),
  title: text('title').notNull(),
  body: jsonb('body').$type<RichTextDoc>().notNull(),
  updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});
/** A public link on a person's profile ("Website", "Mastodon"); http(s) only (lib/people/schemas). */
export interface PersonLink {
  label: string;
  url: string;
}

/**
 * People who write for the site: staff with a newsroom account (`user_id`) and guest
 * contributors without one. Stories name them through article_bylines.
 */
export const people = pgTable('people', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  jobTitle: text('job_title').notNull().default(''),
  bio: jsonb('bio').$type<RichTextDoc>(),
  bioText: text('bio_text').notNull().default(''),
  // A /media/<id> upload (as source logos) or a site path; the image library may take it over.
  photoUrl: text('photo_url'),
  beats: text('beats').array().notNull().default(sql`'{}'::text[]`),
  links: jsonb('links').$type<PersonLink[]>().notNull().default([]),
  userId: uuid('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'set null' }),
  ...timestamps,
});

/** A story's bylines, in the order readers see them. */
export const articleBylines = pgTable(
  'article_bylines',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // Restrict: a person with bylines is refused deletion (lib/people/manage.ts) rather than
    // silently vanishing from stories readers may have cited.
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.personId] }),
    index('article_bylines_person_idx').on(t.personId, t.articleId),
  ],
);

/** The kinds of thing (besides articles, which have slug_redirects) whose old slugs redirect. */
export const REDIRECTING_ENTITIES = ['person', 'source', 'section'] as const;
export type RedirectingEntity = (typeof REDIRECTING_ENTITIES)[number];

/**
 * Old slugs of people, sources and sections: /sources/<old> answers 308 to the current
 * slug. No foreign key (one column points at three tables): deleting the entity deletes its
 * rows here in the same transaction (lib/redirects/entity-slugs.ts).
 */
export const entitySlugRedirects = pgTable(
  'entity_slug_redirects',
  {
    entityType: text('entity_type').$type<RedirectingEntity>().notNull(),
    fromSlug: text('from_slug').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.fromSlug] }),
    index('entity_slug_redirects_entity_idx').on(t.entityType, t.entityId),
  ],
);

/**
 * The edge purge outbox (lib/edge/outbox.ts): every write's cache tags, to purge at the CDN
 * after the write has committed. Rows are delivered in id order, retried with backoff until
 * done; `error` holds a PurgeFailureCode, never a CDN's own words.
 */
export const edgePurges = pgTable(
  'edge_purges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tags: jsonb('tags').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    error: text('error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [index('edge_purges_pending_idx').on(t.id).where(sql`${t.doneAt} is null`)],
);

/**
 * Pictures in the media library (lib/media). The original's bytes live in the media store
 * (lib/media/storage: Postgres or S3) under `original_key`; readers only ever get the
 * re-encoded variants below. Width and height are after EXIF orientation was applied.
 */
export const images = pgTable(
  'images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    originalKey: text('original_key').notNull(),
    /** The sniffed format of the upload (jpeg, png, webp, avif, gif), never the browser's claim. */
    originalFormat: text('original_format').notNull(),
    originalByteSize: integer('original_byte_size').notNull(),
    /** The file name the uploader's computer gave it; shown in the library only. */
    originalName: text('original_name').notNull().default(''),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** Null until someone describes the picture; a story can't go live with it before. */
    altText: text('alt_text'),
    caption: text('caption'),
    credit: text('credit'),
    licence: text('licence'),
    /** Where the crops centre, as fractions of width and height (0..1). */
    focalX: real('focal_x').notNull().default(0.5),
    focalY: real('focal_y').notNull().default(0.5),
    uploadedById: uuid('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('images_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('images_uploaded_by_idx').on(t.uploadedById),
  ],
);

/**
 * The served renditions of an image, one row per (aspect, format, width) per crop, addressed
 * by a hash of their bytes (/media/i/<hash>.<ext>). A new focal point makes new rows and
 * marks the old ones superseded: pages and caches that still hold the old URLs keep working.
 */
export const imageVariants = pgTable(
  'image_variants',
  {
    hash: text('hash').notNull(),
    imageId: uuid('image_id')
      .notNull()
      .references(() => images.id, { onDelete: 'cascade' }),
    /** '16:9' | '4:3' | '1:1' | 'og' (lib/media/image-ref.ts). */
    aspect: text('aspect').notNull(),
    /** 'avif' | 'webp' | 'jpeg'. */
    format: text('format').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    /** The focal point this crop was cut for. */
    focalX: real('focal_x').notNull(),
    focalY: real('focal_y').notNull(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.hash, t.imageId] }), index('image_variants_image_idx').on(t.imageId)],
);

/**
 * The embedded media store: bytes by key, for when no S3 bucket is configured
 * (lib/media/storage/postgres-store.ts). Keys are content hashes, so equal bytes are kept once.
 */
export const mediaBlobs = pgTable('media_blobs', {
  key: text('key').primaryKey(),
  contentType: text('content_type').notNull(),
  data: bytea('data').notNull(),
  byteSize: integer('byte_size').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
