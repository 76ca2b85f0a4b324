import sharp, { type Metadata } from 'sharp';
import { IMAGE_MAX_BYTES, IMAGE_MAX_PIXELS, IMAGE_MIN_SIDE, megabytes } from './limits';

/**
 * Decides whether uploaded bytes are a picture we accept, by their content only: the file
 * name, extension and the browser's Content-Type are the uploader's to choose, so they are
 * never consulted. SVG is refused (it can carry scripts), and so is anything sharp can't read
 * as one of the raster formats below. Nothing is decoded here beyond the header: the pixel
 * limit is checked before any decoding happens (lib/media/process.ts decodes).
 */

export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
export type AcceptedFormat = (typeof ACCEPTED_FORMATS)[number];

export const ACCEPTED_TEXT = 'Upload a JPEG, PNG, WebP, AVIF or GIF picture.';

export type RefusalCode = 'empty' | 'too_large' | 'svg' | 'not_image' | 'unsupported' | 'too_many_pixels' | 'too_small' | 'corrupt';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

export interface Inspected {
  ok: true;
  format: AcceptedFormat;
  /** As displayed, i.e. after EXIF orientation (a portrait photo stored sideways swaps them). */
  width: number;
  height: number;
}

export const refusal = (code: RefusalCode, message: string): Refusal => ({ ok: false, code, message });

const startsWith = (bytes: Uint8Array, expected: readonly number[], offset = 0) =>
  bytes.length >= offset + expected.length && expected.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The format the first bytes announce, or null. */
export function sniffFormat(bytes: Uint8Array): AcceptedFormat | 'heic' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  // ISO-BMFF: a `ftyp` box whose major brand names the codec.
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return null;
}

/** Whether text-looking bytes are (probably) an SVG document, so the message can say so. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg[^>]*>\s*)?<svg[\s>]/i.test(head) || /<svg[\s>]/i.test(head);
}

/** Size checks that need no reading: done before the bytes are copied into memory. */
export function checkSize(size: number): Refusal | null {
  if (size === 0) return refusal('empty', 'That file is empty.');
  if (size > IMAGE_MAX_BYTES) {
    return refusal('too_large', `The picture must be at most ${megabytes(IMAGE_MAX_BYTES)}; this file is ${megabytes(size)}.`);
  }
  return null;
}

export async function inspectImage(bytes: Uint8Array): Promise<Inspected | Refusal> {
  const size = checkSize(bytes.byteLength);
  if (size) return size;
  const sniffed = sniffFormat(bytes);
  if (sniffed === null) {
    if (looksLikeSvg(bytes)) return refusal('svg', `SVG files aren’t accepted: they can carry scripts. ${ACCEPTED_TEXT}`);
    return refusal('not_image', `This file isn’t a picture, whatever its name says. ${ACCEPTED_TEXT}`);
  }
  if (sniffed === 'heic') return refusal('unsupported', `HEIC pictures can’t be read here; export it as JPEG first. ${ACCEPTED_TEXT}`);

  let metadata: Metadata;
  try {
    // Header only; `limitInputPixels: false` so a bomb gets our message, not sharp's.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refusal('corrupt', `This ${sniffed.toUpperCase()} file is damaged and can’t be read. ${ACCEPTED_TEXT}`);
  }
  const format = metadata.format === 'heif' && sniffed === 'avif' ? 'avif' : metadata.format;
  if (format !== sniffed) return refusal('not_image', `This file isn’t a picture we can read. ${ACCEPTED_TEXT}`);
  const { width = 0, height = 0 } = metadata;
  if (width * height > IMAGE_MAX_PIXELS) {
    const mp = Math.round((width * height) / 1_000_000);
    return refusal(
      'too_many_pixels',
      `The picture is ${width}×${height} pixels (${mp} megapixels); at most ${IMAGE_MAX_PIXELS / 1_000_000} megapixels are accepted.`,
    );
  }
  if (Math.min(width, height) < IMAGE_MIN_SIDE) {
    return refusal('too_small', `The picture is only ${width}×${height} pixels; it needs at least ${IMAGE_MIN_SIDE} pixels on each side.`);
  }
  // EXIF orientations 5–8 are quarter turns: the picture as seen is the other way round.
  const turned = (metadata.orientation ?? 1) >= 5;
  return { ok: true, format: sniffed, width: turned ? height : width, height: turned ? width : height };
}
