/**
 * Layout → SVG for sign makers: letters as outlines (no font needed on their machine), codes as
 * filled module runs, cut lines dashed. Also the source the PNG renderer rasterises.
 */
import { face, textPath } from '../font.ts';
import { shapePath, textLeft, type Layout, type QrItem, type Shape } from '../layout.ts';
import { QUIET_ZONE, qrPath } from '../qr.ts';

/**
 * The layout as an SVG document. `px` sizes the document in pixels (for rasterising at a known
 * dpi, avoiding sharp's double scaling of mm-sized SVGs); otherwise it is sized in mm.
 */
export function toSvg(l: Layout, px?: { width: number; height: number }): string {
  const b = l.bleed;
  const w = l.width + 2 * b;
  const h = l.height + 2 * b;
  const size = px ? `width="${px.width}" height="${px.height}"` : `width="${w}mm" height="${h}mm"`;
  const texts = l.texts.map((t) => textPath(face(t.weight), t.text, textLeft(t), t.y, t.size)).join('');
  const codes = l.codes
    .map((q) => {
      const o = QUIET_ZONE * q.module;
      return `<path transform="translate(${q.x + o} ${q.y + o}) scale(${q.module})" d="${qrPathOf(q)}"/>`;
    })
    .join('');
  const lines = l.lines.map((c) => `<line x1="${c.x1}" y1="${c.y1}" x2="${c.x2}" y2="${c.y2}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} viewBox="${-b} ${-b} ${w} ${h}">`,
    `<rect x="${-b}" y="${-b}" width="${w}" height="${h}" fill="#fff"/>`,
    (l.shapes ?? []).map(shapeSvg).join(''),
    `<g fill="#000">${texts}${codes}</g>`,
    lines ? `<g stroke="#000" stroke-width="0.2" stroke-dasharray="2 1.5">${lines}</g>` : '',
    '</svg>',
  ].join('');
}

const qrPathOf = (q: QrItem): string => qrPath(q.matrix);

/** One shape as an SVG element. */
function shapeSvg(s: Shape): string {
  if (s.kind === 'ring') return `<circle cx="${s.x}" cy="${s.y}" r="${s.r}" fill="none" stroke="#000" stroke-width="${s.width}"/>`;
  if (s.kind === 'fill') return `<path d="${shapePath(s.points, true)}" fill="#000"/>`;
  return `<path d="${shapePath(s.points, s.closed)}" fill="none" stroke="#000" stroke-width="${s.width}" stroke-linejoin="round"/>`;
}
