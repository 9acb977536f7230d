/**
 * Print measures in one place: paper sizes, millimetres to points and pixels, and the size of a
 * placed QR code. Layouts work in millimetres; renderers convert here.
 */
import { QUIET_ZONE, type QrMatrix } from './qr.ts';

/** Paper sizes in mm, portrait. */
export const PAPER = { A6: [105, 148], A5: [148, 210], A4: [210, 297], A3: [297, 420] } as const;

/** Bleed around the trim box when enabled, in mm (the usual print-shop value). */
export const BLEED_MM = 3;

/**
 * Room for crop marks outside the bleed, in mm: a bled PDF's MediaBox is the trim plus bleed plus
 * this on each side, and its marks run from 1 mm outside the bleed to 1 mm inside the media edge,
 * so a print shop that trims into the bleed never cuts into a mark.
 */
export const SLUG_MM = 7;

/** PDF points per mm. */
export const PT = 72 / 25.4;

/** Pixels per mm at `dpi`. */
export const pxPerMm = (dpi: number): number => dpi / 25.4;

/** Modules are whole multiples of 1/20 mm (0.05 mm), so print drivers render every module the same width. */
export const STEPS_PER_MM = 20;

/** Modules across a code with its quiet zone. */
export const modulesAcross = (matrix: QrMatrix): number => matrix.size + 2 * QUIET_ZONE;

/** Width in mm of a code with its quiet zone, at `module` mm a module. */
export const codeWidth = (matrix: QrMatrix, module: number): number => modulesAcross(matrix) * module;

/** Largest module (in whole 0.05 mm steps) at which the code with its quiet zone fits `room` mm. */
export const moduleFor = (matrix: QrMatrix, room: number): number =>
  Math.floor((room / modulesAcross(matrix)) * STEPS_PER_MM) / STEPS_PER_MM;
