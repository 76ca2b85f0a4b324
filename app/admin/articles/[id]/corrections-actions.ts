'use server';

import { z } from 'zod';
import { defineAction, failed, toActionState } from '@/app/_server/action';
import type { Database } from '@/db/connection';
import { getEditorArticle } from '@/db/queries/newsroom';
import type { ActionState } from '@/lib/actions/action-state';
import { type Actor, can } from '@/lib/authz/policy';
import {
  addCorrection as add,
  changeCorrection as change,
  decideProposal as decide,
  proposeCorrection as propose,
  removeCorrection as remove,
} from '@/lib/corrections/commands';
import { type CorrectionsPanelData, correctionsPanelData } from '@/lib/corrections/panel';
import type { Result } from '@/lib/result';
import { formAction, formInput } from '@/app/admin/_server/forms';

/*
 * The "Corrections and notes" panel's server actions. defineAction authenticates and checks
 * the shape; the commands (lib/corrections/commands) check the policy, the append-only rule
 * and the input, write in one transaction with an audit entry, and name the cache tags.
 * Each answers with the panel's fresh contents so the panel never reads back by itself.
 */

const withArticle = z.looseObject({ articleId: z.uuid('Unknown article') });

async function panelFor(db: Database, actor: Actor, articleId: string): Promise<CorrectionsPanelData | null> {
  const article = await getEditorArticle(db, articleId);
  if (!article || !can(actor, 'article:view', article)) return null;
  return correctionsPanelData(db, actor, article);
}

async function answer<T>(
  db: Database,
  actor: Actor,
  articleId: string,
  result: Result<T>,
  message: string,
): Promise<ActionState<CorrectionsPanelData>> {
  const state = toActionState(result, message);
  if (state.status !== 'success') return state;
  const panel = await panelFor(db, actor, articleId);
  return panel ? { ...state, data: panel } : failed('not_found', 'That article no longer exists.');
}

export const addCorrection = defineAction('addCorrection', withArticle, async (input, { actor, db }) =>
  answer(db, actor, input.articleId, await add(db, actor, input), 'Added: readers see it now if the story is live'),
);

export const proposeCorrection = defineAction('proposeCorrection', withArticle, async (input, { actor, db }) =>
  answer(db, actor, input.articleId, await propose(db, actor, input), 'Proposed: an editor will review it'),
);

export const changeCorrection = defineAction('changeCorrection', withArticle, async (input, { actor, db }) =>
  answer(db, actor, input.articleId, await change(db, actor, input), 'Note changed'),
);

export const removeCorrection = defineAction('removeCorrection', withArticle, async (input, { actor, db }) =>
  answer(db, actor, input.articleId, await remove(db, actor, input), 'Note removed'),
);

export const loadCorrections = defineAction('loadCorrections', withArticle, async ({ articleId }, { actor, db }) => {
  const panel = await panelFor(db, actor, articleId);
  return panel ? { status: 'success', message: '', data: panel } : failed('not_found', 'That article no longer exists.');
});

/** The dashboard's review form: publish a writer's proposal as a correction, or decline it. */
export const reviewProposal = formAction(
  defineAction('reviewProposal', formInput, async (input, { actor, db }) =>
    toActionState(
      await decide(db, actor, input),
      (value) => (value.correctionId ? 'Published as a correction' : 'Declined: the writer sees your note'),
      { refreshPage: true },
    ),
  ),
);
