import { matchCondition } from './condition.ts';
import { ACCOUNT, ADMIN_LICENCE, OTHER_ROLES, PROTECTED } from './tables.ts';
import type { Claim, Tree, VerdictRule } from './compiled.ts';
import type { LicenceTable, RoleTable } from './tables.ts';
import type { Answer, ConfigureVerdict, LicenceVerdict, PermissionVerdict, Verdict } from './state.ts';

/** The role id of a user who holds no admin role; never listed as a role a user "holds". */
export const NO_ADMIN_ROLE = 'no-admin-role';

/** Whether a role can reset the password of a user holding another role (an unprotected account, tenant scope). */
export function canReset(table: RoleTable, actor: string, target: string): boolean {
  const resets = Object.hasOwn(table.resets, actor) ? table.resets[actor] : undefined;
  return resets === 'everyone' || (resets?.includes(target) ?? false);
}

/**
 * Whether a role can reset a user holding all these roles: only if it can reset every one of them (there is no
 * single order of roles, so "the highest role" decides nothing). A user with no role is `[]` or `[no-admin-role]`.
 */
export function canResetAll(table: RoleTable, actor: string, targets: readonly string[]): boolean {
  return (targets.length === 0 ? [NO_ADMIN_ROLE] : targets).every((t) => canReset(table, actor, t));
}

/** The roles that reset everyone at tenant scope, least privileged first. */
export function rolesResettingEveryone(table: RoleTable): string[] {
  return table.roles.filter((r) => table.resets[r.id] === 'everyone').map((r) => r.id);
}

/** The roles that can reset a user holding all of `targets`, least privileged first. */
export function rolesThatCanReset(table: RoleTable, ...targets: string[]): string[] {
  return table.roles.filter((r) => canResetAll(table, r.id, targets)).map((r) => r.id);
}

/** Whom a role can reset, in table order (every role when it resets everyone), "no admin role" included. */
export function resettableBy(table: RoleTable, actor: string): string[] {
  return table.roles.filter((r) => canReset(table, actor, r.id)).map((r) => r.id);
}

/** Whether a role id is one the table knows. */
function knownRole(table: RoleTable, role: string | undefined): role is string {
  return role !== undefined && table.roles.some((r) => r.id === role);
}

/** Who can reset a member of this protected kind: tenant-scoped roles, or only an admin scoped to the unit. */
function protectedResetBy(table: RoleTable, account: string): string[] | 'unit-scope' | undefined {
  const entry = Object.hasOwn(table.protected, account)
    ? table.protected[account as keyof RoleTable['protected']]
    : undefined;
  return entry?.resetBy;
}

/**
 * "Can I reset this user's password?" from the role table: your role (actor), the kind of account, and the roles
 * the user holds (`others`: only-listed, other-role, or the id of a row of the table the user holds, such as a role
 * scoped to a restricted management administrative unit or a custom role). An answer that is absent or "not sure"
 * makes the verdict depend on it. The table is for roles assigned at tenant scope.
 */
export function permissionVerdict(
  table: RoleTable,
  actor: string | undefined,
  account: string | undefined,
  others?: string,
): PermissionVerdict {
  const actorRole = knownRole(table, actor) ? actor : undefined;
  const base = { kind: 'permission' as const, ...(actorRole ? { actor: actorRole } : {}) };
  const everyone = rolesResettingEveryone(table);
  if (account === ACCOUNT.guestUser) return { ...base, answer: 'no', reason: 'guest', roles: [] };
  const resetBy = account === undefined ? undefined : protectedResetBy(table, account);
  if (resetBy === 'unit-scope') {
    return { ...base, answer: 'no', reason: PROTECTED.restrictedAdminUnit, roles: [] };
  }
  if (resetBy !== undefined) {
    const reason = PROTECTED.roleAssignableGroup;
    if (actorRole === undefined) return { ...base, answer: 'depends', reason, roles: resetBy };
    const yes = resetBy.includes(actorRole);
    return { ...base, answer: yes ? 'yes' : 'no', reason, roles: yes ? [] : resetBy };
  }
  const caveat =
    account === ACCOUNT.syncedUser
      ? ('synced' as const)
      : account === ACCOUNT.cloudMember
        ? undefined
        : ('account-unsure' as const);
  const withCaveat = caveat ? { caveat } : {};
  if (actorRole === undefined) {
    return { ...base, answer: 'depends', reason: 'actor-unsure', roles: rolesThatCanReset(table) };
  }
  if (!Object.hasOwn(table.resets, actorRole)) {
    return { ...base, answer: 'no', reason: 'no-role', roles: rolesThatCanReset(table) };
  }
  if (everyone.includes(actorRole))
    return { ...base, answer: 'yes', reason: 'everyone', roles: [], ...withCaveat };
  const resettable = resettableBy(table, actorRole).filter((r) => r !== NO_ADMIN_ROLE);
  if (others !== undefined && others !== NO_ADMIN_ROLE && table.roles.some((r) => r.id === others)) {
    const yes = canReset(table, actorRole, others);
    const held = { held: others, roles: yes ? [] : rolesThatCanReset(table, others) };
    return { ...base, answer: yes ? 'yes' : 'no', reason: 'held-role', ...held, ...(yes ? withCaveat : {}) };
  }
  if (others === OTHER_ROLES.onlyListed)
    return { ...base, answer: 'yes', reason: 'table', roles: [], resettable, ...withCaveat };
  if (others === OTHER_ROLES.otherRole)
    return { ...base, answer: 'no', reason: 'table', roles: everyone, resettable };
  return { ...base, answer: 'depends', reason: 'others-unsure', roles: everyone, resettable, ...withCaveat };
}

/**
 * "Why don't I see the Password reset page?": the documented cause first (no Microsoft Entra ID licence on the
 * admin's own account), then the role (configuring it needs at least the least role the table names).
 */
export function configureVerdict(
  table: RoleTable,
  actor: string | undefined,
  licence: string | undefined,
): ConfigureVerdict {
  const roles = table.configure?.roles ?? [];
  const actorRole = knownRole(table, actor) ? actor : undefined;
  const roleCan = actorRole === undefined ? undefined : roles.includes(actorRole);
  const base = {
    kind: 'configure' as const,
    roles,
    ...(actorRole ? { actor: actorRole } : {}),
    ...(roleCan === undefined ? {} : { roleCan }),
  };
  if (licence === ADMIN_LICENCE.unlicensed)
    return { ...base, answer: roleCan === false ? 'licence-and-role' : 'licence' };
  if (licence === ADMIN_LICENCE.licensed) {
    if (roleCan === undefined) return { ...base, answer: 'depends' };
    return { ...base, answer: roleCan ? 'should-see' : 'role' };
  }
  return { ...base, answer: 'depends' };
}

/** What the chosen licence allows (every licence when none or "not sure" was chosen). */
export function licenceVerdict(table: LicenceTable, licence: string | undefined): LicenceVerdict {
  const chosen = table.licences.find((l) => l.id === licence);
  return { kind: 'licence', licences: chosen ? [chosen.id] : table.licences.map((l) => l.id) };
}

/** The verdict a symptom's rule gives for a set of answers. */
export function verdictFor(tree: Tree, rule: VerdictRule, answers: readonly Answer[]): Verdict {
  const answer = (question: string) => answers.find((a) => a.question === question)?.option;
  if (rule.kind === 'licence') return licenceVerdict(tree.licences, answer(rule.licence));
  if (rule.kind === 'configure')
    return configureVerdict(tree.roles, answer(rule.actor), answer(rule.licence));
  return permissionVerdict(
    tree.roles,
    answer(rule.actor),
    answer(rule.account),
    rule.others === undefined ? undefined : answer(rule.others),
  );
}

/**
 * Whether a claim is untrue for a state: the verdict says the opposite (your role can; your licence covers it), or
 * the answers meet the claim's `untrueWhen`. A verdict that only "depends" leaves every claim possible.
 */
export function claimIsUntrue(
  tree: Tree,
  claim: Claim,
  verdict: Verdict | undefined,
  answers: readonly Answer[],
): boolean {
  if ('untrueWhen' in claim) return matchCondition(claim.untrueWhen, answers) !== undefined;
  if (claim.says === 'no-permission') {
    if (verdict?.kind === 'permission') return verdict.answer === 'yes';
    if (verdict?.kind === 'configure') return verdict.roleCan === true;
    return false;
  }
  if (verdict?.kind !== 'licence') return false;
  const licences = verdict.licences.map((id) => tree.licences.licences.find((l) => l.id === id));
  const covers = (l: (typeof licences)[number]) =>
    claim.says === 'licence-lacks-cloud-reset' ? l?.cloudSelfServiceReset : l?.hybridWriteback;
  return licences.length > 0 && licences.every(covers);
}
