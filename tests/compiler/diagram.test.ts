import { describe, expect, it } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { renderFlowDiagram } from '../../src/compiler/diagram.ts';
import { loadSampleTree } from '../tree/helpers.ts';

describe('flow diagram of the sample tree', () => {
  const diagram = renderFlowDiagram(loadSampleTree());
  const chart = (symptom: string) => {
    const section = diagram.slice(diagram.indexOf(`## ${symptom}\n`));
    return section.slice(0, section.indexOf('```\n'));
  };

  it('draws the exact edges of a question asked only for some answers', () => {
    const blade = chart('blade-missing');
    expect(blade).toMatch(/\["sync"\]/);
    expect(blade).toMatch(/\|"cloud"\|/);
    expect(blade).toContain('["writeback"]');
    expect(blade).toMatch(/\|"admin"\|/);
    expect(blade).toContain(
      'items: writeback-off, ask-admin, read-more<br/>notes: tab-renamed, turn-on-writeback',
    );
  });

  it('draws a symptom without questions as its remedy alone', () => {
    expect(chart('quick-fix')).toContain('items: restart');
    expect(chart('quick-fix')).not.toContain('-->|');
  });
});

describe('flow diagram of the real content', () => {
  const tree = compileOrThrow('content');
  const diagram = renderFlowDiagram(tree);

  it('has one chart per symptom', () => {
    for (const symptom of tree.symptoms) expect(diagram).toContain(`## ${symptom.id}\n`);
    expect(diagram.match(/```mermaid/g)).toHaveLength(tree.symptoms.length);
  });

  it('names the permission verdict in every remedy of a symptom that gives one', () => {
    for (const symptom of tree.symptoms.filter((s) => s.verdict?.kind === 'permission')) {
      const section = diagram.slice(diagram.indexOf(`## ${symptom.id}\n`));
      const chart = section.slice(0, section.indexOf('```\n', section.indexOf('```mermaid') + 1));
      const remedies = chart.split('\n').filter((line) => line.includes('("Remedy'));
      expect(remedies.length).toBeGreaterThan(0);
      for (const remedy of remedies) expect(remedy).toContain('verdict: ');
    }
  });
});
