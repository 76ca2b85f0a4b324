'use server';

import { z } from 'zod';
import { defineAction, failed } from '@/app/_server/action';
import { searchLibraryImages } from '@/db/queries/image-picker';
import { can } from '@/lib/authz/policy';

/*
 * The media library as the article editor reaches it: the lead image picker's search. Like
 * every action, a public endpoint: defineAction authenticates, the policy decides.
 */

export const searchLeadImages = defineAction(
  'searchLeadImages',
  z.object({ query: z.string().max(200, 'Search for at most 200 characters').default('') }),
  async ({ query }, { actor, db }) => {
    if (!can(actor, 'media:view')) return failed('forbidden', 'You don’t have access to the media library.');
    return { status: 'success', message: '', data: await searchLibraryImages(db, query) };
  },
);
