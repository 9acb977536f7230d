/**
 * Splits a Markdown file into YAML frontmatter and body, keeping line numbers so that a problem
 * can point at the line a volunteer must change.
 */
import { LineCounter, parseDocument, isMap, type Document } from 'yaml';
import { cleanText } from './text.ts';
import { yamlProblem, type YamlProblem } from './yaml-errors.ts';

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

/** A file whose frontmatter cannot be read: the problem's name, its line and the values of its message. */
export class FrontmatterError extends Error {
  readonly key: YamlProblem['key'] | 'noFrontmatter';
  readonly line: number | undefined;
  readonly values: Record<string, string>;
  constructor(key: FrontmatterError['key'], line: number | undefined, values: Record<string, string> = {}) {
    super(key);
    this.key = key;
    this.line = line;
    this.values = values;
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
    const { key, line, values } = yamlProblem(yamlText, first, lineCounter);
    // +1: the YAML starts on the file's second line, after the opening ---.
    throw new FrontmatterError(key, line + 1, values);
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontmatterError('yaml', 2, { detail: 'not a map' });
  return { data, body, bodyLine, lineOf: (path) => lineOf(doc, lineCounter, path) };
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
