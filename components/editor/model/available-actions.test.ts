import { describe, expect, it } from 'vitest';
import { can, type Actor } from '@/lib/authz/policy';
import { availableActions } from './available-actions';
import type { ArticleStatus } from './draft';

const authorId = '00000000-0000-4000-8000-0000000000aa';
const writer: Actor = { id: authorId, role: 'writer', disabled: false };
const editor: Actor = { id: '00000000-0000-4000-8000-0000000000ee', role: 'editor', disabled: false };

const forActor = (actor: Actor, status: ArticleStatus, everPublished = false) =>
  availableActions((permission) => can(actor, permission, { authorId, status, everPublished }), status);

describe('availableActions', () => {
  it('lets a writer save and submit a draft, but not publish it', () => {
    expect(forActor(writer, 'draft')).toMatchObject({ save: 'Save draft', submit: true, publish: null, schedule: null, deleteDraft: true });
    expect(forActor(writer, 'in_review')).toMatchObject({ save: 'Save draft', submit: false, sendBack: false });
    expect(forActor(writer, 'published')).toMatchObject({ save: null, publish: null, unpublish: false });
  });

  it('gives an editor publishing, and sending back while a story is in review', () => {
    expect(forActor(editor, 'in_review')).toMatchObject({ publish: 'Publish now', schedule: 'Schedule', sendBack: true, submit: false });
    expect(forActor(editor, 'published')).toMatchObject({
      save: null,
      publish: 'Update',
      schedule: null,
      unpublish: true,
      archive: true,
      substantive: true,
      deleteDraft: false,
    });
    expect(forActor(editor, 'scheduled')).toMatchObject({ save: 'Save', schedule: 'Reschedule', unpublish: true });
  });

  it('offers archive, not delete, for a draft that was once published', () => {
    expect(forActor(editor, 'draft')).toMatchObject({ deleteDraft: true, archive: false });
    expect(forActor(editor, 'draft', true)).toMatchObject({ deleteDraft: false, archive: true });
    expect(forActor(writer, 'draft', true)).toMatchObject({ deleteDraft: false, archive: false });
  });
});
