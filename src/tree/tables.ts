/** The role and licence tables the verdicts read, and the answer ids they know. */

import type { PerLang } from './lang.ts';

/** A role of the "who can reset passwords" table. */
export interface Role {
  id: string;
  /** The role's name as used inside a sentence. */
  name: PerLang<string>;
}

/** Who can reset whose password, from Microsoft's table, roles ordered from least to most privileged. */
export interface RoleTable {
  source: string;
  checked: string;
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
  roles: Role[];
  /**
   * Role id -> the role ids whose passwords it can reset, or everyone at tenant scope (members and owners of
   * role-assignable groups included, members of restricted management administrative units excepted).
   */
  resets: Record<string, string[] | 'everyone'>;
  /** Kinds of protected account and who can reset them; see `ProtectedAccount`. */
  protected: Partial<Record<ProtectedKind, ProtectedAccount>>;
  /** Roles that can configure self-service password reset (the Password reset page), least privileged first. */
  configure?: { roles: string[]; source: string; checked: string; sourceDate?: string };
  /** The admin roles that always get Microsoft's fixed two-gate reset policy, by name as the page lists them. */
  adminPolicy?: { roles: string[]; source: string; checked: string; sourceDate?: string };
}

/** Accounts that only some admins can reset, whatever roles they hold. */
export const PROTECTED = {
  roleAssignableGroup: 'role-assignable-group',
  restrictedAdminUnit: 'restricted-admin-unit',
} as const;
export const PROTECTED_KINDS = [PROTECTED.roleAssignableGroup, PROTECTED.restrictedAdminUnit] as const;
export type ProtectedKind = (typeof PROTECTED_KINDS)[number];

/**
 * Who can reset a protected account: the listed tenant-scoped roles, or (`unit-scope`) no tenant-scoped role at all,
 * only an admin whose role is assigned at the scope of the unit the user is in.
 */
export interface ProtectedAccount {
  resetBy: string[] | 'unit-scope';
  source: string;
  checked: string;
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
}

/** What a licence allows for passwords. */
export interface Licence {
  id: string;
  name: PerLang<string>;
  cloudSelfServiceChange: boolean;
  cloudSelfServiceReset: boolean;
  hybridWriteback: boolean;
}

export interface LicenceTable {
  source: string;
  checked: string;
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
  licences: Licence[];
}

/** The kinds of account the permission verdict knows, as option ids of the account question. */
export const ACCOUNT = {
  cloudMember: 'cloud-member',
  syncedUser: 'synced-user',
  guestUser: 'guest-user',
} as const;
export const ACCOUNT_KINDS = [
  ACCOUNT.cloudMember,
  ACCOUNT.syncedUser,
  ACCOUNT.guestUser,
  ...PROTECTED_KINDS,
] as const;

/**
 * The options of the question "which roles does the user hold?" besides role ids of the table: only roles your role
 * can reset, or another; an option whose id is a row of the role table says the user holds that row.
 */
export const OTHER_ROLES = { onlyListed: 'only-listed', otherRole: 'other-role' } as const;
export const OTHER_ROLES_ANSWERS = [OTHER_ROLES.onlyListed, OTHER_ROLES.otherRole] as const;

/** The options of the question "does your own account have a Microsoft Entra ID licence?". */
export const ADMIN_LICENCE = { licensed: 'licensed', unlicensed: 'unlicensed' } as const;
export const ADMIN_LICENCE_ANSWERS = [ADMIN_LICENCE.licensed, ADMIN_LICENCE.unlicensed] as const;
