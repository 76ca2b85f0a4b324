import { describe, expect, it } from 'vitest';
import { claimChanged } from './claim-text';

const doc = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('claimChanged', () => {
  it('sees a changed word', () => {
    expect(claimChanged(doc(text('Troops crossed on Monday')), doc(text('Troops crossed on Tuesday')))).toBe(true);
  });

  it('sees a changed link', () => {
    const link = (href: string) => [{ type: 'link', attrs: { href } }];
    expect(claimChanged(doc(text('the report', link('https://a.example/1'))), doc(text('the report', link('https://a.example/2'))))).toBe(true);
  });

  it('ignores bold, italics and key order', () => {
    const before = doc(text('Troops '), text('crossed', [{ type: 'bold' }]), text(' on Monday'));
    const after = { content: [{ content: [text('Troops crossed on Monday')], type: 'paragraph' }], type: 'doc' };
    expect(claimChanged(before, after)).toBe(false);
  });
});
