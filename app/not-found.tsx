import type { Metadata } from 'next';
import { ReaderChrome, ReaderNotFound } from '@/app/(site)/_components/reader-chrome';

export const metadata: Metadata = { title: 'Page not found' };

// Unmatched URLs render here, outside the (site) layout, so this brings its own chrome.
export default function NotFound() {
  return (
    <ReaderChrome>
      <ReaderNotFound />
    </ReaderChrome>
  );
}
