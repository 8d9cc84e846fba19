import type { TFunction } from 'i18next';
import type { Lang, PermissionVerdict, Tree, Verdict } from '../../tree/types.ts';
import { rolesResettingEveryone } from '../../tree/verdict.ts';

/** A verdict in words: a plain headline ("Yes, you can ...") and the sentences that explain it. */
export interface VerdictText {
  headline: string;
  lines: string[];
}

/** Role names joined into a list, in the table's order. */
function roleList(tree: Tree, lang: Lang, roles: readonly string[]): string {
  return roles.map((id) => tree.roles.roles.find((r) => r.id === id)?.name[lang] ?? id).join(', ');
}

/** The words of a permission verdict, in the page's language. */
export function permissionText(
  tree: Tree,
  lang: Lang,
  verdict: PermissionVerdict,
  t: TFunction,
): VerdictText {
  const name = (id: string | undefined) => (id ? roleList(tree, lang, [id]) : '');
  const everyone = roleList(tree, lang, rolesResettingEveryone(tree.roles));
  const roles = roleList(tree, lang, verdict.roles);
  const lines: string[] = [];
  if (verdict.actor && verdict.target)
    lines.push(t('verdict.roles', { actor: name(verdict.actor), target: name(verdict.target) }));
  else if (verdict.actor) lines.push(t('verdict.actorOnly', { actor: name(verdict.actor) }));
  switch (verdict.reason) {
    case 'guest':
      lines.push(t('verdict.guest'));
      break;
    case 'protected':
      if (verdict.answer === 'no') lines.push(t('verdict.protected', { roles }));
      break;
    case 'everyone':
      lines.push(t('verdict.everyone'));
      break;
    case 'no-role':
      lines.push(t('verdict.noRole'), t('verdict.askRoles', { roles }));
      break;
    case 'actor-unsure':
      lines.push(t('verdict.actorUnsure', { roles }));
      break;
    case 'target-unsure':
      lines.push(t('verdict.targetUnsure', { roles, everyone }));
      break;
    case 'table':
      if (verdict.answer === 'no') lines.push(t('verdict.askRoles', { roles }));
      break;
  }
  if (verdict.caveat === 'synced') lines.push(t('verdict.synced'));
  if (verdict.caveat === 'account-unsure') lines.push(t('verdict.accountUnsure', { everyone }));
  return { headline: t(`verdict.${verdict.answer}`), lines };
}

/** The verdict as plain lines for a ticket summary. */
export function verdictSummary(tree: Tree, lang: Lang, verdict: Verdict, t: TFunction): string[] {
  if (verdict.kind === 'permission') {
    const text = permissionText(tree, lang, verdict, t);
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
