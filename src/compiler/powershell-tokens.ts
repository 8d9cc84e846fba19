/** A word, quoted string or operator of a PowerShell command, at its 0-based line and column. */
export type Token = {
  kind: 'word' | 'string' | 'op';
  value: string;
  line: number;
  column: number;
  head: boolean;
};

/**
 * Splits a PowerShell command into words, quoted strings and operators, marking the words that start a statement
 * or a pipeline segment (`head`). Hash-table keys (`@{ Name = ... }`) are not heads; script blocks' contents are.
 * Placeholders (`<...>`) are kept as one word.
 */
export function tokenize(source: string): Token[] {
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
