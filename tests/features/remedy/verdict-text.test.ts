/**
 * The verdict in words, on the real content's role table: a user who holds a row that only the roles resetting
 * everyone can reset gets a plain "no" that names those roles, in both languages. Role names come from the table.
 */
import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { compileOrThrow } from '../../../src/compiler/compile.ts';
import { permissionText } from '../../../src/features/remedy/verdict-text.ts';
import en from '../../../src/i18n/en.json';
import nb from '../../../src/i18n/nb.json';
import { I18N_OPTIONS } from '../../../src/i18n/options.ts';
import { LANGS } from '../../../src/tree/lang.ts';
import { permissionVerdict, rolesResettingEveryone } from '../../../src/tree/verdict.ts';

const tree = compileOrThrow('content');
const i18n = i18next.createInstance();
await i18n.init({
  ...I18N_OPTIONS,
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: 'en',
  initAsync: false,
});
const name = (lang: 'nb' | 'en', id: string) => tree.roles.roles.find((r) => r.id === id)?.name[lang] ?? '';

describe('a user who holds a row only the roles resetting everyone can reset', () => {
  for (const held of ['rmau-scoped-role', 'custom-role'])
    for (const lang of LANGS)
      test(`User Administrator, ${held}, ${lang}: "no", naming the row and both roles that can`, () => {
        const t = i18n.getFixedT(lang);
        const verdict = permissionVerdict(tree.roles, 'user-admin', 'cloud-member', held);
        const text = permissionText(tree, lang, verdict, t);
        expect(text.headline).toBe(t('verdict.no'));
        const line = text.lines.find((l) => l.includes(name(lang, held)));
        expect(line).toBeDefined();
        const everyone = rolesResettingEveryone(tree.roles);
        for (const role of everyone) expect(line).toContain(name(lang, role));
      });
});
