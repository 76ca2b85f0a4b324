import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderRichText } from './render';
import { renderRichDocument } from './render-document';
import { doc, paragraph, text } from './test-helpers';

const html = (value: unknown) => renderToStaticMarkup(<>{renderRichDocument(value)}</>);
const heading = (level: unknown, ...content: ReturnType<typeof text>[]) => ({ type: 'heading', attrs: { level }, content });
const list = (type: string, ...items: string[]) => ({
  type,
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
});

describe('renderRichDocument', () => {
  it('renders paragraphs, h2/h3 headings and lists', () => {
    const input = doc(
      heading(2, text('Our standards')),
      paragraph(text('We check facts.')),
      heading(3, text('Sources')),
      list('bulletList', 'Named', 'Verified'),
      list('orderedList', 'First', 'Second'),
    );
    expect(html(input)).toBe(
      '<h2>Our standards</h2><p>We check facts.</p><h3>Sources</h3>' +
        '<ul><li>Named</li><li>Verified</li></ul><ol><li>First</li><li>Second</li></ol>',
    );
  });

  it('never renders an h1 or an unknown level: the page has its own h1', () => {
    expect(html(doc(heading(1, text('Top'))))).toBe('<h2>Top</h2>');
    expect(html(doc(heading('<script>', text('X'))))).toBe('<h2>X</h2>');
  });

  it('keeps the link policy and drops blocks outside the allowlist with their content', () => {
    const input = doc(
      paragraph(text('mail', [{ type: 'link', attrs: { href: 'mailto:news@example.com' } }])),
      paragraph(text('bad', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      { type: 'codeBlock', content: [text('rm -rf /')] },
      { type: 'blockquote', content: [paragraph(text('quoted'))] },
    );
    const out = html(input);
    expect(out).toBe('<p><a href="mailto:news@example.com" rel="noopener noreferrer nofollow">mail</a></p><p>bad</p>');
  });

  it('keeps the words of a nested list as items', () => {
    const nestedList = {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph(text('Outer')), list('bulletList', 'Inner')] }],
    };
    expect(html(doc(nestedList))).toBe('<ul><li>Outer</li><li>Inner</li></ul>');
  });

  it('returns null for invalid or empty docs', () => {
    expect(renderRichDocument({ type: 'nope' })).toBeNull();
    expect(renderRichDocument(doc(paragraph(text('   '))))).toBeNull();
  });

  it('leaves the field renderer as it was: headings and lists stay out of fields', () => {
    const input = doc(heading(2, text('Heading')), list('bulletList', 'Item'), paragraph(text('Para')));
    expect(renderToStaticMarkup(<>{renderRichText(input)}</>)).toBe('<p>Para</p>');
  });
});
