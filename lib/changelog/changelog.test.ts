import { describe, expect, it } from 'vitest';
import { docFromText } from '../content/build';
import { buildChangeLog, diffKeyPoints, diffText, publicStates, type RevisionState } from './changelog';

let counter = 0;
function state(overrides: Partial<Omit<RevisionState, 'headline' | 'summary' | 'keyPoints'>> & {
  headline?: string;
  summary?: string;
  points?: [string, string][];
}): RevisionState {
  counter += 1;
  const { headline = 'Rates held', summary = 'The bank held rates.', points = [['p1', 'First point.']], ...rest } = overrides;
  return {
    id: `r${counter}`,
    createdAt: new Date(Date.UTC(2026, 10, 1, counter)),
    public: true,
    substantive: true,
    headline: docFromText(headline),
    summary: docFromText(summary),
    keyPoints: points.map(([id, text]) => ({ id, content: docFromText(text) })),
    ...rest,
  };
}

describe('diffText', () => {
  it('marks the words that changed and keeps the rest', () => {
    const parts = diffText('The bank held rates at four percent', 'The bank held rates at five percent');
    expect(parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual(['four']);
    expect(parts.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['five']);
    expect(parts.map((part) => (part.change === 'removed' ? '' : part.text)).join('')).toBe(
      'The bank held rates at five percent',
    );
  });

  it('equal texts have no change', () => {
    expect(diffText('same words', 'same words').every((part) => part.change === 'same')).toBe(true);
  });
});

describe('diffKeyPoints', () => {
  it('diffs kept points by id, and names added and removed ones', () => {
    const before = [
      { id: 'a', content: docFromText('Kept as is.') },
      { id: 'b', content: docFromText('Ten people were hurt.') },
      { id: 'c', content: docFromText('Gone now.') },
    ];
    const after = [
      { id: 'a', content: docFromText('Kept as is.') },
      { id: 'b', content: docFromText('Twelve people were hurt.') },
      { id: 'd', content: docFromText('Brand new.') },
    ];
    const changes = diffKeyPoints(before, after);
    expect(changes.map((change) => change.status)).toEqual(['changed', 'added', 'removed']);
    expect(changes[0]?.parts.find((part) => part.change === 'added')?.text).toBe('Twelve');
  });
});

describe('buildChangeLog', () => {
  it('lists only public substantive states, newest first, each diffed against the one before', () => {
    const first = state({ headline: 'Rates held at four percent' });
    const privateDraft = state({ headline: 'SECRET draft wording', public: false, substantive: false });
    const typoFix = state({ headline: 'Rates held at four per cent', substantive: false });
    const update = state({ headline: 'Rates held at five percent' });
    const log = buildChangeLog([update, privateDraft, first, typoFix]);
    expect(log.map((entry) => entry.revisionId)).toEqual([update.id, first.id]);
    expect(log[1]?.first).toBe(true);
    const text = JSON.stringify(log);
    expect(text).not.toContain('SECRET');
    const removed = log[0]?.headline.filter((part) => part.change === 'removed').map((part) => part.text.trim());
    expect(removed).toEqual(['four']);
    expect(log[0]?.changed).toBe(true);
  });

  it('a story never public has no change log', () => {
    expect(buildChangeLog([state({ public: false }), state({ public: false, substantive: false })])).toEqual([]);
    expect(publicStates([state({ public: true, substantive: false })])).toEqual([]);
  });
});
