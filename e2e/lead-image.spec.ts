import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import sharp from 'sharp';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';

/*
 * Issue 10, the story side: a picture uploaded in the editor, described in the media
 * library, attached to a story and published; readers, crawlers and share cards get it.
 */

/** A real 1600×1200 JPEG: a harbour-ish scene, big enough for every ≥ 1200 px crop. */
function harbourJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="1600" height="700" fill="#8ec5ff"/><rect y="700" width="1600" height="500" fill="#1f4e79"/><rect x="1000" y="520" width="360" height="200" fill="#d94f30"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

async function writeStory(page: Page, headline: string) {
  const editor = new ArticleEditorPage(page);
  await editor.typeInto(editor.headline, headline);
  await editor.typeInto(editor.summary, 'Cranes were idle for a second day as the dock workers’ strike went on.');
  await editor.typeInto(editor.keyPoint(1), 'The strike began on Monday');
  await editor.typeInto(editor.keyPoint(2), 'Forty ships wait offshore');
  await editor.typeInto(editor.keyPoint(3), 'Talks resume on Friday');
  await editor.choose('Section', { index: 1 });
  await editor.choose('Source', { index: 1 });
  await editor.choose('Label (type of work)', 'news');
  return editor;
}

const panel = (page: Page) => page.getByRole('group', { name: 'Lead image' });

test.describe('lead images', () => {
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test('an uploaded picture is refused until described, then published with its crops, share image and JSON-LD', async ({
    page,
    browser,
  }) => {
    const editorUrl = await createDraft(page);
    const headline = `Dock strike enters second day ${Date.now()}`;
    const editor = await writeStory(page, headline);

    await panel(page).getByLabel('Upload a picture').setInputFiles({ name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: await harbourJpeg() });
    await expect(panel(page).getByTestId('lead-image-chosen')).toBeVisible({ timeout: 30_000 });
    await expect(panel(page).getByRole('list', { name: 'Crops readers get' }).locator('img')).toHaveCount(3);
    await expect(editor.preview.locator('figure.lead-image img')).toBeVisible();

    // No alt text yet: publishing is refused, and the refusal sits at the lead image.
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.locator('#leadImageId-error')).toContainText('no alt text');
    await expect(editor.status).toHaveText('Draft');

    await panel(page).getByLabel('Caption for this story').fill('Idle cranes at the container terminal');
    await editor.waitUntilSaved();

    // Described in the media library, with a focal point on the red warehouse.
    const libraryLink = panel(page).getByRole('link', { name: /Edit alt text, credit and focal point/ });
    const libraryUrl = await libraryLink.getAttribute('href');
    expect(libraryUrl).toMatch(/^\/admin\/media\/[0-9a-f-]{36}$/);
    await page.goto(libraryUrl!);
    await page.getByLabel('Alt text', { exact: true }).fill('Container cranes stand idle beside a red warehouse on a blue harbour');
    await page.getByLabel('Credit', { exact: true }).fill('Pat Photographer / Newsdesk');
    const focal = page.getByRole('button', { name: /^Focal point at/ });
    const box = await focal.boundingBox();
    if (!box) throw new Error('no focal point picker');
    await focal.click({ position: { x: box.width * 0.73, y: box.height * 0.52 } });
    await expect(focal).toHaveAccessibleName(/^Focal point at 7\d% across and 5\d% down/);
    await page.getByRole('button', { name: 'Save picture' }).click();
    await expect(page.getByText(/^Saved\. Stories showing this picture/)).toBeVisible({ timeout: 30_000 });

    await page.goto(editorUrl);
    await editor.ready();
    await expect(panel(page).getByText('Container cranes stand idle')).toBeVisible();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published', { timeout: 30_000 });
    const slug = await page.getByLabel('Address (slug)').inputValue();

    const reader = await browser.newContext();
    const article = await reader.newPage();
    expect((await article.goto(`/articles/${slug}`))?.status()).toBe(200);
    const figure = article.locator('figure.lead-image');
    await expect(figure).toBeVisible();
    // Between the byline and the summary.
    const order = await article.evaluate(() => {
      const at = (selector: string) => document.querySelector(selector);
      const before = (a: Element | null, b: Element | null) => !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return before(at('[data-testid="byline"]'), at('figure.lead-image')) && before(at('figure.lead-image'), at('[data-testid="summary"]'));
    });
    expect(order).toBe(true);
    await expect(figure.locator('figcaption')).toContainText('Idle cranes at the container terminal');
    await expect(figure.locator('figcaption')).toContainText('Pat Photographer / Newsdesk');
    const img = figure.locator('img');
    await expect(img).toHaveAttribute('alt', 'Container cranes stand idle beside a red warehouse on a blue harbour');
    await expect(img).toHaveAttribute('fetchpriority', 'high');
    await expect(img).not.toHaveAttribute('loading', 'lazy');
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await expect(img).toHaveAttribute('srcset', /\/media\/.+ \d+w, /);
    await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif \d+w/);
    expect(await img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);

    // Share cards: the 1200×630 crop, not the generated card.
    const ogImage = await article.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(ogImage).toMatch(/\/media\//);
    await expect(article.locator('meta[property="og:image:width"]').first()).toHaveAttribute('content', '1200');
    await expect(article.locator('meta[name="twitter:image"]').first()).toHaveAttribute('content', ogImage!);
    const ogResponse = await article.request.get(ogImage!);
    expect(ogResponse.status()).toBe(200);
    const og = await sharp(await ogResponse.body()).metadata();
    expect([og.width, og.height]).toEqual([1200, 630]);
    await expect(article.locator('meta[name="robots"]')).toHaveAttribute('content', /max-image-preview:large/);

    // Crawlers: NewsArticle.image holds the three crops, each at least 1200 px wide.
    const jsonLd = await article.locator('script[type="application/ld+json"]').allTextContents();
    const newsArticle = jsonLd.map((text) => JSON.parse(text) as { '@type'?: string; image?: unknown }).find((data) => data['@type'] === 'NewsArticle');
    const images = newsArticle?.image as { url: string; width: string; height: string }[];
    expect(images).toHaveLength(3);
    const ratios = images.map((image) => Math.round((Number(image.width) / Number(image.height)) * 100) / 100);
    expect(ratios).toEqual([1.78, 1.33, 1]);
    for (const image of images) {
      expect(Number(image.width)).toBeGreaterThanOrEqual(1200);
      expect((await article.request.get(image.url)).status()).toBe(200);
    }

    // Accessible in both colour schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await article.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: article }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await reader.close();
  });

  test('a picture from the library shows in the preview with this story’s caption, and can be removed', async ({ page }) => {
    await createDraft(page);
    const editor = await writeStory(page, `Ferries sail again ${Date.now()}`);
    await panel(page).getByRole('button', { name: 'Choose from library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a lead image' });
    await dialog.getByLabel('Search alt text, caption or credit').fill('ferry');
    await dialog.getByRole('button', { name: 'Search' }).click();
    await dialog.getByRole('button', { name: /white ferry/ }).click();
    await expect(dialog).toBeHidden();
    await panel(page).getByLabel('Caption for this story').fill('Back on schedule');
    const previewFigure = editor.preview.locator('figure.lead-image');
    await expect(previewFigure.locator('img')).toHaveAttribute('alt', /white ferry/);
    await expect(previewFigure.locator('figcaption')).toContainText('Back on schedule');
    await editor.waitUntilSaved();

    await page.reload();
    await editor.ready();
    await expect(panel(page).getByLabel('Caption for this story')).toHaveValue('Back on schedule');
    await panel(page).getByRole('button', { name: 'Remove lead image' }).click();
    await expect(editor.preview.locator('figure.lead-image')).toHaveCount(0);
  });

  test('the home page’s top story and the cards show their crops, lazily below the fold', async ({ page }) => {
    await page.goto('/');
    // Other specs publish stories without pictures meanwhile: whichever leads, a picture on it is fetched first.
    const top = page.locator('.home__lead picture img');
    if ((await top.count()) > 0) await expect(top.first()).toHaveAttribute('fetchpriority', 'high');
    const cards = page.locator('.story-grid picture img');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card).toHaveAttribute('loading', 'lazy');
      await expect(card).toHaveAttribute('width', /^\d+$/);
    }
    await page.goto('/sections/politics');
    await expect(page.locator('.story-card--thumb img').first()).toHaveAttribute('srcset', /\d+w/);
  });
});
