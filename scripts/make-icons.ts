/**
 * Draws the app icons with plain Node (no image library): a blue rounded square with a white "R"
 * whose leg is a relay arrow. The shapes are signed distance functions, so every size is
 * anti-aliased from the same geometry, and the SVG favicon is written from that geometry too.
 *
 * Run once after changing the design, then commit the files: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './lib/png';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

const BLUE = [0x1d, 0x4e, 0x89] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

// --- Geometry, in a 100 × 100 box ---------------------------------------------------------------

const STROKE = 10; // width of the letter's strokes
const CORNER = 22; // corner radius of the rounded square
/** The "R": stem, bowl (two bars and a half circle) and the leg, which ends in an arrowhead. */
const R = {
  stemX: 34,
  top: 25,
  bottom: 75,
  bowlX: 51, // where the bars meet the half circle
  bowlRadius: 13.5,
  legFrom: [47, 52] as const,
  legTo: [68, 77] as const,
  arrowHead: 17, // length of each side of the arrowhead
};
const bowlY = R.top + R.bowlRadius;
const bowlBottom = R.top + 2 * R.bowlRadius;

type Point = readonly [number, number];

function segmentDistance(p: Point, a: Point, b: Point): number {
  const [px, py] = [p[0] - a[0], p[1] - a[1]];
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
  return Math.hypot(px - bx * t, py - by * t);
}

/** Distance to the right half of the bowl's circle (the left half is covered by the bars). */
function halfCircleDistance(p: Point): number {
  const dx = p[0] - R.bowlX;
  const dy = p[1] - bowlY;
  if (dx >= 0) return Math.abs(Math.hypot(dx, dy) - R.bowlRadius);
  return Math.min(
    Math.hypot(dx, p[1] - R.top),
    Math.hypot(dx, p[1] - bowlBottom),
  );
}

/** The arrowhead's two barbs, symmetric around the leg's direction. */
function arrowBarbs(): [Point, Point] {
  const [fx, fy] = R.legFrom;
  const [tx, ty] = R.legTo;
  const angle = Math.atan2(ty - fy, tx - fx);
  const barb = (turn: number): Point => [
    tx - R.arrowHead * Math.cos(angle + turn),
    ty - R.arrowHead * Math.sin(angle + turn),
  ];
  return [barb(Math.PI / 4), barb(-Math.PI / 4)];
}
const [barbA, barbB] = arrowBarbs();

/** Signed distance to the letter (negative inside), strokes with round caps and joins. */
function letterDistance(p: Point): number {
  const half = STROKE / 2;
  const strokes = [
    segmentDistance(p, [R.stemX, R.top], [R.stemX, R.bottom]),
    segmentDistance(p, [R.stemX, R.top], [R.bowlX, R.top]),
    segmentDistance(p, [R.stemX, bowlBottom], [R.bowlX, bowlBottom]),
    halfCircleDistance(p),
    segmentDistance(p, R.legFrom, R.legTo),
    segmentDistance(p, R.legTo, barbA),
    segmentDistance(p, R.legTo, barbB),
  ];
  return Math.min(...strokes) - half;
}

/** Signed distance to a rounded square covering the box (negative inside). */
function roundedSquareDistance(p: Point, radius: number): number {
  const qx = Math.abs(p[0] - 50) - (50 - radius);
  const qy = Math.abs(p[1] - 50) - (50 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** The letter's bounding box centre, so that it sits optically in the middle. */
const LETTER_CENTRE: Point = [
  (R.stemX + Math.max(R.bowlX + R.bowlRadius, R.legTo[0], barbA[0], barbB[0])) / 2,
  (R.top + Math.max(R.bottom, R.legTo[1], barbA[1], barbB[1])) / 2,
];

// --- Raster -------------------------------------------------------------------------------------

interface IconStyle {
  /** Corner radius of the background in box units; 0 = full bleed (maskable, Apple). */
  corner: number;
  /** Scale of the letter around the centre (maskable icons keep it inside the 80 % safe zone). */
  letterScale: number;
}

function render(size: number, style: IconStyle): Buffer {
  const unit = 100 / size; // box units per pixel
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [(x + 0.5) * unit, (y + 0.5) * unit];
      // Letter coordinates: scaled around the centre of the box, centred on the letter's box.
      const q: Point = [
        (p[0] - 50) / style.letterScale + LETTER_CENTRE[0],
        (p[1] - 50) / style.letterScale + LETTER_CENTRE[1],
      ];
      const background =
        style.corner > 0 ? coverage(roundedSquareDistance(p, style.corner), unit) : 1;
      const letter = coverage((letterDistance(q) * style.letterScale), unit);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = Math.round((BLUE[c] ?? 0) * (1 - letter) + (WHITE[c] ?? 0) * letter);
      }
      rgba[i + 3] = Math.round(255 * background);
    }
  }
  return encodePng(size, size, rgba);
}

/** Anti-aliasing: the share of a pixel covered by a shape, from the signed distance. */
function coverage(distance: number, unitsPerPixel: number): number {
  return Math.max(0, Math.min(1, 0.5 - distance / unitsPerPixel));
}

// --- SVG favicon, from the same geometry --------------------------------------------------------

function faviconSvg(): string {
  const f = (n: number) => Number(n.toFixed(2));
  const dx = 50 - LETTER_CENTRE[0];
  const dy = 50 - LETTER_CENTRE[1];
  const hex = `#${BLUE.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const path = [
    `M${f(R.stemX)} ${f(R.bottom)}V${f(R.top)}H${f(R.bowlX)}`,
    `A${f(R.bowlRadius)} ${f(R.bowlRadius)} 0 0 1 ${f(R.bowlX)} ${f(bowlBottom)}H${f(R.stemX)}`,
    `M${f(R.legFrom[0])} ${f(R.legFrom[1])}L${f(R.legTo[0])} ${f(R.legTo[1])}`,
    `M${f(barbA[0])} ${f(barbA[1])}L${f(R.legTo[0])} ${f(R.legTo[1])}L${f(barbB[0])} ${f(barbB[1])}`,
  ].join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    `<rect width="100" height="100" rx="${CORNER}" fill="${hex}"/>`,
    `<path transform="translate(${f(dx)} ${f(dy)})" d="${path}" fill="none" stroke="#fff" stroke-width="${STROKE}" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
    '',
  ].join('\n');
}

// --- Files ---------------------------------------------------------------------------------------

const ANY: IconStyle = { corner: CORNER, letterScale: 1 };
const FULL_BLEED: IconStyle = { corner: 0, letterScale: 1 };
// Maskable: the launcher may crop to a circle of radius 40 % of the size. The letter spans about
// 46 × 62 units at scale 1 (farthest point ≈ 38 units from the centre); at 0.8 it is ≈ 31 from the
// centre, well inside the 40-unit safe zone.
const MASKABLE: IconStyle = { corner: 0, letterScale: 0.8 };

const outputs: [string, Buffer | string][] = [
  ['icons/icon-192.png', render(192, ANY)],
  ['icons/icon-512.png', render(512, ANY)],
  ['icons/icon-maskable-512.png', render(512, MASKABLE)],
  // iOS rounds the corners itself and shows transparency as black: opaque, full bleed.
  ['apple-touch-icon.png', render(180, FULL_BLEED)],
  ['favicon.svg', faviconSvg()],
];

for (const [name, content] of outputs) {
  const file = join(PUBLIC_DIR, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote public/${name} (${content.length} bytes)`);
}
