import { describe, expect, it } from 'vitest';
import { LEAD_IMAGE_FIELD, LEAD_IMAGE_MISSING, LEAD_IMAGE_NEEDS_ALT, leadImageProblems } from './lead-image-rule';

describe('leadImageProblems', () => {
  it('lets a story without a lead image go live', () => {
    expect(leadImageProblems(null)).toEqual({});
  });

  it('lets an image with alt text go live', () => {
    expect(leadImageProblems({ alt: 'A crowd outside parliament holding placards' })).toEqual({});
  });

  it.each([[''], ['   \n\t'], [null]])('refuses an image whose alt text is %j, at the lead image field', (alt) => {
    expect(leadImageProblems({ alt })).toEqual({ [LEAD_IMAGE_FIELD]: [LEAD_IMAGE_NEEDS_ALT] });
  });

  it('refuses an image that no longer exists', () => {
    expect(leadImageProblems('missing')).toEqual({ [LEAD_IMAGE_FIELD]: [LEAD_IMAGE_MISSING] });
  });

  it('names the field the editor form uses', () => {
    expect(LEAD_IMAGE_FIELD).toBe('leadImageId');
  });
});
