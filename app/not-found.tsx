import type { Metadata } from 'next';
import { NotFoundView } from '@/components/ui/not-found-view';
import { SiteChrome } from '@/components/ui/site-chrome';

export const metadata: Metadata = { title: 'Page not found' };

// Unmatched URLs render here, outside the (site) layout, so this brings its own chrome.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundView />
    </SiteChrome>
  );
}
