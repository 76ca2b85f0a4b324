/**
 * Checks an uploaded logo before it is stored and served from /media/[id].
 *
 * Only raster formats are accepted: an SVG can carry scripts that run when the file is
 * opened directly. The type is decided by the file's first bytes, never by the name or the
 * browser's MIME type, both of which the uploader controls: an HTML or SVG file renamed to
 * logo.png is refused, and what is stored is served with the sniffed type.
 */

export const LOGO_MAX_BYTES = 512 * 1024;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The image type the bytes really are, or null when they are none of the accepted ones. */
export function sniffImageType(bytes: Uint8Array): LogoType | null {
  // PNG: the 8-byte signature, then the IHDR chunk that must come first.
  if (startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  // JPEG: a start-of-image marker followed by another marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // WebP: a RIFF container whose form type is WEBP and whose first chunk is a VP8 variant.
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) && startsWith(bytes, ascii('VP8'), 12)) {
    return 'image/webp';
  }
  return null;
}

export type LogoCheck = { ok: true; contentType: LogoType; bytes: Uint8Array } | { ok: false; message: string };

const ACCEPTED = 'Upload a PNG, JPEG or WebP image (SVG isn’t accepted).';

/** Browsers send these when they don't know the type; the bytes decide then. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream']);

function kilobytes(size: number): string {
  return `${Math.ceil(size / 1024)} KB`;
}

/** Whether a file may become a logo, and the type to serve it with. */
export async function checkLogo(file: Blob): Promise<LogoCheck> {
  if (file.size === 0) return { ok: false, message: 'That file is empty.' };
  // Checked before reading, so an oversized upload is never copied into memory again.
  if (file.size > LOGO_MAX_BYTES) {
    return { ok: false, message: `The logo must be at most ${kilobytes(LOGO_MAX_BYTES)}; this file is ${kilobytes(file.size)}.` };
  }
  const declared = file.type.toLowerCase();
  if (!UNKNOWN_TYPES.has(declared) && !(LOGO_TYPES as readonly string[]).includes(declared)) {
    return { ok: false, message: ACCEPTED };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, message: `This file isn’t a PNG, JPEG or WebP image, whatever its name says. ${ACCEPTED}` };
  // A PNG named .jpg is still a harmless PNG: it is stored and served as what it really is.
  return { ok: true, contentType, bytes };
}
