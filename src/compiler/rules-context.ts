import type { Question } from '../tree/compiled.ts';
import type { LicenceTable, RoleTable } from '../tree/tables.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import type { LoadedRules, RulesSymptom } from './rules.ts';
import type { PageDates } from './sources.ts';
import type { YamlPath } from './yaml-file.ts';

/** What every check of the rules file needs: where each value stands, the questions, and where problems go. */
export interface RulesContext {
  loaded: LoadedRules;
  questions: readonly Question[];
  d: Diagnostics;
}

/** One symptom of the rules being built: its rules and index, the questions it asks, the tables and page dates. */
export interface SymptomContext extends RulesContext {
  rs: RulesSymptom;
  si: number;
  /** The questions the symptom asks, in order. */
  asked: readonly string[];
  tables: { roles: RoleTable; licences: LicenceTable };
  pages: PageDates;
}

/** The place of a value of the context's symptom, by its path below the symptom. */
export function symptomPlace(ctx: SymptomContext, ...path: YamlPath): Place {
  return ctx.loaded.placeOf(['symptoms', ctx.si, ...path]);
}

/** Reports an item id that is not one of the symptom's items, at `path` below the symptom; true when it is one. */
export function checkItemOf(ctx: SymptomContext, item: string, ...path: YamlPath): boolean {
  const ids = ctx.rs.items.map((entry) => entry.id);
  if (ids.includes(item)) return true;
  ctx.d.add(
    symptomPlace(ctx, ...path),
    `unknown item "${item}" in symptom "${ctx.rs.id}"; its items are: ${ids.join(', ')}`,
  );
  return false;
}
