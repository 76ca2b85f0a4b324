import { focalCrop } from '@/lib/media/focal-crop';
import type { Ratio } from '@/lib/media/focal-crop';

export interface Preview {
  url: string;
  width: number;
  height: number;
}

/**
 * One crop as readers will get it, drawn from the uncropped preview with the very function
 * the server cuts variants with (lib/media/focal-crop.ts): what the editor sees here is what
 * the variants will be.
 */
export function CropPreview({ preview, ratio, label, focalX, focalY }: { preview: Preview; ratio: Ratio; label: string; focalX: number; focalY: number }) {
  const crop = focalCrop(preview.width, preview.height, ratio, focalX, focalY);
  const pct = (value: number) => `${(value * 100).toFixed(3)}%`;
  return (
    <figure className="crop-preview">
      <div className="crop-preview__frame" style={{ aspectRatio: `${ratio.width} / ${ratio.height}` }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- our own variant, positioned by hand */}
        <img
          src={preview.url}
          alt=""
          style={{
            left: pct(-crop.left / crop.width),
            top: pct(-crop.top / crop.height),
            width: pct(preview.width / crop.width),
            height: pct(preview.height / crop.height),
          }}
        />
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
