'use server';

import { redirect } from 'next/navigation';
import { defineAction, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import type { ActionState } from '@/lib/actions/action-state';
import { createSource, type DeletedEntry, deleteSource, type SavedSource, updateSource } from '@/lib/taxonomy/manage';

/*
 * defineAction authenticates; lib/taxonomy checks the policy, validates the fields and the
 * logo's bytes (sourceSchema), writes in one transaction and names the cache tags to
 * invalidate. The logo upload stays under Next's 1 MB action body limit (max 512 KB).
 */

export const createSourceAction = formAction(
  defineAction('createSourceAction', formInput, async (input, { actor, db }): Promise<ActionState<SavedSource>> => {
    const state = toActionState(await createSource(db, actor, input), 'Source created', { refreshPage: true });
    if (state.status === 'success') redirect(`/admin/sources?created=${state.data.id}`);
    return state;
  }),
);

export const updateSourceAction = formAction(
  defineAction('updateSourceAction', formInput, async (input, { actor, db }) =>
    toActionState(await updateSource(db, actor, input), (source) => `Saved. Readers see the change now on /sources/${source.slug} and every story from it.`, { refreshPage: true }),
  ),
);

/** Refused (with the stories listed) while any story uses the source. */
export const deleteSourceAction = formAction(
  defineAction('deleteSourceAction', formInput, async (input, { actor, db }): Promise<ActionState<DeletedEntry>> => {
    const state = toActionState(await deleteSource(db, actor, input), 'Source deleted');
    if (state.status === 'success') redirect(`/admin/sources?deleted=${encodeURIComponent(state.data.slug)}`);
    return state;
  }),
);
