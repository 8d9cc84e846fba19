import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileContent } from '../../../src/compiler/compile.ts';
import { remedyLinks } from '../../../src/features/remedy/remedy-content.ts';
import { chooseState, statePath, symptomPath } from '../../../src/tree/paths.ts';
import { findQuestion, findSymptom, resolve } from '../../../src/tree/resolve.ts';
import type { Lang } from '../../../src/tree/lang.ts';
import type { Symptom, Tree } from '../../../src/tree/compiled.ts';
import type { FlowState } from '../../../src/tree/state.ts';

/**
 * What the tests expect, computed from the content the site was built from: the whole tree, compiled here in Node
 * with the same compiler the build uses (the browser gets it split into parts; the tests compare against the whole).
 */
function compileTree(): Tree {
  const result = compileContent(path.resolve('content'));
  if (!result.tree) throw new Error(`content does not compile: ${JSON.stringify(result.diagnostics)}`);
  return result.tree;
}

export const tree: Tree = compileTree();

/** A symptom by id, or a thrown error. */
export function symptomOf(id: string): Symptom {
  const symptom = findSymptom(tree, id);
  if (!symptom) throw new Error(`no symptom ${id}`);
  return symptom;
}

/** The first state of a symptom (its first question, or its remedy). */
export function firstState(symptom: string): FlowState {
  const state = resolve(tree, symptom, []);
  if (!state) throw new Error(`no symptom ${symptom}`);
  return state;
}

/** How a walk picks an option on each question page. */
export type Pick = 'first' | 'unsure';

/** The option a walk picks on a question: the first one, or "not sure" (always the last). */
function pickOption(state: FlowState & { kind: 'question' }, pick: Pick): string {
  const options = findQuestion(tree, state.question)?.options ?? [];
  const option = pick === 'first' ? options[0] : options.at(-1);
  if (!option || (pick === 'unsure' && !option.unsure))
    throw new Error(`${state.question}: no ${pick} option`);
  return option.id;
}

/** The states a walk passes through, from the symptom's first step to its remedy. */
export function walk(symptom: string, pick: Pick): FlowState[] {
  const states = [firstState(symptom)];
  for (let state = states[0]; state?.kind === 'question'; state = states.at(-1)) {
    states.push(chooseState(tree, state, pickOption(state, pick)));
    if (states.length > 10) throw new Error(`${symptom}: the walk does not end`);
  }
  return states;
}

/** The states from a symptom's first step through the given options, in order (a thrown error if one is not asked). */
export function walkThrough(symptom: string, options: readonly string[]): FlowState[] {
  const states = [firstState(symptom)];
  for (const option of options) {
    const last = states.at(-1) as FlowState;
    if (last.kind !== 'question') throw new Error(`${symptom}: the walk ended before ${option}`);
    states.push(chooseState(tree, last, option));
  }
  return states;
}

/** The path of a state in a language. */
export function pathOf(lang: Lang, state: FlowState): string {
  return statePath(tree, lang, state);
}

/** A symptom's first path. */
export function symptomPathOf(lang: Lang, symptom: string): string {
  return symptomPath(lang, symptom);
}

/** The links a remedy page lists, as [label, url]. */
export function expectedLinks(state: FlowState & { kind: 'remedy' }, lang: Lang): string[] {
  return remedyLinks(symptomOf(state.symptom), state, lang).map((l) => l.url);
}

/** Every page path in dist/sitemap.xml (the prerendered pages, 404.html aside), as a path of the site. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(path.resolve('dist', 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}

/** The prerendered HTML of a page path. */
export function distHtml(pagePath: string): string {
  return readFileSync(
    path.join(path.resolve('dist'), ...pagePath.split('/').filter(Boolean), 'index.html'),
    'utf8',
  );
}
