/**
 * What a print shop's preflight looks for beyond the page (PDF/X-4 style): a CMYK output intent
 * with its ICC profile, the PDF/X version in the document info and in XMP metadata, `Trapped`,
 * a file ID and a PDF 1.6 header. The content is DeviceCMYK 100 % K, so the characterised
 * condition hardly changes how it prints; it tells the press what the file was made for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * The printing condition. No registered condition (FOGRA39, CGATS TR 001…) has a profile on npm
 * under a licence we could check, so the intent names its own: `Custom`, described by a compact
 * copy of the public-domain CMYK printer profile inside sharp's libvips ("Chemical proof", Argyll
 * CMS), an ICC v2 output (`prtr`) profile as PDF/X-4 asks, kept in `../assets/` and made by
 * `compactOutputProfile` (`./icc.ts`). No RegistryName: the condition is in no registry.
 */
export const OUTPUT_CONDITION = {
  id: 'Custom',
  name: 'Chemical proof — Argyll CMS generic CMYK, public domain',
  info: 'Chemical proof — Argyll CMS generic CMYK printer profile (Graeme W. Gill, public domain), compacted by Làng Số',
  profile: '../assets/chemical-proof.icc',
} as const;

let icc: Uint8Array | undefined;
/** The output profile's bytes, read once from the print room's assets (never downloaded). */
export const outputProfile = (): Uint8Array => (icc ??= new Uint8Array(readFileSync(new URL(OUTPUT_CONDITION.profile, import.meta.url))));
let deflated: Uint8Array | undefined;
/**
 * The profile as it goes into every PDF, compressed once per process: zlib at level 9 (1 KB smaller
 * than pdf-lib's own deflate for this incompressible-ish table data) took a third of a plaque's PDF.
 */
const deflatedProfile = (): Uint8Array => (deflated ??= deflateSync(outputProfile(), { level: 9 }));

/** Marks `doc` as made for print: info, XMP, output intent and ID. Call once, before saving. */
export function markForPrint(doc: PDFDocument, title: string): void {
  const now = new Date();
  doc.setTitle(title);
  doc.setCreator('Làng Số');
  doc.setProducer('Làng Số (pdf-lib)');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const { context, catalog } = doc;
  const info = context.lookup(context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('GTS_PDFXVersion'), PDFString.of('PDF/X-4'));
  info.set(PDFName.of('Trapped'), PDFName.of('False'));
  const profile = context.register(context.stream(deflatedProfile(), { N: 4, Filter: 'FlateDecode' }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION.id),
    OutputCondition: PDFHexString.fromText(OUTPUT_CONDITION.name), // text strings: UTF-16 for the dash and "Số"
    Info: PDFHexString.fromText(OUTPUT_CONDITION.info),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([intent]));
  const id = createHash('md5').update(`${title}\n${now.toISOString()}\n${doc.getPageCount()}`).digest('hex');
  catalog.set(
    PDFName.of('Metadata'),
    context.register(context.stream(new TextEncoder().encode(xmp(title, now, id)), { Type: 'Metadata', Subtype: 'XML' })),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}

/**
 * The saved bytes with a PDF 1.6 header: PDF/X-4 is built on PDF 1.6 and nothing here uses a later
 * feature, but pdf-lib always writes `%PDF-1.7`. Same length, so no offset moves.
 */
export function asPdf16(bytes: Uint8Array): Uint8Array {
  const head = new TextDecoder().decode(bytes.subarray(0, 8));
  if (head === '%PDF-1.7') bytes[7] = '6'.charCodeAt(0);
  return bytes;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** XMP packet matching the document info (PDF/X asks both to agree). */
function xmp(title: string, date: Date, id: string): string {
  const d = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const uuid = `uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(title)}</rdf:li></rdf:Alt></dc:title>
<xmp:CreateDate>${d}</xmp:CreateDate><xmp:ModifyDate>${d}</xmp:ModifyDate><xmp:MetadataDate>${d}</xmp:MetadataDate>
<xmp:CreatorTool>Làng Số</xmp:CreatorTool><pdf:Producer>Làng Số (pdf-lib)</pdf:Producer><pdf:Trapped>False</pdf:Trapped>
<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
<xmpMM:DocumentID>${uuid}</xmpMM:DocumentID><xmpMM:InstanceID>${uuid}</xmpMM:InstanceID><xmpMM:VersionID>1</xmpMM:VersionID>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>`;
}
