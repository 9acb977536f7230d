/**
 * The hints the web editor shows under each field come from the same place as the comments a
 * volunteer reads in a file made by `npm run new`: the templates in `templates/`. One text, two
 * interfaces — a hint changed in a template changes in the editor at the next build.
 */

/**
 * Comment lines that only make sense in a text editor (how to uncomment a line, placeholders,
 * commands): a form has no `#` to remove.
 */
const TEXT_EDITOR_ONLY = /\[\[|npm run|\{\{|^[A-Za-z]+:|^-\s/;

/** `key:` at the start of a line, or `# key:` (a field the template leaves commented out). */
const KEY_LINE = /^(?:# ?)?([a-zA-Z][\w]*):(?:\s|$)/;

/**
 * The Vietnamese hint of each top-level field of a template: the comment block right above the
 * field's line, without the lines about editing text files.
 * @example templateHints('# Tên di tích.\ntitle: x') // { title: 'Tên di tích.' }
 */
export function templateHints(template: string): Record<string, string> {
  const front = template.split(/^---$/m)[1] ?? '';
  const hints: Record<string, string> = {};
  let block: string[] = [];
  for (const raw of front.split('\n')) {
    const line = raw.trimEnd();
    const key = line.match(KEY_LINE)?.[1];
    if (key && !line.startsWith('#  ')) {
      const hint = cleanBlock(block);
      if (hint && !(key in hints)) hints[key] = hint;
      block = [];
    } else if (line.startsWith('#')) block.push(line.replace(/^#\s?/, ''));
    else if (!line.trim()) block = [];
  }
  return hints;
}

/** The block's lines a form user can act on, joined as one paragraph. */
function cleanBlock(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .filter((l) => l && !TEXT_EDITOR_ONLY.test(l))
    .join(' ')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !TEXT_EDITOR_SENTENCE.test(sentence))
    .join(' ')
    .replace(/[:,;]$/, '.')
    .trim();
}

/** Sentences about typing YAML (quotes, `true`/`false`), which a form does for the volunteer. */
const TEXT_EDITOR_SENTENCE = /ngoặc kép|true \(có\)|cùng thư mục|dấu #|[Xx]oá dòng|Chọn một mã trong danh sách|^Mỗi dòng/;
