import { z } from 'zod';
import { richTextDocSchema } from '@/lib/content';
import { ARTICLE_KINDS } from '@/lib/vocabulary';
import type { EditorDraft } from './draft';

/**
 * A copy of unsaved work in the browser's localStorage. Live stories are never autosaved
 * (the server refuses: readers would see half-done edits), so for them this copy is what
 * survives a closed tab or a crash; for drafts it covers the seconds before an autosave and
 * time spent offline.
 */
export interface DraftBackup {
  /** The version the unsaved edits were made on top of; saving it later checks against this. */
  version: number;
  savedAt: number;
  draft: EditorDraft;
}

export type BackupStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyFor = (articleId: string) => `newsdesk:editor-backup:${articleId}`;

const text = z.string().max(10_000);
const optionalText = text.nullable();

/** The lead image as the draft last saw it (an ImageRef); only its id is ever sent back. */
const imageRefSchema = z.object({
  id: text,
  alt: optionalText,
  caption: optionalText,
  credit: optionalText,
  licence: optionalText,
  width: z.number(),
  height: z.number(),
  focalX: z.number(),
  focalY: z.number(),
  variants: z
    .array(
      z.object({
        aspect: z.enum(['16:9', '4:3', '1:1', 'og']),
        format: z.enum(['avif', 'webp', 'jpeg']),
        width: z.number(),
        height: z.number(),
        url: text,
      }),
    )
    .max(200),
});
const backupSchema = z.object({
  version: z.number().int().min(1),
  savedAt: z.number(),
  draft: z.object({
    headline: richTextDocSchema,
    summary: richTextDocSchema,
    keyPoints: z
      .array(z.object({ key: text, id: z.string().optional(), content: richTextDocSchema, sourceUrl: text }))
      .max(50),
    webLinks: z.array(z.object({ key: text, title: text, url: text, siteName: text })).max(50),
    kind: z.enum(ARTICLE_KINDS).nullable(),
    sourceId: text,
    sectionId: text,
    // Backups written before bylines existed have none: they keep the story's own.
    bylineIds: z.array(text).max(20).optional(),
    slug: text,
    slugFollowsHeadline: z.boolean(),
    substantive: z.boolean(),
    scheduledAt: text,
    // Copies kept before lead images existed have neither.
    leadImage: imageRefSchema.nullable().default(null),
    leadImageCaption: text.default(''),
  }),
});

export class DraftBackupStore {
  constructor(
    private readonly storage: BackupStorage | null,
    private readonly articleId: string,
  ) {}

  read(): DraftBackup | null {
    try {
      const raw = this.storage?.getItem(keyFor(this.articleId));
      if (!raw) return null;
      const parsed = backupSchema.safeParse(JSON.parse(raw));
      // zod's output types the docs loosely; the schema above checked their shape.
      return parsed.success ? (parsed.data as DraftBackup) : null;
    } catch {
      return null; // Unreadable or blocked storage: there is simply no backup.
    }
  }

  write(backup: DraftBackup): void {
    try {
      this.storage?.setItem(keyFor(this.articleId), JSON.stringify(backup));
    } catch {
      // Full or disabled storage (private mode): the server copy is all there is.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(keyFor(this.articleId));
    } catch {
      // As above.
    }
  }
}
