import { z } from 'zod';
import { PROTECTED_KINDS } from '../tree/tables.ts';
import type { LicenceTable, ProtectedAccount, RoleTable } from '../tree/tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import { linkProblem } from './links.ts';
import type { LoadedYaml } from './yaml-file.ts';
import { id, perLang, sourceDate } from './fields.ts';
import { loadYaml } from './yaml-file.ts';
import { NO_PAGE_DATES } from './sources.ts';
import type { PageDates } from './sources.ts';

const dated = {
  source: z.url({ protocol: /^https$/, message: 'must be the https URL of the source' }),
  checked: z.iso.date({ message: 'must be the date the table was checked, as YYYY-MM-DD' }),
  'source-date': sourceDate.optional(),
};

/** The schema of `content/roles.yaml`: Microsoft's "who can reset passwords" table. */
const rolesSchema = z.strictObject({
  ...dated,
  roles: z.array(z.strictObject({ id, name: perLang })).min(1),
  resets: z.record(id, z.union([z.literal('everyone'), z.array(id)])),
  protected: z
    .partialRecord(
      z.enum(PROTECTED_KINDS),
      z.strictObject({ ...dated, 'reset-by': z.union([z.literal('unit-scope'), z.array(id).min(1)]) }),
    )
    .default({}),
  configure: z.strictObject({ ...dated, roles: z.array(id).min(1) }).optional(),
  'admin-policy': z.strictObject({ ...dated, roles: z.array(perLang.shape.en).min(1) }).optional(),
});

/** The schema of `content/licences.yaml`. */
const licencesSchema = z.strictObject({
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
function checkSource(
  source: string,
  loaded: LoadedYaml<unknown>,
  d: Diagnostics,
  path: (string | number)[] = [],
): void {
  const problem = linkProblem(source);
  if (problem) d.add(loaded.placeOf([...path, 'source']), problem);
}

/** The dates of a table or entry, in the tree's spelling (the page's date from the sources list if not beside it). */
function datesOf(
  value: { source: string; checked: string; 'source-date'?: string | undefined },
  pages: PageDates,
) {
  const sourceDate = value['source-date'] ?? pages.of(value.source);
  return { source: value.source, checked: value.checked, ...(sourceDate ? { sourceDate } : {}) };
}

/** Loads the role table, reporting a row or a role in `resets` that names an unknown role, and duplicate ids. */
export function loadRoles(
  source: string,
  file: string,
  d: Diagnostics,
  pages: PageDates = NO_PAGE_DATES,
): LoadedYaml<RoleTable> {
  const loaded = loadYaml(source, file, rolesSchema, d);
  const parsed = loaded.value;
  if (!parsed) return { ...loaded, value: undefined };
  const roleIds = (path: (string | number)[], ids: readonly string[]) =>
    ids.forEach((role, i) => {
      if (!parsed.roles.some((r) => r.id === role))
        d.add(loaded.placeOf([...path, i]), `unknown role "${role}": add it under roles first`);
    });
  const protectedAccounts: RoleTable['protected'] = {};
  for (const kind of PROTECTED_KINDS) {
    const entry = parsed.protected[kind];
    if (!entry) continue;
    checkSource(entry.source, loaded, d, ['protected', kind]);
    if (entry['reset-by'] !== 'unit-scope') roleIds(['protected', kind, 'reset-by'], entry['reset-by']);
    protectedAccounts[kind] = {
      ...datesOf(entry, pages),
      resetBy: entry['reset-by'],
    } satisfies ProtectedAccount;
  }
  const policy = parsed['admin-policy'];
  if (policy) {
    checkSource(policy.source, loaded, d, ['admin-policy']);
    policy.roles.forEach((name, i) => {
      if (policy.roles.indexOf(name) !== i)
        d.add(loaded.placeOf(['admin-policy', 'roles', i]), `"${name}" is listed twice`);
    });
  }
  if (parsed.configure) {
    checkSource(parsed.configure.source, loaded, d, ['configure']);
    roleIds(['configure', 'roles'], parsed.configure.roles);
  }
  const value: RoleTable = {
    ...datesOf(parsed, pages),
    roles: parsed.roles,
    resets: parsed.resets,
    protected: protectedAccounts,
    ...(parsed.configure
      ? { configure: { ...datesOf(parsed.configure, pages), roles: parsed.configure.roles } }
      : {}),
    ...(policy ? { adminPolicy: { ...datesOf(policy, pages), roles: policy.roles } } : {}),
  };
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
export function loadLicences(
  source: string,
  file: string,
  d: Diagnostics,
  pages: PageDates = NO_PAGE_DATES,
): LoadedYaml<LicenceTable> {
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
      ...datesOf(loaded.value, pages),
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
