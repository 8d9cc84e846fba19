import type { TFunction } from 'i18next';
import type { Lang } from '../../tree/lang.ts';
import type { Tree } from '../../tree/compiled.ts';
import type { RoleTable } from '../../tree/tables.ts';
import type { ConfigureVerdict, PermissionVerdict, Verdict } from '../../tree/state.ts';
import { NO_ADMIN_ROLE, resettableBy, rolesResettingEveryone } from '../../tree/verdict.ts';

/** A verdict in words: a plain headline ("Yes, you can ...") and the sentences that explain it. */
export interface VerdictText {
  headline: string;
  lines: string[];
}

/** A role's name as used inside a sentence. */
function roleName(table: RoleTable, lang: Lang, id: string): string {
  return table.roles.find((r) => r.id === id)?.name[lang] ?? id;
}

/** Role names joined into a list, in the table's order. */
function roleList(tree: Tree, lang: Lang, roles: readonly string[]): string {
  return roles.map((id) => roleName(tree.roles, lang, id)).join(', ');
}

/** The same text with its first letter in upper case, for a role name that starts a line. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whom a role can reset, in words: "users with no admin role, Directory Readers, ...". */
function reachOf(tree: Tree, lang: Lang, role: string, t: TFunction): string {
  return resettableBy(tree.roles, role)
    .map((id) => (id === NO_ADMIN_ROLE ? t('verdict.noAdminRole') : roleName(tree.roles, lang, id)))
    .join(', ');
}

/** The words of a permission verdict, in the page's language. */
export function permissionText(
  tree: Tree,
  lang: Lang,
  verdict: PermissionVerdict,
  t: TFunction,
): VerdictText {
  const everyone = roleList(tree, lang, rolesResettingEveryone(tree.roles));
  const roles = roleList(tree, lang, verdict.roles);
  const list = roleList(tree, lang, verdict.resettable ?? []);
  const lines: string[] = [];
  if (verdict.actor) lines.push(t('verdict.actorOnly', { actor: roleName(tree.roles, lang, verdict.actor) }));
  switch (verdict.reason) {
    case 'guest':
      lines.push(t('verdict.guest'));
      break;
    case 'role-assignable-group':
      lines.push(t(verdict.answer === 'yes' ? 'verdict.groupYes' : 'verdict.groupNo', { roles: everyone }));
      break;
    case 'restricted-admin-unit':
      lines.push(t('verdict.adminUnit'), t('verdict.adminUnitBanner'));
      break;
    case 'everyone':
      lines.push(t('verdict.everyone'));
      break;
    case 'no-role':
      lines.push(t('verdict.noRole'), t('verdict.askRoles', { roles }));
      break;
    case 'actor-unsure':
      lines.push(t('verdict.actorUnsure'));
      for (const role of Object.keys(tree.roles.resets).filter((r) => verdict.roles.includes(r))) {
        const name = capitalised(roleName(tree.roles, lang, role));
        lines.push(t('verdict.roleReach', { role: name, list: reachOf(tree, lang, role, t) }));
      }
      break;
    case 'others-unsure':
      lines.push(t('verdict.othersUnsure', { list, roles }));
      break;
    case 'held-role':
      lines.push(
        t(verdict.answer === 'yes' ? 'verdict.heldYes' : 'verdict.heldNo', {
          held: roleName(tree.roles, lang, verdict.held ?? ''),
          roles,
        }),
      );
      break;
    case 'table':
      lines.push(
        verdict.answer === 'yes' ? t('verdict.onlyListed', { list }) : t('verdict.otherRole', { roles }),
      );
      break;
  }
  const resets = verdict.actor !== undefined && Object.hasOwn(tree.roles.resets, verdict.actor);
  if (resets && verdict.answer !== 'no') lines.push(t('verdict.unitScope'));
  if (verdict.caveat === 'synced') lines.push(t('verdict.synced'));
  if (verdict.caveat === 'account-unsure') lines.push(t('verdict.accountUnsure', { everyone }));
  return { headline: t(`verdict.${verdict.answer}`), lines };
}

/** The words of the "why don't I see the Password reset page" verdict: the licence first, then the role. */
export function configureText(tree: Tree, lang: Lang, verdict: ConfigureVerdict, t: TFunction): VerdictText {
  const lines: string[] = [];
  if (verdict.actor) lines.push(t('verdict.actorOnly', { actor: roleName(tree.roles, lang, verdict.actor) }));
  if (['licence', 'licence-and-role', 'depends'].includes(verdict.answer))
    lines.push(t('verdict.configureLicence'));
  if (['role', 'licence-and-role', 'depends'].includes(verdict.answer))
    lines.push(t('verdict.configureRole', { roles: roleList(tree, lang, verdict.roles) }));
  if (verdict.answer === 'should-see') lines.push(t('verdict.configureShouldSee'));
  return { headline: t(`verdict.configure.${verdict.answer}`), lines };
}

/** The verdict as plain lines for a ticket summary. */
export function verdictSummary(tree: Tree, lang: Lang, verdict: Verdict, t: TFunction): string[] {
  if (verdict.kind !== 'licence') {
    const text =
      verdict.kind === 'permission'
        ? permissionText(tree, lang, verdict, t)
        : configureText(tree, lang, verdict, t);
    return [text.headline, ...text.lines];
  }
  const yesNo = (value: boolean) => (value ? t('verdict.yesShort') : t('verdict.noShort'));
  return verdict.licences.flatMap((id) => {
    const licence = tree.licences.licences.find((l) => l.id === id);
    if (!licence) return [];
    return [
      t('verdict.licenceSummary', {
        licence: licence.name[lang],
        cloud: yesNo(licence.cloudSelfServiceReset),
        writeback: yesNo(licence.hybridWriteback),
      }),
    ];
  });
}
