'use server';

import { defineAction, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import type { ActionState } from '@/lib/actions/action-state';
import { redirect } from 'next/navigation';
import { createSection, type DeletedEntry, deleteSection, moveSection, type SavedSection, type SectionMove, updateSection } from '@/lib/taxonomy/manage';

/*
 * defineAction authenticates; lib/taxonomy checks the policy, validates, writes (a move
 * rewrites every position in one transaction) and names the cache tags: the site header
 * lists the sections, so it shows a rename or a new order on the next request.
 */

export const createSectionAction = formAction(
  defineAction('createSectionAction', formInput, async (input, { actor, db }): Promise<ActionState<SavedSection>> =>
    toActionState(await createSection(db, actor, input), (section) => `Added ${section.name} at the end of the navigation.`, { refreshPage: true }),
  ),
);

export const updateSectionAction = formAction(
  defineAction('updateSectionAction', formInput, async (input, { actor, db }): Promise<ActionState<SavedSection>> =>
    toActionState(await updateSection(db, actor, input), (section) => `Saved. The site shows ${section.name} now.`, { refreshPage: true }),
  ),
);

export const moveSectionAction = formAction(
  defineAction('moveSectionAction', formInput, async (input, { actor, db }): Promise<ActionState<SectionMove>> =>
    toActionState(await moveSection(db, actor, input), (move) => `${move.name} is now number ${move.position} of ${move.ids.length}.`, { refreshPage: true }),
  ),
);

/** Refused (with the stories listed) while any story is in the section. */
export const deleteSectionAction = formAction(
  defineAction('deleteSectionAction', formInput, async (input, { actor, db }): Promise<ActionState<DeletedEntry>> => {
    const state = toActionState(await deleteSection(db, actor, input), 'Section deleted');
    if (state.status === 'success') redirect(`/admin/sections?deleted=${encodeURIComponent(state.data.slug)}`);
    return state;
  }),
);
