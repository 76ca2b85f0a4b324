'use server';

import { z } from 'zod';
import { defineAction, failed, toActionState } from '@/app/_server/action';
import { searchLibraryImages } from '@/db/queries/image-picker';
import { can } from '@/lib/authz/policy';
import { ingestImage } from '@/lib/media/ingest';

/*
 * The media library as the article editor reaches it: the lead image picker's search and
 * upload in place. Like every action, a public endpoint: defineAction authenticates, the
 * policy decides (ingestImage checks media:upload, the bytes and the words itself).
 */

export const searchLeadImages = defineAction(
  'searchLeadImages',
  z.object({ query: z.string().max(200, 'Search for at most 200 characters').default('') }),
  async ({ query }, { actor, db }) => {
    if (!can(actor, 'media:view')) return failed('forbidden', 'You don’t have access to the media library.');
    return { status: 'success', message: '', data: await searchLibraryImages(db, query) };
  },
);

/** One picture uploaded from the editor (the form's `file`), into the library like any upload. */
export const uploadLeadImage = defineAction('uploadLeadImage', z.looseObject({ file: z.unknown() }), async (input, { actor, db }) =>
  toActionState(await ingestImage(db, actor, input), 'Uploaded to the media library'),
);
