/** Compiles the real content and prints a summary, or every problem as `file:line:col: message`. */
import path from 'node:path';
import { compileContent } from '../src/compiler/compile.ts';
import { formatDiagnostic } from '../src/compiler/diagnostics.ts';
import { enumerateStates } from '../src/tree/enumerate.ts';
import { LANGS } from '../src/tree/types.ts';
import type { Inline } from '../src/tree/types.ts';

const started = performance.now();
const result = compileContent(path.resolve('content'));
const ms = performance.now() - started;
if (!result.tree) {
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  console.error(`\ncontent:check failed: ${result.diagnostics.length} problem(s).`);
  process.exit(1);
}
const tree = result.tree;
const countLinks = (nodes: Inline[]): number =>
  nodes.reduce(
    (n, node) => n + (node.type === 'link' ? 1 : 0) + ('children' in node ? countLinks(node.children) : 0),
    0,
  );
const states = enumerateStates(tree);
console.log(`Content compiled in ${ms.toFixed(0)} ms.`);
console.log(`symptoms: ${tree.symptoms.length}`);
console.log(`questions: ${tree.questions.length} (${tree.questions.map((q) => q.id).join(', ')})`);
console.log(`remedy items: ${tree.symptoms.reduce((n, s) => n + s.items.length, 0)}`);
console.log(`notes: ${tree.symptoms.reduce((n, s) => n + s.notes.length, 0)}`);
console.log(`corrections of the Norwegian text: ${tree.corrections.length}`);
for (const lang of LANGS) {
  const links = tree.symptoms.reduce(
    (n, s) => n + s.items.reduce((m, i) => m + countLinks(i.content[lang]), 0),
    0,
  );
  console.log(
    `${lang}: ${tree.symptoms.length} symptoms, ${links} article links, ${states.length} reachable states`,
  );
}
for (const s of tree.symptoms) {
  const own = states.filter((st) => st.symptom === s.id);
  console.log(
    `  ${s.id}: asks ${s.ask.map((a) => a.question).join(', ') || 'nothing'}; ${own.filter((st) => st.kind === 'remedy').length} remedies, ${own.length} states`,
  );
}
