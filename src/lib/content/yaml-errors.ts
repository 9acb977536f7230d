/**
 * YAML a volunteer cannot see is wrong, told in words: the commonest slips (a quote or a bracket
 * never closed, a colon missing or one too many, a Tab, a field written twice) get their own names
 * and the line to change; anything else quotes the parser. Shared by `vi.md`/`en.md`, `site.yaml`
 * and `codes.yaml`.
 */
import type { LineCounter, YAMLError } from 'yaml';
import type { ProblemKey } from './problem-keys.ts';

type YamlKey = Extract<
  ProblemKey,
  'yaml' | 'unclosedQuote' | 'unclosedBracket' | 'yamlColon' | 'yamlNoColon' | 'yamlTab' | 'yamlIndent' | 'yamlDuplicate'
>;

/** A YAML problem: its name, its line (1-based, in the YAML text) and the values of its message. */
export interface YamlProblem {
  key: YamlKey;
  line: number;
  values: Record<string, string>;
}

/** The problem of the first error YAML reports in `yamlText`. */
export function yamlProblem(yamlText: string, error: YAMLError, counter: LineCounter): YamlProblem {
  const lines = yamlText.split('\n');
  // prettyErrors is off (its message quotes YAML jargon), so the line comes from the offset.
  const line = counter.linePos(error.pos[0]).line;
  const text = lines[line - 1] ?? '';
  const named = (key: YamlKey, values: Record<string, string> = {}, at = line): YamlProblem => ({ key, line: at, values });
  // YAML reports a quote or bracket left open where it gave up; the volunteer needs the line it opened on.
  const quote = error.code === 'MISSING_CHAR' ? unclosedQuoteLine(lines) : undefined;
  if (quote !== undefined) return named('unclosedQuote', {}, quote);
  const bracket = error.message.match(/end with an? ([\]}])/)?.[1];
  if (bracket) return named('unclosedBracket', { close: bracket }, openedLine(lines, line - 1, bracket === ']' ? '[' : '{') ?? line);
  if (error.code === 'TAB_AS_INDENT') return named('yamlTab');
  if (error.code === 'DUPLICATE_KEY') return named('yamlDuplicate', { name: fieldName(text) });
  const indented = /^(BAD_INDENT|BLOCK_AS_IMPLICIT_KEY)$/.test(error.code)
    ? strayIndent(lines, error.code === 'BAD_INDENT' ? line - 1 : line)
    : undefined;
  if (indented) return named('yamlIndent', { name: fieldName(lines[indented - 1]!) }, indented);
  const colon = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? text.match(/^(\s*(?:- )?[^\s:#"'][^:#]*):\s+([^"'].*:\s.*?)\s*$/) : null;
  if (colon) return named('yamlColon', { example: `${colon[1]!.trim()}: ${quoted(colon[2]!)}` });
  const words = /^(MULTILINE_IMPLICIT_KEY|MISSING_CHAR)$/.test(error.code) ? text.match(/^\s*(?:- )?([^\s:#"'{[]+) +([^:#]+)$/) : null;
  if (words) return named('yamlNoColon', { example: `${words[1]}: ${words[2]!.trim()}` });
  return named('yaml', { detail: error.message.split('\n')[0]! });
}

/** The field a line starts with (`title` for `  title: …`). */
const fieldName = (text: string): string => text.match(/^\s*(?:- )?([^:#]+):/)?.[1]?.trim() ?? '';

/**
 * The line (1-based) of a field pushed in by spaces under one that already has its value
 * (`  summary: …` under `title: Đền`), if `lines[index]` is one. YAML reports the line above it.
 */
function strayIndent(lines: string[], index: number): number | undefined {
  const [prev, text] = [lines[index - 1], lines[index]];
  if (prev === undefined || text === undefined || !/^\s+[^\s:#-][^:#]*:(\s|$)/.test(text)) return undefined;
  return text.search(/\S/) > prev.search(/\S/) && /:\s+\S/.test(prev) ? index + 1 : undefined;
}

/** A value in double quotes, or single quotes when it holds a double quote. */
const quoted = (value: string): string => (value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`);

/** First line (1-based) whose value opens a quote it never closes. */
function unclosedQuoteLine(lines: string[]): number | undefined {
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

/** The last line (1-based) up to `last` that opens more `open` brackets than it closes, outside quotes. */
function openedLine(lines: string[], last: number, open: '[' | '{'): number | undefined {
  const close = open === '[' ? ']' : '}';
  for (let i = Math.min(last, lines.length) - 1; i >= 0; i--) {
    const bare = lines[i]!.replace(/"[^"]*"|'[^']*'/g, '');
    if (bare.split(open).length > bare.split(close).length) return i + 1;
  }
  return undefined;
}
