import { z } from 'zod';
import type { SymptomGroup } from '../tree/compiled.ts';
import type { Diagnostics } from './diagnostics.ts';
import { id, perLang } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import type { LoadedRules } from './rules.ts';

/** The schema of `content/groups.yaml`: the start page's groups of symptoms, in the order the page shows them. */
const groupsSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id,
        heading: perLang,
        symptoms: z.array(id).min(1, {
          message: 'an empty group: list the ids of its symptoms under "symptoms", or remove the group',
        }),
      }),
    )
    .min(1, { message: 'list at least one group, or remove the file' }),
});

/**
 * Loads the start page's groups and checks them against the rules: unique group ids, known symptom ids, and every
 * symptom in exactly one group. A symptom in no group is reported at its id in the rules, the others where they
 * stand in the groups file; each message says how to fix it.
 */
export function loadGroups(
  source: string,
  file: string,
  loaded: LoadedRules,
  d: Diagnostics,
): SymptomGroup[] {
  const groups = loadYaml(source, file, groupsSchema, d);
  const symptoms = loaded.rules?.symptoms.map((s) => s.id);
  if (!groups.value) return [];
  const groupOf = new Map<string, string>();
  const groupIds = new Set<string>();
  groups.value.groups.forEach((group, g) => {
    if (groupIds.has(group.id))
      d.add(
        groups.placeOf(['groups', g, 'id']),
        `duplicate group id "${group.id}": give each group its own id`,
      );
    groupIds.add(group.id);
    group.symptoms.forEach((symptom, i) => {
      const at = groups.placeOf(['groups', g, 'symptoms', i]);
      if (symptoms && !symptoms.includes(symptom)) {
        d.add(at, `unknown symptom "${symptom}": use an id from wizard.yaml (${symptoms.join(', ')})`);
        return;
      }
      const other = groupOf.get(symptom);
      if (other !== undefined)
        d.add(
          at,
          `symptom "${symptom}" is already in group "${other}": a symptom belongs to exactly one group; remove it from one of them`,
        );
      else groupOf.set(symptom, group.id);
    });
  });
  loaded.rules?.symptoms.forEach((s, si) => {
    if (!groupOf.has(s.id))
      d.add(
        loaded.placeOf(['symptoms', si, 'id']),
        `symptom "${s.id}" is in no group of ${file}: add its id to the group it belongs in`,
      );
  });
  return groups.value.groups;
}
