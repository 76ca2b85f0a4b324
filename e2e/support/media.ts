/** What e2e/support/seed-media.ts puts in the e2e database (must stay in step with it). */
export const USED_PICTURE_ALT = 'E2E seeded harbour picture used by a story';
export const USED_PICTURE_STORY = 'E2E story that leads with the harbour picture';
export const USED_PICTURE_STORY_SLUG = 'e2e-story-that-leads-with-the-harbour-picture';
