import type {
  Answer,
  LicenceTable,
  LicenceVerdict,
  PermissionVerdict,
  RoleTable,
  Tree,
  Verdict,
  VerdictRule,
} from './types.ts';

/** Whether a role can reset the password of a user holding another role (an unprotected cloud account). */
export function canReset(table: RoleTable, actor: string, target: string): boolean {
  const resets = Object.hasOwn(table.resets, actor) ? table.resets[actor] : undefined;
  return resets === 'everyone' || (resets?.includes(target) ?? false);
}

/** The roles that reset everyone (protected users included), least privileged first. */
export function rolesResettingEveryone(table: RoleTable): string[] {
  return table.roles.filter((r) => table.resets[r.id] === 'everyone').map((r) => r.id);
}

/** The roles that can reset a user holding `target`, least privileged first. */
export function rolesThatCanReset(table: RoleTable, target: string): string[] {
  return table.roles.filter((r) => canReset(table, r.id, target)).map((r) => r.id);
}

/** Whom a role can reset, in table order (every role when it resets everyone). */
export function resettableBy(table: RoleTable, actor: string): string[] {
  return table.roles.filter((r) => canReset(table, actor, r.id)).map((r) => r.id);
}

/**
 * "Can I reset this user's password?" from the role table: your role (actor), the user's role (target) and the
 * kind of account. An answer that is absent or "not sure" (`unsure`) makes the verdict depend on it.
 */
export function permissionVerdict(
  table: RoleTable,
  actor: string | undefined,
  target: string | undefined,
  account: string | undefined,
): PermissionVerdict {
  const known = (role: string | undefined) => role !== undefined && table.roles.some((r) => r.id === role);
  const actorRole = known(actor) ? actor : undefined;
  const targetRole = known(target) ? target : undefined;
  const base = {
    kind: 'permission' as const,
    ...(actorRole ? { actor: actorRole } : {}),
    ...(targetRole ? { target: targetRole } : {}),
  };
  const everyone = rolesResettingEveryone(table);
  if (account === 'guest-user') return { ...base, answer: 'no', reason: 'guest', roles: [] };
  if (account === 'protected-user') {
    const yes = actorRole !== undefined && everyone.includes(actorRole);
    if (actorRole === undefined)
      return { ...base, answer: 'depends', reason: 'actor-unsure', roles: everyone };
    return { ...base, answer: yes ? 'yes' : 'no', reason: 'protected', roles: yes ? [] : everyone };
  }
  const caveat =
    account === 'synced-user'
      ? ('synced' as const)
      : account === 'cloud-member'
        ? undefined
        : ('account-unsure' as const);
  const withCaveat = caveat ? { caveat } : {};
  if (actorRole === undefined) {
    return {
      ...base,
      answer: 'depends',
      reason: 'actor-unsure',
      roles: rolesThatCanReset(table, targetRole ?? 'no-admin-role'),
    };
  }
  if (!Object.hasOwn(table.resets, actorRole)) {
    return {
      ...base,
      answer: 'no',
      reason: 'no-role',
      roles: rolesThatCanReset(table, targetRole ?? 'no-admin-role'),
    };
  }
  if (everyone.includes(actorRole))
    return { ...base, answer: 'yes', reason: 'everyone', roles: [], ...withCaveat };
  if (targetRole === undefined) {
    return { ...base, answer: 'depends', reason: 'target-unsure', roles: resettableBy(table, actorRole) };
  }
  return canReset(table, actorRole, targetRole)
    ? { ...base, answer: 'yes', reason: 'table', roles: [], ...withCaveat }
    : { ...base, answer: 'no', reason: 'table', roles: rolesThatCanReset(table, targetRole) };
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
  return permissionVerdict(tree.roles, answer(rule.actor), answer(rule.target), answer(rule.account));
}
