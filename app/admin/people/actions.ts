'use server';

import { redirect } from 'next/navigation';
import { defineAction, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import type { ActionState } from '@/lib/actions/action-state';
import { createPerson, deletePerson, type SavedPerson, updatePerson } from '@/lib/people/manage';

/*
 * defineAction authenticates; lib/people checks the policy (editors and admins manage
 * everyone, a writer edits their own linked profile), validates the fields and the photo's
 * bytes, writes in one transaction with an audit entry, and names the cache tags.
 */

export const createPersonAction = formAction(
  defineAction('createPersonAction', formInput, async (input, { actor, db }): Promise<ActionState<SavedPerson>> => {
    const state = toActionState(await createPerson(db, actor, input), 'Person added', { refreshPage: true });
    if (state.status === 'success') redirect(`/admin/people?created=${state.data.id}`);
    return state;
  }),
);

export const updatePersonAction = formAction(
  defineAction('updatePersonAction', formInput, async (input, { actor, db }) =>
    toActionState(await updatePerson(db, actor, input), (person) => `Saved. Readers see the change now on /authors/${person.slug}.`, {
      refreshPage: true,
    }),
  ),
);

/** Refused (with the stories listed) while any story carries the person's byline. */
export const deletePersonAction = formAction(
  defineAction('deletePersonAction', formInput, async (input, { actor, db }): Promise<ActionState<{ id: string; slug: string }>> => {
    const state = toActionState(await deletePerson(db, actor, input), 'Person deleted');
    if (state.status === 'success') redirect(`/admin/people?deleted=${encodeURIComponent(state.data.slug)}`);
    return state;
  }),
);
