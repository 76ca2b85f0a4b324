import { Extension, type AnyExtension } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Placeholder, UndoRedo } from '@tiptap/extensions';
import { Fragment, type Node as PMNode, type Schema, Slice } from '@tiptap/pm/model';
import { safeHref } from '@/lib/content';

/**
 * TipTap's feature list for the newsroom, in one place. Every field is a single paragraph;
 * `plain` (the headline) has no formatting at all, `inline` (summary, key points) has bold,
 * italic and links. Nothing here can produce a node or mark the reader's allowlist
 * (lib/content/allowlist.ts) would drop, so what the editor shows is what readers get.
 * UndoRedo and Placeholder add no content types: Mod-Z and a hint in empty fields only.
 */
export type FieldFormat = 'plain' | 'inline';

/** Key bindings a field adds (ProseMirror names: "Enter", "Alt-ArrowUp", "Mod-k"). */
export type FieldKeyHandlers = Record<string, () => boolean>;

/** The link policy the renderer applies: absolute http(s) and mailto only. */
export const isAllowedLink = (url: string) => safeHref(url) !== null;

const SingleParagraphDocument = Document.extend({ content: 'paragraph' });

/** Routes the named shortcuts to whatever handlers the field has now (they change with props). */
const FieldKeys = Extension.create<{ names: string[]; run: (name: string) => boolean }>({
  name: 'fieldKeys',
  // Above the core keymap, so Enter is ours before ProseMirror tries to split the paragraph.
  priority: 1000,
  addOptions() {
    return { names: [], run: () => false };
  },
  addKeyboardShortcuts() {
    return Object.fromEntries(this.options.names.map((name) => [name, () => this.options.run(name)]));
  },
});

/** Keys every field swallows: a new paragraph or a line break has nowhere to go. */
export const SWALLOWED_KEYS = ['Enter', 'Shift-Enter', 'Mod-Enter'];

export function fieldExtensions(
  format: FieldFormat,
  { placeholder, keyNames, runKey }: { placeholder: string; keyNames: string[]; runKey: (name: string) => boolean },
): AnyExtension[] {
  const base: AnyExtension[] = [
    SingleParagraphDocument,
    Paragraph,
    Text,
    UndoRedo,
    Placeholder.configure({ placeholder }),
    FieldKeys.configure({ names: [...new Set([...SWALLOWED_KEYS, ...keyNames])], run: runKey }),
  ];
  if (format === 'plain') return base;
  return [
    ...base,
    Bold,
    Italic,
    Link.configure({
      openOnClick: false,
      // Links are added on purpose, with the link button; typed addresses stay text.
      autolink: false,
      linkOnPaste: true,
      protocols: [],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLink(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
  ];
}

/**
 * Pasted paragraphs become one run of text in the current paragraph (joined by spaces):
 * a field's document can only hold one, and dropping the rest would lose words.
 */
export function flattenPastedSlice(slice: Slice, schema: Schema): Slice {
  const inline: PMNode[] = [];
  let blocks = 0;
  slice.content.descendants((node) => {
    if (!node.isTextblock) return true;
    if (blocks > 0 && node.childCount > 0) inline.push(schema.text(' '));
    blocks += 1;
    node.content.forEach((child) => inline.push(child));
    return false;
  });
  if (blocks === 0) return slice; // Already inline content.
  const paragraph = schema.nodes.paragraph;
  if (!paragraph) return slice;
  return new Slice(Fragment.from(paragraph.create(null, inline)), 1, 1);
}
