import type { ReactNode } from 'react';
import { ReaderChrome } from './_components/reader-chrome';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <ReaderChrome>{children}</ReaderChrome>;
}
