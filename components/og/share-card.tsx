import { ImageResponse } from 'next/og';
import { OG_IMAGE_SIZE } from '@/lib/seo/page-metadata';

/*
 * The picture shown when a page is shared: drawn by next/og (Satori, then resvg) from this
 * JSX, 1200x630 PNG. Satori reads only inline styles and flexbox; every element with more
 * than one child needs display:flex.
 */

const colors = { paper: '#fbfaf7', ink: '#1b1c1e', muted: '#52565c', accent: '#a3221b', rule: '#dcd9d2' };

export interface ShareCardProps {
  siteName: string;
  /** Small caps above the title: the section, or a tagline. */
  kicker: string | null;
  title: string;
  /** Bottom line: the source's name, or the site's address. */
  byline: string | null;
}

/** Long headlines step down in size so they fit in four or five lines. */
function titleSize(title: string): number {
  const length = Array.from(title).length;
  if (length <= 60) return 68;
  if (length <= 100) return 56;
  if (length <= 140) return 48;
  return 40;
}

function ShareCard({ siteName, kicker, title, byline }: ShareCardProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 72px',
        background: colors.paper,
        color: colors.ink,
        borderTop: `16px solid ${colors.accent}`,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: colors.accent, letterSpacing: 2 }}>
          {kicker ? kicker.toUpperCase() : ' '}
        </div>
        <div
          style={{
            display: 'block',
            marginTop: 28,
            fontSize: titleSize(title),
            lineHeight: 1.15,
            fontWeight: 700,
            lineClamp: 5,
          }}
        >
          {title}
        </div>
      </div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          paddingTop: 28,
          borderTop: `2px solid ${colors.rule}`,
          fontSize: 32,
        }}
      >
        <div style={{ display: 'flex', color: colors.muted }}>{byline ?? ' '}</div>
        <div style={{ display: 'flex', fontWeight: 700 }}>
          <span style={{ color: colors.accent }}>{siteName.slice(0, 1)}</span>
          <span>{siteName.slice(1)}</span>
        </div>
      </div>
    </div>
  );
}

/** The share card as PNG bytes, so a cached copy can be kept and served again. */
export async function renderShareCard(props: ShareCardProps): Promise<Uint8Array> {
  const image = new ImageResponse(<ShareCard {...props} />, OG_IMAGE_SIZE);
  return new Uint8Array(await image.arrayBuffer());
}

export function pngResponse(png: Uint8Array, maxAgeSeconds = 300): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'image/png',
      'cache-control': `public, max-age=${maxAgeSeconds}, stale-while-revalidate=86400`,
    },
  });
}
