'use server';

import { redirect } from 'next/navigation';
import { defineAction, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import type { ActionState } from '@/lib/actions/action-state';
import type { ImageRef } from '@/lib/media/image-ref';
import { type DeletedImage, deleteImage, updateImage } from '@/lib/media/manage';

/*
 * defineAction authenticates; lib/media/manage checks the policy (own picture, or editor),
 * validates, writes in one transaction with its audit row, and names the cache tags of the
 * stories showing the picture. Uploads don't come here: they go to /api/media/images, which
 * can report progress.
 */

export const updateImageAction = formAction(
  defineAction('updateImageAction', formInput, async (input, { actor, db }): Promise<ActionState<ImageRef>> =>
    toActionState(await updateImage(db, actor, input), 'Saved. Stories showing this picture use the new words and crops now.', { refreshPage: true }),
  ),
);

export const deleteImageAction = formAction(
  defineAction('deleteImageAction', formInput, async (input, { actor, db }): Promise<ActionState<DeletedImage>> => {
    const state = toActionState(await deleteImage(db, actor, input), 'Deleted.');
    if (state.status === 'success') redirect('/admin/media?deleted=1');
    return state;
  }),
);
