import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ASPECTS, type VariantAspect, type VariantFormat } from './image-ref';
import { type CropRect, focalCrop } from './focal-crop';
import { IMAGE_MAX_PIXELS } from './limits';
import { ENCODINGS, heightFor, OG_RATIO, type PlannedVariant, PREVIEW_ASPECT, PREVIEW_WIDTH, RATIOS, type StoredAspect, widthsFor } from './variant-plan';
import { runLimited } from './work-queue';

/*
 * Turns an accepted upload (lib/media/inspect.ts) into its variants with sharp. The original
 * is decoded once — orientation applied first, converted to sRGB, every byte of metadata
 * left behind — into raw pixels; each variant is cut from those (focal crop → extract →
 * resize) and encoded afresh. Nothing of the uploaded file but its pixels reaches a variant:
 * no EXIF (GPS, camera serials), no ICC, no comments, nor bytes appended after the image.
 */

// The libvips operation cache holds decoded images between calls; uploads are one-offs.
sharp.cache(false);

export class UnreadableImageError extends Error {
  constructor(cause: unknown) {
    super('The picture could not be decoded', { cause });
    this.name = 'UnreadableImageError';
  }
}

export interface DecodedImage {
  pixels: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

export interface RenderedVariant extends PlannedVariant {
  bytes: Buffer;
  /** The first 32 hex digits of the SHA-256 of `bytes`: its URL and storage key. */
  hash: string;
}

/** Decodes the whole file: a truncated or corrupt one fails here, before anything is stored. */
export async function decodeImage(bytes: Uint8Array): Promise<DecodedImage> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: IMAGE_MAX_PIXELS, failOn: 'truncated' })
      .autoOrient()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 && info.channels !== 4) throw new Error(`Unexpected channel count ${info.channels}`);
    return { pixels: data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw new UnreadableImageError(error);
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/** One crop cut from the full picture and shrunk once to the widest variant it feeds. */
async function cropBase(image: DecodedImage, crop: CropRect, width: number, height: number): Promise<DecodedImage> {
  const pixels = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: image.channels } })
    .extract(crop)
    .resize(width, height, { fit: 'fill' })
    .raw()
    .toBuffer();
  return { pixels, width, height, channels: image.channels };
}

function encode(base: DecodedImage, variant: PlannedVariant): Promise<Buffer> {
  let pipeline = sharp(base.pixels, { raw: { width: base.width, height: base.height, channels: base.channels } });
  if (variant.width !== base.width || variant.height !== base.height) pipeline = pipeline.resize(variant.width, variant.height, { fit: 'fill' });
  switch (variant.format) {
    case 'avif':
      pipeline = pipeline.avif(ENCODINGS.avif);
      break;
    case 'webp':
      pipeline = pipeline.webp(ENCODINGS.webp);
      break;
    case 'jpeg':
      // JPEG has no transparency: transparent areas become white, not black.
      pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg(ENCODINGS.jpeg);
      break;
  }
  return pipeline.toBuffer();
}

interface Job {
  crop: CropRect;
  variant: PlannedVariant;
}

/** What would be made for a picture of this size and focal point, crop by crop. */
export function planVariants(width: number, height: number, focalX: number, focalY: number): Job[] {
  const jobs: Job[] = [];
  for (const aspect of ASPECTS) {
    const ratio = RATIOS[aspect];
    const crop = focalCrop(width, height, ratio, focalX, focalY);
    for (const variantWidth of widthsFor(aspect, crop.width)) {
      for (const format of ['avif', 'webp'] as const satisfies readonly VariantFormat[]) {
        jobs.push({ crop, variant: { aspect, format, width: variantWidth, height: heightFor(ratio, variantWidth) } });
      }
    }
  }
  const og: VariantAspect = 'og';
  jobs.push({
    crop: focalCrop(width, height, OG_RATIO, focalX, focalY),
    variant: { aspect: og, format: 'jpeg', width: OG_RATIO.width, height: OG_RATIO.height },
  });
  const previewWidth = Math.min(PREVIEW_WIDTH, width);
  jobs.push({
    crop: { left: 0, top: 0, width, height },
    variant: { aspect: PREVIEW_ASPECT, format: 'webp', width: previewWidth, height: Math.max(1, Math.round((previewWidth * height) / width)) },
  });
  return jobs;
}

/**
 * Every variant of a decoded picture for one focal point. Each crop is cut from the full
 * picture once (the widest variant's size), and its variants are made from that: resizing
 * 36 MB of pixels for each of 21 variants took longer than encoding them.
 */
export async function renderVariants(image: DecodedImage, focalX: number, focalY: number): Promise<RenderedVariant[]> {
  const jobs = planVariants(image.width, image.height, focalX, focalY);
  const byCrop = new Map<StoredAspect, Job[]>();
  for (const job of jobs) byCrop.set(job.variant.aspect, [...(byCrop.get(job.variant.aspect) ?? []), job]);
  const groups = await Promise.all(
    [...byCrop.values()].map(async (group) => {
      const widest = group.reduce((a, b) => (b.variant.width > a.variant.width ? b : a));
      const base = await runLimited('encode', () => cropBase(image, widest.crop, widest.variant.width, widest.variant.height));
      return Promise.all(
        group.map(({ variant }) =>
          runLimited('encode', async () => {
            const bytes = await encode(base, variant);
            return { ...variant, bytes, hash: contentHash(bytes) };
          }),
        ),
      );
    }),
  );
  return groups.flat();
}
