'use client';

import type { Editor, FocusPosition } from '@tiptap/core';
import { createContext, useContext } from 'react';

/**
 * The live TipTap editors by field name, so one field can move focus to another (Enter in
 * the headline goes to the summary; a moved key point keeps the caret).
 */
export class FieldRegistry {
  private readonly editors = new Map<string, Editor>();
  /** A focus request for a field that hasn't mounted yet (TipTap mounts after React does). */
  private pending: { name: string; position: FocusPosition } | null = null;

  register(name: string, editor: Editor) {
    this.editors.set(name, editor);
    if (this.pending?.name === name) {
      const { position } = this.pending;
      this.pending = null;
      focusNow(editor, position);
    }
    return () => {
      if (this.editors.get(name) === editor) this.editors.delete(name);
    };
  }

  /**
   * Focuses the field (null keeps its caret where it was); a field that is still mounting
   * takes the focus as soon as it registers. Returns true: the key press was handled.
   */
  focus(name: string, position: FocusPosition = null): boolean {
    const editor = this.editors.get(name);
    if (!editor || editor.isDestroyed) {
      this.pending = { name, position };
      return true;
    }
    this.pending = null;
    focusNow(editor, position);
    return true;
  }
}

/**
 * TipTap's focus command moves the caret at once but focuses on the next animation frame;
 * keys typed in between would land in the field being left ("Enter, then type" in the
 * headline). Focus the view synchronously as well.
 */
function focusNow(editor: Editor, position: FocusPosition) {
  editor.commands.focus(position);
  editor.view.focus();
}

export const FieldRegistryContext = createContext<FieldRegistry | null>(null);

export function useFieldRegistry(): FieldRegistry | null {
  return useContext(FieldRegistryContext);
}
