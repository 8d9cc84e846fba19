/**
 * The verdict logic on a snapshot of the role and licence tables (fixtures/verdict/), so that editing the content
 * never breaks these tests. Microsoft's role table itself is checked cell by cell against content/roles.yaml in
 * content/examples/tables/who-can-reset.yaml; the flows' verdicts in content/examples/<symptom>.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { Diagnostics } from '../../src/compiler/diagnostics.ts';
import { loadLicences, loadRoles } from '../../src/compiler/tables.ts';
import {
  canReset,
  canResetAll,
  claimIsUntrue,
  configureVerdict,
  licenceVerdict,
  permissionVerdict,
  resettableBy,
  rolesResettingEveryone,
  rolesThatCanReset,
} from '../../src/tree/verdict.ts';
import type { LicenceTable, RoleTable } from '../../src/tree/tables.ts';
import { loadSampleTree } from './helpers.ts';

const fixture = (file: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'verdict', file), 'utf8');
const d = new Diagnostics();
const table = loadRoles(fixture('roles.yaml'), 'roles.yaml', d).value as RoleTable;
const licences = loadLicences(fixture('licences.yaml'), 'licences.yaml', d).value as LicenceTable;
const tree = { ...loadSampleTree(), roles: table, licences };

const ACTORS = Object.keys(table.resets);
const PAA_GA = ['privileged-authentication-admin', 'global-admin'];
/** The roles the question about the user's other roles lists for a role: the table's row, written out. */
const LISTED: Record<string, string[]> = {
  'password-admin': ['directory-readers', 'guest-inviter', 'password-admin'],
  'helpdesk-admin': ['directory-readers', 'guest-inviter', 'reader-role', 'password-admin', 'helpdesk-admin'],
  'authentication-admin': [
    'directory-readers',
    'guest-inviter',
    'reader-role',
    'password-admin',
    'authentication-admin',
  ],
  'user-admin': [
    'directory-readers',
    'guest-inviter',
    'reader-role',
    'groups-admin',
    'password-admin',
    'helpdesk-admin',
    'user-admin',
  ],
};
const listed = (actor: string) => LISTED[actor] ?? [];

test('the fixture tables load without a problem', () => {
  expect(d.list).toEqual([]);
});

describe('who can reset whom', () => {
  it('a role that resets a list resets exactly that list; one that resets everyone resets every role', () => {
    for (const actor of ACTORS) {
      const resets = table.resets[actor];
      for (const target of table.roles.map((r) => r.id)) {
        const expected = resets === 'everyone' || (resets ?? []).includes(target);
        expect(canReset(table, actor, target), `${actor} ${target}`).toBe(expected);
        expect(canResetAll(table, actor, [target])).toBe(expected);
      }
    }
    expect(canReset(table, 'not-a-role', 'no-admin-role')).toBe(false);
  });

  it('whom a role can reset is its row, in table order', () => {
    for (const actor of Object.keys(LISTED))
      expect(resettableBy(table, actor).filter((r) => r !== 'no-admin-role')).toEqual(listed(actor));
  });

  it('names who can, least privileged first', () => {
    expect(rolesThatCanReset(table, 'global-admin')).toEqual(PAA_GA);
    expect(rolesThatCanReset(table, 'helpdesk-admin')).toEqual([
      'helpdesk-admin',
      'user-admin',
      'privileged-authentication-admin',
      'global-admin',
    ]);
    expect(rolesThatCanReset(table, 'no-admin-role')[0]).toBe('password-admin');
    expect(rolesResettingEveryone(table)).toEqual(PAA_GA);
  });
});

describe('a user with several roles: a role resets the user only if it resets every one of them', () => {
  it('Groups Administrator + Authentication Administrator: neither a User nor an Authentication Administrator can', () => {
    const both = ['groups-admin', 'authentication-admin'];
    expect(canResetAll(table, 'user-admin', both)).toBe(false);
    expect(canResetAll(table, 'authentication-admin', both)).toBe(false);
    expect(rolesThatCanReset(table, ...both)).toEqual(PAA_GA);
  });

  it('Helpdesk Administrator + Password Administrator: a Helpdesk or User Administrator can, a Password Administrator cannot', () => {
    const both = ['helpdesk-admin', 'password-admin'];
    expect(canResetAll(table, 'helpdesk-admin', both)).toBe(true);
    expect(canResetAll(table, 'user-admin', both)).toBe(true);
    expect(canResetAll(table, 'password-admin', both)).toBe(false);
    expect(canResetAll(table, 'authentication-admin', both)).toBe(false);
  });

  it('Authentication Administrator + Helpdesk Administrator: only the roles that reset everyone', () => {
    expect(rolesThatCanReset(table, 'authentication-admin', 'helpdesk-admin')).toEqual(PAA_GA);
  });

  it('Directory Readers + a reader role: Helpdesk, Authentication and User Administrators, not a Password Administrator', () => {
    expect(rolesThatCanReset(table, 'directory-readers', 'reader-role')).toEqual([
      'helpdesk-admin',
      'authentication-admin',
      'user-admin',
      ...PAA_GA,
    ]);
  });

  it('no role at all is the same as "no admin role"', () => {
    for (const actor of ACTORS)
      expect(canResetAll(table, actor, [])).toBe(canReset(table, actor, 'no-admin-role'));
  });
});

describe('the verdict for a user with other roles: one yes/no question, exact', () => {
  for (const actor of ['password-admin', 'helpdesk-admin', 'authentication-admin', 'user-admin']) {
    it(`${actor}: the list shown is the table's row; only-listed is yes, other-role is no, not sure depends`, () => {
      const yes = permissionVerdict(table, actor, 'cloud-member', 'only-listed');
      expect(yes).toMatchObject({ answer: 'yes', reason: 'table', resettable: listed(actor) });
      expect(permissionVerdict(table, actor, 'cloud-member', 'other-role')).toMatchObject({
        answer: 'no',
        reason: 'table',
        roles: PAA_GA,
      });
      expect(permissionVerdict(table, actor, 'cloud-member', 'not-sure')).toMatchObject({
        answer: 'depends',
        reason: 'others-unsure',
        resettable: listed(actor),
      });
    });
  }

  it('"yes" is exact: for every set of listed roles, the actor can reset a user holding all of them', () => {
    for (const actor of ['password-admin', 'helpdesk-admin', 'authentication-admin', 'user-admin']) {
      expect(canResetAll(table, actor, listed(actor))).toBe(true);
      for (const other of table.roles
        .map((r) => r.id)
        .filter((t) => t !== 'no-admin-role' && !listed(actor).includes(t)))
        expect(canResetAll(table, actor, [...listed(actor), other])).toBe(false);
    }
  });

  for (const held of ['rmau-scoped-role', 'custom-role']) {
    it(`a user who holds ${held}: every role but the two that reset everyone says no and names them`, () => {
      for (const actor of ACTORS) {
        const verdict = permissionVerdict(table, actor, 'cloud-member', held);
        if (PAA_GA.includes(actor)) expect(verdict).toMatchObject({ answer: 'yes', reason: 'everyone' });
        else if (Object.hasOwn(table.resets, actor))
          expect(verdict).toMatchObject({ answer: 'no', reason: 'held-role', held, roles: PAA_GA });
        else expect(verdict).toMatchObject({ answer: 'no', reason: 'no-role' });
      }
    });
  }

  it('an answer naming a row the actor can reset is a yes without the two roles', () => {
    expect(permissionVerdict(table, 'user-admin', 'synced-user', 'helpdesk-admin')).toEqual({
      kind: 'permission',
      actor: 'user-admin',
      answer: 'yes',
      reason: 'held-role',
      held: 'helpdesk-admin',
      roles: [],
      caveat: 'synced',
    });
  });

  it('a role that resets everyone is not asked and says yes', () => {
    expect(permissionVerdict(table, 'global-admin', 'cloud-member')).toMatchObject({
      answer: 'yes',
      reason: 'everyone',
    });
  });
});

describe('the kind of account', () => {
  it('a guest is reset only by the home organisation, whatever your role', () => {
    for (const actor of ['global-admin', 'password-admin', 'not-sure']) {
      expect(permissionVerdict(table, actor, 'guest-user')).toMatchObject({
        answer: 'no',
        reason: 'guest',
        roles: [],
      });
    }
  });

  it('a member or owner of a role-assignable group: only a Privileged Authentication Administrator or a Global Administrator', () => {
    for (const actor of ['privileged-authentication-admin', 'global-admin'])
      expect(permissionVerdict(table, actor, 'role-assignable-group')).toMatchObject({
        answer: 'yes',
        reason: 'role-assignable-group',
      });
    for (const actor of [
      'user-admin',
      'helpdesk-admin',
      'password-admin',
      'authentication-admin',
      'no-admin-role',
    ])
      expect(permissionVerdict(table, actor, 'role-assignable-group', 'only-listed')).toMatchObject({
        answer: 'no',
        reason: 'role-assignable-group',
        roles: PAA_GA,
      });
    expect(permissionVerdict(table, 'not-sure', 'role-assignable-group')).toMatchObject({
      answer: 'depends',
      reason: 'role-assignable-group',
      roles: PAA_GA,
    });
  });

  it('a member of a restricted management administrative unit: no tenant-scoped role, Global Administrator included', () => {
    for (const actor of [...ACTORS, 'no-admin-role', 'not-sure'])
      expect(permissionVerdict(table, actor, 'restricted-admin-unit', 'only-listed')).toMatchObject({
        answer: 'no',
        reason: 'restricted-admin-unit',
        roles: [],
      });
    expect(table.protected['restricted-admin-unit']?.resetBy).toBe('unit-scope');
  });

  it('a synced user is a yes with the writeback caveat; an unknown kind of account is a yes with its caveat', () => {
    expect(permissionVerdict(table, 'password-admin', 'synced-user', 'only-listed')).toMatchObject({
      answer: 'yes',
      caveat: 'synced',
    });
    expect(permissionVerdict(table, 'password-admin', 'not-sure', 'only-listed')).toMatchObject({
      answer: 'yes',
      caveat: 'account-unsure',
    });
  });

  it('an unknown role of yours makes it depend, and lists the roles that can reset someone', () => {
    expect(permissionVerdict(table, 'not-sure', 'cloud-member')).toMatchObject({
      answer: 'depends',
      reason: 'actor-unsure',
      roles: rolesThatCanReset(table),
    });
  });

  it('no role that resets passwords: a plain no that names the least privileged role first', () => {
    for (const actor of ['no-admin-role', 'authentication-policy-admin']) {
      const verdict = permissionVerdict(table, actor, undefined);
      expect(verdict).toMatchObject({ answer: 'no', reason: 'no-role' });
      expect(verdict.roles[0]).toBe('password-admin');
    }
  });
});

describe('"I don\'t see the Password reset page": the licence first, then the role', () => {
  it('an unlicensed Global Administrator is told about the licence, never "you should see it"', () => {
    expect(configureVerdict(table, 'global-admin', 'unlicensed')).toMatchObject({
      answer: 'licence',
      roleCan: true,
    });
  });

  it('a licensed admin whose role can configure it should see it; one whose role cannot is told the role', () => {
    expect(configureVerdict(table, 'authentication-policy-admin', 'licensed').answer).toBe('should-see');
    expect(configureVerdict(table, 'global-admin', 'licensed').answer).toBe('should-see');
    expect(configureVerdict(table, 'helpdesk-admin', 'licensed')).toMatchObject({
      answer: 'role',
      roleCan: false,
    });
    expect(configureVerdict(table, 'helpdesk-admin', 'unlicensed').answer).toBe('licence-and-role');
  });

  it('an unknown licence or role depends on both', () => {
    expect(configureVerdict(table, 'global-admin', 'not-sure').answer).toBe('depends');
    expect(configureVerdict(table, 'not-sure', 'licensed').answer).toBe('depends');
    expect(configureVerdict(table, 'not-sure', undefined).roles).toEqual([
      'authentication-policy-admin',
      'global-admin',
    ]);
  });
});

describe('claims: what an item asserts against the verdict', () => {
  const permission = (answer: 'yes' | 'no' | 'depends') => ({
    kind: 'permission' as const,
    answer,
    reason: 'table' as const,
    roles: [],
  });
  it('"you don\'t have permission" is untrue only beside a yes', () => {
    const claim = { says: 'no-permission' as const };
    expect(claimIsUntrue(tree, claim, permission('yes'), [])).toBe(true);
    expect(claimIsUntrue(tree, claim, permission('no'), [])).toBe(false);
    expect(claimIsUntrue(tree, claim, permission('depends'), [])).toBe(false);
    expect(claimIsUntrue(tree, claim, configureVerdict(table, 'global-admin', 'unlicensed'), [])).toBe(true);
    expect(claimIsUntrue(tree, claim, configureVerdict(table, 'helpdesk-admin', 'licensed'), [])).toBe(false);
  });

  it('"the licence is not enough" is untrue where every licence shown covers it', () => {
    const cloud = { says: 'licence-lacks-cloud-reset' as const };
    const writeback = { says: 'licence-lacks-writeback' as const };
    expect(claimIsUntrue(tree, cloud, licenceVerdict(licences, 'm365-business-standard'), [])).toBe(true);
    expect(claimIsUntrue(tree, writeback, licenceVerdict(licences, 'm365-business-standard'), [])).toBe(
      false,
    );
    expect(claimIsUntrue(tree, cloud, licenceVerdict(licences, 'entra-id-free'), [])).toBe(false);
    expect(claimIsUntrue(tree, writeback, licenceVerdict(licences, 'entra-id-p1-p2'), [])).toBe(true);
    expect(claimIsUntrue(tree, cloud, licenceVerdict(licences, 'not-sure'), [])).toBe(false);
  });

  it('a claim about the answers is untrue where its condition holds', () => {
    const claim = { untrueWhen: { writeback: ['on'] } };
    expect(claimIsUntrue(tree, claim, undefined, [{ question: 'writeback', option: 'on' }])).toBe(true);
    expect(claimIsUntrue(tree, claim, undefined, [{ question: 'writeback', option: 'off' }])).toBe(false);
  });
});

describe('licences', () => {
  it('a chosen licence is shown alone; "not sure" shows every licence', () => {
    expect(licenceVerdict(licences, 'm365-business-standard').licences).toEqual(['m365-business-standard']);
    expect(licenceVerdict(licences, 'not-sure').licences).toEqual(licences.licences.map((l) => l.id));
  });
});
