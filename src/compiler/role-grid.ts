import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { canReset } from '../tree/verdict.ts';
import type { RoleTable } from '../tree/tables.ts';
import type { Diagnostics } from './diagnostics.ts';
import { id, isoDate } from './fields.ts';
import { linkProblem } from './links.ts';
import { loadYaml } from './yaml-file.ts';

/**
 * Microsoft's "who can reset passwords" table in its own shape (a row per admin role, a column per role the user
 * holds, Y or N in each cell), copied by hand beside content/roles.yaml, which keeps the same facts as lists. Each
 * cell is checked against roles.yaml, so a slip in either copy shows at the cell that disagrees.
 */
export const ROLE_GRID_FILE = path.join('examples', 'tables', 'who-can-reset.yaml');

const cell = z.enum(['Y', 'N'], { message: 'must be Y (can reset) or N (cannot)' });

const roleGridSchema = z.strictObject({
  source: z.url({ protocol: /^https$/, message: 'must be the https URL of the table' }),
  checked: isoDate('the day the grid was compared with the table'),
  columns: z.array(id).min(1, { message: 'name the roles a user may hold, one per column' }),
  rows: z.record(id, z.array(cell)),
});

/**
 * Checks `examples/tables/who-can-reset.yaml` of a content folder, when it has one, against the role table: every
 * row and column a role of roles.yaml, every role that resets passwords a row, every role a column, and every cell
 * what the table decides.
 */
export function checkRoleGrid(contentDir: string, table: RoleTable, shown: string, d: Diagnostics): void {
  const file = path.join(contentDir, ROLE_GRID_FILE);
  if (!existsSync(file)) return;
  const loaded = loadYaml(readFileSync(file, 'utf8'), shown, roleGridSchema, d);
  const grid = loaded.value;
  if (!grid) return;
  const known = new Set(table.roles.map((r) => r.id));
  const unknown = (role: string) => `"${role}" is not a role of roles.yaml (${[...known].join(', ')})`;
  const problem = linkProblem(grid.source);
  if (problem) d.add(loaded.placeOf(['source']), problem);
  grid.columns.forEach((role, i) => {
    if (!known.has(role)) d.add(loaded.placeOf(['columns', i]), unknown(role));
  });
  for (const role of known) {
    if (!grid.columns.includes(role))
      d.add(loaded.placeOf(['columns']), `role "${role}" of roles.yaml has no column: add it`);
  }
  for (const actor of Object.keys(table.resets)) {
    if (!Object.hasOwn(grid.rows, actor))
      d.add(
        loaded.placeOf(['rows']),
        `role "${actor}" resets passwords in roles.yaml but has no row: add it`,
      );
  }
  for (const [actor, cells] of Object.entries(grid.rows)) {
    if (!known.has(actor)) {
      d.add(loaded.placeOf(['rows', actor]), unknown(actor));
      continue;
    }
    if (cells.length !== grid.columns.length) {
      d.add(
        loaded.placeOf(['rows', actor]),
        `row "${actor}" has ${cells.length} cells for ${grid.columns.length} columns`,
      );
      continue;
    }
    cells.forEach((value, i) => {
      const target = grid.columns[i] as string;
      if (!known.has(target)) return;
      const can = canReset(table, actor, target);
      if (can === (value === 'Y')) return;
      d.add(
        loaded.placeOf(['rows', actor, i]),
        `${actor} resetting ${target}: the grid says ${value}, roles.yaml says ${can ? 'Y' : 'N'}`,
      );
    });
  }
}
