import { and, eq } from 'drizzle-orm';
import { docFromText } from '../../lib/content/build';
import { toPlainText } from '../../lib/content/plain-text';
import { STANDARDS_DEMO_TEXT } from '../../lib/standards/demo-text';
import { STANDARDS_PAGES } from '../../lib/standards/pages';
import { docFromStandardsText } from '../../lib/standards/text-format';
import { STANDARDS_PAGE_SLUGS, type CorrectionType } from '../../lib/vocabulary';
import type { Tx } from '../connection';
import { type ArticleSnapshot, articleRevisions, articles, corrections, standardsPages } from '../schema';
import { demoStories, REFERENCE_STORY_SLUG } from './demo-content';

const HOUR_MS = 3_600_000;

/**
 * The demo's trust content: the standards pages, and on three real stories a record and the
 * wording readers saw before it, so each story's change log shows what changed.
 */
interface DemoCorrection {
  slug: string;
  type: CorrectionType;
  text: string;
  /** What the story said before the change, as a replacement in its summary and key points. */
  before: { now: string; was: string };
}

export const DEMO_CORRECTIONS: readonly DemoCorrection[] = [
  {
    slug: 'city-council-approves-late-night-bus-service-for-six-outer-neighbourhoods',
    type: 'correction',
    text: 'An earlier version of this story said the late-night buses would run every 20 minutes. They will run every 30 minutes.',
    before: { now: 'every 30 minutes', was: 'every 20 minutes' },
  },
  {
    slug: 'central-bank-holds-interest-rates-steady-and-signals-a-slower-path-to-cuts',
    type: 'correction',
    text: 'An earlier version of this story said six of the nine committee members voted to hold rates. Seven did.',
    before: { now: 'Seven', was: 'Six' },
  },
  {
    slug: REFERENCE_STORY_SLUG,
    type: 'editors_note',
    text: 'This story was updated after publication with South Korea’s response and the status of the Kursk region.',
    before: { now: 'South Korea', was: 'Seoul' },
  },
];

function replaced(doc: ArticleSnapshot['headline'], { now, was }: DemoCorrection['before']) {
  return docFromText(toPlainText(doc).split(now).join(was));
}

export async function seedTrustContent(tx: Tx, articleIds: ReadonlyMap<string, string>, now: Date): Promise<void> {
  await tx.insert(standardsPages).values(
    STANDARDS_PAGE_SLUGS.map((slug) => ({
      slug,
      title: STANDARDS_PAGES[slug].defaultTitle,
      body: docFromStandardsText(STANDARDS_DEMO_TEXT[slug]),
      createdAt: now,
      updatedAt: now,
    })),
  );

  for (const demo of DEMO_CORRECTIONS) {
    const articleId = articleIds.get(demo.slug);
    const story = demoStories.find((candidate) => candidate.slug === demo.slug);
    if (!articleId || story?.revisedHoursAgo === undefined) throw new Error(`Demo correction on ${demo.slug}: no revised story`);
    const revisedAt = new Date(now.getTime() - story.revisedHoursAgo * HOUR_MS);

    // The seeded revision becomes what readers saw first; the current text is version 2.
    const [original] = await tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, 1)));
    if (!original) throw new Error(`Demo correction on ${demo.slug}: no seeded revision`);
    const current = original.snapshot;
    const earlier: ArticleSnapshot = {
      ...current,
      summary: replaced(current.summary, demo.before),
      keyPoints: current.keyPoints.map((point) => ({ ...point, content: replaced(point.content, demo.before) })),
    };
    await tx.update(articleRevisions).set({ snapshot: earlier }).where(eq(articleRevisions.id, original.id));
    await tx.insert(articleRevisions).values({
      articleId,
      version: 2,
      reason: 'seed',
      createdAt: revisedAt,
      snapshot: current,
      public: true,
      substantive: true,
    });
    await tx.update(articles).set({ version: 2 }).where(eq(articles.id, articleId));

    const text = docFromText(demo.text);
    await tx.insert(corrections).values({
      articleId,
      type: demo.type,
      text,
      textPlain: toPlainText(text),
      createdAt: revisedAt,
    });
  }
}
