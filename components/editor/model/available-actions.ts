import type { Permission } from '@/lib/authz/policy';
import type { ArticleStatus } from './draft';

/**
 * Which buttons the editor shows for this person and this story. Only for showing and
 * hiding: every server action checks the policy again and has the last word.
 */
export interface AvailableActions {
  /** "Save draft" or "Save"; null when saving happens through Update instead. */
  save: string | null;
  submit: boolean;
  /** "Publish now", or "Update" for a story already live. */
  publish: string | null;
  schedule: string | null;
  unpublish: boolean;
  archive: boolean;
  deleteDraft: boolean;
  sendBack: boolean;
  /** The "substantive update" checkbox: only changes to a live story can be one. */
  substantive: boolean;
}

export function availableActions(may: (permission: Permission) => boolean, status: ArticleStatus): AvailableActions {
  const canPublish = may('article:publish');
  const live = status === 'published';
  return {
    save: !may('article:edit') || live ? null : status === 'draft' || status === 'in_review' ? 'Save draft' : 'Save',
    // Editors publish themselves; review is the writer's route to publication.
    submit: status === 'draft' && may('article:submit') && !canPublish,
    publish: canPublish ? (live ? 'Update' : 'Publish now') : null,
    schedule: may('article:schedule') && !live ? (status === 'scheduled' ? 'Reschedule' : 'Schedule') : null,
    unpublish: (live || status === 'scheduled') && may('article:unpublish'),
    // A draft that was once live is archived, never deleted (lib/authz/policy: deletable).
    archive: status !== 'archived' && (status !== 'draft' || !may('article:delete')) && may('article:archive'),
    deleteDraft: may('article:delete'),
    sendBack: may('article:send-back'),
    substantive: live && canPublish,
  };
}
