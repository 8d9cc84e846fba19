import { findSymptom, resolve } from './resolve.ts';
import { LANGS } from './lang.ts';
import type { Lang } from './lang.ts';
import type { Tree } from './compiled.ts';
import type { ErrorCode } from './reference.ts';
import type { Answer, FlowState, Place } from './state.ts';

/** The one place that builds the app's URLs. Every path starts and ends with a slash. */

/** The path the static not-found page is rendered for: no page's path, so a host serves it for any unknown URL. */
export const NOT_FOUND_FILE = '/404.html';

/**
 * The not-found page of one language (`/en/404.html`), for hosts that serve the 404 page nearest to the requested
 * URL (the local server, Cloudflare Pages): an unknown `/en/...` URL then reads English even without JavaScript.
 */
export function notFoundFile(lang: Lang): string {
  return `/${lang}${NOT_FOUND_FILE}`;
}

/** Reserved first segment after the language for the "about this guide" page; no symptom may use it. */
export const ABOUT_SEGMENT = 'about';

/** Reserved first segment after the language for the error-code pages; no symptom may use it. */
export const CODES_SEGMENT = 'codes';

/**
 * Every reserved first segment after the language, with the page it is the URL of: the compiler refuses a symptom
 * id among them, and the authoring guide lists them (a test holds the guide to this list).
 */
export const RESERVED_SEGMENTS: Readonly<Record<string, string>> = {
  [ABOUT_SEGMENT]: 'the about page',
  [CODES_SEGMENT]: 'the error-code pages',
};

/** Whether a string is one of the app's languages. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The start page of a language: "what do you see?". */
export function startPath(lang: Lang): string {
  return `/${lang}/`;
}

/** The about page of a language. */
export function aboutPath(lang: Lang): string {
  return `/${lang}/${ABOUT_SEGMENT}/`;
}

/** The list of error codes and messages of a language. */
export function codesPath(lang: Lang): string {
  return `/${lang}/${CODES_SEGMENT}/`;
}

/** One error code's page. */
export function codePath(lang: Lang, code: string): string {
  return `/${lang}/${CODES_SEGMENT}/${code}/`;
}

/** A symptom's first step. */
export function symptomPath(lang: Lang, symptom: string): string {
  return `/${lang}/${symptom}/`;
}

/** The path of a flow state: its answers and any pending answers as question/option pairs, in the rules' order. */
export function statePath(tree: Tree, lang: Lang, state: FlowState): string {
  const given = state.kind === 'question' ? [...state.answers, ...state.pending] : state.answers;
  return answersPath(tree, lang, state.symptom, given);
}

/** The path for a symptom and a set of answers, pairs sorted into the rules' ask order. */
function answersPath(tree: Tree, lang: Lang, symptom: string, answers: readonly Answer[]): string {
  const order = findSymptom(tree, symptom)?.ask.map((s) => s.question) ?? [];
  const sorted = [...answers].sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question));
  return symptomPath(lang, symptom) + sorted.map((a) => `${a.question}/${a.option}/`).join('');
}

/** The flow state an error code leads to: its symptom with the code's answers replayed (see resolve). */
export function codeState(tree: Tree, code: ErrorCode): FlowState | undefined {
  return code.symptom === undefined ? undefined : resolve(tree, code.symptom, code.answers);
}

/** The state reached by choosing an option on a question page (later answers kept from a Change replay). */
export function chooseState(tree: Tree, state: FlowState & { kind: 'question' }, option: string): FlowState {
  const given = [...state.answers, { question: state.question, option }, ...state.pending];
  // resolve() only returns undefined for an unknown symptom, and this state came from the same tree.
  return resolve(tree, state.symptom, given) as FlowState;
}

/** The state a Change link of a remedy (or question) page leads to: that question asked again, the others kept. */
export function changeState(tree: Tree, state: FlowState, question: string): FlowState {
  const given = (state.kind === 'question' ? [...state.answers, ...state.pending] : state.answers).filter(
    (a) => a.question !== question,
  );
  return resolve(tree, state.symptom, given) as FlowState;
}

/** The step before this one: the last answer taken back (pending answers are not carried back). */
export function backState(tree: Tree, state: FlowState): FlowState | undefined {
  if (state.answers.length === 0) return undefined;
  return resolve(tree, state.symptom, state.answers.slice(0, -1)) as FlowState;
}

/** The canonical path of a place (the not-found page has none of its own: it keeps the requested URL). */
export function placePath(tree: Tree, place: Place): string | undefined {
  switch (place.kind) {
    case 'start':
      return startPath(place.lang);
    case 'about':
      return aboutPath(place.lang);
    case 'codes':
      return codesPath(place.lang);
    case 'code':
      return codePath(place.lang, place.code);
    case 'flow':
      return statePath(tree, place.lang, place.state);
    case 'not-found':
      return undefined;
  }
}

/** The same place in another language (the start page of that language for a not-found page). */
export function switchLanguagePath(tree: Tree, place: Place, lang: Lang): string {
  return placePath(tree, { ...place, lang }) ?? startPath(lang);
}

/** Splits a path into decoded segments, or undefined when its percent-encoding is broken. */
function segments(pathname: string): string[] | undefined {
  const parts: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    try {
      parts.push(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
  }
  return parts;
}

/**
 * What a URL path stands for. Never throws. An unknown language or symptom is "not found" (naming the symptom's
 * language where it can tell); anything after a known symptom is replayed as question/option pairs into the
 * nearest valid state: unknown pairs, repeats and a trailing half pair are dropped.
 */
export function parsePath(tree: Tree, pathname: string): Place {
  const parts = segments(pathname);
  // With broken percent-encoding further on, the raw first segment still tells the language of the not-found page.
  const first = parts?.[0] ?? pathname.split('/').find(Boolean);
  const lang: Lang = first !== undefined && isLang(first) ? first : LANGS[0];
  if (!parts || first === undefined || !isLang(first)) return { kind: 'not-found', lang };
  const [, symptom, ...rest] = parts;
  if (symptom === undefined) return { kind: 'start', lang };
  if (symptom === ABOUT_SEGMENT)
    return rest.length === 0 ? { kind: 'about', lang } : { kind: 'not-found', lang };
  if (symptom === CODES_SEGMENT) {
    if (rest.length === 0) return { kind: 'codes', lang };
    const [code, ...more] = rest;
    return more.length === 0 && code !== undefined && tree.codeIds.includes(code)
      ? { kind: 'code', lang, code: code as string }
      : { kind: 'not-found', lang };
  }
  const given: Answer[] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const question = rest[i] as string;
    if (!given.some((a) => a.question === question)) given.push({ question, option: rest[i + 1] as string });
  }
  const state = resolve(tree, symptom, given);
  return state ? { kind: 'flow', lang, state } : { kind: 'not-found', lang };
}

/** For a not-found path: the symptom its second segment names, whatever the first (a mistyped language) says. */
export function symptomOfPath(tree: Tree, pathname: string): string | undefined {
  const parts = segments(pathname) ?? pathname.split('/').filter(Boolean);
  const symptom = parts[1];
  return symptom !== undefined && findSymptom(tree, symptom) ? symptom : undefined;
}
