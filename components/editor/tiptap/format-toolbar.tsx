'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { isAllowedLink } from './features';

/** Bold, italic and link for one field; each button shows its state with aria-pressed. */
export function FormatToolbar({
  editor,
  label,
  linkPromptOpen,
  onLinkPromptChange,
}: {
  editor: Editor;
  label: string;
  linkPromptOpen: boolean;
  onLinkPromptChange: (open: boolean) => void;
}) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      link: current.isActive('link'),
    }),
  });

  return (
    <div className="format-toolbar">
      <div className="format-toolbar__buttons" role="group" aria-label={label}>
        <ToolbarButton
          label="Bold"
          shortcut="Control+B Meta+B"
          hint="Ctrl/⌘+B"
          pressed={active.bold}
          onPress={() => editor.chain().focus().toggleBold().run()}
        >
          <strong aria-hidden="true">B</strong>
        </ToolbarButton>
        <ToolbarButton
          label="Italic"
          shortcut="Control+I Meta+I"
          hint="Ctrl/⌘+I"
          pressed={active.italic}
          onPress={() => editor.chain().focus().toggleItalic().run()}
        >
          <em aria-hidden="true">I</em>
        </ToolbarButton>
        <ToolbarButton
          label="Link"
          shortcut="Control+K Meta+K"
          hint="Ctrl/⌘+K"
          pressed={active.link}
          onPress={() => onLinkPromptChange(!linkPromptOpen)}
        >
          <span aria-hidden="true">Link</span>
        </ToolbarButton>
      </div>
      {linkPromptOpen ? (
        <LinkPrompt
          editor={editor}
          initialHref={active.link ? String(editor.getAttributes('link').href ?? '') : ''}
          onClose={() => {
            onLinkPromptChange(false);
            editor.commands.focus();
          }}
        />
      ) : null}
    </div>
  );
}

function ToolbarButton({
  label,
  shortcut,
  hint,
  pressed,
  onPress,
  children,
}: {
  label: string;
  shortcut: string;
  hint: string;
  pressed: boolean;
  onPress: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="format-toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={`${label} (${hint})`}
      // Keep the text selection: a click would otherwise move focus and lose it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/** Asks for the link's address; only absolute http(s) and mailto addresses are accepted. */
function LinkPrompt({ editor, initialHref, onClose }: { editor: Editor; initialHref: string; onClose: () => void }) {
  const id = useId();
  const [href, setHref] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const editing = initialHref !== '';

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const value = href.trim();
    if (!isAllowedLink(value)) {
      setError('Enter a full address starting with https://, http:// or mailto:');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editing) {
      // Nothing selected: the address itself becomes the linked text.
      chain.insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      chain.setLink({ href: value }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  // A <div>, not a <form>: fields can sit inside other forms, and forms can't nest.
  return (
    <div className="link-prompt" role="group" aria-label="Link" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-href`}>
        Link address
      </label>
      <div className="link-prompt__row">
        <input
          id={`${id}-href`}
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          value={href}
          // Focus moves here when the prompt opens, so typing the address can start at once.
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply(event);
          }}
        />
        <button type="button" className="button button--small button--primary" onClick={apply}>
          {editing ? 'Update link' : 'Apply link'}
        </button>
        {editing ? (
          <button type="button" className="button button--small" onClick={remove}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
