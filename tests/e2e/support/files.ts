import { createHash } from 'node:crypto';
import { encodePng } from '../../../scripts/lib/png';

export type FixtureFile = { name: string; mimeType: string; buffer: Buffer };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A real PNG (a "scan" with a coloured band), so the browser can decode and show its thumbnail. */
export function pngFile(name: string, seed: number, width = 120, height = 160): FixtureFile {
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const band = Math.floor(y / 20) % 2 === 0;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba[i] = band ? (seed * 50) % 256 : 240;
      rgba[i + 1] = band ? (seed * 90) % 256 : 240;
      rgba[i + 2] = band ? 160 : 240;
      rgba[i + 3] = 255;
    }
  }
  const png = encodePng(width, height, rgba);
  return { name, mimeType: 'image/png', buffer: png };
}

/**
 * A minimal one-page PDF with a line of text. `padTo` makes it about that many bytes with an
 * unreferenced stream of hex digits (seeded by the line), so an upload takes several chunks while
 * the file stays a real, readable PDF whose bytes differ from one line to another.
 */
export function pdfFile(name: string, line: string, padTo = 0): FixtureFile {
  const content = `BT /F1 18 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (padTo > 0) {
    const padding = hexNoise(padTo, line);
    objects.push(`<< /Length ${padding.length} >>\nstream\n${padding}\nendstream`);
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

/** The three documents of the renewal, distinct bytes per run so digests are meaningful. */
export function renewalDocuments(run: number) {
  return {
    passport: pngFile('passeport.png', run + 1),
    'current-permit': pngFile('carte-de-sejour.png', run + 2),
    'proof-of-address': pdfFile('facture-edf.pdf', `Facture ${run}`),
  } as const;
}

/** `length` hex digits from a generator seeded by `seed`: varied, repeatable, plain ASCII. */
function hexNoise(length: number, seed: string): string {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1; // xorshift never leaves 0
  const digits: string[] = [];
  for (let i = 0; i < length; i++) {
    // xorshift32: enough to make each file's bytes its own.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    digits.push(((state >>> 0) & 15).toString(16));
  }
  return digits.join('');
}
