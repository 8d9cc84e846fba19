import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { Tree } from '../tree/compiled.ts';
import type { Diagnostics } from './diagnostics.ts';
import { text } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import type { LoadedYaml } from './yaml-file.ts';

/** The folder of the search's query set, in the content folder: every `*.yaml` in it is read. */
export const QUERIES_DIR = 'queries';

/** A right answer: a symptom's or a code's page, as the search names its results. */
const page = z
  .string()
  .regex(/^(symptom|code):[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be symptom:<id> or code:<id>' });

/** The schema of a query file: queries as people type them, each with the pages that are right answers. */
export const queriesSchema = z.strictObject({
  queries: z
    .array(
      z.strictObject({
        query: text,
        lang: z.enum(LANGS, { message: `must be ${LANGS.join(' or ')}` }),
        right: z
          .array(page)
          .min(1, { message: 'list at least one right page, as symptom:<id> or code:<id>' }),
      }),
    )
    .min(1, { message: 'list at least one query, or remove the file' }),
});

/** One query of the set: a query passes when one of its right pages is among the first three results. */
export interface SearchQuery {
  query: string;
  lang: Lang;
  /** `symptom:<id>` or `code:<id>`. */
  right: string[];
}

/** The query files as loaded, with the place of any part of each (to report a right page that does not exist). */
export interface LoadedQueries {
  queries: SearchQuery[];
  /** The files read (absolute or relative to the caller's folder, as given). */
  files: string[];
  loaded: LoadedYaml<z.infer<typeof queriesSchema>>[];
}

/**
 * Reads every `*.yaml` of `<content>/queries/` in name order, validated with zod; problems are reported with their
 * file, line and column. A content folder without the folder has no queries.
 */
export function readQueries(
  contentDir: string,
  shown: (file: string) => string,
  d: Diagnostics,
): LoadedQueries {
  const dir = path.join(contentDir, QUERIES_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
  } catch {
    return { queries: [], files: [], loaded: [] };
  }
  const files = names.sort().map((name) => path.join(dir, name));
  const loaded = files.map((file) => loadYaml(readFileSync(file, 'utf8'), shown(file), queriesSchema, d));
  return { queries: loaded.flatMap((l) => l.value?.queries ?? []), files, loaded };
}

/** A right page that is not a symptom or code of the tree, reported where it is written. */
export function checkQueryPages(tree: Tree, queries: LoadedQueries, d: Diagnostics): void {
  const pages = new Set([
    ...tree.symptoms.map((s) => `symptom:${s.id}`),
    ...tree.codes.map((c) => `code:${c.id}`),
  ]);
  for (const loaded of queries.loaded)
    loaded.value?.queries.forEach((q, i) =>
      q.right.forEach((right, j) => {
        if (!pages.has(right))
          d.add(
            loaded.placeOf(['queries', i, 'right', j]),
            `unknown page "${right}": the pages are symptom:<id> of wizard.yaml and code:<id> of codes.yaml`,
          );
      }),
    );
}
