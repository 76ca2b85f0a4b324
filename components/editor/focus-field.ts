'use client';

import type { FieldRegistry } from './tiptap/field-registry';

/** The DOM element that holds a field path's input, for the fields that aren't TipTap editors. */
function elementFor(path: string): HTMLElement | null {
  const [list, key, field] = path.split('.');
  if (list === 'keyPoints' && key && field === 'sourceUrl') return document.getElementById(`key-point-${key}-source`);
  if (list === 'keyPoints') return document.querySelector<HTMLElement>('.key-point-rows [contenteditable="true"]');
  if (list === 'webLinks' && key && field) return document.getElementById(`web-link-${key}-${field}`);
  if (list === 'webLinks') return document.getElementById('web-links-add');
  // The bylines' "add a person" menu; the lead image panel's first control.
  if (path === 'bylines') return document.getElementById('bylines-add-select');
  if (path === 'leadImageId') return document.querySelector<HTMLElement>('.lead-image-panel :is(button, input, select)');
  return document.getElementById(path) ?? document.getElementById(path.replace('.', '-'));
}

/**
 * Moves the focus to the field an error names and scrolls it to the middle of the screen,
 * above the sticky action bar. TipTap fields go through the registry (they mount late).
 */
export function focusField(path: string, registry: FieldRegistry | null) {
  const [list, key, field] = path.split('.');
  const editorName = path === 'headline' || path === 'summary' ? path : list === 'keyPoints' && key && field === 'content' ? `keyPoint:${key}` : null;
  if (editorName && registry) {
    registry.focus(editorName);
    document.activeElement?.scrollIntoView({ block: 'center' });
    return;
  }
  const element = elementFor(path);
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center' });
}
