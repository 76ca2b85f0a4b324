// Pictures made on the spot with sharp, for tests, the bench and the e2e seed. Not used by
// application code. (No test-runner imports here: plain scripts load this too.)
import sharp from 'sharp';

export interface TestJpegOptions {
  width?: number;
  height?: number;
  /** EXIF orientation 1–8; 6 means "rotate 90° clockwise to show". */
  orientation?: number;
  /** Camera make/model/serial and a GPS position, as a phone or camera would write them. */
  withPrivateExif?: boolean;
  quality?: number;
}

/** The GPS position `withPrivateExif` writes (London), to look for in variants. */
export const TEST_GPS = { latitude: 51.5, longitude: -0.11666666666666667 };
export const TEST_SERIAL = 'SN-NEWSDESK-0042';

/**
 * A JPEG whose left half is red and right half blue (top strip green), so a crop shows which
 * part of the picture it came from.
 */
export async function makeTestJpeg({ width = 1600, height = 1200, orientation, withPrivateExif = false, quality = 85 }: TestJpegOptions = {}): Promise<Buffer> {
  const half = Math.floor(width / 2);
  const strip = Math.max(1, Math.floor(height / 10));
  let image = sharp({ create: { width, height, channels: 3, background: '#d02020' } }).composite([
    { input: { create: { width: width - half, height, channels: 3, background: '#2040d0' } }, left: half, top: 0 },
    { input: { create: { width, height: strip, channels: 3, background: '#20b040' } }, left: 0, top: 0 },
  ]);
  if (withPrivateExif) {
    image = image.withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R5', Artist: 'Test Photographer' },
      IFD2: { BodySerialNumber: TEST_SERIAL },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    });
  }
  if (orientation) image = image.withMetadata({ orientation });
  return image.jpeg({ quality }).toBuffer();
}

/** A photo-like 12-megapixel JPEG (smooth noise, ~1–2 MB): the bench's and the timing test's input. */
export async function makePhotoJpeg(width = 4000, height = 3000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .blur(4)
    .modulate({ saturation: 1.6 })
    .jpeg({ quality: 88 })
    .toBuffer();
}

export function fileOf(bytes: Uint8Array, name = 'photo.jpg', type = 'image/jpeg'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

