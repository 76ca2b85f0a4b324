/**
 * The limits on uploaded pictures (README "Pictures and storage").
 *
 * - 20 MB per file: a 50-megapixel camera JPEG is 15–25 MB at high quality; anything larger
 *   is a RAW export or a mistake. The upload route reads at most UPLOAD_BODY_LIMIT_BYTES of
 *   a request body (the file plus its form fields) and answers 413 beyond it; next.config's
 *   `proxyClientMaxBodySize` lets that much through the proxy.
 * - 50 megapixels after decoding: a small file can claim a 100-megapixel canvas (a
 *   "decompression bomb") and take gigabytes to decode; sharp refuses it before decoding
 *   (`limitInputPixels`), and the header check below answers first with a clear message.
 */

export const IMAGE_MAX_BYTES = 20 * 1024 * 1024;
export const IMAGE_MAX_PIXELS = 50_000_000;
/** Smaller than this is an icon, not a picture for a story. */
export const IMAGE_MIN_SIDE = 200;
/** The file plus multipart framing and the text fields sent with it. */
export const UPLOAD_BODY_LIMIT_BYTES = IMAGE_MAX_BYTES + 256 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
