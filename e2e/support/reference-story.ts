import { demoStories, REFERENCE_STORY_SLUG } from '../../db/seed/demo-content';

const story = demoStories.find((candidate) => candidate.slug === REFERENCE_STORY_SLUG);
if (!story) throw new Error('The demo content lost its reference story');

/** The story from shared/reference/news-page.txt, as seeded. */
export const referenceStory = story;
export const referencePath = `/articles/${REFERENCE_STORY_SLUG}`;
