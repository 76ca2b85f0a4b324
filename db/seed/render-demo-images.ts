/**
 * `npm run seed:images`: draws the demo pictures (db/seed/demo-images.ts) and renders every
 * variant through the media library's own pipeline (lib/media/process.ts), into
 * db/seed/demo-images/. The seed then only copies those bytes: making 21 variants with sharp
 * takes 3–5 s per picture on two cores, too slow for every test database that seeds. Run it
 * again after changing the drawings or the variant plan, and commit the files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSIONS } from '../../lib/media/image-ref';
import { decodeImage, renderVariants } from '../../lib/media/process';
import { DEMO_IMAGE_DIR, type DemoImageManifest, demoImageFile, demoImages, renderDemoImage } from './demo-images';

async function main() {
  await rm(DEMO_IMAGE_DIR, { recursive: true, force: true });
  await mkdir(DEMO_IMAGE_DIR, { recursive: true });
  const manifest: DemoImageManifest = {};
  for (const [index, image] of demoImages.entries()) {
    const started = performance.now();
    const original = await renderDemoImage(image);
    const name = `${index + 1}`;
    await writeFile(path.join(DEMO_IMAGE_DIR, demoImageFile(name, 'original.jpg')), original);
    const decoded = await decodeImage(original);
    const variants = await renderVariants(decoded, image.focal.x, image.focal.y);
    const entries = [];
    for (const variant of variants) {
      const file = demoImageFile(name, `${variant.aspect.replace(':', 'x')}-${variant.width}.${EXTENSIONS[variant.format]}`);
      await writeFile(path.join(DEMO_IMAGE_DIR, file), variant.bytes);
      entries.push({ aspect: variant.aspect, format: variant.format, width: variant.width, height: variant.height, file });
    }
    manifest[image.storySlug] = { original: demoImageFile(name, 'original.jpg'), width: decoded.width, height: decoded.height, variants: entries };
    console.log(`${image.storySlug}: ${variants.length} variants in ${Math.round(performance.now() - started)} ms`);
  }
  await writeFile(path.join(DEMO_IMAGE_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
