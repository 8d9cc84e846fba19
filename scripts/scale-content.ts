/**
 * `CONTENT_SCALE=<n> npm run build`: the real content plus generated content, so that the whole is about n times
 * today's, written to a temp folder the build reads instead of `content/` (which it never touches). The real pages
 * keep their URLs. Each generated symptom is an added symptom (`added/{nb,en}/<id>.md`) of article-like length (its
 * words drawn at random from the real articles', with fixed seeds), asks
 * the real role question and one generated question, has rules on both, a dated note, and a group on the start
 * page; each generated question has a check; generated error codes lead to the generated symptoms. Items are
 * anchored by the fingerprint of their text, as an author's are.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Words that, side by side in a random order, could make a phrase content/terms.yaml refuses: never drawn. */
const RISKY = new Set(
  'hele den en et to alle hver lokale siden api azure brukere brukeren porter globale nylig brukte eget vurdert nytte'.split(
    ' ',
  ),
);

/**
 * The words of the real article and added symptoms in one language (letters only, each once): generated text is
 * drawn from them at random, so its words, their lengths and how well it compresses are those of real content
 * (or worse: drawn at random, it repeats itself less than prose does).
 */
function vocabulary(realDir: string, lang: 'nb' | 'en'): string[] {
  const dirs = [path.join(realDir, lang), path.join(realDir, 'added', lang)];
  const text = dirs
    .flatMap((dir) => readdirSync(dir).map((file) => readFileSync(path.join(dir, file), 'utf8')))
    .join(' ')
    .replace(/\]\([^)]*\)/g, ' ');
  const words = new Set(text.match(/\p{L}{2,}/gu) ?? []);
  return [...words].filter((w) => !RISKY.has(w.toLowerCase()));
}

/** A seeded pseudo-random generator (mulberry32): the same content for the same scale, every build. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws a sentence of `min` to `max` words from a vocabulary, from a seed of its own. */
function writer(words: readonly string[]) {
  return (seed: number, min: number, max: number): string => {
    const next = random(seed);
    const count = min + Math.floor(next() * (max - min + 1));
    const drawn = Array.from({ length: count }, () => words[Math.floor(next() * words.length)] as string);
    const first = drawn[0] ?? '';
    drawn[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${drawn.join(' ')}.`;
  };
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
  const write = { nb: writer(vocabulary(realDir, 'nb')), en: writer(vocabulary(realDir, 'en')) };
  // Each generated text has a seed of its own: no two texts, items or languages share one.
  const both = (kind: number, i: number, j: number, min: number, max: number) => {
    const seed = (kind * 100_003 + i * 101 + j) * 2;
    return { nb: write.nb(seed, min, max), en: write.en(seed + 1, min, max) };
  };

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
    // Headings end without a full stop, as the article's do.
    const drawn = both(1, i, 0, 6, 11);
    const heading = { nb: drawn.nb.slice(0, -1), en: drawn.en.slice(0, -1) };
    const md = { nb: [`**${heading.nb}**`], en: [`**${heading.en}**`] };
    const itemIds = [`${id}-intro`, `${id}-role`, `${id}-on`, `${id}-off`, `${id}-more`];
    const items: Record<string, string>[] = [];
    itemIds.forEach((item, j) => {
      // A paragraph first (40 to 70 words), then list items (15 to 40), as the article's sections run.
      const text = j === 0 ? both(2, i, j, 40, 70) : both(2, i, j, 15, 40);
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
      summary: both(3, i, 0, 5, 9),
      keywords: {
        nb: both(4, i, 0, 4, 7).nb.slice(0, -1).toLowerCase().split(' '),
        en: both(4, i, 0, 4, 7).en.slice(0, -1).toLowerCase().split(' '),
      },
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
          text: both(5, i, 0, 12, 25),
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
      title: both(6, c, 0, 4, 8),
      meaning: both(7, c, 0, 12, 25),
      action: both(8, c, 0, 12, 25),
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
