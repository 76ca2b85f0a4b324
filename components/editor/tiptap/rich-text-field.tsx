'use client';

import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { parseRichText, type RichTextDoc } from '@/lib/content';
import { useFieldRegistry } from './field-registry';
import { type FieldFormat, type FieldKeyHandlers, fieldExtensions, flattenPastedSlice } from './features';
import { FormatToolbar } from './format-toolbar';

export interface RichTextFieldProps {
  /** Registry name, for focus moves between fields. */
  name: string;
  format: FieldFormat;
  /** Read once: the field owns its content afterwards (remount it with a new `key` to reload). */
  initialContent: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  /** The id of the visible label. */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  /** Whether Enter could be expected to add lines (aria-multiline). */
  multiline: boolean;
  placeholder: string;
  /** Extra key bindings; their names must not change over the field's life. */
  keys?: FieldKeyHandlers;
  /** For `inline` fields: names the formatting buttons ("Summary formatting"). */
  toolbarLabel?: string;
}

const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * The one TipTap editor component: every headline, summary and key-point field is one of
 * these, with its features from ./features. It reports the document as JSON on each change;
 * the editor's state lives in the session, never in the DOM.
 */
export const RichTextField = memo(function RichTextField({
  name,
  format,
  initialContent,
  onChange,
  labelledBy,
  describedBy,
  invalid = false,
  readOnly = false,
  multiline,
  placeholder,
  keys,
  toolbarLabel,
}: RichTextFieldProps) {
  const registry = useFieldRegistry();
  const [linkPromptOpen, setLinkPromptOpen] = useState(false);

  // TipTap keeps the callbacks it was created with; these refs hand it the current ones.
  const onChangeRef = useRef(onChange);
  const keysRef = useRef<FieldKeyHandlers>({});
  const [keyNames] = useState(() => [...Object.keys(keys ?? {}), ...(format === 'inline' ? ['Mod-k'] : [])]);

  const attributes = useMemo(
    () => ({
      class: `rich-field__input rich-field__input--${format}`,
      'aria-labelledby': labelledBy,
      'aria-multiline': String(multiline),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(invalid ? { 'aria-invalid': 'true' } : {}),
      ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      spellcheck: 'true',
    }),
    [format, labelledBy, multiline, describedBy, invalid, readOnly],
  );

  const editor = useEditor({
    immediatelyRender: false,
    editable: !readOnly,
    extensions: fieldExtensions(format, {
      placeholder,
      keyNames,
      runKey: (keyName) => keysRef.current[keyName]?.() ?? true,
    }),
    content: initialContent,
    editorProps: editorPropsWith(attributes),
    onUpdate: ({ editor: changed }) => onChangeRef.current(parseRichText(changed.getJSON()) ?? EMPTY_DOC),
  });

  useEffect(() => {
    const openLinkPrompt = () => {
      if (editor) adoptDomSelection(editor);
      setLinkPromptOpen(true);
      return true;
    };
    onChangeRef.current = onChange;
    keysRef.current = { ...keys, ...(format === 'inline' ? { 'Mod-k': openLinkPrompt } : {}) };
  });

  useEffect(() => {
    if (!editor) return;
    editor.setOptions({ editorProps: editorPropsWith(attributes) });
  }, [editor, attributes]);

  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => (editor && registry ? registry.register(name, editor) : undefined), [editor, registry, name]);

  return (
    <div className={`rich-field rich-field--${format}${invalid ? ' rich-field--invalid' : ''}`}>
      {format === 'inline' && editor && !readOnly ? (
        <FormatToolbar
          editor={editor}
          label={toolbarLabel ?? 'Formatting'}
          linkPromptOpen={linkPromptOpen}
          onLinkPromptChange={setLinkPromptOpen}
        />
      ) : null}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        // Until TipTap mounts (it never renders on the server), hold the space the field takes.
        <div className={`rich-field__input rich-field__input--${format} rich-field__input--loading`} aria-hidden="true" />
      )}
    </div>
  );
});

/**
 * Makes the browser's selection the editor's before the link prompt takes focus: right after
 * a fast Shift+Arrow, ProseMirror may not have read it yet, and the link would cover the
 * selection as it was a keystroke earlier.
 */
function adoptDomSelection(editor: Editor) {
  const { view } = editor;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode) return;
  if (!view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return;
  const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
  const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
  const current = view.state.selection;
  if (current.anchor === anchor && current.head === head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
}

function editorPropsWith(attributes: Record<string, string>) {
  return {
    attributes,
    transformPasted: (slice: Parameters<typeof flattenPastedSlice>[0], view: EditorView) =>
      flattenPastedSlice(slice, view.state.schema),
  };
}
