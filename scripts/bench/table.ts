/** One row of the benchmark's table. */
export interface Row {
  measure: string;
  value: string;
  /** The budget as text, or '' for a figure without one. */
  budget: string;
  /** pass / over for a budget; `n/a` for a figure that could not be measured, '' for one without a budget. */
  result: 'pass' | 'over' | 'n/a' | '';
}

/** A row with a budget: pass when `ok`, over when not. */
export function judged(measure: string, value: string, budget: string, ok: boolean): Row {
  return { measure, value, budget, result: ok ? 'pass' : 'over' };
}

/** A row of a figure without a budget of its own. */
export function info(measure: string, value: string): Row {
  return { measure, value, budget: '', result: '' };
}

/** A row of a measure that could not run, saying why. */
export function skipped(measure: string, why: string, budget = ''): Row {
  return { measure, value: `not measured: ${why}`, budget, result: 'n/a' };
}

/** Escapes a cell for a Markdown table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The rows as a Markdown table, columns padded so it reads as well in a terminal as in the README. */
export function markdownTable(rows: readonly Row[]): string {
  const header = ['Measure', 'Value', 'Budget', 'Result'];
  const body = rows.map((r) => [r.measure, r.value, r.budget, r.result].map(cell));
  const widths = header.map((h, i) => Math.max(h.length, 3, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
