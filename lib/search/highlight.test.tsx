import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, splitHighlights } from './highlight';
import { Highlighted } from './highlighted';

const marked = (text: string) => `${MATCH_START}${text}${MATCH_END}`;

describe('splitHighlights', () => {
  it('splits text and matches', () => {
    expect(splitHighlights(`Putin thanks ${marked('North')} ${marked('Korea')}`)).toEqual([
      { text: 'Putin thanks ', match: false },
      { text: 'North', match: true },
      { text: ' ', match: false },
      { text: 'Korea', match: true },
    ]);
  });

  it('shows no sentinel, balanced or not', () => {
    const parts = splitHighlights(`${MATCH_END}a${MATCH_START}${MATCH_START}b${MATCH_END}${MATCH_END}c${MATCH_START}`);
    expect(parts).toEqual([
      { text: 'a', match: false },
      { text: 'b', match: true },
      { text: 'c', match: false },
    ]);
  });

  it('keeps emoji and other scripts whole', () => {
    expect(splitHighlights(`${marked('🦊')} Лиса 狐狸`)).toEqual([
      { text: '🦊', match: true },
      { text: ' Лиса 狐狸', match: false },
    ]);
  });
});

describe('<Highlighted>', () => {
  it('renders matches as <mark> and everything as escaped text', () => {
    const html = renderToStaticMarkup(
      <Highlighted value={`<script>alert(1)</script> ${marked('<b>treaty</b>')} & "more"`} />,
    );
    expect(html).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;treaty&lt;/b&gt;</mark> &amp; &quot;more&quot;',
    );
  });
});
