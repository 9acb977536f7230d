/**
 * Layout → PNG at a given dpi: the picture to share (`PNG_DPI`) and the posters' previews. The
 * SVG is sized in pixels (sizing it in mm and passing `density` would scale twice) and the PNG, in
 * four grey levels (`greyPng`), carries its dpi in metadata.
 */
import sharp from 'sharp';
import type { Layout } from '../layout.ts';
import { greyPng } from './grey-png.ts';
import { toSvg } from './svg.ts';
import { pxPerMm } from '../units.ts';

/** The trimmed layout (no bleed: a picture, not a print master) as a PNG. */
export async function toPng(l: Layout, dpi: number): Promise<Uint8Array> {
  const trim = { ...l, bleed: 0 };
  const px = { width: Math.round(l.width * pxPerMm(dpi)), height: Math.round(l.height * pxPerMm(dpi)) };
  // Rasterised as RGB(A): libvips' greyscale conversion alone took longer than the rasterising.
  const { data, info } = await sharp(Buffer.from(toSvg(trim, px)))
    .raw()
    .toBuffer({ resolveWithObject: true });
  return greyPng({ data, width: info.width, height: info.height, channels: info.channels }, dpi);
}

/**
 * Resolution of the shared PNG: 150 dpi makes an A5 plaque 874 × 1240 px, sharper than any phone
 * screen it is sent to over Zalo, at a quarter of the pixels (and time) of 300 dpi. Print shops
 * get the PDF, the print master; sign makers the SVG.
 */
export const PNG_DPI = 150;

/** Resolution of the print page's previews: ~280 px wide for A5, sharp at 140 CSS px on a phone, a few KB. */
export const PREVIEW_DPI = 48;
