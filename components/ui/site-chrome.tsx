import type { ReactNode } from 'react';

/**
 * Header, main landmark and footer around every reader-facing page. The header and footer
 * come filled in (app/(site)/_components/reader-chrome.tsx reads their sections and
 * sources), so components/ stays free of app/ imports.
 */
export function SiteChrome({ header, footer, children }: { header: ReactNode; footer: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {header}
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      {footer}
    </>
  );
}
