import { describe, expect, it } from 'vitest';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { resolve } from '../../src/tree/resolve.ts';
import {
  canReset,
  licenceVerdict,
  permissionVerdict,
  rolesResettingEveryone,
  rolesThatCanReset,
} from '../../src/tree/verdict.ts';

const tree = compileOrThrow('content');
const table = tree.roles;

// Microsoft's "Who can reset passwords" table, written out by hand (Y = can reset), independent of content/roles.yaml.
const TARGETS = [
  'no-admin-role',
  'directory-readers',
  'guest-inviter',
  'reader-role',
  'groups-admin',
  'other-admin-role',
  'password-admin',
  'helpdesk-admin',
  'authentication-admin',
  'user-admin',
  'privileged-authentication-admin',
  'global-admin',
] as const;
const EXPECTED: Record<string, string> = {
  //                                 nar dr gi rr ga oa pa ha aa ua pa ga
  'no-admin-role': '                 N  N  N  N  N  N  N  N  N  N  N  N',
  'password-admin': '                Y  Y  Y  N  N  N  Y  N  N  N  N  N',
  'helpdesk-admin': '                Y  Y  Y  Y  N  N  Y  Y  N  N  N  N',
  'authentication-admin': '          Y  Y  Y  Y  N  N  Y  N  Y  N  N  N',
  'user-admin': '                    Y  Y  Y  Y  Y  N  Y  Y  N  Y  N  N',
  'privileged-authentication-admin': 'Y  Y  Y  Y  Y  Y  Y  Y  Y  Y  Y  Y',
  'global-admin': '                  Y  Y  Y  Y  Y  Y  Y  Y  Y  Y  Y  Y',
};

describe('who can reset whose password (every pair of the table)', () => {
  for (const [actor, row] of Object.entries(EXPECTED)) {
    const cells = row.trim().split(/\s+/);
    TARGETS.forEach((target, i) => {
      const expected = cells[i] === 'Y';
      it(`${actor} ${expected ? 'can' : 'cannot'} reset ${target}`, () => {
        expect(canReset(table, actor, target)).toBe(expected);
        const verdict = permissionVerdict(table, actor, target, 'cloud-member');
        expect(verdict.answer).toBe(expected ? 'yes' : 'no');
        if (!expected) expect(verdict.roles).toEqual(rolesThatCanReset(table, target));
      });
    });
  }

  it('names who can, least privileged first', () => {
    expect(rolesThatCanReset(table, 'global-admin')).toEqual([
      'privileged-authentication-admin',
      'global-admin',
    ]);
    expect(rolesThatCanReset(table, 'helpdesk-admin')).toEqual([
      'helpdesk-admin',
      'user-admin',
      'privileged-authentication-admin',
      'global-admin',
    ]);
    expect(rolesThatCanReset(table, 'no-admin-role')[0]).toBe('password-admin');
    expect(rolesResettingEveryone(table)).toEqual(['privileged-authentication-admin', 'global-admin']);
  });
});

describe('the kind of account', () => {
  it('a guest is reset only by the home organisation, whatever your role', () => {
    for (const actor of ['global-admin', 'password-admin']) {
      expect(permissionVerdict(table, actor, undefined, 'guest-user')).toMatchObject({
        answer: 'no',
        reason: 'guest',
        roles: [],
      });
    }
  });

  it('a protected user is reset only by a Privileged Authentication Administrator or a Global Administrator', () => {
    expect(permissionVerdict(table, 'user-admin', 'no-admin-role', 'protected-user')).toMatchObject({
      answer: 'no',
      reason: 'protected',
      roles: ['privileged-authentication-admin', 'global-admin'],
    });
    expect(permissionVerdict(table, 'global-admin', undefined, 'protected-user')).toMatchObject({
      answer: 'yes',
    });
  });

  it('a synced user is a yes with the writeback caveat; an unknown kind of account is a yes with its caveat', () => {
    expect(permissionVerdict(table, 'password-admin', 'no-admin-role', 'synced-user')).toMatchObject({
      answer: 'yes',
      caveat: 'synced',
    });
    expect(permissionVerdict(table, 'password-admin', 'no-admin-role', 'not-sure')).toMatchObject({
      answer: 'yes',
      caveat: 'account-unsure',
    });
  });

  it('an unknown role on either side makes it depend, and says on what', () => {
    expect(permissionVerdict(table, 'not-sure', 'global-admin', 'cloud-member')).toMatchObject({
      answer: 'depends',
      reason: 'actor-unsure',
      roles: ['privileged-authentication-admin', 'global-admin'],
    });
    expect(permissionVerdict(table, 'password-admin', 'not-sure', 'cloud-member')).toMatchObject({
      answer: 'depends',
      reason: 'target-unsure',
      roles: ['no-admin-role', 'directory-readers', 'guest-inviter', 'password-admin'],
    });
  });

  it('no admin role: a plain no that names the least privileged role first', () => {
    expect(permissionVerdict(table, 'no-admin-role', undefined, undefined)).toMatchObject({
      answer: 'no',
      reason: 'no-role',
    });
    expect(permissionVerdict(table, 'no-admin-role', undefined, undefined).roles[0]).toBe('password-admin');
  });
});

describe('the wizard ends in the plain answer', () => {
  const path = (pairs: Record<string, string>) =>
    Object.entries(pairs).map(([question, option]) => ({ question, option }));

  it('a Helpdesk Administrator resetting a Global Administrator: no, ask a Privileged Authentication or Global Administrator', () => {
    const state = resolve(
      tree,
      'reset-button-greyed-out',
      path({
        'your-role': 'helpdesk-admin',
        'target-account': 'cloud-member',
        'target-role': 'global-admin',
      }),
    );
    expect(state).toMatchObject({
      kind: 'remedy',
      verdict: {
        kind: 'permission',
        answer: 'no',
        roles: ['privileged-authentication-admin', 'global-admin'],
      },
    });
  });

  it('a User Administrator resetting an ordinary user: yes', () => {
    const state = resolve(
      tree,
      'reset-page-not-visible',
      path({ 'your-role': 'user-admin', 'target-account': 'cloud-member', 'target-role': 'no-admin-role' }),
    );
    expect(state).toMatchObject({ kind: 'remedy', verdict: { answer: 'yes', reason: 'table' } });
  });

  it('a Global Administrator is not asked the user role', () => {
    const state = resolve(
      tree,
      'reset-button-greyed-out',
      path({ 'your-role': 'global-admin', 'target-account': 'cloud-member' }),
    );
    expect(state).toMatchObject({ kind: 'remedy', verdict: { answer: 'yes', reason: 'everyone' } });
  });
});

describe('licences', () => {
  it('a chosen licence is shown alone; "not sure" shows every licence', () => {
    expect(licenceVerdict(tree.licences, 'm365-business-standard').licences).toEqual([
      'm365-business-standard',
    ]);
    expect(licenceVerdict(tree.licences, 'not-sure').licences).toEqual(
      tree.licences.licences.map((l) => l.id),
    );
  });

  it('only Business Premium and Entra ID P1/P2 cover hybrid writeback; Free covers no self-service reset', () => {
    const by = Object.fromEntries(tree.licences.licences.map((l) => [l.id, l]));
    expect(by['entra-id-free']).toMatchObject({ cloudSelfServiceReset: false, hybridWriteback: false });
    expect(by['m365-business-standard']).toMatchObject({
      cloudSelfServiceReset: true,
      hybridWriteback: false,
    });
    expect(by['m365-business-premium']).toMatchObject({ cloudSelfServiceReset: true, hybridWriteback: true });
    expect(by['entra-id-p1-p2']).toMatchObject({ cloudSelfServiceReset: true, hybridWriteback: true });
  });
});
