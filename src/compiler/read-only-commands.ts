import { tokenize } from './powershell-tokens.ts';
import type { Token } from './powershell-tokens.ts';

/** Whether a check's PowerShell command only reads: what it runs, the scopes it asks for, the values it names. */

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

/** Cmdlets that read but appear only in Microsoft's retired pages: a check must not present them as current. */
const RETIRED = new Map([
  [
    'get-adsyncaadpasswordresetconfiguration',
    'the On-premises integration page and events 31015/31019 on the Entra Connect server show whether writeback is on',
  ],
]);

/** A Graph scope that only reads: `Resource.Read[.Qualifier]` or `Resource.ReadBasic[.Qualifier]`. */
export const READ_SCOPE = /^[A-Za-z]+\.(?:Read|ReadBasic)(?:\.[A-Za-z]+)*$/;

const REFUSED =
  'a check may only read: use Get-* cmdlets, Invoke-MgGraphRequest -Method GET, Connect-MgGraph with read scopes, and Select-Object, Where-Object, Sort-Object, Measure-Object or Format-* in a pipeline';

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
    const retired = RETIRED.get(t.value.toLowerCase());
    if (retired) {
      at(t, `"${t.value}" appears only in Microsoft's retired pages: ${retired}`);
      return;
    }
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

/** Whether a cmdlet talks to Microsoft Graph (and so needs `Connect-MgGraph` first). */
const isGraphCmdlet = (name: string) => /^(?:get-mg|invoke-mggraphrequest$)/i.test(name);

/**
 * A command that runs a Graph cmdlet must start with `Connect-MgGraph -Scopes ...`, so the admin who pastes it is
 * asked for the read scopes it needs rather than meeting an error (the event log is read on the server instead).
 */
export function signInProblem(run: string): CommandProblem | undefined {
  const tokens = tokenize(run);
  const first = tokens.find((t) => t.kind === 'word' && t.head);
  const graph = tokens.find((t) => t.kind === 'word' && isGraphCmdlet(t.value));
  if (!graph || first?.value.toLowerCase() === 'connect-mggraph') return undefined;
  return {
    line: graph.line,
    column: graph.column,
    message: `"${graph.value}" reads Microsoft Graph: start the command with Connect-MgGraph -Scopes and the least read scopes it needs`,
  };
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
