import { describe, expect, it } from 'vitest';
import { articleDraftSchema } from '@/lib/newsroom/article-input';
import {
  clearFieldErrors,
  displayedSlug,
  draftAsPlainText,
  draftFingerprint,
  draftFromArticle,
  fieldDoc,
  isoToLocalInput,
  keyFieldErrors,
  localInputToIso,
  moveItem,
  requestedSlug,
  toDraftInput,
} from './draft';
import { doc, editorArticle } from './test-fixtures';

describe('draftFromArticle and toDraftInput', () => {
  it('round-trips an article into input the server schema accepts', () => {
    const article = editorArticle({ webLinks: [{ title: 'Coverage', url: 'https://news.example/a', siteName: 'Example' }] });
    const { input } = toDraftInput(article, draftFromArticle(article));
    const parsed = articleDraftSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(input.keyPoints.map((point) => point.id)).toEqual(article.keyPoints.map((point) => point.id));
    expect(input.version).toBe(3);
  });

  it('leaves out web link rows that are still entirely empty, and says which rows it sent', () => {
    const draft = draftFromArticle(editorArticle());
    draft.webLinks = [
      { key: 'a', title: '', url: ' ', siteName: '' },
      { key: 'b', title: 'T', url: 'https://x.example/', siteName: 'X' },
    ];
    const { input, sent } = toDraftInput({ id: 'id', version: 1 }, draft);
    expect(input.webLinks).toEqual([{ title: 'T', url: 'https://x.example/', siteName: 'X' }]);
    expect(sent.webLinks).toEqual(['b']);
  });

  it('gives single-paragraph fields exactly one paragraph, even for an empty stored doc', () => {
    expect(fieldDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(fieldDoc(doc('One\n\nTwo'))).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }, { type: 'text', text: ' ' }, { type: 'text', text: 'Two' }] }],
    });
    const bold = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B', marks: [{ type: 'bold' }] }] }] };
    expect(fieldDoc(bold, { plain: true })).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'B' }] }] });
  });
});

describe('the slug', () => {
  it('follows the headline on a new draft, by the same rule as the server', () => {
    const draft = draftFromArticle(editorArticle({ headline: doc('Rates held at 4%'), headlineText: 'Rates held at 4%' }));
    expect(draft.slugFollowsHeadline).toBe(true);
    expect(requestedSlug(draft)).toBe('rates-held-at-4percent');
    expect(displayedSlug(draft, 'draft-0123456789')).toBe('rates-held-at-4percent');
  });

  it('shows the current slug while there is no headline, and asks the server to keep it', () => {
    const draft = draftFromArticle(editorArticle({ headline: doc(''), headlineText: '' }));
    expect(requestedSlug(draft)).toBe('');
    expect(displayedSlug(draft, 'draft-0123456789')).toBe('draft-0123456789');
  });

  it('stays put on a story that has been published, and on one whose slug was chosen by hand', () => {
    expect(draftFromArticle(editorArticle({ status: 'published', slug: 'rates-held', publishedAt: new Date() })).slugFollowsHeadline).toBe(false);
    const chosen = draftFromArticle(editorArticle({ slug: 'my-own-slug' }));
    expect(chosen.slugFollowsHeadline).toBe(false);
    expect(requestedSlug(chosen)).toBe('my-own-slug');
  });
});

describe('keyFieldErrors', () => {
  it('moves index paths onto the rows that were sent, so errors survive a reorder', () => {
    const errors = { 'keyPoints.1.sourceUrl': ['Bad URL'], 'webLinks.0.title': ['Title'], headline: ['Too long'], keyPoints: ['Add one'] };
    expect(keyFieldErrors(errors, { keyPoints: ['p1', 'p2'], webLinks: ['l9'] })).toEqual({
      'keyPoints.p2.sourceUrl': ['Bad URL'],
      'webLinks.l9.title': ['Title'],
      headline: ['Too long'],
      keyPoints: ['Add one'],
    });
  });

  it('clears the errors of an edited field and of the lists it belongs to', () => {
    const errors = { 'keyPoints.p2.content': ['x'], keyPoints: ['y'], headline: ['z'] };
    expect(clearFieldErrors(errors, ['keyPoints.p2.content', 'keyPoints'])).toEqual({ headline: ['z'] });
    expect(clearFieldErrors(errors, ['summary'])).toBe(errors);
  });
});

describe('helpers', () => {
  it('moves list items and clamps at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    const same = ['a', 'b'];
    expect(moveItem(same, 0, -1)).toBe(same);
  });

  it('converts datetime-local values in the browser zone to instants and back', () => {
    const iso = localInputToIso('2026-12-01T09:30');
    expect(new Date(iso).getHours()).toBe(9);
    expect(isoToLocalInput(iso)).toBe('2026-12-01T09:30');
    expect(localInputToIso('tomorrow')).toBe('');
    expect(isoToLocalInput('')).toBe('');
  });

  it('writes the draft out as plain text with numbered key points', () => {
    const text = draftAsPlainText(draftFromArticle(editorArticle()));
    expect(text).toContain('Headline: Rates held');
    expect(text).toContain('Summary: The bank kept rates.');
    expect(text).toContain('1. First point');
    expect(text).toContain('2. Second point (source: https://example.com/)');
  });

  it('fingerprints content, not row keys or TipTap attrs', () => {
    const a = draftFromArticle(editorArticle());
    const b = { ...a, keyPoints: a.keyPoints.map((point) => ({ ...point, key: `${point.key}-x`, id: undefined })) };
    expect(draftFingerprint(a)).toBe(draftFingerprint(b));
    expect(draftFingerprint(a)).not.toBe(draftFingerprint({ ...a, summary: doc('Changed') }));
  });
});
