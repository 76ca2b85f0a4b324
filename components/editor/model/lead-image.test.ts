import { describe, expect, it } from 'vitest';
import { imageRefFixture } from '@/lib/testing/image-ref-fixture';
import { LEAD_IMAGE_NEEDS_ALT } from '@/lib/newsroom/lead-image-rule';
import { draftFingerprint, draftFromArticle, toDraftInput } from './draft';
import { chooseLeadImage, cropPreviews, leadImageHints, removeLeadImage, setLeadImageCaption } from './lead-image';
import { editorArticle } from './test-fixtures';

const image = imageRefFixture();
const ref = { id: 'a', version: 1 };

describe('lead image edits', () => {
  it('starts from what the article has stored', () => {
    const draft = draftFromArticle(editorArticle({ leadImageId: image.id, leadImage: image, leadImageCaption: 'Smoke over the docks' }));
    expect(draft.leadImage?.id).toBe(image.id);
    expect(toDraftInput(ref, draft).input).toMatchObject({ leadImageId: image.id, leadImageCaption: 'Smoke over the docks' });
  });

  it('sends the chosen image’s id and the story’s caption with every save', () => {
    const draft = setLeadImageCaption(chooseLeadImage(draftFromArticle(editorArticle()), image), '  At the docks ');
    expect(toDraftInput(ref, draft).input).toMatchObject({ leadImageId: image.id, leadImageCaption: 'At the docks' });
  });

  it('removing the image drops its caption too, and sends none', () => {
    const draft = removeLeadImage(setLeadImageCaption(chooseLeadImage(draftFromArticle(editorArticle()), image), 'x'));
    expect(draft.leadImage).toBeNull();
    expect(toDraftInput(ref, draft).input).toMatchObject({ leadImageId: '', leadImageCaption: '' });
  });

  it('changes nothing when nothing changes, so no save is due', () => {
    const draft = draftFromArticle(editorArticle());
    expect(removeLeadImage(draft)).toBe(draft);
    expect(setLeadImageCaption(draft, '')).toBe(draft);
    const withImage = chooseLeadImage(draft, image);
    expect(chooseLeadImage(withImage, image)).toBe(withImage);
  });

  it('counts a new image or caption as unsaved work', () => {
    const draft = draftFromArticle(editorArticle());
    expect(draftFingerprint(chooseLeadImage(draft, image))).not.toBe(draftFingerprint(draft));
    const withImage = chooseLeadImage(draft, image);
    expect(draftFingerprint(setLeadImageCaption(withImage, 'New'))).not.toBe(draftFingerprint(withImage));
    // A fresh copy of the same picture (alt text edited in the library) is not an edit of the story.
    expect(draftFingerprint(chooseLeadImage(withImage, { ...image, alt: 'Edited' }))).toBe(draftFingerprint(withImage));
  });
});

describe('what the panel shows', () => {
  it('shows the three crops readers get', () => {
    expect(cropPreviews(image).map((crop) => [crop.aspect, crop.markup?.img.width, crop.markup?.img.height])).toEqual([
      ['16:9', 1600, 900],
      ['4:3', 1600, 1200],
      ['1:1', 1600, 1600],
    ]);
  });

  it('warns before publishing that a picture without alt text will be refused', () => {
    expect(leadImageHints({ leadImage: { ...image, alt: ' ' }, leadImageCaption: '' })).toEqual([LEAD_IMAGE_NEEDS_ALT]);
    expect(leadImageHints({ leadImage: image, leadImageCaption: '' })).toEqual([]);
    expect(leadImageHints({ leadImage: null, leadImageCaption: '' })).toEqual([]);
    expect(leadImageHints({ leadImage: image, leadImageCaption: 'x'.repeat(301) })).toHaveLength(1);
  });
});

describe('the browser’s copy of the draft', () => {
  it('keeps the lead image and caption, and reads older copies without them', async () => {
    const { DraftBackupStore } = await import('./backup');
    const { memoryStorage } = await import('./test-fixtures');
    const storage = memoryStorage();
    const store = new DraftBackupStore(storage, 'a');
    const draft = setLeadImageCaption(chooseLeadImage(draftFromArticle(editorArticle()), image), 'Kept');
    store.write({ version: 3, savedAt: 1, draft });
    expect(store.read()?.draft).toMatchObject({ leadImage: { id: image.id }, leadImageCaption: 'Kept' });

    const { leadImage: _image, leadImageCaption: _caption, ...older } = draft;
    storage.setItem('newsdesk:editor-backup:a', JSON.stringify({ version: 3, savedAt: 1, draft: older }));
    expect(store.read()?.draft).toMatchObject({ leadImage: null, leadImageCaption: '' });
  });
});
