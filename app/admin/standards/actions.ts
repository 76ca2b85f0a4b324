'use server';

import { defineAction, toActionState } from '@/app/_server/action';
import { formAction, formInput } from '@/app/admin/_server/forms';
import { saveStandardsPage } from '@/lib/standards/manage';

/* defineAction authenticates; lib/standards checks the policy (admins), validates, writes and names the tags. */
export const saveStandardsPageAction = formAction(
  defineAction('saveStandardsPageAction', formInput, async (input, { actor, db }) =>
    toActionState(await saveStandardsPage(db, actor, input), 'Saved. Readers see the new text now.', { refreshPage: true }),
  ),
);
