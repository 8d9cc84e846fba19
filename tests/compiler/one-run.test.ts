/**
 * One compile reports every problem: the flow of a symptom whose own pieces are sound is checked even when another
 * symptom, or another file, has a problem (see one-run-fixture/wizard.yaml for what is wrong where).
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { compileContent } from '../../src/compiler/compile.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';

const dir = path.join(import.meta.dirname, 'one-run-fixture');

test('a flow problem is reported beside a parity problem and a bad note source elsewhere', () => {
  const result = compileContent(dir, dir);
  expect(result.tree).toBeUndefined();
  expectDiagnostics(result.diagnostics, [
    ['en/base.md', 10, 1, 'item 1 links to [https://learn.microsoft.com/reboot]; the Norwegian links to'],
    ['wizard.yaml', 37, 17, 'goes to example.com, which is not on the allow-list'],
    [
      'wizard.yaml',
      22,
      11,
      'symptom "button-broken": every answer to "colour" leads to the same remedy, so it should not be asked; give it a rule or a "when"',
    ],
  ]);
});
