import { describe, expect, it } from 'vitest';
import { docFromStandardsText, standardsTextFromDoc } from './text-format';

const SAMPLE = `## How we work

We check every claim against a named source. See [our ethics](https://news.example/ethics).

- Two sources for anything contested
- Corrections within a day

### Contact

1. Write to [the desk](mailto:desk@news.example)
2. Call us`;

describe('standards text format', () => {
  it('turns headings, paragraphs, lists and links into TipTap JSON', () => {
    const doc = docFromStandardsText(SAMPLE);
    expect(doc.content.map((node) => node.type)).toEqual(['heading', 'paragraph', 'bulletList', 'heading', 'orderedList']);
    expect(doc.content[0]?.attrs).toEqual({ level: 2 });
    expect(doc.content[3]?.attrs).toEqual({ level: 3 });
    const link = doc.content[1]?.content?.find((node) => node.marks);
    expect(link).toEqual({ type: 'text', text: 'our ethics', marks: [{ type: 'link', attrs: { href: 'https://news.example/ethics' } }] });
  });

  it('round-trips what it writes', () => {
    expect(standardsTextFromDoc(docFromStandardsText(SAMPLE))).toBe(SAMPLE);
  });

  it('keeps an unsafe link as text', () => {
    const doc = docFromStandardsText('Click [here](javascript:alert(1)) now');
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(standardsTextFromDoc(doc)).toContain('here');
  });
});
