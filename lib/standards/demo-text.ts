import type { StandardsPageSlug } from '../vocabulary';

/**
 * What each standards page says until an admin edits it: seeded into the demo, and shown
 * if a page's row is missing (a database migrated but never seeded). Written in the admin
 * text box's format (./text-format.ts).
 */
export const STANDARDS_DEMO_TEXT: Readonly<Record<StandardsPageSlug, string>> = {
  about: `Newsdesk summarises the day's important stories from publishers we trust, with the key points up front and a link to the original reporting every time.

## Who we are

A small newsroom of editors and writers. Every story names the publisher whose reporting it summarises, and the editors who check our summaries answer for them.

## How we are funded

Newsdesk is independent and free to read. We carry no advertising inside stories; anything paid for is labelled as sponsored, with a disclosure line.

## Read more

- [Editorial standards](/standards)
- [Corrections policy](/corrections-policy)
- [Ethics policy](/ethics)
- [Contact us](/contact)`,

  standards: `Our summaries must be accurate, fair and clear about where each fact comes from.

## Accuracy and verification

- Every key point is backed by the original report, and where we can, by a second independent source linked beside it.
- An editor reads every story before it is published and checks names, numbers, dates and quotes against the source.
- When sources disagree, we say so and say who claims what.

## Unnamed sources

We summarise reporting that relies on unnamed sources only when the original publisher explains why the source could not be named, and we say in the summary that the source is unnamed.

## Labels

Stories are labelled as news, analysis or opinion above the headline, so readers know what kind of work they are reading.`,

  'corrections-policy': `We correct errors quickly and in the open.

## How corrections appear

- A **correction** fixes a factual error. It is shown, dated, under the byline of the story and in the story's "Corrections and notes" section.
- A **clarification** adds context where the wording could mislead, though nothing was factually wrong.
- An **editor's note** explains a change to a story that is neither.

Corrections are never edited or removed once published: if a correction itself is wrong, we add another one. Every correction, clarification and note appears on [our corrections page](/corrections), which has its own feed.

## Changes to stories

When we change a story substantively, it shows "Updated" with the time, linked to the story's change log, which shows what changed word by word.

## Tell us about an error

Write to [corrections@newsdesk.test](mailto:corrections@newsdesk.test) with the story's address. An editor replies within one working day.`,

  ethics: `Our editors and writers follow these rules.

- We have no financial interest in the companies and people we write about; when that cannot be avoided, we say so in the story.
- We do not accept gifts, paid travel or payment for coverage.
- We treat the people in our stories fairly, and we do not publish private details that serve no public interest.
- We give people we report criticism of a chance to respond, through the original reporting or our own calls.
- Sponsored content is labelled as such and is never written by the newsroom.`,

  contact: `We want to hear from you.

## Newsroom

- News tips: [tips@newsdesk.test](mailto:tips@newsdesk.test)
- Errors and corrections: [corrections@newsdesk.test](mailto:corrections@newsdesk.test)
- Everything else: [desk@newsdesk.test](mailto:desk@newsdesk.test)

An editor reads every message on working days and replies to requests for correction within one working day.`,
};
