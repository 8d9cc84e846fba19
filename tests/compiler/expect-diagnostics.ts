/** The assertion every fixture-table test of the compiler shares. */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/compiler/diagnostics.ts';

/** One expected diagnostic: file (as the compile names it), line, column, and a distinctive part of the message. */
export type ExpectedDiagnostic = [file: string, line: number, column: number, message: string];

/**
 * Asserts that a compile reported exactly these diagnostics, in this order: each at its file, line and column, its
 * message containing the expected part. A failure shows the whole list beside the expected one.
 */
export function expectDiagnostics(
  actual: readonly Diagnostic[],
  expected: readonly ExpectedDiagnostic[],
): void {
  expect(actual.map((d) => [d.file, d.line, d.column, d.message])).toEqual(
    expected.map(([file, line, column, message]) => [file, line, column, expect.stringContaining(message)]),
  );
}
