import type { Lang } from '../tree/lang.ts';
import type { Question, Symptom, SymptomGroup, Tree } from '../tree/compiled.ts';
import type { LicenceTable, RoleTable } from '../tree/tables.ts';
import type { Correction, ErrorCode, Revision } from '../tree/reference.ts';
import type { LoadedChecks } from './checks.ts';
import { withChecks } from './checks.ts';
import type { PageDates } from './sources.ts';
import type { Article } from './markdown.ts';

/** The parts of the tree that come from the content's optional files: checks, corrections, codes and groups. */
export interface TreeExtras {
  checks: LoadedChecks;
  corrections: Correction[];
  /** Corrections of this guide's own content (corrections.yaml, revised). */
  revisions?: Revision[];
  codes: ErrorCode[];
  /** The cited pages' dates (content/sources.yaml), for notes and origins that leave theirs out. */
  pages?: PageDates;
  groups: SymptomGroup[];
}

/**
 * Puts the compiled tree together, once: the articles' title and intro, the questions with their checks, the
 * symptoms, the data tables, the corrections, the codes with their ids and the start page's groups.
 */
export function assembleTree(
  articles: Record<Lang, Article>,
  questions: readonly Question[],
  symptoms: Symptom[],
  tables: { roles: RoleTable; licences: LicenceTable },
  extras: TreeExtras,
): Tree {
  return {
    version: 1,
    title: { nb: articles.nb.title, en: articles.en.title },
    intro: { nb: articles.nb.intro, en: articles.en.intro },
    questions: withChecks(questions, extras.checks),
    symptoms,
    roles: tables.roles,
    licences: tables.licences,
    corrections: extras.corrections,
    ...(extras.revisions && extras.revisions.length > 0 ? { revisions: extras.revisions } : {}),
    codes: extras.codes,
    codeIds: extras.codes.map((c) => c.id),
    groups: extras.groups,
  };
}
