import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { renderFlowDiagram } from '../../src/compiler/diagram.ts';

const tree = compileOrThrow('content');
const diagram = renderFlowDiagram(tree);

describe('flow diagram', () => {
  it('docs/flow.md is up to date (run `npm run diagram` after a content change)', () => {
    expect(readFileSync('docs/flow.md', 'utf8')).toBe(diagram);
  });

  it('has one chart per symptom', () => {
    for (const symptom of tree.symptoms) expect(diagram).toContain(`## ${symptom.id}\n`);
    expect(diagram.match(/```mermaid/g)).toHaveLength(tree.symptoms.length);
  });

  it('draws the exact edges of a question from the tree', () => {
    const section = diagram.slice(diagram.indexOf('## on-prem-integration-not-visible'));
    const chart = section.slice(0, section.indexOf('```\n'));
    expect(chart).toMatch(/\|"cloud-only"\|/);
    expect(chart).toMatch(/\|"on"\|/);
    expect(chart).toMatch(/\|"off"\|/);
    expect(chart).toContain('["writeback"]');
  });

  it('names the verdict of a Helpdesk Administrator resetting a Global Administrator', () => {
    expect(diagram).toContain('verdict: no (table; privileged-authentication-admin, global-admin)');
  });
});
