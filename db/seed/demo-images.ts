import path from 'node:path';
import sharp from 'sharp';
import type { PlannedVariant } from '../../lib/media/variant-plan';
import { REFERENCE_STORY_SLUG } from './demo-content';

/*
 * Pictures for the demo stories, drawn here as SVG and rendered to JPEG with sharp at seed
 * time: nothing is downloaded, nothing binary sits in the repository. Each is a simple
 * illustration, and its alt text says exactly what it shows (an illustration, not a photo).
 * 1600×1200 is the smallest original that still gives every crop a ≥ 1200 px wide variant
 * (the 1:1 crop is 1200×1200), which Google asks of article images.
 */

export const DEMO_IMAGE_WIDTH = 1600;
export const DEMO_IMAGE_HEIGHT = 1200;
export const DEMO_IMAGE_CREDIT = 'Illustration: Newsdesk Graphics';

/** The rendered originals and variants (npm run seed:images), shipped in the repository. */
export const DEMO_IMAGE_DIR = path.join(process.cwd(), 'db/seed/demo-images');

export const demoImageFile = (name: string, file: string) => `${name}-${file}`;

/** What db/seed/demo-images/manifest.json says about each story's picture. */
export type DemoImageManifest = Record<
  string,
  {
    original: string;
    width: number;
    height: number;
    /** Every stored variant, the library's uncropped preview included. */
    variants: (PlannedVariant & { file: string })[];
  }
>;

export interface DemoImage {
  storySlug: string;
  alt: string;
  caption: string;
  /** Where the crops centre (0..1): the subject of the drawing. */
  focal: { x: number; y: number };
  /** The drawing, on a 1600×1200 canvas. */
  scene: string;
}

// Two flat bands rather than a gradient: flat colour costs almost nothing in AVIF and WebP,
// and the shipped variants (and every seed that copies them) stay small.
const sky = (top: string, bottom: string) =>
  `<rect width="1600" height="1200" fill="${top}"/><rect y="480" width="1600" height="720" fill="${bottom}"/>`;

const repeat = (count: number, draw: (index: number) => string) => Array.from({ length: count }, (_, index) => draw(index)).join('');

export const demoImages: DemoImage[] = [
  {
    storySlug: REFERENCE_STORY_SLUG,
    alt: 'Illustration of rows of dark soldier silhouettes standing in a snowy field under a dark red and orange evening sky',
    caption: 'North Korean troops were deployed to Russia’s Kursk region last year.',
    focal: { x: 0.5, y: 0.62 },
    scene:
      sky('#5b1a1a', '#e0704a') +
      '<rect y="820" width="1600" height="380" fill="#eef1f4"/>' +
      repeat(3, (row) =>
        repeat(14, (column) => {
          const x = 140 + column * 95 + row * 30;
          const y = 640 + row * 70;
          return `<rect x="${x}" y="${y}" width="44" height="${170 - row * 10}" rx="18" fill="#1c1c22"/><circle cx="${x + 22}" cy="${y - 14}" r="22" fill="#1c1c22"/>`;
        }),
      ),
  },
  {
    storySlug: 'senate-committee-advances-bipartisan-bill-to-modernise-rural-broadband-grants',
    alt: 'Illustration of green rolling hills with a red farmhouse and a tall telecom mast under a blue sky',
    caption: 'Rural areas would get priority under the revised grant rules.',
    focal: { x: 0.62, y: 0.45 },
    scene:
      sky('#5fa8e8', '#d8eefc') +
      '<ellipse cx="400" cy="1150" rx="900" ry="420" fill="#4f9a45"/><ellipse cx="1300" cy="1200" rx="900" ry="460" fill="#3d7f36"/>' +
      '<rect x="330" y="760" width="220" height="150" fill="#b23a2e"/><polygon points="310,760 440,660 570,760" fill="#7a231b"/>' +
      '<polygon points="990,820 1010,260 1030,820" fill="#6b6f76"/>' +
      repeat(4, (level) => `<rect x="${985 - level * 4}" y="${320 + level * 120}" width="${50 + level * 8}" height="12" fill="#6b6f76"/>`),
  },
  {
    storySlug: 'researchers-map-a-300-kilometre-deep-sea-coral-reef-along-the-atlantic-shelf',
    alt: 'Illustration of orange and pink corals on a dark blue sea floor with a few small yellow fish swimming above',
    caption: 'The reef lies between 600 and 1,000 metres below the surface.',
    focal: { x: 0.45, y: 0.6 },
    scene:
      sky('#0b2a4a', '#061426') +
      '<rect y="950" width="1600" height="250" fill="#1d2f3f"/>' +
      repeat(9, (index) => {
        const x = 120 + index * 165;
        const color = index % 2 === 0 ? '#f08a4b' : '#e45d8c';
        return `<path d="M${x} 960 C ${x - 40} 820, ${x + 20} 760, ${x - 10} 640 M${x} 960 C ${x + 50} 840, ${x + 90} 780, ${x + 70} 690" stroke="${color}" stroke-width="26" fill="none" stroke-linecap="round"/>`;
      }) +
      repeat(5, (index) => `<ellipse cx="${300 + index * 230}" cy="${330 + (index % 3) * 90}" rx="34" ry="16" fill="#f5d04a"/>`),
  },
  {
    storySlug: 'central-bank-holds-interest-rates-steady-and-signals-a-slower-path-to-cuts',
    alt: 'Illustration of a grey stone bank building with six columns with a line chart behind it that rises and then levels off',
    caption: 'Policymakers voted to keep the main rate unchanged.',
    focal: { x: 0.5, y: 0.55 },
    scene:
      sky('#f3efe6', '#ddd6c6') +
      '<polyline points="80,900 380,760 640,620 900,520 1180,500 1520,495" fill="none" stroke="#1d4f91" stroke-width="18" stroke-linejoin="round"/>' +
      '<polygon points="420,520 800,360 1180,520" fill="#8d8f93"/><rect x="440" y="520" width="720" height="40" fill="#a3a5a9"/>' +
      repeat(6, (index) => `<rect x="${480 + index * 120}" y="575" width="54" height="330" fill="#b9bbbf"/>`) +
      '<rect x="420" y="905" width="760" height="50" fill="#8d8f93"/>',
  },
  {
    storySlug: 'ferry-services-resume-across-the-baltic-after-storm-closes-ports-for-two-days',
    alt: 'Illustration of a white ferry with a red stripe sailing on grey-blue waves under dark storm clouds',
    caption: 'The first sailings left on schedule on Tuesday morning.',
    focal: { x: 0.5, y: 0.58 },
    scene:
      sky('#3a4350', '#9aa6b4') +
      repeat(4, (index) => `<ellipse cx="${200 + index * 420}" cy="${180 + (index % 2) * 60}" rx="300" ry="110" fill="#2b323b"/>`) +
      '<rect y="780" width="1600" height="420" fill="#3f5f7a"/>' +
      '<polygon points="430,700 1180,700 1110,830 500,830" fill="#f4f4f2"/><rect x="560" y="610" width="430" height="90" fill="#f4f4f2"/><rect x="500" y="760" width="640" height="22" fill="#c0392b"/>' +
      repeat(8, (index) => `<path d="M${index * 220 - 40} 900 q 55 -40 110 0 t 110 0" stroke="#d6e2ec" stroke-width="10" fill="none"/>`),
  },
  {
    storySlug: 'city-council-approves-late-night-bus-service-for-six-outer-neighbourhoods',
    alt: 'Illustration of a lit yellow city bus driving along a street at night beneath three street lamps',
    caption: 'The new routes run until 2 a.m. from next month.',
    focal: { x: 0.5, y: 0.66 },
    scene:
      sky('#0d1330', '#27305a') +
      '<rect y="940" width="1600" height="260" fill="#2e2e33"/><rect y="1050" width="1600" height="14" fill="#e8e3c8"/>' +
      repeat(3, (index) => `<rect x="${250 + index * 550}" y="380" width="16" height="560" fill="#565a66"/><circle cx="${258 + index * 550}" cy="380" r="34" fill="#ffe39a"/>`) +
      '<rect x="480" y="640" width="640" height="290" rx="30" fill="#f2b705"/>' +
      repeat(5, (index) => `<rect x="${510 + index * 118}" y="675" width="96" height="110" rx="8" fill="#fff3c2"/>`) +
      '<circle cx="600" cy="935" r="48" fill="#1a1a1d"/><circle cx="1000" cy="935" r="48" fill="#1a1a1d"/>',
  },
];

/** The drawing as a JPEG original, as a photographer's upload would arrive. */
export function renderDemoImage(image: DemoImage): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${DEMO_IMAGE_WIDTH}" height="${DEMO_IMAGE_HEIGHT}" viewBox="0 0 1600 1200">${image.scene}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
