'use client';

import { useEffect } from 'react';
import type { EditorSession } from '../model/editor-session';

const LEAVE_QUESTION = 'You have changes that aren’t saved yet. Leave this page anyway?';

/**
 * Warns before leaving with unsaved work: the browser's own prompt for reloads, closed tabs
 * and typed URLs, and a confirm for in-app links (client-side navigation never fires
 * beforeunload). When the tab is hidden, a pending autosave goes out at once.
 */
export function useLeaveGuard(session: EditorSession) {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!session.hasUnsavedWork()) return;
      event.preventDefault();
      // Older browsers still need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      // The preview's links are inert: it stops them itself.
      if (link.closest('[data-inert-links]')) return;
      if (new URL(link.href, window.location.href).origin !== window.location.origin) return;
      if (session.hasUnsavedWork() && !window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [session]);
}
