// Run by prepare-database.mjs before the e2e server starts (while nothing else has the
// embedded database open): one picture in the library and a draft story that leads with it,
// so e2e/media-library.spec.ts can show that deleting a used picture is refused. Idempotent.
import { eq } from 'drizzle-orm';
import { articles, users } from '../../db/schema';
import { docFromText } from '../../lib/content/build';
import { toPlainText } from '../../lib/content/plain-text';
import { fileOf, makeTestJpeg } from '../../lib/media/generated-images';
import { ingestImage } from '../../lib/media/ingest';
import { openTarget } from '../../runtime/cli/open-target';
import { USED_PICTURE_ALT, USED_PICTURE_STORY, USED_PICTURE_STORY_SLUG } from './media';

const target = await openTarget();
try {
  const { db } = target.connection;
  const [existing] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, USED_PICTURE_STORY_SLUG)).limit(1);
  if (!existing) {
    const [admin] = await db.select().from(users).where(eq(users.role, 'admin')).limit(1);
    if (!admin) throw new Error('seed-media: no admin to upload as (run db:seed first)');
    const actor = { id: admin.id, role: admin.role, disabled: false };
    const uploaded = await ingestImage(db, actor, {
      file: fileOf(await makeTestJpeg({ width: 1400, height: 1000 }), 'harbour.jpg'),
      altText: USED_PICTURE_ALT,
      credit: 'E2E Photo Desk',
    });
    if (!uploaded.ok) throw new Error(`seed-media: ${uploaded.message}`);
    const headline = docFromText(USED_PICTURE_STORY);
    const summary = docFromText('A draft that leads with a picture from the library.');
    await db.insert(articles).values({
      slug: USED_PICTURE_STORY_SLUG,
      headline,
      headlineText: toPlainText(headline),
      summary,
      summaryText: toPlainText(summary),
      authorId: admin.id,
      leadImageId: uploaded.value.id,
    });
    console.log('seed-media: a picture and a story that uses it');
  }
} finally {
  await target.close();
}
