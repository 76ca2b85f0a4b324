import type { RichTextDoc, RichTextMark, RichTextNode } from './schema';

/** Test fixtures: tiny builders so each case shows only what it is about. */
export function text(value: string, marks: RichTextMark[] = []): RichTextNode {
  return marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

export function paragraph(...content: RichTextNode[]): RichTextNode {
  return { type: 'paragraph', content };
}

export function doc(...content: RichTextNode[]): RichTextDoc {
  return { type: 'doc', content };
}

export function link(href: string): RichTextMark {
  return { type: 'link', attrs: { href } };
}

/** `{content:[{content:[…]}]}` nested `levels` deep, built without recursion. */
export function nested(levels: number): unknown {
  let node: Record<string, unknown> = { type: 'text', text: 'deep' };
  for (let i = 0; i < levels; i += 1) node = { type: 'paragraph', content: [node] };
  return { type: 'doc', content: [node] };
}
