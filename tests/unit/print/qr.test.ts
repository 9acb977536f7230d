import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { minModuleMm, qrMatrix, qrPath, qrRuns } from '../../../src/lib/print/qr.ts';

describe('qr', () => {
  const m = qrMatrix('HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/', 'H');

  it('packs an upper-case root URL into a version-3 symbol at level H', () => {
    expect(m.version).toBe(3);
    expect(m.size).toBe(29);
  });

  it('covers exactly the dark modules with its runs', () => {
    const dark = new Set<string>();
    for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.dark(x, y)) dark.add(`${x},${y}`);
    const covered = qrRuns(m).flatMap((r) => Array.from({ length: r.w }, (_, i) => `${r.x + i},${r.y}`));
    expect(covered.length).toBe(dark.size);
    expect(new Set(covered)).toEqual(dark);
    expect(qrPath(m).match(/M/g)!.length).toBe(qrRuns(m).length);
  });

  it('matches the qrcode module matrix and its error correction', () => {
    const ref = QRCode.create('x', { errorCorrectionLevel: 'L' });
    expect(qrMatrix('x', 'L').size).toBe(ref.modules.size);
    expect(qrMatrix('HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/', 'L').version).toBeLessThan(m.version);
  });

  it('wants a code a tenth of the scanning distance wide', () => {
    expect(minModuleMm(1, 25)).toBe(4);
    expect(minModuleMm(2, 29) * 29).toBeCloseTo(200);
  });
});
