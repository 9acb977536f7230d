/**
 * The schema is the volunteers' reference (the README and the templates point to it): every field
 * a volunteer may write carries a JSDoc comment saying what it is, most with an example.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const FILES = [
  'schema.ts',
  'schema-fields.ts',
  'schema-homestay.ts',
  'schema-guide.ts',
  'site-schema.ts',
  'festival-schema.ts',
  'inscription-schema.ts',
  'narration-schema.ts',
].map((f) => resolve(import.meta.dirname, '../../../src/lib/content', f));

/** Fields of every `z.strictObject({ … })` in the schema file that have no `/** … *\/` comment. */
function undocumented(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const missing: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(source).endsWith('strictObject')) {
      const [shape] = node.arguments;
      const props = shape && ts.isObjectLiteralExpression(shape) ? shape.properties : [];
      for (const prop of props) {
        if (!ts.isPropertyAssignment(prop)) continue; // spreads (`...common`) are documented where they are defined
        const comments = ts.getLeadingCommentRanges(text, prop.getFullStart()) ?? [];
        const doc = comments.some((c) => text.slice(c.pos, c.end).startsWith('/**'));
        const line = source.getLineAndCharacterOfPosition(prop.getStart()).line + 1;
        if (!doc) missing.push(`${prop.name.getText(source)} (line ${line})`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
}

it.each(FILES)('documents every field volunteers may write in %s', (file) => {
  expect(undocumented(file)).toEqual([]);
});
