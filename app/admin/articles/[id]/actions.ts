'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, fromWorkflow } from '@/app/_server/action';
import { articleRefSchema, restoreSchema, scheduleInputSchema, sendBackSchema } from '@/lib/newsroom/article-input';
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
  const result = await defineAction(z.undefined(), async (_input, { actor, db }) =>
    fromWorkflow(await createDraft(db, actor), 'Draft created'),
  )(undefined);
  if (result.status === 'success') redirect(`/admin/articles/${result.data.id}`);
  redirect(`/admin?error=${encodeURIComponent(result.status === 'error' ? result.message : 'Could not create a draft')}`);
}

export const saveArticle = defineAction(
  draftInput.extend({ mode: z.enum(['save', 'autosave']).default('save') }),
  async ({ mode, ...draft }, { actor, db }) =>
    fromWorkflow(await save(db, actor, draft, mode), mode === 'autosave' ? 'Autosaved' : 'Saved'),
);

export const publishArticle = defineAction(draftInput, async (draft, { actor, db }) =>
  fromWorkflow(await publish(db, actor, draft), 'Published: the story is live'),
);

export const scheduleArticle = defineAction(
  draftInput.extend({ scheduledAt: scheduleInputSchema.shape.scheduledAt }),
  async ({ scheduledAt, ...draft }, { actor, db }) =>
    fromWorkflow(await schedule(db, actor, draft, scheduledAt), 'Scheduled'),
);

export const submitForReview = defineAction(draftInput, async (draft, { actor, db }) =>
  fromWorkflow(await submit(db, actor, draft), 'Sent to the editors for review'),
);

export const sendBackToWriter = defineAction(sendBackSchema, async ({ note, ...ref }, { actor, db }) =>
  fromWorkflow(await returnToWriter(db, actor, ref, note), 'Sent back to the writer'),
);

export const unpublishArticle = defineAction(articleRefSchema, async (ref, { actor, db }) =>
  fromWorkflow(await unpublish(db, actor, ref), 'Unpublished: readers no longer see it'),
);

export const archiveArticle = defineAction(articleRefSchema, async (ref, { actor, db }) =>
  fromWorkflow(await archive(db, actor, ref), 'Archived'),
);

export const restoreRevision = defineAction(restoreSchema, async ({ revisionId, ...ref }, { actor, db }) =>
  fromWorkflow(await restore(db, actor, ref, revisionId), 'Revision restored as a new version'),
);

export const deleteDraft = defineAction(articleRefSchema, async (ref, { actor, db }) => {
  const result = fromWorkflow(await removeDraft(db, actor, ref), 'Draft deleted');
  if (result.status === 'success') redirect('/admin?deleted=1');
  return result;
});

