/**
 * Fixtures generated in the browser, so that no binary file is committed and every property under
 * test is visible here. Also used by scripts/bench-capture.ts.
 */

const LINES = [
  'RÉPUBLIQUE FRANÇAISE — Avis d’imposition sur les revenus de l’année',
  'Numéro fiscal : 12 34 567 890 123   Référence de l’avis : 24 75 A123456 78',
  'Madame, Monsieur, vous trouverez ci-dessous le détail du calcul de votre impôt.',
  'Revenu fiscal de référence : 23 456 €   Nombre de parts : 2,5   Situation : marié(e)',
  'Adresse : 12 rue des Lilas, 93200 Saint-Denis — Date de mise en recouvrement : 31/07',
  'Traitements, salaires, pensions et rentes déclarés : 25 800 €, abattement de 10 %.',
];

export type PageOptions = {
  width: number;
  height: number;
  /** Gaussian blur radius in source pixels (a shaken or out-of-focus photo). */
  blurPx?: number;
  /** 0..1, how much the page is darkened (a photo taken in a dim room). */
  darken?: number;
  /** Amplitude of the sensor noise added to each pixel (0: none). */
  noise?: number;
  /** 0..1, how much a shadow darkens the page's bottom edge; it starts soft at the middle. */
  shadow?: number;
  /** Fixed seed, so that the same page is generated on every run. */
  seed?: number;
};

/** A photo-like text page: paper under uneven light, lines of real text, optional noise. */
export function drawTextPage(options: PageOptions): OffscreenCanvas {
  const { width, height } = options;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: (options.noise ?? 0) > 0 });
  if (context === null) throw new Error('no 2d context');
  const light = context.createLinearGradient(0, 0, width, height);
  light.addColorStop(0, '#f7f5ef');
  light.addColorStop(1, '#dcd7cb');
  context.fillStyle = light;
  context.fillRect(0, 0, width, height);

  if (options.blurPx !== undefined) context.filter = `blur(${options.blurPx}px)`;
  const unit = Math.max(width, height) / 100; // font size: 1 % of the long side
  const margin = unit * 5;
  context.fillStyle = '#1a1a1a';
  context.font = `bold ${unit * 2}px serif`;
  context.fillText('Direction générale des Finances publiques', margin, margin + unit * 2);
  context.font = `${unit}px serif`;
  let line = 0;
  for (let y = margin + unit * 5; y < height - margin; y += unit * 1.6, line++) {
    context.fillText(LINES[line % LINES.length] ?? '', margin, y, width - 2 * margin);
  }
  context.filter = 'none';

  if (options.shadow !== undefined) {
    const shade = context.createLinearGradient(0, height / 2, 0, height);
    shade.addColorStop(0, 'rgba(0, 0, 0, 0)');
    shade.addColorStop(1, `rgba(0, 0, 0, ${options.shadow})`);
    context.fillStyle = shade;
    context.fillRect(0, height / 2, width, height / 2);
  }
  if (options.darken !== undefined) {
    context.fillStyle = `rgba(0, 0, 0, ${options.darken})`;
    context.fillRect(0, 0, width, height);
  }
  if ((options.noise ?? 0) > 0) addNoise(context, width, height, options.noise ?? 0, options.seed ?? 1);
  return canvas;
}

export async function textPagePhoto(options: PageOptions): Promise<Blob> {
  return asJpeg(drawTextPage(options));
}

export type TableOptions = {
  width: number;
  height: number;
  /** Where the sheet lies, in the photo's pixels (axis-aligned). */
  page: { x: number; y: number; width: number; height: number };
  noise?: number;
  seed?: number;
};

/** The usual phone shot: a text page lying on a dark wooden table, some table all around it. */
export function drawPageOnTable(options: TableOptions): OffscreenCanvas {
  const { width, height, page } = options;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: (options.noise ?? 0) > 0 });
  if (context === null) throw new Error('no 2d context');
  context.fillStyle = '#4a3b2f'; // dark brown wood
  context.fillRect(0, 0, width, height);
  // Grain: lighter and darker streaks along the planks, so the table is not one flat tone.
  for (let y = 0, i = 0; y < height; y += height / 60, i++) {
    context.fillStyle = i % 2 === 0 ? 'rgba(120, 95, 70, 0.35)' : 'rgba(20, 15, 10, 0.3)';
    context.fillRect(0, y, width, height / 120);
  }
  // A soft shadow under the sheet, as it lifts a little from the table.
  context.fillStyle = 'rgba(0, 0, 0, 0.35)';
  context.fillRect(page.x + width / 200, page.y + width / 200, page.width, page.height);
  context.drawImage(drawTextPage({ width: page.width, height: page.height }), page.x, page.y);
  if ((options.noise ?? 0) > 0) addNoise(context, width, height, options.noise ?? 0, options.seed ?? 1);
  return canvas;
}

export async function asJpeg(canvas: OffscreenCanvas): Promise<Blob> {
  // 0.92: what phone cameras use.
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

/** Luma (0..255) of every pixel of an encoded image, decoded by the browser. */
export async function decodeLuma(bytes: ArrayBuffer): Promise<{ luma: Uint8Array; width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([bytes]));
  const { width, height } = bitmap;
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (context === null) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = context.getImageData(0, 0, width, height).data;
  const luma = new Uint8Array(width * height);
  for (let i = 0; i < luma.length; i++) {
    luma[i] = Math.round(0.299 * (rgba[i * 4] ?? 0) + 0.587 * (rgba[i * 4 + 1] ?? 0) + 0.114 * (rgba[i * 4 + 2] ?? 0));
  }
  return { luma, width, height };
}

function addNoise(context: OffscreenCanvasRenderingContext2D, width: number, height: number, amplitude: number, seed: number) {
  const pixels = context.getImageData(0, 0, width, height);
  const data = pixels.data;
  let state = seed >>> 0;
  for (let i = 0; i < data.length; i += 4) {
    // xorshift32: fast, deterministic
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const n = ((state & 0xff) / 255 - 0.5) * 2 * amplitude;
    data[i] = (data[i] ?? 0) + n;
    data[i + 1] = (data[i + 1] ?? 0) + n;
    data[i + 2] = (data[i + 2] ?? 0) + n;
  }
  context.putImageData(pixels, 0, 0);
}

/**
 * `jpeg` with an EXIF APP1 segment inserted after SOI: IFD0 holds Orientation = 6 (rotate 90° clockwise
 * to display) and a pointer to a GPS IFD with a latitude (48°51′N, Paris), big-endian TIFF.
 */
export function withExifOrientation6AndGps(jpeg: Uint8Array): Uint8Array<ArrayBuffer> {
  const tiff: number[] = [];
  const u16 = (v: number) => tiff.push((v >> 8) & 0xff, v & 0xff);
  const u32 = (v: number) => tiff.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  // header: "MM", 42, IFD0 at 8
  tiff.push(0x4d, 0x4d);
  u16(42);
  u32(8);
  // IFD0 (8): 2 entries, next IFD 0 → 2 + 24 + 4 = 30 bytes, GPS IFD at 38
  u16(2);
  u16(0x0112); u16(3); u32(1); u16(6); u16(0); // Orientation SHORT 6
  u16(0x8825); u16(4); u32(1); u32(38); // GPSInfo LONG → 38
  u32(0);
  // GPS IFD (38): 2 entries, next 0 → 30 bytes, latitude rationals at 68
  u16(2);
  u16(0x0001); u16(2); u32(2); tiff.push(0x4e, 0, 0, 0); // GPSLatitudeRef "N"
  u16(0x0002); u16(5); u32(3); u32(68); // GPSLatitude 3 RATIONAL → 68
  u32(0);
  for (const [num, den] of [[48, 1], [51, 1], [2400, 100]] as const) {
    u32(num);
    u32(den);
  }
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff]; // "Exif\0\0" + TIFF
  const length = payload.length + 2;
  const app1 = [0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...payload];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** Index of `needle` in `haystack`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** JPEG marker segments from SOI to SOS (the header, where metadata lives). */
export function jpegMarkers(jpeg: Uint8Array): number[] {
  const markers: number[] = [];
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1] ?? 0;
    markers.push(marker);
    if (marker === 0xda) break; // SOS: entropy-coded data follows
    offset += 2 + (((jpeg[offset + 2] ?? 0) << 8) | (jpeg[offset + 3] ?? 0));
  }
  return markers;
}
