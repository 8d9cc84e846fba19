/** A problem found in the content, with the place it was found (1-based line and column). */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A place in a content file. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/** Formats a diagnostic the way editors and terminals link it: `file:line:col: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/** Collects diagnostics so that one run reports every problem, not just the first. */
export class Diagnostics {
  readonly list: Diagnostic[] = [];

  /** Records a problem at a place. */
  add(place: Place, message: string): void {
    this.list.push({ ...place, message });
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** Thrown by the compile entry points when the content has problems; its message lists them all. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(
      `The content has ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'}:\n` +
        diagnostics.map(formatDiagnostic).join('\n'),
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
