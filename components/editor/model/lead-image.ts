import type { ImageRef } from '@/lib/media/image-ref';
import { type PageAspect, pictureMarkup, type PictureMarkup } from '@/lib/media/picture';
import { LEAD_IMAGE_CAPTION_MAX } from '@/lib/newsroom/article-input';
import { leadImageProblems } from '@/lib/newsroom/lead-image-rule';
import type { EditorDraft } from './draft';

/** The lead image edits, as pure functions from one draft to the next. */

export function chooseLeadImage(draft: EditorDraft, image: ImageRef): EditorDraft {
  if (draft.leadImage?.id === image.id) {
    // The same picture picked again may come back with new alt text or crops: keep those.
    return draft.leadImage === image ? draft : { ...draft, leadImage: image };
  }
  return { ...draft, leadImage: image };
}

export function removeLeadImage(draft: EditorDraft): EditorDraft {
  if (!draft.leadImage && !draft.leadImageCaption) return draft;
  return { ...draft, leadImage: null, leadImageCaption: '' };
}

export function setLeadImageCaption(draft: EditorDraft, caption: string): EditorDraft {
  return draft.leadImageCaption === caption ? draft : { ...draft, leadImageCaption: caption };
}

/** The crops readers get, as the editor shows them beside each other. */
export const CROPS: { aspect: PageAspect; label: string; where: string }[] = [
  { aspect: '16:9', label: '16:9', where: 'Article page and top story' },
  { aspect: '4:3', label: '4:3', where: 'Search and apps' },
  { aspect: '1:1', label: '1:1', where: 'Lists' },
];

export function cropPreviews(image: ImageRef): { aspect: PageAspect; label: string; where: string; markup: PictureMarkup | null }[] {
  return CROPS.map((crop) => ({ ...crop, markup: pictureMarkup(image, crop.aspect) }));
}

/**
 * What the panel warns about before anyone presses Publish: the same rule the server
 * applies (lib/newsroom/lead-image-rule), and the caption's length.
 */
export function leadImageHints(draft: Pick<EditorDraft, 'leadImage' | 'leadImageCaption'>): string[] {
  const hints = Object.values(leadImageProblems(draft.leadImage ? { alt: draft.leadImage.alt } : null)).flat();
  if (draft.leadImageCaption.length > LEAD_IMAGE_CAPTION_MAX) {
    hints.push(`The caption must be at most ${LEAD_IMAGE_CAPTION_MAX} characters`);
  }
  return hints;
}
