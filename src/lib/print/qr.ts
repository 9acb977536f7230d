/**
 * QR matrices for print: filled squares from the `qrcode` module matrix, never its stroked SVG,
 * so sign makers and PDF renderers get crisp, gap-free modules.
 */
import QRCode from 'qrcode';

/** Error correction level; H survives ~30 % damage (dirt, scratches, a screw through a corner). */
export type Ecc = 'L' | 'M' | 'Q' | 'H';

/** A QR symbol: `size`×`size` dark/light modules, row-major. */
export interface QrMatrix {
  size: number;
  version: number;
  dark: (x: number, y: number) => boolean;
}

/** Modules of light margin that scanners need around the symbol. */
export const QUIET_ZONE = 4;

/** Encodes `text` (exactly what the phone will open) into a module matrix. */
export function qrMatrix(text: string, ecc: Ecc = 'H'): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: ecc });
  const { size, data } = qr.modules;
  return { size, version: qr.version, dark: (x, y) => data[y * size + x] === 1 };
}

/**
 * One SVG path (`M x y h1v1h-1z` per run of dark modules in a row) in module units, origin at the
 * symbol's top-left corner without the quiet zone. Runs merge so the path stays small.
 */
export function qrPath(m: QrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark(x, y)) continue;
      let end = x;
      while (end + 1 < m.size && m.dark(end + 1, y)) end++;
      parts.push(`M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`);
      x = end;
    }
  }
  return parts.join('');
}

/** Dark runs as rectangles `{ x, y, w }` (height 1) in module units, for PDF drawing. */
export function qrRuns(m: QrMatrix): { x: number; y: number; w: number }[] {
  const runs: { x: number; y: number; w: number }[] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark(x, y)) continue;
      let end = x;
      while (end + 1 < m.size && m.dark(end + 1, y)) end++;
      runs.push({ x, y, w: end - x + 1 });
      x = end;
    }
  }
  return runs;
}

/**
 * Smallest module size (mm) that still scans from `distanceM` metres. Rule of thumb: the code is
 * about a tenth of the scanning distance wide, for a typical version-3 symbol (29 modules).
 */
export const minModuleMm = (distanceM: number, modules = 29): number => (distanceM * 1000) / 10 / modules;
