import { describe, expect, test } from 'vitest';
import { remedyLinks } from '../../../src/features/remedy/remedy-content.ts';
import { tree } from '../../../src/shared/compiled-tree.ts';
import type { Inline, Symptom } from '../../../src/tree/compiled.ts';
import type { FlowState } from '../../../src/tree/state.ts';
import { link, remedyAt } from '../../tree/helpers.ts';

type Remedy = FlowState & { kind: 'remedy' };

describe('remedyLinks', () => {
  const item = (id: string, content: Inline[]) => ({
    id,
    kind: 'bullet' as const,
    depth: 0,
    content: { nb: content, en: content },
  });
  const symptom: Symptom = {
    id: 's',
    heading: { nb: 'S', en: 'S' },
    summary: { nb: '', en: '' },
    keywords: { nb: [], en: [] },
    // Article order is the reverse of the order the links should come in.
    items: [
      item('rest', [link('https://rest.example/', 'Rest'), link('https://applies.example/', 'Again')]),
      item('applies', [link('https://applies.example/', 'Applies')]),
    ],
    ask: [],
    rules: [],
    claims: {},
    notes: [
      {
        id: 'n',
        item: 'rest',
        checked: '2026-01-02',
        source: 'https://source.example/',
        text: { nb: [link('https://note.example/', 'Note')], en: [link('https://note.example/', 'Note')] },
      },
    ],
  };
  const state: Remedy = {
    kind: 'remedy',
    symptom: 's',
    answers: [],
    applies: [{ item: 'applies', because: [] }],
    notes: [{ note: 'n', because: [] }],
    alsoCheck: ['rest'],
    setAside: [],
  };

  test('lists what applies first, then the notes, then the rest of the section, each URL once', () => {
    expect(remedyLinks(symptom, state, 'nb').map((l) => l.label)).toEqual(['Applies', 'Note', 'Rest']);
  });

  test('leaves out the links of notes that do not apply', () => {
    expect(remedyLinks(symptom, { ...state, notes: [] }, 'en').map((l) => l.label)).toEqual([
      'Applies',
      'Rest',
    ]);
  });

  test('on the fixture tree: the link of the note of reset-steps, the steps having none', () => {
    expect(
      remedyLinks(
        tree.symptoms.find((s) => s.id === 'reset-steps')!,
        remedyAt(tree, '/en/reset-steps/'),
        'en',
      ),
    ).toEqual([
      { url: 'https://entra.microsoft.com', label: 'the test portal', host: 'entra.microsoft.com' },
    ]);
  });
});
