import type { Metadata } from 'next';
import { ReaderNotFound } from './_components/reader-chrome';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return <ReaderNotFound />;
}
