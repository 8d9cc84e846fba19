/**
 * `CONTENT_SCALE=<n> npm run build`: the real content plus generated content, so that the whole is about n times
 * today's, written to a temp folder the build reads instead of `content/` (which it never touches). The real pages
 * keep their URLs. Each generated symptom is an added symptom (`added/{nb,en}/<id>.md`) of article-like length, asks
 * the real role question and one generated question, has rules on both, a dated note, and a group on the start
 * page; each generated question has a check; generated error codes lead to the generated symptoms. Items are
 * anchored by the fingerprint of their text, as an author's are.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { textFingerprint } from '../src/compiler/anchors.ts';

/** The scale a build was asked for: a whole number from 1 (today's content), or an error naming the value. */
export function contentScale(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100)
    throw new Error(`CONTENT_SCALE must be a whole number from 1 to 100, not "${value}"`);
  return scale;
}

/** The folder a scaled build reads its content from (one per scale, rewritten by each build). */
export function scaledContentDir(scale: number): string {
  return path.join(tmpdir(), `sspr-content-x${scale}`);
}

const SOURCE = 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr';
const CHECKED = '2026-12-04';

/** A sentence of realistic length for generated symptom `i`, item `j`, in one language. */
function sentence(lang: 'nb' | 'en', i: number, j: number): string {
  return lang === 'nb'
    ? `Kontroller innstilling ${i}.${j} i Microsoft Entra-administrasjonssenteret under **Tilbakestilling av passord** > **Egenskaper**, og se om brukerne i gruppe ${i} har registrert nok godkjenningsmetoder før de prøver igjen. Endringen kan ta noen minutter før den gjelder for alle brukerne.`
    : `Check setting ${i}.${j} in the Microsoft Entra admin center under **Password reset** > **Properties**, and see whether the users of group ${i} have registered enough authentication methods before they try again. The change can take a few minutes before it applies to every user.`;
}

/** The plain text of a Markdown line, as the compiler fingerprints it (bold markers and link targets dropped). */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

interface Generated {
  symptoms: number;
  codes: number;
  questions: number;
}

/**
 * Writes the real content of `realDir` plus generated content into `outDir` (emptied first), so that the symptoms
 * and codes are `scale` times today's. Returns how many of each it generated.
 */
export function writeScaledContent(realDir: string, outDir: string, scale: number): Generated {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(realDir, outDir, { recursive: true });
  const wizard = parse(readFileSync(path.join(realDir, 'wizard.yaml'), 'utf8')) as {
    questions: Record<string, unknown>[];
    symptoms: Record<string, unknown>[];
  };
  const codes = parse(readFileSync(path.join(realDir, 'codes.yaml'), 'utf8')) as {
    kinds: Record<string, unknown>[];
    codes: Record<string, unknown>[];
  };
  const checks = parse(readFileSync(path.join(realDir, 'checks.yaml'), 'utf8')) as {
    checks: Record<string, unknown>[];
  };
  const groups = parse(readFileSync(path.join(realDir, 'groups.yaml'), 'utf8')) as {
    groups: Record<string, unknown>[];
  };
  const symptomCount = (scale - 1) * wizard.symptoms.length;
  const codeCount = (scale - 1) * codes.codes.length;
  const questionCount = Math.ceil(symptomCount / 2);
  for (const lang of ['nb', 'en'] as const) mkdirSync(path.join(outDir, 'added', lang), { recursive: true });

  for (let q = 0; q < questionCount; q++) {
    const id = `generated-setting-${q}`;
    wizard.questions.push({
      id,
      remember: false,
      label: { nb: `Hvordan er innstilling ${q} satt?`, en: `How is setting ${q} set?` },
      options: [
        { id: 'on', label: { nb: 'På', en: 'On' } },
        { id: 'off', label: { nb: 'Av', en: 'Off' } },
        { id: 'partly', label: { nb: 'For noen brukere', en: 'For some users' } },
        { id: 'not-sure', unsure: true, label: { nb: 'Vet ikke', en: 'Not sure' } },
      ],
    });
    checks.checks.push({
      question: id,
      checked: CHECKED,
      sources: [{ url: SOURCE }],
      where: {
        nb: `I Microsoft Entra-administrasjonssenteret åpner du **Tilbakestilling av passord** > **Egenskaper** og ser etter innstilling ${q}.`,
        en: `In the Microsoft Entra admin center, open **Password reset** > **Properties** and look for setting ${q}.`,
      },
    });
  }

  const generatedIds: string[] = [];
  for (let i = 0; i < symptomCount; i++) {
    const id = `generated-problem-${i}`;
    generatedIds.push(id);
    const question = `generated-setting-${Math.floor(i / 2)}`;
    const heading = {
      nb: `Tilbakestilling av passord stopper ved trinn ${i} for noen brukere`,
      en: `Password reset stops at step ${i} for some users`,
    };
    const md = { nb: [`**${heading.nb}**`], en: [`**${heading.en}**`] };
    const itemIds = [`${id}-intro`, `${id}-role`, `${id}-on`, `${id}-off`, `${id}-more`];
    const items: Record<string, string>[] = [];
    itemIds.forEach((item, j) => {
      const text = { nb: sentence('nb', i, j), en: sentence('en', i, j) };
      if (j === itemIds.length - 1) {
        text.nb = `Mer står i [Feilsøke selvbetjent tilbakestilling av passord](${SOURCE}) for trinn ${i}.`;
        text.en = `More is in [Troubleshoot self-service password reset](${SOURCE}) for step ${i}.`;
      }
      for (const lang of ['nb', 'en'] as const) md[lang].push(j === 0 ? text[lang] : `- ${text[lang]}`);
      items.push({ [item]: textFingerprint(plain(text.nb), plain(text.en)) });
    });
    for (const lang of ['nb', 'en'] as const)
      writeFileSync(path.join(outDir, 'added', lang, `${id}.md`), `${md[lang].join('\n\n')}\n`);
    wizard.symptoms.push({
      id,
      origin: { added: true, source: SOURCE, checked: CHECKED },
      heading,
      summary: {
        nb: `Trinn ${i}: sjekk rollen og innstillingen.`,
        en: `Step ${i}: check the role and the setting.`,
      },
      keywords: { nb: [`trinn ${i}`, 'stopper'], en: [`step ${i}`, 'stops'] },
      items,
      ask: ['your-role', question],
      rules: [
        { item: `${id}-intro` },
        { item: `${id}-role`, when: { 'your-role': ['no-admin-role', 'not-sure'] } },
        { item: `${id}-on`, when: { [question]: ['on', 'partly', 'not-sure'] } },
        { item: `${id}-off`, when: { [question]: ['off', 'not-sure'] } },
        { item: `${id}-more` },
      ],
      notes: [
        {
          id: `${id}-note`,
          item: `${id}-intro`,
          checked: CHECKED,
          source: SOURCE,
          when: { [question]: ['partly'] },
          text: {
            nb: `Gjelder innstillingen bare noen brukere, må hver gruppe ${i} ha sin egen policy.`,
            en: `When the setting applies to some users only, each group ${i} needs its own policy.`,
          },
        },
      ],
    });
  }
  // The start page shows generated symptoms in groups of ten.
  for (let g = 0; g * 10 < generatedIds.length; g++) {
    groups.groups.push({
      id: `generated-group-${g}`,
      heading: { nb: `Flere problemer, del ${g + 1}`, en: `More problems, part ${g + 1}` },
      symptoms: generatedIds.slice(g * 10, g * 10 + 10),
    });
  }
  if (codeCount > 0) {
    codes.kinds.push({
      id: 'generated-step',
      meaning: 'a generated step of the reset stopped',
      'leads-to': generatedIds,
    });
  }
  for (let c = 0; c < codeCount; c++) {
    const symptom = generatedIds[c % generatedIds.length] as string;
    codes.codes.push({
      id: `generated-${c}`,
      group: 'message',
      code: `GEN_${String(c).padStart(4, '0')}`,
      aliases: [],
      kind: 'generated-step',
      symptom,
      answers: { [`generated-setting-${Math.floor((c % generatedIds.length) / 2)}`]: 'off' },
      source: SOURCE,
      checked: CHECKED,
      title: { nb: `Trinn ${c} stoppet`, en: `Step ${c} stopped` },
      meaning: {
        nb: `Tilbakestillingen stoppet ved trinn ${c} fordi innstillingen er av for brukeren.`,
        en: `The reset stopped at step ${c} because the setting is off for the user.`,
      },
      action: {
        nb: `Slå på innstillingen under **Tilbakestilling av passord** > **Egenskaper**, og la brukeren prøve igjen.`,
        en: `Turn the setting on under **Password reset** > **Properties**, and let the user try again.`,
      },
    });
  }
  writeFileSync(path.join(outDir, 'wizard.yaml'), stringify(wizard));
  writeFileSync(path.join(outDir, 'codes.yaml'), stringify(codes));
  writeFileSync(path.join(outDir, 'checks.yaml'), stringify(checks));
  writeFileSync(path.join(outDir, 'groups.yaml'), stringify(groups));
  return { symptoms: symptomCount, codes: codeCount, questions: questionCount };
}

/**
 * The content folder a build reads: `content/` itself at scale 1, else a temp folder with the scaled content
 * written afresh.
 */
export function buildContentDir(realDir: string, scale: number): string {
  if (scale === 1) return realDir;
  const dir = scaledContentDir(scale);
  writeScaledContent(realDir, dir, scale);
  return dir;
}
