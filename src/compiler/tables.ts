import { z } from 'zod';
import type { LicenceTable, RoleTable } from '../tree/types.ts';
import type { Diagnostics } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import type { LoadedYaml } from './rules.ts';
import { id, loadYaml, perLang } from './rules.ts';

const dated = {
  source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
  checked: z.iso.date({ message: 'must be the date the table was checked, as YYYY-MM-DD' }),
};

/** The schema of `content/roles.yaml`: Microsoft's "who can reset passwords" table. */
export const rolesSchema = z.strictObject({
  ...dated,
  roles: z.array(z.strictObject({ id, name: perLang })).min(1),
  resets: z.record(id, z.union([z.literal('everyone'), z.array(id)])),
});

/** The schema of `content/licences.yaml`. */
export const licencesSchema = z.strictObject({
  ...dated,
  licences: z
    .array(
      z.strictObject({
        id,
        name: perLang,
        'cloud-self-service-change': z.boolean(),
        'cloud-self-service-reset': z.boolean(),
        'hybrid-writeback': z.boolean(),
      }),
    )
    .min(1),
});

/** Reports a table's source that is off the link allow-list. */
function checkSource(source: string, loaded: LoadedYaml<unknown>, d: Diagnostics): void {
  const problem = linkProblem(source);
  if (problem) d.add(loaded.placeOf(['source']), problem);
}

/** Loads the role table, reporting a row or a role in `resets` that names an unknown role, and duplicate ids. */
export function loadRoles(source: string, file: string, d: Diagnostics): LoadedYaml<RoleTable> {
  const loaded = loadYaml(source, file, rolesSchema, d);
  const value = loaded.value;
  if (!value) return { ...loaded, value: undefined };
  checkSource(value.source, loaded, d);
  const known = value.roles.map((r) => r.id);
  value.roles.forEach((r, i) => {
    if (known.indexOf(r.id) !== i) d.add(loaded.placeOf(['roles', i, 'id']), `duplicate role id "${r.id}"`);
  });
  for (const [actor, targets] of Object.entries(value.resets)) {
    if (!known.includes(actor)) {
      d.add(loaded.placeOf(['resets', actor]), `unknown role "${actor}": add it under roles first`);
    }
    if (targets === 'everyone') continue;
    targets.forEach((target, i) => {
      if (!known.includes(target)) {
        d.add(loaded.placeOf(['resets', actor, i]), `unknown role "${target}": add it under roles first`);
      }
    });
  }
  return { ...loaded, value };
}

/** Loads the licence table, reporting duplicate ids. */
export function loadLicences(source: string, file: string, d: Diagnostics): LoadedYaml<LicenceTable> {
  const loaded = loadYaml(source, file, licencesSchema, d);
  if (!loaded.value) return { ...loaded, value: undefined };
  checkSource(loaded.value.source, loaded, d);
  const ids = loaded.value.licences.map((l) => l.id);
  ids.forEach((licence, i) => {
    if (ids.indexOf(licence) !== i)
      d.add(loaded.placeOf(['licences', i, 'id']), `duplicate licence id "${licence}"`);
  });
  return {
    ...loaded,
    value: {
      source: loaded.value.source,
      checked: loaded.value.checked,
      licences: loaded.value.licences.map((l) => ({
        id: l.id,
        name: l.name,
        cloudSelfServiceChange: l['cloud-self-service-change'],
        cloudSelfServiceReset: l['cloud-self-service-reset'],
        hybridWriteback: l['hybrid-writeback'],
      })),
    },
  };
}
