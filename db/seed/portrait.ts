import sharp from 'sharp';

/**
 * A small placeholder portrait (head and shoulders in two colours) rendered at seed time,
 * so the demo's author pages show photos without shipping image files or fetching any.
 * No text: SVG text would depend on the machine's fonts.
 */
export async function demoPortrait(colours: { background: string; figure: string }, size = 192): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" fill="${colours.background}"/>
  <circle cx="50" cy="40" r="18" fill="${colours.figure}"/>
  <path d="M14 100 C14 72 32 62 50 62 C68 62 86 72 86 100 Z" fill="${colours.figure}"/>
</svg>`;
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer();
}
