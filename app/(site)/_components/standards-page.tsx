import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/seo/json-ld';
import { getStandardsPage } from '@/app/_server/trust-reads';
import { renderRichDocument } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { siteInfo } from '@/lib/seo/site';
import { paths } from '@/lib/seo/paths';
import { STANDARDS_PAGES } from '@/lib/standards/pages';
import type { StandardsPageSlug } from '@/lib/vocabulary';

/*
 * One standards page (about, editorial standards, corrections policy, ethics, contact):
 * each route is a two-line file that names its slug. Cached and tagged (getStandardsPage);
 * the body goes through lib/content's document allowlist.
 */

export async function standardsMetadata(slug: StandardsPageSlug): Promise<Metadata> {
  const page = await getStandardsPage(slug);
  const site = siteInfo();
  const title = page?.title ?? STANDARDS_PAGES[slug].defaultTitle;
  return pageMetadata({ site, title, description: `${title}: how ${site.name} works.`, path: STANDARDS_PAGES[slug].path });
}

export async function StandardsPageView({ slug }: { slug: StandardsPageSlug }) {
  const page = await getStandardsPage(slug);
  if (!page) notFound();
  const site = siteInfo();
  return (
    <article className="standards-page" aria-labelledby="standards-title">
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: site.name, path: paths.home },
            { name: page.title, path: STANDARDS_PAGES[slug].path },
          ],
          site,
        )}
      />
      <h1 id="standards-title">{page.title}</h1>
      {renderRichDocument(page.body)}
    </article>
  );
}
