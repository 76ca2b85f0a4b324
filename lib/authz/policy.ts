import type { ArticleStatus, Role } from '@/lib/vocabulary';

/**
 * Who may do what in the newsroom. Every admin page and every server action asks `can`;
 * proxy.ts only does a cheap "is there a session cookie" check in front of it.
 */
export type { ArticleStatus, Role };

export interface Actor {
  id: string;
  role: Role;
  disabled: boolean;
}

/** The facts about an article that permissions depend on. */
export interface ArticleFacts {
  authorId: string | null;
  status: ArticleStatus;
  /**
   * Whether readers ever saw the story (it was published once, even if it is a draft again).
   * Only deletion depends on it; left out, it counts as "maybe", and nothing is deleted.
   */
  everPublished?: boolean;
}

/**
 * Only a draft nobody outside the newsroom ever saw can be deleted, by anyone: a story that
 * was once live has revisions, redirects and corrections readers may rely on, so it is
 * archived instead (an unpublish → draft → delete would otherwise erase all of them).
 */
function deletable(article: ArticleFacts | null): boolean {
  return article?.status === 'draft' && article.everPublished === false;
}

export type Permission =
  | 'admin:enter'
  | 'article:create'
  | 'article:view'
  | 'article:edit'
  | 'article:submit'
  | 'article:publish'
  | 'article:schedule'
  | 'article:unpublish'
  | 'article:archive'
  | 'article:delete'
  | 'article:send-back'
  | 'users:manage'
  | 'users:unlock'
  | 'sources:manage'
  | 'sections:manage'
  | MediaPermission;

/** The media library (lib/media): see `mediaMay`. */
export type MediaPermission = 'media:view' | 'media:upload' | 'media:edit' | 'media:delete';

/** The facts about a picture that permissions depend on. */
export interface ImageFacts {
  /** Null when the uploader's account was deleted: then only editors and admins may act. */
  uploadedById: string | null;
}

const mediaPermissions = new Set<Permission>(['media:view', 'media:upload', 'media:edit', 'media:delete']);

/** Whole-library permissions; the rest need the picture they act on. */
const mediaLibraryWide = new Set<Permission>(['media:view', 'media:upload']);

/**
 * Everyone in the newsroom may browse the library and upload; a writer may describe, re-crop
 * and delete their own pictures, editors and admins anyone's (a photo desk's work).
 */
function mediaMay(actor: Actor, permission: Permission, image: ImageFacts | null): boolean {
  const own = image !== null && image.uploadedById !== null && image.uploadedById === actor.id;
  switch (actor.role) {
    case 'admin':
    case 'editor':
      return mediaLibraryWide.has(permission) || image !== null;
    case 'writer':
      return mediaLibraryWide.has(permission) || own;
    default:
      return false; // an unknown role fails closed
  }
}

/** Permissions that need the article they act on. */
const articlePermissions = new Set<Permission>([
  'article:view',
  'article:edit',
  'article:submit',
  'article:publish',
  'article:schedule',
  'article:unpublish',
  'article:archive',
  'article:delete',
  'article:send-back',
]);

/** What only admins may do: run the newsroom itself, and let someone back in after failed sign-ins. */
const adminOnly = new Set<Permission>(['users:manage', 'users:unlock', 'sources:manage', 'sections:manage']);

const writerEditable = new Set<ArticleStatus>(['draft', 'in_review']);

function writerMay(actor: Actor, permission: Permission, article: ArticleFacts | null): boolean {
  if (permission === 'admin:enter' || permission === 'article:create') return true;
  if (!article || article.authorId !== actor.id) return false;
  switch (permission) {
    case 'article:view':
      return true;
    case 'article:edit':
      return writerEditable.has(article.status);
    case 'article:submit':
      return article.status === 'draft';
    case 'article:delete':
      return deletable(article);
    default:
      return false;
  }
}

function editorMay(permission: Permission, article: ArticleFacts | null): boolean {
  if (permission === 'article:delete') return deletable(article);
  if (permission === 'article:send-back') return article?.status === 'in_review';
  return !permission.startsWith('users:') && !permission.startsWith('sources:') && !permission.startsWith('sections:');
}

/** `subject`: the article for article permissions, the picture for media ones (ignored otherwise). */
export function can(actor: Actor | null, permission: Permission, subject: ArticleFacts | ImageFacts | null = null): boolean {
  if (!actor || actor.disabled) return false;
  if (mediaPermissions.has(permission)) return mediaMay(actor, permission, subject && 'uploadedById' in subject ? subject : null);
  const article = subject && 'status' in subject ? subject : null;
  if (articlePermissions.has(permission) && !article) return false;
  switch (actor.role) {
    case 'admin':
      return editorMay(permission, article) || adminOnly.has(permission);
    case 'editor':
      return editorMay(permission, article);
    case 'writer':
      return writerMay(actor, permission, article);
  }
}
