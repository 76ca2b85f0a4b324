import type { Metadata } from 'next';
import { ReaderChrome, ReaderNotFound } from '@/app/(site)/_components/reader-chrome';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found' };

/*
 * Unmatched URLs render here, a whole document of its own outside every layout (Next's
 * `experimental.globalNotFound`). As the root layout's not-found.tsx, the same page was the
 * root boundary's fallback in every page's flight data: its header, footer and Latest News,
 * about 8 KB more HTML on every reader page, for a page most readers never see.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <ReaderChrome>
          <ReaderNotFound />
        </ReaderChrome>
      </body>
    </html>
  );
}
