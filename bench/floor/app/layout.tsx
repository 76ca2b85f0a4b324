import type { ReactNode } from 'react';

export const metadata = { title: 'Floor', description: 'A bare Next.js page: the JavaScript floor for readers’ pages.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
