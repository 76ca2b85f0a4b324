import AxeBuilder from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, type Page, test } from '@playwright/test';
import { accounts } from './support/credentials';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';

/*
 * Corrections and notes, the public change log and the standards pages, as editors and
 * readers use them. The stories here are the demo's; each test takes a different one.
 */

const FERRY = {
  slug: 'ferry-services-resume-across-the-baltic-after-storm-closes-ports-for-two-days',
  headline: 'Ferry services resume across the Baltic',
};
const GRAIN = {
  slug: 'why-grain-shipping-routes-matter-more-than-ever-for-import-dependent-nations',
  headline: 'Why grain shipping routes matter',
};

/** Opens a demo story in the editor from the dashboard's headline filter. */
async function openInEditor(page: Page, headline: string): Promise<ArticleEditorPage> {
  await page.goto(`/admin?q=${encodeURIComponent(headline)}`);
  await page.getByRole('link', { name: new RegExp(`^${headline}`) }).first().click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  const editor = new ArticleEditorPage(page);
  await editor.ready();
  return editor;
}

function panelOf(page: Page) {
  return page.getByRole('region', { name: 'Corrections and notes' });
}

async function writeNote(page: Page, type: 'Correction' | 'Clarification' | 'Editor’s note', text: string, button: string) {
  const panel = panelOf(page);
  const form = panel.locator('.corrections-panel__add');
  await form.getByLabel('Type').selectOption({ label: type });
  await form.getByRole('textbox', { name: 'Text', exact: true }).click();
  await page.keyboard.type(text);
  await form.getByRole('button', { name: button, exact: true }).click();
}

test.describe('corrections', () => {
  // Several sign-ins (argon2) and editor sessions per test, on a busy machine.
  test.slow();
  test('an editor adds a correction to a live story: the notice, the section, /corrections, the feed and the lists show it', async ({
    page,
    request,
  }) => {
    await signIn(page);
    await openInEditor(page, FERRY.headline);
    const text = `An earlier version said ports were closed for three days; they were closed for two. ${Date.now()}`;
    await writeNote(page, 'Correction', text, 'Add');
    await expect(panelOf(page).getByRole('status')).toContainText('Added');
    const record = panelOf(page).getByTestId('correction-record').filter({ hasText: text });
    await expect(record).toBeVisible();
    // Live story: the record is permanent, so there is nothing to edit or remove.
    await expect(record.getByRole('button')).toHaveCount(0);

    await page.goto(`/articles/${FERRY.slug}`);
    const notice = page.getByTestId('correction-notice');
    await expect(notice).toContainText('Correction');
    await expect(notice).toContainText(text);
    await expect(notice.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await notice.getByRole('link', { name: /All corrections and notes/ }).click();
    await expect(page).toHaveURL(/#corrections$/);
    const section = page.getByRole('region', { name: 'Corrections and notes' });
    await expect(section).toContainText(text);
    await expect(section.getByRole('listitem').filter({ hasText: text }).locator('time')).toHaveCount(1);
    // Adding it set the story's "Updated" time, which links to the change log.
    await expect(page.getByTestId('updated').getByRole('link')).toHaveAttribute('href', `/articles/${FERRY.slug}/history`);
    // JSON-LD carries it as a CorrectionComment.
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).join('\n');
    expect(jsonLd).toContain('"@type":"CorrectionComment"');
    expect(jsonLd).toContain(text);

    await page.goto('/corrections');
    const first = page.getByTestId('corrections-list').getByRole('listitem').first();
    await expect(first).toContainText(text);
    await expect(first.getByRole('link')).toHaveAttribute('href', `/articles/${FERRY.slug}#corrections`);

    const response = await request.get('/feeds/corrections.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const feed = parseFeed(await response.text());
    expect(feed.items[0]?.title).toMatch(/^Correction: Ferry services resume/);
    expect(feed.items[0]?.content).toContain(text);

    await page.goto('/');
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: /^Ferry services resume/ }) });
    await expect(card.getByTestId('corrected-marker').first()).toHaveText('Corrected');
  });

  test('a note on a draft can be edited until the story goes live; a second browser is then refused', async ({ page, browser }) => {
    await signIn(page);
    const url = await createDraft(page);
    const editor = new ArticleEditorPage(page);
    await editor.typeInto(editor.headline, `Harbour tunnel opens ${Date.now()}`);
    await editor.typeInto(editor.summary, 'The harbour tunnel opened to traffic.');
    await editor.typeInto(editor.keyPoint(1), 'Two lanes each way');
    await editor.choose('Section', { index: 1 });
    await editor.choose('Source', { index: 1 });
    await page.getByLabel('Label (type of work)', { exact: true }).filter({ visible: true }).selectOption('news');
    await writeNote(page, 'Editor’s note', 'This story will be updated as traffic data comes in.', 'Add');
    await expect(panelOf(page).getByRole('button', { name: 'Edit this note' })).toBeVisible();

    // Another editor opens the same story while it is still a draft: they may edit the note.
    const other = await browser.newContext();
    const second = await other.newPage();
    await signIn(second, accounts.editor);
    await second.goto(url);
    await new ArticleEditorPage(second).ready();
    await expect(panelOf(second).getByRole('button', { name: 'Edit this note' })).toBeVisible();

    // The first editor publishes: readers have seen the story from now on.
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.status).toHaveText('Published');
    await expect(panelOf(page).getByRole('button', { name: 'Edit this note' })).toHaveCount(0);

    // The second browser still shows the controls; the server refuses, and says why.
    await panelOf(second).getByRole('button', { name: 'Edit this note' }).click();
    await panelOf(second).getByRole('textbox', { name: 'Text', exact: true }).first().click();
    await second.keyboard.type(' Changed.');
    await panelOf(second).getByRole('button', { name: 'Save note' }).click();
    await expect(panelOf(second).getByRole('alert')).toContainText(
      'This story has been live, so its corrections and notes can no longer be changed',
    );
    await other.close();
  });

  test('the change log shows the words that changed in a substantive edit', async ({ page }) => {
    await signIn(page);
    const editor = await openInEditor(page, GRAIN.headline);
    await editor.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' this winter');
    await page.getByLabel(/This is a substantive update/).check();
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(editor.notice).toContainText('Published');

    await page.goto(`/articles/${GRAIN.slug}`);
    await page.getByTestId('updated').getByRole('link').click();
    await expect(page).toHaveURL(`/articles/${GRAIN.slug}/history`);
    const entries = page.getByTestId('change-log-entry');
    await expect(entries).toHaveCount(2);
    await expect(entries.first().locator('ins')).toContainText('this winter');
    await expect(entries.first().locator('ins')).toContainText('[added:');
    await expect(entries.last()).toContainText('First published');
  });

  test('a writer proposes a correction and an editor publishes it from the dashboard', async ({ browser }) => {
    // Writers propose on their own stories. A draft keeps this story off the front page
    // (other specs look at the top story), and proposals work on any status.
    const writerContext = await browser.newContext();
    const writer = await writerContext.newPage();
    await signIn(writer, accounts.writer);
    const url = await createDraft(writer);
    const draft = new ArticleEditorPage(writer);
    await draft.typeInto(draft.headline, `Library hours extended ${Date.now()}`);
    const proposal = `The library opens until 9 p.m., not 10 p.m. ${Date.now()}`;
    await writeNote(writer, 'Correction', proposal, 'Propose');
    await expect(panelOf(writer).getByRole('status')).toContainText('Proposed');
    await expect(panelOf(writer)).toContainText('Waiting for an editor');
    await writer.goto('/admin');
    await expect(writer.getByTestId('pending-proposals')).toContainText(proposal);
    // Writers see theirs waiting, with no way to publish it themselves.
    await expect(writer.getByRole('button', { name: 'Publish as correction' })).toHaveCount(0);

    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await signIn(editorPage);
    const waiting = editorPage.getByTestId('pending-proposals').getByRole('listitem').filter({ hasText: proposal });
    await waiting.getByRole('button', { name: 'Publish as correction' }).click();
    await expect(editorPage.getByTestId('pending-proposals').getByRole('listitem').filter({ hasText: proposal })).toHaveCount(0);

    await editorPage.goto(url);
    await expect(panelOf(editorPage).getByTestId('correction-record').filter({ hasText: proposal })).toBeVisible();
    await writer.goto(url);
    await expect(panelOf(writer)).toContainText('Published');
    await writerContext.close();
    await editorContext.close();
  });
});

test.describe('standards pages', () => {
  const pages = [
    ['About', '/about', 'About us'],
    ['Editorial standards', '/standards', 'Editorial standards'],
    ['Corrections policy', '/corrections-policy', 'Corrections policy'],
    ['Ethics', '/ethics', 'Ethics policy'],
    ['Contact', '/contact', 'Contact us'],
  ] as const;

  test('each is linked from the footer and renders its heading and text', async ({ page }) => {
    for (const [link, path, title] of pages) {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'About us' }).getByRole('link', { name: link, exact: true }).click();
      await expect(page).toHaveURL(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('.standards-page p').first()).not.toBeEmpty();
    }
  });

  test('the home page’s Organization points at them', async ({ page }) => {
    await page.goto('/');
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).join('\n');
    for (const property of ['publishingPrinciples', 'correctionsPolicy', 'ethicsPolicy', 'actionableFeedbackPolicy']) {
      expect(jsonLd).toContain(`"${property}"`);
    }
    expect(jsonLd).toContain('/corrections-policy"');
  });

  test('an admin edits a page and readers see it at once', async ({ page }) => {
    await signIn(page);
    await page.goto('/admin/standards/contact');
    const line = `Press office: [press@newsdesk.test](mailto:press@newsdesk.test) ${Date.now()}`;
    const body = page.getByLabel('Text', { exact: true });
    await body.fill(`${await body.inputValue()}\n\n${line}`);
    await page.getByRole('button', { name: 'Save page' }).click();
    await expect(page.getByRole('status')).toContainText('Saved');
    await page.goto('/contact');
    await expect(page.getByRole('link', { name: 'press@newsdesk.test' })).toHaveAttribute('href', 'mailto:press@newsdesk.test');
  });
});

const auditPages = {
  corrections: '/corrections',
  'change log': `/articles/${'city-council-approves-late-night-bus-service-for-six-outer-neighbourhoods'}/history`,
  'corrected article': '/articles/central-bank-holds-interest-rates-steady-and-signals-a-slower-path-to-cuts',
  about: '/about',
  'editorial standards': '/standards',
  'corrections policy': '/corrections-policy',
  ethics: '/ethics',
  contact: '/contact',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`new pages in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(auditPages)) {
      test(`the ${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
