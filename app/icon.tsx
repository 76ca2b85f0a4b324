import { ImageResponse } from 'next/og';
import { LOGO_SIZE } from '@/lib/seo/json-ld';
import { siteInfo } from '@/lib/seo/site';

// The site's mark: the favicon, and the publisher logo in structured data and feeds.
export const size = { width: LOGO_SIZE, height: LOGO_SIZE };
export const contentType = 'image/png';

export default function Icon() {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: '#a3221b',
          color: '#fbfaf7',
          fontSize: 340,
          fontWeight: 700,
          borderRadius: 96,
        }}
      >
        {siteInfo().name.slice(0, 1)}
      </div>
    ),
    size,
  );
}
