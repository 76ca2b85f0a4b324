import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderRichText, type RenderRichTextOptions } from './render';
import { doc, link, nested, paragraph, text } from './test-helpers';

function html(value: unknown, options?: RenderRichTextOptions): string {
  return renderToStaticMarkup(<>{renderRichText(value, options)}</>);
}

const REL = 'rel="noopener noreferrer nofollow"';

describe('renderRichText', () => {
  it('renders paragraphs with bold, italic and links', () => {
    const input = doc(
      paragraph(
        text('Hi ', [{ type: 'bold' }]),
        text('there', [{ type: 'italic' }, { type: 'bold' }]),
        text(' see '),
        text('link', [{ type: 'link', attrs: { href: 'https://x.com', target: '_blank' } }]),
      ),
      paragraph(text('Second.')),
    );
    expect(html(input)).toBe(
      `<p><strong>Hi </strong><strong><em>there</em></strong> see <a href="https://x.com/" ${REL}>link</a></p>` +
        '<p>Second.</p>',
    );
  });

  it('marks links in a sponsored story rel="sponsored", inline and as paragraphs', () => {
    const input = doc(paragraph(text('the offer', [link('https://shop.example')])));
    expect(html(input, { sponsored: true })).toBe(
      '<p><a href="https://shop.example/" rel="noopener noreferrer nofollow sponsored">the offer</a></p>',
    );
    expect(html(input, { inline: true, sponsored: true })).toContain('rel="noopener noreferrer nofollow sponsored"');
    expect(html(input)).not.toContain('sponsored');
  });

  it('renders the example from the stored format', () => {
    const stored =
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Hi ","marks":[{"type":"bold"}]},' +
      '{"type":"text","text":"link","marks":[{"type":"link","attrs":{"href":"https://x.com","target":"_blank"}}]}]}]}';
    expect(html(JSON.parse(stored))).toBe(`<p><strong>Hi </strong><a href="https://x.com/" ${REL}>link</a></p>`);
  });

  it('merges adjacent text with the same link into one <a>', () => {
    const input = doc(
      paragraph(
        text('read ', [link('https://a.example')]),
        text('the', [link('https://a.example'), { type: 'bold' }]),
        text(' report', [link('https://a.example')]),
        text(' or ', []),
        text('this', [link('https://b.example')]),
      ),
    );
    expect(html(input)).toBe(
      `<p><a href="https://a.example/" ${REL}>read <strong>the</strong> report</a> or ` +
        `<a href="https://b.example/" ${REL}>this</a></p>`,
    );
  });

  it('renders hard breaks as <br>', () => {
    expect(html(doc(paragraph(text('one'), { type: 'hardBreak' }, text('two'))))).toBe('<p>one<br/>two</p>');
  });

  it('escapes text', () => {
    expect(html(doc(paragraph(text('<b>&"</b>'))))).toBe('<p>&lt;b&gt;&amp;&quot;&lt;/b&gt;</p>');
  });

  describe('link hrefs', () => {
    it.each([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '   javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0008\u001Bjavascript:alert(1)',
      '\u00A0\u2003javascript:alert(1)',
      'java\u2029script:alert(1)',
      'jav&#x09;ascript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
      '/relative',
    ])('drops the link but keeps the text for %j', (href) => {
      const out = html(doc(paragraph(text('click me', [link(href)]))));
      expect(out).toBe('<p>click me</p>');
      expect(out).not.toContain('<a');
      expect(out).not.toContain('href');
      expect(out.toLowerCase()).not.toContain('script:');
    });

    it('ignores links without a string href', () => {
      for (const attrs of [undefined, {}, { href: 42 }, { href: null }, { href: ['https://x.com'] }]) {
        const mark = attrs === undefined ? { type: 'link' } : { type: 'link', attrs };
        expect(html(doc(paragraph(text('t', [mark]))))).toBe('<p>t</p>');
      }
    });
  });

  describe('unknown content', () => {
    it.each(['script', 'iframe', 'image', 'htmlBlock', 'codeBlock', 'blockquote', 'bulletList'])(
      'drops an unknown block %j with its text',
      (type) => {
        const input = doc(
          { type, attrs: { src: 'https://evil.example/x.js' }, content: [text('<script>alert(1)</script>')] },
          paragraph(text('kept')),
        );
        const out = html(input);
        expect(out).toBe('<p>kept</p>');
      },
    );

    it.each(['script', 'iframe', 'image', 'htmlBlock', 'mention'])(
      'unwraps an unknown inline node %j, keeping its text escaped',
      (type) => {
        const input = doc(
          paragraph(
            text('before '),
            { type, attrs: { src: 'https://evil.example/x.js', onclick: 'x' }, content: [text('<script>alert(1)</script>')] },
            text(' after'),
          ),
        );
        const out = html(input);
        expect(out).toBe('<p>before &lt;script&gt;alert(1)&lt;/script&gt; after</p>');
        expect(out).not.toContain('<script');
        expect(out).not.toContain('<iframe');
        expect(out).not.toContain('<img');
        expect(out).not.toContain('evil.example');
      },
    );

    it('keeps the text of unknown marks', () => {
      const input = doc(
        paragraph(text('struck', [{ type: 'strike' }, { type: 'highlight', attrs: { color: 'red' } }, { type: 'code' }])),
      );
      expect(html(input)).toBe('<p>struck</p>');
    });

    it('never copies attributes from nodes or marks', () => {
      const hostile = { onclick: 'alert(1)', style: 'color:red', class: 'x', target: '_blank', id: 'y' };
      const input = {
        type: 'doc',
        attrs: hostile,
        content: [
          {
            type: 'paragraph',
            attrs: hostile,
            ...hostile,
            content: [
              { type: 'text', text: 'a', attrs: hostile, marks: [{ type: 'bold', attrs: hostile }] },
              { type: 'hardBreak', attrs: hostile },
              { type: 'text', text: 'b', marks: [{ type: 'link', attrs: { ...hostile, href: 'https://x.com', rel: 'me' } }] },
            ],
          },
        ],
      };
      expect(html(input)).toBe(`<p><strong>a</strong><br/><a href="https://x.com/" ${REL}>b</a></p>`);
    });
  });

  it('ignores __proto__ keys from JSON and does not pollute Object.prototype', () => {
    const input: unknown = JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":true},"content":[' +
        '{"type":"text","text":"safe","marks":[{"type":"link","attrs":{"__proto__":{"href":"https://evil.example","polluted":true}}}]},' +
        '{"type":"text","text":" more","attrs":{"__proto__":{"polluted":true}}}]}]}',
    );
    const out = html(input);
    expect(out).toBe('<p>safe more</p>');
    expect(out).not.toContain('polluted');
    expect(out).not.toContain('evil.example');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not read an href inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.href = 'https://evil.example';
    try {
      expect(html(doc(paragraph(text('t', [{ type: 'link', attrs: {} }]))))).toBe('<p>t</p>');
    } finally {
      delete proto.href;
    }
  });

  it.each([null, undefined, 'text', 42, true, [], [doc(paragraph(text('x')))], {}, { type: 'paragraph' }])(
    'renders %j as null',
    (value) => {
      expect(renderRichText(value)).toBeNull();
    },
  );

  it('renders a 10,000-level nested doc as null without throwing', () => {
    expect(() => renderRichText(nested(10_000))).not.toThrow();
    expect(renderRichText(nested(10_000))).toBeNull();
  });

  it('renders docs with no visible text as null and skips empty paragraphs', () => {
    expect(renderRichText(doc())).toBeNull();
    expect(renderRichText(doc(paragraph(), paragraph(text('  '))))).toBeNull();
    expect(html(doc(paragraph(), paragraph(text('x')), { type: 'paragraph' }))).toBe('<p>x</p>');
  });

  describe('inline mode', () => {
    it('renders without <p>, joining paragraphs with a space', () => {
      const input = doc(paragraph(text('Markets ', []), text('rally', [{ type: 'bold' }])), paragraph(text('again')));
      expect(html(input, { inline: true })).toBe('Markets <strong>rally</strong> again');
    });

    it('fits inside <h1> and <li>', () => {
      const input = doc(paragraph(text('Headline', [link('https://x.com')])));
      const out = renderToStaticMarkup(<h1>{renderRichText(input, { inline: true })}</h1>);
      expect(out).toBe(`<h1><a href="https://x.com/" ${REL}>Headline</a></h1>`);
    });

    it('still drops unknown blocks', () => {
      const input = doc({ type: 'htmlBlock', content: [text('<script>x</script>')] }, paragraph(text('ok')));
      expect(html(input, { inline: true })).toBe('ok');
    });
  });

  it('is deterministic for the same doc', () => {
    const input = doc(paragraph(text('a', [{ type: 'italic' }, { type: 'bold' }])), paragraph(text('b')));
    const reordered = doc(paragraph(text('a', [{ type: 'bold' }, { type: 'italic' }])), paragraph(text('b')));
    expect(html(input)).toBe(html(reordered));
  });
});
