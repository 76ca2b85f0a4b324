import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { paths } from '@/lib/seo/paths';
import { siteInfo } from '@/lib/seo/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const site = siteInfo();
  // Defaults for pages that set nothing of their own (the 404s); the rest set all of it.
  const defaults = pageMetadata({ site, title: `${site.name}: news, summarised`, description: site.description, path: paths.home });
  return {
    ...defaults,
    metadataBase: new URL(site.url),
    title: { default: `${site.name}: news, summarised`, template: `%s · ${site.name}` },
    // A 404 is no page of its own: no canonical URL for it.
    alternates: { types: defaults.alternates.types },
    openGraph: { ...defaults.openGraph, url: null },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#131416' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
