import { isScalar, LineCounter, parseDocument, Scalar } from 'yaml';
import { z } from 'zod';
import { LANGS } from '../tree/types.ts';
import type { Check, Inline, Lang, Question } from '../tree/types.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import { httpsHost, plainText } from '../tree/inline.ts';
import { paragraphInline } from './markdown.ts';
import { id, loadYaml, perLang, text } from './rules.ts';
import type { RulesPath } from './rules.ts';
import { NO_PAGE_DATES } from './sources.ts';
import type { PageDates } from './sources.ts';

const date = (what: string) => z.iso.date({ message: `must be ${what}, as YYYY-MM-DD` });

/** The schema of `content/checks.yaml`: how to find the answer to each question. */
export const checksSchema = z.strictObject({
  checks: z.array(
    z.strictObject({
      question: id,
      checked: date('the date the check was compared with its sources'),
      sources: z
        .array(
          z.strictObject({
            url: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
            updated: date("the page's own date (its ms.date)").optional(),
          }),
        )
        .min(1, { message: 'name at least one source' }),
      where: perLang,
      commands: z.array(z.strictObject({ label: perLang, run: text })).default([]),
    }),
  ),
});

/** A problem inside a command, at a 0-based line and column of the command's text. */
export interface CommandProblem {
  line: number;
  column: number;
  message: string;
}

/** Cmdlets a check may run besides `Get-*`: the pipeline's shaping cmdlets and the Graph sign-in. */
const ALLOWED = new Set(
  [
    'Select-Object',
    'Where-Object',
    'Sort-Object',
    'Measure-Object',
    'Format-List',
    'Format-Table',
    'Format-Wide',
    'Connect-MgGraph',
    'Disconnect-MgGraph',
  ].map((name) => name.toLowerCase()),
);

/** Whether a cmdlet name only reads. */
function readOnlyCmdlet(name: string): boolean {
  return /^get-[a-z]/i.test(name) || ALLOWED.has(name.toLowerCase());
}

/** A Graph scope that only reads: `Resource.Read[.Qualifier]` or `Resource.ReadBasic[.Qualifier]`. */
const READ_SCOPE = /^[A-Za-z]+\.(?:Read|ReadBasic)(?:\.[A-Za-z]+)*$/;

const REFUSED =
  'a check may only read: use Get-* cmdlets, Invoke-MgGraphRequest -Method GET, Connect-MgGraph with read scopes, and Select-Object, Where-Object, Sort-Object, Measure-Object or Format-* in a pipeline';

type Token = { kind: 'word' | 'string' | 'op'; value: string; line: number; column: number; head: boolean };

/**
 * Splits a PowerShell command into words, quoted strings and operators, marking the words that start a statement
 * or a pipeline segment (`head`). Hash-table keys (`@{ Name = ... }`) are not heads; script blocks' contents are.
 * Placeholders (`<...>`) are kept as one word.
 */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // The stack of open brackets: '@{' hash table, '{' script block, '(' group or sub-expression.
  const stack: string[] = [];
  let line = 0;
  let lineStart = 0;
  let head = true;
  let continued = false;
  const inHash = () => stack.at(-1) === '@{';
  let i = 0;
  const push = (kind: Token['kind'], value: string, start: number) => {
    tokens.push({ kind, value, line, column: start - lineStart, head: head && kind === 'word' && !inHash() });
    head = false;
  };
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\n') {
      line += 1;
      lineStart = i + 1;
      i += 1;
      if (!continued && !inHash()) head = true;
      continued = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i += 1;
      continue;
    }
    continued = false;
    if (c === '#' && (i === 0 || /\s/.test(source[i - 1] as string))) {
      while (i < source.length && source[i] !== '\n') i += 1;
      continue;
    }
    if (c === '`') {
      continued = true;
      i += 1;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i;
      i += 1;
      while (i < source.length && source[i] !== c && source[i] !== '\n') i += 1;
      push('string', source.slice(start + 1, i), start);
      i += 1;
      continue;
    }
    if (c === '<') {
      const end = source.indexOf('>', i);
      const start = i;
      i = end === -1 || source.slice(i, end).includes('\n') ? i + 1 : end + 1;
      push(end === -1 ? 'op' : 'word', source.slice(start, i), start);
      continue;
    }
    if (c === '@' && (source[i + 1] === '{' || source[i + 1] === '(')) {
      push('op', `@${source[i + 1]}`, i);
      stack.push(`@${source[i + 1]}`);
      head = source[i + 1] === '(';
      i += 2;
      continue;
    }
    if (c === '$' && source[i + 1] === '(') {
      push('op', '$(', i);
      stack.push('(');
      head = true;
      i += 2;
      continue;
    }
    if (c === '{' || c === '(') {
      push('op', c, i);
      stack.push(c);
      head = true;
      i += 1;
      continue;
    }
    if (c === '}' || c === ')') {
      push('op', c, i);
      stack.pop();
      i += 1;
      continue;
    }
    if (c === '|' || c === ';') {
      push('op', c, i);
      // A line ending in a pipe goes on to the next line; a semicolon inside a hash table separates its keys.
      head = !inHash();
      if (c === '|') continued = true;
      i += 1;
      continue;
    }
    if (c === '>' || c === '&' || c === ',' || c === '=') {
      const wasHead = head;
      push('op', c, i);
      // After `$x =` a new command may start, as at the head of a statement.
      head =
        c === '=' &&
        !inHash() &&
        tokens.at(-2)?.value.startsWith('$') === true &&
        tokens.at(-2)?.head === true;
      if (c === ',') head = false;
      if (c === '&') head = wasHead;
      i += 1;
      continue;
    }
    const start = i;
    while (i < source.length && !/[\s'"|;(){}<>,=&`]/.test(source[i] as string)) i += 1;
    push('word', source.slice(start, i), start);
  }
  return tokens;
}

/** Text that looks like a real address or object id: it must be a placeholder in angle brackets. */
const REAL_VALUES = [
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, what: 'an email address or user name' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, what: 'an object id' },
];

/**
 * Why a command is not a safe, read-only check, problem by problem: a cmdlet other than Get-* and the pipeline's
 * shaping cmdlets, Connect-MgGraph without read-only scopes, a redirection or call operator, or a real-looking
 * user name or id where a placeholder (`<user@contoso.com>`) belongs.
 */
export function commandProblems(run: string): CommandProblem[] {
  const problems: CommandProblem[] = [];
  const at = (t: { line: number; column: number }, message: string) =>
    problems.push({ line: t.line, column: t.column, message });
  const tokens = tokenize(run);
  tokens.forEach((t, index) => {
    if (t.kind === 'op' && (t.value === '>' || t.value === '&')) {
      at(
        t,
        `"${t.value}" ${t.value === '>' ? 'writes output to a file' : 'runs a command by name'}: ${REFUSED}`,
      );
      return;
    }
    if (t.kind !== 'word') return;
    if (t.value.toLowerCase() === GRAPH_REQUEST) {
      checkGraphRequest(tokens, index, at);
      return;
    }
    if (/^[A-Za-z]+-[A-Za-z][A-Za-z0-9]*$/.test(t.value) && !readOnlyCmdlet(t.value)) {
      at(t, `"${t.value}" is not read-only: ${REFUSED}`);
      return;
    }
    if (t.head && !t.value.startsWith('$') && !readOnlyCmdlet(t.value)) {
      at(t, `"${t.value}" is not a read-only cmdlet (write cmdlets in full, not as aliases): ${REFUSED}`);
      return;
    }
    if (t.value.toLowerCase() === 'connect-mggraph') checkScopes(tokens, index, at);
  });
  const lines = run.split('\n');
  lines.forEach((text, line) => {
    const masked = text.replace(/<[^<>\n]*>/g, (m) => ' '.repeat(m.length));
    for (const { pattern, what } of REAL_VALUES) {
      for (const match of masked.matchAll(pattern)) {
        at(
          { line, column: match.index },
          `"${match[0]}" looks like ${what}: write a placeholder in angle brackets instead, such as <user@contoso.com> or <object-id>`,
        );
      }
    }
    for (const match of text.matchAll(/<\s*>/g)) {
      at({ line, column: match.index }, 'an empty placeholder: say what goes there, e.g. <user@contoso.com>');
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Microsoft Graph PowerShell's raw request, read-only only as a GET (Microsoft documents some reads only so). */
const GRAPH_REQUEST = 'invoke-mggraphrequest';

/** Parameters of Invoke-MgGraphRequest that send or write data, refused even on a GET. */
const GRAPH_REQUEST_WRITES = ['-body', '-inputfilepath', '-outputfilepath'];

/**
 * Checks an Invoke-MgGraphRequest at `index`: it must say `-Method GET` (its method otherwise depends on a default
 * or a variable) and send no body or file, so it only reads.
 */
function checkGraphRequest(tokens: Token[], index: number, at: (t: Token, message: string) => void): void {
  const request = tokens[index] as Token;
  let method: Token | undefined;
  for (let i = index + 1; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    if (t.head || (t.kind === 'op' && ['|', ';', ')'].includes(t.value))) break;
    const name = t.kind === 'word' ? t.value.toLowerCase() : '';
    if (name === '-method') method = tokens[i + 1];
    if (GRAPH_REQUEST_WRITES.includes(name))
      at(t, `Invoke-MgGraphRequest with "${t.value}" sends or writes data: ${REFUSED}`);
  }
  if (!method || method.kind === 'op' || method.value.toUpperCase() !== 'GET')
    at(
      method ?? request,
      'Invoke-MgGraphRequest must say -Method GET: a check may only read (write the method out, not as a variable)',
    );
}

/** Checks the `-Scopes` of a Connect-MgGraph at `index`: present, and each scope read-only. */
function checkScopes(tokens: Token[], index: number, at: (t: Token, message: string) => void): void {
  const connect = tokens[index] as Token;
  let i = index + 1;
  while (i < tokens.length && !(tokens[i]?.kind === 'op' && ['|', ';'].includes(tokens[i]?.value ?? ''))) {
    if ((tokens[i] as Token).head) break;
    if (/^-scopes$/i.test(tokens[i]?.value ?? '')) break;
    i += 1;
  }
  if (!/^-scopes$/i.test(tokens[i]?.value ?? '')) {
    at(
      connect,
      'Connect-MgGraph needs -Scopes with the least read scopes the command uses, e.g. "User.Read.All"',
    );
    return;
  }
  i += 1;
  let scopes = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind === 'op' && t.value === ',') {
      i += 1;
      continue;
    }
    if (t.kind === 'op' || t.head || t.value.startsWith('-')) break;
    for (const scope of t.value.split(',').map((s) => s.trim())) {
      if (scope === '') continue;
      scopes += 1;
      if (!READ_SCOPE.test(scope)) {
        at(
          t,
          `scope "${scope}" is not read-only: ask for the least scope that reads, such as "User.Read.All" or "RoleManagement.Read.Directory"`,
        );
      }
    }
    i += 1;
  }
  if (scopes === 0)
    at(connect, 'Connect-MgGraph -Scopes names no scope: list the read scopes the command uses');
}

/** Where each line of a YAML scalar starts in its file: literal blocks and one-line scalars map exactly. */
function commandPlaces(node: unknown, lines: LineCounter, source: string, fallback: Place) {
  return (line: number, column: number): Place => {
    if (!isScalar(node) || !node.range) return fallback;
    const start = lines.linePos(node.range[0]);
    if (node.type === Scalar.BLOCK_LITERAL) {
      const value = String(node.value).split('\n')[line] ?? '';
      const sourceLine = source.split('\n')[start.line + line] ?? '';
      return {
        file: fallback.file,
        line: start.line + 1 + line,
        column: sourceLine.length - value.length + column + 1,
      };
    }
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
    if (line === 0 && !String(node.value).includes('\n'))
      return { file: fallback.file, line: start.line, column: start.col + quoted + column };
    return fallback;
  };
}

/** Splits prose into sentences, folded for comparison (case, spaces and punctuation ignored). */
function sentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?:])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter((s) => s.length >= 30);
}

/** The checks by question id, as loaded; undefined when the file could not be read. */
export type LoadedChecks = Map<string, Check> | undefined;

/**
 * Loads and validates `content/checks.yaml`: known question ids (when `questions` is given), one check per
 * question and one for each, sources on the link allow-list, read-only commands with obvious placeholders (each
 * problem at its own line inside the command), and no sentence copied from one question's check to another's.
 */
export function loadChecks(
  source: string,
  file: string,
  questions: readonly string[] | undefined,
  d: Diagnostics,
  pages: PageDates = NO_PAGE_DATES,
): LoadedChecks {
  const loaded = loadYaml(source, file, checksSchema, d);
  if (!loaded.value) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const at = (...path: RulesPath) => loaded.placeOf(['checks', ...path]);
  const checks = new Map<string, Check>();
  const seen = new Map<string, string>();

  loaded.value.checks.forEach((entry, ci) => {
    if (questions && !questions.includes(entry.question)) {
      d.add(
        at(ci, 'question'),
        `unknown question "${entry.question}": wizard.yaml defines ${questions.join(', ') || 'no questions'}`,
      );
    }
    if (checks.has(entry.question)) {
      d.add(at(ci, 'question'), `question "${entry.question}" has two checks: keep one`);
    }
    entry.sources.forEach((s, si) => {
      const problem = linkProblem(s.url);
      if (problem) d.add(at(ci, 'sources', si, 'url'), problem);
    });
    entry.commands.forEach((command, ki) => {
      const node = doc.getIn(['checks', ci, 'commands', ki, 'run'], true);
      const place = commandPlaces(node, lines, source, at(ci, 'commands', ki, 'run'));
      for (const p of commandProblems(command.run)) d.add(place(p.line, p.column), p.message);
    });
    const where = {} as Record<Lang, Inline[]>;
    for (const lang of LANGS) {
      where[lang] = whereInline(entry.where[lang], at(ci, 'where', lang), d);
      const prose = [
        { text: plainText(where[lang]), path: ['where', lang] },
        ...entry.commands.map((c, ki) => ({ text: c.label[lang], path: ['commands', ki, 'label', lang] })),
      ];
      for (const part of prose) {
        for (const sentence of sentences(part.text)) {
          const key = `${lang} ${sentence}`;
          const first = seen.get(key);
          if (first !== undefined && first !== entry.question) {
            d.add(
              at(ci, ...part.path),
              `the check of "${entry.question}" repeats a sentence of the check of "${first}" ("${sentence}"): say what is true of this question in its own words`,
            );
          } else seen.set(key, entry.question);
        }
      }
    }
    checks.set(entry.question, {
      checked: entry.checked,
      sources: entry.sources.map((s) => {
        const updated = s.updated ?? pages.of(s.url);
        return { url: s.url, host: httpsHost(s.url) ?? '', ...(updated ? { updated } : {}) };
      }),
      where,
      commands: entry.commands.map((c) => ({ label: c.label, run: c.run.trimEnd() })),
    });
  });
  for (const question of questions ?? []) {
    if (!checks.has(question)) {
      d.add(
        loaded.placeOf(['checks']),
        `question "${question}" has no check: add one saying where an admin who is not sure can look`,
      );
    }
  }
  return checks;
}

/** Parses a check's `where` Markdown into one paragraph of inline content. */
function whereInline(markdown: string, place: Place, d: Diagnostics): Inline[] {
  return paragraphInline(markdown, place, d, {
    refused: (type) => `${type} is not supported here; write one paragraph of text, **bold** and links`,
    prefix: 'in this text: ',
  });
}

/** The questions with their checks attached (a question without a check is left as it is). */
export function withChecks(questions: readonly Question[], checks: LoadedChecks): Question[] {
  return questions.map((q) => {
    const check = checks?.get(q.id);
    return check ? { ...q, check } : q;
  });
}
