import { describe, expect, it } from 'vitest';
import { type ChecklistFacts, checklistRefusals, publishChecklist } from './publish-checklist';

const ready: ChecklistFacts = {
  bylineCount: 1,
  kind: 'news',
  leadImage: null,
  keyPoints: [
    { sourced: true, verified: false },
    { sourced: false, verified: true },
  ],
  webLinks: [{ url: 'https://www.reuters.com/world/' }],
};

const statusOf = (facts: ChecklistFacts, id: string) => publishChecklist(facts).find((item) => item.id === id)?.status;

describe('publishChecklist', () => {
  it('passes a story with a byline, a label, and every point backed', () => {
    const items = publishChecklist(ready);
    expect(items.map((item) => item.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(checklistRefusals(items)).toEqual({});
  });

  it('refuses a story nobody is credited for, on the bylines field', () => {
    const refusals = checklistRefusals(publishChecklist({ ...ready, bylineCount: 0 }));
    expect(Object.keys(refusals)).toEqual(['bylines']);
    expect(refusals.bylines?.[0]).toMatch(/byline/i);
  });

  it('refuses a story without a type-of-work label, on the kind field', () => {
    const refusals = checklistRefusals(publishChecklist({ ...ready, kind: null }));
    expect(refusals).toEqual({ kind: [expect.stringMatching(/label/i)] });
  });

  it('accepts sponsored as a label', () => {
    expect(statusOf({ ...ready, kind: 'sponsored' }, 'label')).toBe('ok');
  });

  it('refuses a lead image without alt text, and passes one with it or no image at all', () => {
    expect(checklistRefusals(publishChecklist({ ...ready, leadImage: { alt: null } }))).toHaveProperty(['leadImageId']);
    expect(statusOf({ ...ready, leadImage: { alt: '   ' } }, 'leadImageAlt')).toBe('refuse');
    expect(statusOf({ ...ready, leadImage: { alt: 'Troops at a border post' } }, 'leadImageAlt')).toBe('ok');
    expect(statusOf({ ...ready, leadImage: null }, 'leadImageAlt')).toBe('ok');
  });

  it('only warns about points with neither a source nor a verification, naming them', () => {
    const facts = { ...ready, keyPoints: [...ready.keyPoints, { sourced: false, verified: false }, { sourced: false, verified: false }] };
    const item = publishChecklist(facts).find((entry) => entry.id === 'keyPointsBacked');
    expect(item?.status).toBe('warn');
    expect(item?.message).toMatch(/^Key points 3, 4 have no source/);
    expect(checklistRefusals(publishChecklist(facts))).toEqual({});
  });

  it('warns about Around The Web links that are not web addresses', () => {
    const facts = { ...ready, webLinks: [{ url: 'https://example.com/a' }, { url: 'javascript:alert(1)' }, { url: 'reuters' }] };
    const item = publishChecklist(facts).find((entry) => entry.id === 'webLinks');
    expect(item).toMatchObject({ status: 'warn', message: expect.stringContaining('links 2, 3') });
  });

  it('lists every refusal at once', () => {
    const refusals = checklistRefusals(publishChecklist({ ...ready, bylineCount: 0, kind: null, leadImage: { alt: '' } }));
    expect(Object.keys(refusals).sort()).toEqual(['bylines', 'kind', 'leadImageId']);
  });
});
