/**
 * Splits a Markdown file into YAML frontmatter and body, keeping line numbers so that a problem
 * can point at the line a volunteer must change.
 */
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { cleanText } from './text.ts';

/** Line (1-based, in the whole file) of a field path; `undefined` when unknown. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  /** Line (1-based, in the whole file) where the Markdown body starts. */
  bodyLine: number;
  /** Line of a field path, or of its nearest parent that exists. */
  lineOf: LineOf;
}

export class FrontmatterError extends Error {
  readonly key: 'noFrontmatter' | 'yaml' | 'unclosedQuote';
  readonly line: number | undefined;
  readonly detail: string;
  constructor(key: FrontmatterError['key'], line: number | undefined, detail = '') {
    super(detail || key);
    this.key = key;
    this.line = line;
    this.detail = detail;
  }
}

const FENCE = /^---[ \t]*$/m;

/** Parses `---\nyaml\n---\nbody`. Text is cleaned first (BOM, CRLF, NFC). Throws {@link FrontmatterError}. */
export function parseFrontmatter(raw: string): ParsedFile {
  const text = cleanText(raw);
  if (!text.startsWith('---')) throw new FrontmatterError('noFrontmatter', 1);
  const rest = text.slice(text.indexOf('\n') + 1);
  const end = rest.match(FENCE);
  if (!end || end.index === undefined) throw new FrontmatterError('noFrontmatter', 1);
  const yamlText = rest.slice(0, end.index);
  const afterFence = rest.slice(end.index + end[0].length);
  const body = afterFence.replace(/^\n/, '');
  const bodyLine = lineCount(text.slice(0, text.length - body.length)) + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // YAML reports an unclosed quote where the header ends; the volunteer needs the line it opened on.
    const opened = first.code === 'MISSING_CHAR' ? unclosedQuoteLine(yamlText) : undefined;
    if (opened !== undefined) throw new FrontmatterError('unclosedQuote', opened + 1);
    // prettyErrors is off (its message quotes YAML jargon), so the line comes from the offset.
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    // +1: the YAML starts on the file's second line, after the opening ---.
    throw new FrontmatterError('yaml', line + 1, first.message.split('\n')[0]);
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontmatterError('yaml', 2, 'not a map');
  return { data, body, bodyLine, lineOf: (path) => lineOf(doc, lineCounter, path) };
}

/** First line (1-based, in the YAML) whose value opens a quote it never closes. */
function unclosedQuoteLine(yamlText: string): number | undefined {
  const lines = yamlText.split('\n');
  const index = lines.findIndex((line) => {
    const m = line.match(/^[^#]*?(?::|^\s*-)\s+(["'])(.*)$/);
    if (!m) return false;
    const [, quote, rest] = m;
    // A doubled '' or an escaped \" does not close the quote.
    const closing = quote === '"' ? /(^|[^\\])"/ : /(^|[^'])'(?!')/;
    return !closing.test(rest!);
  });
  return index < 0 ? undefined : index + 1;
}

const lineCount = (text: string): number => (text.match(/\n/g) ?? []).length;

/**
 * Line (1-based) of a field path in a parsed YAML document; `linesBefore` is how many lines of the
 * file come before the YAML (1 for frontmatter, after its opening `---`).
 */
export function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], linesBefore = 1): number | undefined {
  // Walk down as far as the path exists, so a missing field points at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth) as (string | number)[];
    const node = depth === 0 ? doc.contents : doc.getIn(sub, true);
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      // Point at the key's line for maps (the value of a map starts on the next line).
      const pair = depth > 0 ? findPair(doc, sub) : undefined;
      const offset = pair ?? (node.range as [number, number, number])[0];
      return counter.linePos(offset).line + linesBefore;
    }
  }
  return undefined;
}

function findPair(doc: Document, path: (string | number)[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
  const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
