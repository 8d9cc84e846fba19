/** Writes docs/flow.md: a Mermaid diagram of the compiled tree for reviewers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileOrThrow } from '../src/compiler/compile.ts';
import { renderFlowDiagram } from '../src/compiler/diagram.ts';

const file = path.resolve('docs/flow.md');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, renderFlowDiagram(compileOrThrow(path.resolve('content'))));
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
