import { describe, expect, it } from 'vitest';
import { draftFromArticle, type EditorDraft } from './draft';
import { appendLink, moveLink, removeLink, updateLink } from './links';
import { editorArticle } from './test-fixtures';

const keysOf = (draft: EditorDraft) => draft.webLinks.map((link) => link.key);

function draft(): EditorDraft {
  return draftFromArticle(
    editorArticle({
      webLinks: [
        { title: 'One', url: 'https://one.example/', siteName: 'One' },
        { title: 'Two', url: 'https://two.example/', siteName: 'Two' },
      ],
    }),
  );
}

describe('web link reducers', () => {
  it('appends an empty row and edits one field of one row', () => {
    const added = appendLink(draft(), 'new');
    expect(added.webLinks.at(-1)).toEqual({ key: 'new', title: '', url: '', siteName: '' });
    const edited = updateLink(added, 'new', 'url', 'https://three.example/');
    expect(edited.webLinks.at(-1)).toEqual({ key: 'new', title: '', url: 'https://three.example/', siteName: '' });
    expect(edited.webLinks[0]).toBe(added.webLinks[0]);
  });

  it('removes a row and says where it stood', () => {
    const before = draft();
    const [first, second] = keysOf(before);
    const removal = removeLink(before, second!);
    expect(removal?.index).toBe(1);
    expect(keysOf(removal!.draft)).toEqual([first]);
    expect(removeLink(before, 'missing')).toBeNull();
  });

  it('moves a row and says where it landed; no move past either end', () => {
    const before = draft();
    const [first, second] = keysOf(before);
    const moved = moveLink(before, second!, -1);
    expect(moved && keysOf(moved.draft)).toEqual([second, first]);
    expect(moved).toMatchObject({ position: 1, count: 2 });
    expect(moveLink(before, second!, 1)).toBeNull();
  });
});
