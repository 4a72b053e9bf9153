import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code as plain SVG rectangles drawn by React: no innerHTML, no inline style (the CSP forbids
 * both), nothing to download. Each row's run of dark modules is one rectangle. Error correction M
 * (15 %) survives a creased or smudged printout; the quiet zone is the 4 modules the standard asks.
 */
export function MandateQr({ value, label }: { value: string; label: string }) {
  const { size, runs } = useMemo(() => {
    const qr = encode(value, { ecc: 'M', border: 4 });
    const found: { x: number; y: number; width: number }[] = [];
    qr.data.forEach((row, y) => {
      let start = -1;
      row.forEach((dark, x) => {
        if (dark && start < 0) start = x;
        if (start >= 0 && (!dark || x === row.length - 1)) {
          const end = dark ? x + 1 : x;
          found.push({ x: start, y, width: end - start });
          start = -1;
        }
      });
    });
    return { size: qr.size, runs: found };
  }, [value]);
  return (
    <svg className="mandate-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="mandate-qr">
      <rect width={size} height={size} fill="#fff" />
      {runs.map(({ x, y, width }) => (
        <rect key={`${x}-${y}`} x={x} y={y} width={width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
