/**
 * The text QR of a relic plaque: a second, smaller code holding the place's names and words as
 * plain UTF-8 text, which any phone camera shows with no network at all (HistoryPoints' idea).
 * Sized for arm's length and trimmed, by whole sentences, to the largest code the plaque has room for.
 */
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { leadSentences, sentences } from './plaque-text.ts';
import { QUIET_ZONE, type QrMatrix } from './qr.ts';
import { STEPS_PER_MM } from './units.ts';

/** Its label, one line per language: a visitor with no bars on the phone knows which code to try. */
export const TEXT_QR_LABEL = ['Không có mạng?', 'Quét mã này', 'No signal?', 'Scan this'] as const;

/** Arm's length: a phone held up to the plaque, about 25 cm from it. */
export const ARM_M = 0.25;

/**
 * Smallest module a phone reads at `distanceM`: its camera frame is ~1080 px across a ~50° field;
 * on slightly blurred, JPEG-compressed renders of a version-15 text QR, ZXing decodes from 2.5 px
 * a module and zbar from 2.8, so 3 px a module — 0.65 mm at 25 cm.
 */
export function armModuleMm(distanceM = ARM_M): number {
  const field = 2 * distanceM * 1000 * Math.tan((25 * Math.PI) / 180);
  return Math.ceil(((3 * field) / 1080) * STEPS_PER_MM) / STEPS_PER_MM;
}

/** Error correction of the text QR: M survives the dirt and wear of a plaque outdoors (15 %) at a third fewer modules than H. */
export const TEXT_QR_ECC = 'M';

/** What a text QR says: names and the plaque text in each language that has them. */
export interface TextQrWords {
  title: { vi: string; en?: string | undefined };
  text: { vi: string; en?: string | undefined };
}

/** The text of `w` with its first `nv` Vietnamese and `ne` English sentences. */
function compose(w: TextQrWords, nv: number, ne: number): string {
  const vi = [w.title.vi, leadSentences(w.text.vi, nv)].filter(Boolean).join('\n');
  const en = [w.title.en ?? '', ne ? leadSentences(w.text.en ?? '', ne) : ''].filter(Boolean).join('\n');
  return (en ? `${vi}\n\n${en}` : vi).normalize('NFC');
}

// qrcode's own capacity table (bytes a version holds in byte mode), rather than encoding to find out.
const core = (path: string) => createRequire(import.meta.url)(`qrcode/lib/core/${path}`);
const capacity: (version: number, level: unknown, mode: unknown) => number = core('version.js').getCapacity;
const BYTE_MODE: unknown = core('mode.js').BYTE;
const LEVEL: unknown = core('error-correction-level.js')[TEXT_QR_ECC];

/** Whether `text` fits a code of at most `version` at the text QR's error correction (as UTF-8 bytes). */
const fitsVersion = (text: string, version: number): boolean => Buffer.byteLength(text) <= capacity(version, LEVEL, BYTE_MODE);

/**
 * The words a text QR of at most `version` holds: everything when it fits, else whole sentences
 * dropped from the end of the longer language first; null when not even the names and one
 * Vietnamese sentence fit.
 */
export function textQrText(w: TextQrWords, version: number): string | null {
  let nv = sentences(w.text.vi).length;
  let ne = sentences(w.text.en ?? '').length;
  for (;;) {
    const text = compose(w, nv, ne);
    if (fitsVersion(text, version)) return text;
    const enLonger = Buffer.byteLength(leadSentences(w.text.en ?? '', ne)) >= Buffer.byteLength(leadSentences(w.text.vi, nv));
    if (ne > 0 && (enLonger || nv <= 1)) ne--;
    else if (nv > 1) nv--;
    else return null;
  }
}

/** A text QR laid out: its matrix, module size and the words it holds. */
export interface TextQr {
  matrix: QrMatrix;
  module: number;
  text: string;
}

/**
 * The matrix of `text` in one byte-mode segment of `version`, encoded only when first drawn: a
 * layout measured for the print page or `npm run check` never pays for encoding it.
 */
function lazyMatrix(text: string, version: number): QrMatrix {
  const size = 17 + 4 * version;
  let data: Uint8Array | undefined;
  const dark = (x: number, y: number): boolean => {
    data ??= QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: TEXT_QR_ECC, version }).modules
      .data;
    return data[y * size + x] === 1;
  };
  return { size, version, dark };
}

/** The text QR of `w` in at most `side` mm (quiet zone included), at arm's-length modules; null when too little fits. */
export function textQr(w: TextQrWords, side: number): TextQr | null {
  const module = armModuleMm();
  const maxSize = Math.floor(side / module) - 2 * QUIET_ZONE;
  const most = Math.min(40, Math.floor((maxSize - 17) / 4));
  if (most < 2) return null;
  const text = textQrText(w, most);
  if (!text) return null;
  let version = 1;
  while (!fitsVersion(text, version)) version++;
  return { matrix: lazyMatrix(text, version), module, text };
}
