import { type DraftWebLink, type EditorDraft, moveItem } from './draft';

/** The "Around The Web" link edits, as pure functions from one draft to the next. */

export type LinkField = 'title' | 'url' | 'siteName';

export function appendLink(draft: EditorDraft, key: string): EditorDraft {
  return { ...draft, webLinks: [...draft.webLinks, { key, title: '', url: '', siteName: '' }] };
}

export function updateLink(draft: EditorDraft, key: string, field: LinkField, value: string): EditorDraft {
  return {
    ...draft,
    webLinks: draft.webLinks.map((link) => (link.key === key ? { ...link, [field]: value } : link)),
  };
}

/** Takes a link out; null when there is no such link. `index` is where it stood. */
export function removeLink(draft: EditorDraft, key: string): { draft: EditorDraft; index: number } | null {
  const index = draft.webLinks.findIndex((link) => link.key === key);
  if (index < 0) return null;
  return { draft: { ...draft, webLinks: draft.webLinks.filter((link) => link.key !== key) }, index };
}

/** Moves a link by `delta` places; null when it can't move. `position` counts from 1. */
export function moveLink(
  draft: EditorDraft,
  key: string,
  delta: number,
): { draft: EditorDraft; position: number; count: number } | null {
  const links = draft.webLinks;
  const from = links.findIndex((link) => link.key === key);
  const moved = moveItem<DraftWebLink>(links, from, from + delta);
  if (moved === links) return null;
  const position = moved.findIndex((link) => link.key === key) + 1;
  return { draft: { ...draft, webLinks: moved }, position, count: moved.length };
}
