import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { textFingerprint } from '../../src/compiler/anchors.ts';

/**
 * Writes a synthetic content folder with `count` symptoms for the compile benchmark: each symptom has a paragraph,
 * a bullet with a nested bullet and a link, asks two or three questions (one conditional) and has two notes, so the
 * compiler's every check runs at scale. The role and licence tables are the real ones.
 */
export function generateContent(dir: string, count: number, realContent = 'content'): void {
  mkdirSync(path.join(dir, 'nb'), { recursive: true });
  mkdirSync(path.join(dir, 'en'), { recursive: true });
  copyFileSync(path.join(realContent, 'roles.yaml'), path.join(dir, 'roles.yaml'));
  copyFileSync(path.join(realContent, 'licences.yaml'), path.join(dir, 'licences.yaml'));
  const unsure = { id: 'not-sure', unsure: true, label: { nb: 'Vet ikke', en: 'Not sure' } };
  const questions = ['alpha', 'beta', 'gamma'].map((q) => ({
    id: q,
    label: { nb: `Spørsmål ${q}?`, en: `Question ${q}?` },
    options: [
      { id: 'yes', label: { nb: 'Ja', en: 'Yes' } },
      { id: 'no', label: { nb: 'Nei', en: 'No' } },
      unsure,
    ],
  }));
  const symptoms = [];
  const md = {
    nb: ['---\ntitle: Benk\n---\n# Benk\n\nInnledning.\n'],
    en: ['---\ntitle: Bench\n---\n# Bench\n\nIntro.\n'],
  };
  for (let i = 0; i < count; i++) {
    const id = `symptom-${i}`;
    for (const lang of ['nb', 'en'] as const) {
      const word = lang === 'nb' ? 'Symptom nummer' : 'Symptom number';
      md[lang].push(
        `**${word} ${i}**\n\nEt avsnitt ${i}.\n\n- Et punkt ${i}\n    - Et underpunkt med [lenke](https://learn.microsoft.com/entra/bench/${i})\n`,
      );
    }
    symptoms.push({
      id,
      heading: { nb: `Symptom nummer ${i}`, en: `Symptom number ${i}` },
      summary: { nb: `Sammendrag ${i}`, en: `Summary ${i}` },
      // Each item with its fingerprint: both editions carry the same words here.
      items: [
        { [`${id}-para`]: textFingerprint(`Et avsnitt ${i}.`, `Et avsnitt ${i}.`) },
        { [`${id}-point`]: textFingerprint(`Et punkt ${i}`, `Et punkt ${i}`) },
        { [`${id}-sub`]: textFingerprint('Et underpunkt med lenke', 'Et underpunkt med lenke') },
      ],
      ask: ['alpha', 'beta', { question: 'gamma', when: { beta: ['no', 'not-sure'] } }],
      rules: [
        { item: `${id}-para` },
        { item: `${id}-point`, when: { alpha: ['yes', 'not-sure'] } },
        { item: `${id}-sub`, when: { beta: ['yes', 'not-sure'] } },
        { item: `${id}-sub`, when: { gamma: ['yes'] } },
      ],
      notes: [
        {
          id: `${id}-note`,
          item: `${id}-para`,
          checked: '2026-11-27',
          source: 'https://learn.microsoft.com/entra/bench',
          when: { gamma: ['no', 'not-sure'] },
          text: { nb: `Merknad ${i}.`, en: `Note ${i}.` },
        },
      ],
    });
  }
  writeFileSync(path.join(dir, 'wizard.yaml'), stringify({ article: 'bench', questions, symptoms }));
  writeFileSync(path.join(dir, 'nb', 'bench.md'), md.nb.join('\n'));
  writeFileSync(path.join(dir, 'en', 'bench.md'), md.en.join('\n'));
}
