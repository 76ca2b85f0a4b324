'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, failed, toActionState } from '@/app/_server/action';
import type { Database } from '@/db/connection';
import { type EditorArticle, getEditorArticle, listRevisions } from '@/db/queries/newsroom';
import type { ActionError } from '@/lib/actions/action-state';
import { type Actor, can } from '@/lib/authz/policy';
import { articleRefSchema, restoreSchema, scheduleInputSchema, sendBackSchema } from '@/lib/newsroom/article-input';
import { setKeyPointVerified, verifyKeyPointSchema } from '@/lib/newsroom/key-point-verification';
import {
  archiveArticle as archive,
  createDraft,
  deleteDraft as removeDraft,
  publishArticle as publish,
  restoreRevision as restore,
  saveArticle as save,
  scheduleArticle as schedule,
  sendBack as returnToWriter,
  submitForReview as submit,
  unpublishArticle as unpublish,
} from '@/lib/newsroom/workflow';

/*
 * The editor's server actions. Each one is a public endpoint: defineAction authenticates
 * against the database and parses with zod; the workflow checks the policy for this
 * article, the version the editor started from, and writes in one transaction.
 * The draft schemas accept unknown JSON, so the workflow re-validates the full draft.
 */

const draftInput = z.looseObject({ id: z.uuid('Unknown article') });

export async function createArticle(): Promise<void> {
  const result = await defineAction('createArticle', z.undefined(), async (_input, { actor, db }) =>
    toActionState(await createDraft(db, actor), 'Draft created'),
  )(undefined);
  if (result.status === 'success') redirect(`/admin/articles/${result.data.id}`);
  // A code, not the message: the dashboard words it (and never echoes what a link carries).
  redirect(`/admin?error=${result.status === 'error' ? result.code : 'error'}`);
}

export const saveArticle = defineAction('saveArticle', 
  draftInput.extend({ mode: z.enum(['save', 'autosave']).default('save') }),
  async ({ mode, ...draft }, { actor, db }) =>
    toActionState(await save(db, actor, draft, mode), mode === 'autosave' ? 'Autosaved' : 'Saved'),
);

export const publishArticle = defineAction('publishArticle', draftInput, async (draft, { actor, db }) =>
  toActionState(await publish(db, actor, draft), 'Published: the story is live'),
);

export const scheduleArticle = defineAction('scheduleArticle', 
  draftInput.extend({ scheduledAt: scheduleInputSchema.shape.scheduledAt }),
  async ({ scheduledAt, ...draft }, { actor, db }) =>
    toActionState(await schedule(db, actor, draft, scheduledAt), 'Scheduled'),
);

export const submitForReview = defineAction('submitForReview', draftInput, async (draft, { actor, db }) =>
  toActionState(await submit(db, actor, draft), 'Sent to the editors for review'),
);

export const sendBackToWriter = defineAction('sendBackToWriter', sendBackSchema, async ({ note, ...ref }, { actor, db }) =>
  toActionState(await returnToWriter(db, actor, ref, note), 'Sent back to the writer'),
);

export const unpublishArticle = defineAction('unpublishArticle', articleRefSchema, async (ref, { actor, db }) =>
  toActionState(await unpublish(db, actor, ref), 'Unpublished: readers no longer see it'),
);

export const archiveArticle = defineAction('archiveArticle', articleRefSchema, async (ref, { actor, db }) =>
  toActionState(await archive(db, actor, ref), 'Archived'),
);

export const restoreRevision = defineAction('restoreRevision', restoreSchema, async ({ revisionId, ...ref }, { actor, db }) =>
  toActionState(await restore(db, actor, ref, revisionId), 'Revision restored as a new version'),
);

export const deleteDraft = defineAction('deleteDraft', articleRefSchema, async (ref, { actor, db }) => {
  const result = toActionState(await removeDraft(db, actor, ref), 'Draft deleted');
  if (result.status === 'success') redirect('/admin?deleted=1');
  return result;
});

/** An editor vouches for a key point, or withdraws it (lib/newsroom/key-point-verification). */
export const verifyKeyPoint = defineAction('verifyKeyPoint', verifyKeyPointSchema, async (input, { actor, db }) =>
  toActionState(await setKeyPointVerified(db, actor, input), ({ verification }) =>
    verification ? 'Key point marked verified' : 'Verification removed',
  ),
);

/** The article as the editor loads it after a restore (a write answers with everything else). */
export const loadArticle = defineAction('loadArticle', z.object({ id: z.uuid('Unknown article') }), async ({ id }, { actor, db }) => {
  const article = await viewableArticle(db, actor, id);
  if ('status' in article) return article;
  return { status: 'success', message: '', data: article.found };
});

/** The revision history, newest first, for the editor's history panel. */
export const listArticleRevisions = defineAction('listArticleRevisions', 
  z.object({ id: z.uuid('Unknown article') }),
  async ({ id }, { actor, db }) => {
    const article = await viewableArticle(db, actor, id);
    if ('status' in article) return article;
    return { status: 'success', message: '', data: await listRevisions(db, id) };
  },
);

async function viewableArticle(
  db: Database,
  actor: Actor,
  id: string,
): Promise<{ found: EditorArticle } | ActionError> {
  const found = await getEditorArticle(db, id);
  if (!found) return failed('not_found', 'That article no longer exists.');
  if (!can(actor, 'article:view', found)) return failed('forbidden', 'You don’t have permission to see this article.');
  return { found };
}
