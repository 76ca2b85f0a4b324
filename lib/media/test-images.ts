// Test-only: the smallest real images of each accepted type, and impostors.

/** A 1×1 transparent PNG. */
export const PNG_1PX = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

/** The start of a JPEG (SOI + APP0 JFIF marker); enough for the type check. */
export const JPEG_HEAD = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0')]);

/** A RIFF/WEBP header with a VP8L chunk; enough for the type check. */
export const WEBP_HEAD = Uint8Array.from([...Buffer.from('RIFF'), 0x1a, 0, 0, 0, ...Buffer.from('WEBPVP8L'), 0x0d, 0, 0, 0]);

export const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
export const HTML = new TextEncoder().encode('<!doctype html><script>alert(document.cookie)</script>');

export function file(bytes: Uint8Array, type: string, name = 'logo.png'): File {
  return new File([bytes.slice()], name, { type });
}
