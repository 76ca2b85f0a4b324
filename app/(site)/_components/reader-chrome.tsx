import type { ReactNode } from 'react';
import { getLatest, getSections, getSources } from '@/app/_server/cached-reads';
import { NotFoundView } from '@/components/ui/not-found-view';
import { RelativeTimesScript } from '@/components/ui/relative-times-script';
import { SiteChrome } from '@/components/ui/site-chrome';
import { SiteFooter } from '@/components/ui/site-footer';
import { SiteHeader } from '@/components/ui/site-header';
import { paths } from '@/lib/seo/paths';
import { standardsPageList } from '@/lib/standards/pages';

/*
 * The readers' chrome and 404 with their data: the cached reads live on the app side
 * (they use Next's cache), and components/ui only draws what it is given. Header and footer
 * stay separate async components, so each resolves on its own as before.
 */

async function Header() {
  return <SiteHeader sections={await getSections()} />;
}

/** The standards pages and the corrections page, linked from every reader page's footer. */
const standardsLinks = [
  ...standardsPageList().map((page) => ({ path: page.path, text: page.linkText })),
  { path: paths.corrections, text: 'Corrections' },
];

async function Footer() {
  return <SiteFooter sources={await getSources()} standards={standardsLinks} />;
}

export function ReaderChrome({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteChrome header={<Header />} footer={<Footer />}>
        {children}
      </SiteChrome>
      {/* After everything it labels, so it runs once they are all parsed. */}
      <RelativeTimesScript />
    </>
  );
}

export async function ReaderNotFound() {
  return <NotFoundView latest={await getLatest(5)} />;
}
