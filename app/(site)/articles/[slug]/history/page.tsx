import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChangeLog } from '@/components/article/change-log';
import { JsonLd } from '@/components/seo/json-ld';
import { getChangeLog } from '@/app/_server/trust-reads';
import { env } from '@/lib/env';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import { BUILD_PLACEHOLDER_SLUG } from '@/lib/slug';

export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER_SLUG }];
}

export async function generateMetadata({ params }: PageProps<'/articles/[slug]/history'>): Promise<Metadata> {
  const log = await getChangeLog((await params).slug);
  if (!log) return {};
  return pageMetadata({
    site: siteInfo(),
    title: `Change log: ${log.article.headline}`,
    description: `What changed in “${log.article.headline}” since it was published.`,
    path: paths.articleHistory(log.article.slug),
  });
}

export default async function ArticleHistoryPage({ params }: PageProps<'/articles/[slug]/history'>) {
  // Resolved before anything streams: an unknown or unpublished story is a real 404.
  const log = await getChangeLog((await params).slug);
  if (!log) notFound();
  const site = siteInfo();
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd(
          [
            { name: site.name, path: paths.home },
            { name: log.article.headline, path: paths.article(log.article.slug) },
            { name: 'Change log', path: paths.articleHistory(log.article.slug) },
          ],
          site,
        )}
      />
      <ChangeLog article={log.article} entries={log.entries} timeZone={env().SITE_TIME_ZONE} />
    </>
  );
}
