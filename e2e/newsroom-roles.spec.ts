import { expect, test } from '@playwright/test';
import { accounts } from './support/credentials';
import { ArticleEditorPage, createDraft, signIn } from './support/newsroom';
import { articleActionId } from './support/server-actions';

test('a writer drafts and submits for review, but cannot publish — not even by calling the action', async ({
  page,
}) => {
  await signIn(page, accounts.writer);
  const url = await createDraft(page);
  const editor = new ArticleEditorPage(page);
  await editor.typeInto(editor.headline, 'Writer draft that must not reach readers');
  await editor.typeInto(editor.summary, 'A summary written by a writer.');

  await expect(page.getByRole('button', { name: /^(Publish|Update)/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();

  // The button is hidden, but every action is a public endpoint: call it directly with the
  // writer's own session. The policy in the action must refuse.
  const id = url.split('/').pop() ?? '';
  const response = await page.request.post(url, {
    headers: { 'Next-Action': articleActionId('publishArticle'), 'Content-Type': 'text/plain;charset=UTF-8' },
    // A well-formed draft, so the answer is the policy's, not the validator's.
    data: JSON.stringify([
      {
        id,
        version: 1,
        headline: { type: 'doc', content: [] },
        summary: { type: 'doc', content: [] },
        keyPoints: [],
        kind: 'news',
        sourceId: '',
        sectionId: '',
        slug: '',
        webLinks: [],
      },
    ]),
  });
  const body = await response.text();
  expect(body).toContain('forbidden');
  expect(body).not.toContain('"status":"success"');

  const story = await page.request.get('/articles/writer-draft-that-must-not-reach-readers');
  expect(story.status()).toBe(404);
});

test('an editor does not see user management', async ({ page }) => {
  await signIn(page, accounts.editor);
  await expect(page.getByRole('navigation', { name: 'Newsroom' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
  await expect(page.getByText('You don’t have access to that page.')).toBeVisible();
});
