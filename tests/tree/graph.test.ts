/**
 * The tenant check's mapping from a Graph response to an answer, on responses shaped as Microsoft Graph's
 * documented examples (v1.0), with the rules written as content/checks.yaml writes them (not read from it: editing
 * the content must not break these tests).
 */
import { describe, expect, test } from 'vitest';
import {
  answeredPath,
  readAnswer,
  readValues,
  requestUrl,
  retryAfterSeconds,
  subjectOf,
  validUser,
} from '../../src/tree/graph.ts';
import type { GraphRule } from '../../src/tree/graph.ts';

const GA = '62e90394-69f5-4237-9190-012177145e10';
const HELPDESK = '729827e3-9c14-49f7-bb1b-9608f156bbb8';

describe('readValues', () => {
  test('walks names and "*" for every item of a list', () => {
    const response = { value: [{ a: { b: 1 } }, { a: { b: 2 } }] };
    expect(readValues(response, 'value/*/a/b')).toEqual([1, 2]);
  });
  test('a missing last field reads as null; a missing list yields nothing', () => {
    expect(readValues({ value: [{}] }, 'value/*/onPremisesSyncEnabled')).toEqual([null]);
    expect(readValues({ value: [] }, 'value/*/x')).toEqual([]);
    expect(readValues({}, 'value/*/x')).toEqual([]);
  });
  test('only scalars are values (an object at the end is not evidence)', () => {
    expect(readValues({ a: { b: 1 } }, 'a')).toEqual([]);
  });
});

describe('synced users: GET /organization?$select=onPremisesSyncEnabled', () => {
  const rules: GraphRule[] = [
    { is: [true], answer: 'synced' },
    { is: [false, null], answer: 'cloud-only' },
  ];
  const read = 'value/*/onPremisesSyncEnabled';
  test('true is synced', () => {
    const response = { '@odata.context': '...', value: [{ onPremisesSyncEnabled: true }] };
    expect(readAnswer({ read, rules }, response)).toEqual({
      field: 'onPremisesSyncEnabled',
      values: [true],
      answer: 'synced',
    });
  });
  test('null (never synced) is cloud-only, and so is false', () => {
    expect(readAnswer({ read, rules }, { value: [{ onPremisesSyncEnabled: null }] }).answer).toBe(
      'cloud-only',
    );
    expect(readAnswer({ read, rules }, { value: [{ onPremisesSyncEnabled: false }] }).answer).toBe(
      'cloud-only',
    );
  });
  test('an empty list answers nothing', () => {
    expect(readAnswer({ read, rules }, { value: [] }).answer).toBeUndefined();
  });
});

describe('writeback: GET /directory/onPremisesSynchronization?$select=features', () => {
  const rules: GraphRule[] = [
    { is: [true], answer: 'on' },
    { is: [false], answer: 'off' },
  ];
  const read = 'value/*/features/passwordWritebackEnabled';
  const response = (enabled: boolean | undefined) => ({
    value: [{ id: 'x', features: { passwordSyncEnabled: true, passwordWritebackEnabled: enabled } }],
  });
  test('the feature flag gives on or off', () => {
    expect(readAnswer({ read, rules }, response(true)).answer).toBe('on');
    expect(readAnswer({ read, rules }, response(false)).answer).toBe('off');
  });
  test('a missing flag (null) answers nothing rather than "off"', () => {
    expect(readAnswer({ read, rules }, response(undefined))).toMatchObject({
      values: [null],
      answer: undefined,
    });
  });
});

describe('your role: GET /roleManagement/directory/roleAssignments?$filter=principalId eq ...', () => {
  const rules: GraphRule[] = [
    { has: [GA], answer: 'global-admin' },
    { has: [HELPDESK], answer: 'helpdesk-admin' },
  ];
  const read = 'value/*/roleDefinitionId';
  const assignment = (roleDefinitionId: string) => ({ roleDefinitionId, directoryScopeId: '/' });
  test('the first rule in order wins: Global Administrator over Helpdesk', () => {
    const response = { value: [assignment(HELPDESK), assignment(GA)] };
    expect(readAnswer({ read, rules }, response)).toEqual({
      field: 'roleDefinitionId',
      values: [HELPDESK, GA],
      answer: 'global-admin',
    });
  });
  test('no direct assignment answers nothing (a role through a group is not read)', () => {
    expect(readAnswer({ read, rules }, { value: [] }).answer).toBeUndefined();
    expect(readAnswer({ read, rules }, { value: [assignment('other')] }).answer).toBeUndefined();
  });
});

describe('licences: GET /subscribedSkus and GET /me/licenseDetails', () => {
  test('a SKU part number in the list gives its answer', () => {
    const rules: GraphRule[] = [
      { has: ['AAD_PREMIUM', 'AAD_PREMIUM_P2'], answer: 'entra-id-p1-p2' },
      { has: ['SPB'], answer: 'm365-business-premium' },
    ];
    const response = { value: [{ skuPartNumber: 'SPB', servicePlans: [] }, { skuPartNumber: 'FLOW_FREE' }] };
    expect(readAnswer({ read: 'value/*/skuPartNumber', rules }, response).answer).toBe(
      'm365-business-premium',
    );
  });
  test('service plans across every licence; "otherwise" answers when none holds', () => {
    const rules: GraphRule[] = [
      { has: ['AAD_PREMIUM', 'AAD_PREMIUM_P2'], answer: 'licensed' },
      { otherwise: true, answer: 'unlicensed' },
    ];
    const read = 'value/*/servicePlans/*/servicePlanName';
    const licensed = {
      value: [
        {
          skuPartNumber: 'SPB',
          servicePlans: [{ servicePlanName: 'EXCHANGE_S_STANDARD' }, { servicePlanName: 'AAD_PREMIUM' }],
        },
      ],
    };
    expect(readAnswer({ read, rules }, licensed).answer).toBe('licensed');
    expect(readAnswer({ read, rules }, { value: [] }).answer).toBe('unlicensed');
  });
});

describe('the target user: GET /users/{id}?$select=userType,onPremisesSyncEnabled', () => {
  const rules: GraphRule[] = [{ is: ['Guest'], answer: 'guest-user' }];
  test('a guest is read; a member answers nothing (groups and units are not read)', () => {
    expect(readAnswer({ read: 'userType', rules }, { userType: 'Guest' }).answer).toBe('guest-user');
    expect(readAnswer({ read: 'userType', rules }, { userType: 'Member' }).answer).toBeUndefined();
  });
});

describe('the user typed in', () => {
  test('a UPN or an object id is accepted, trimmed', () => {
    expect(validUser('  adele@contoso.onmicrosoft.com ')).toBe('adele@contoso.onmicrosoft.com');
    expect(validUser('87d349ed-44d7-43e1-9a83-5f2406dee5bd')).toBe('87d349ed-44d7-43e1-9a83-5f2406dee5bd');
  });
  test('anything else is refused: no domain, a path, a query, spaces', () => {
    for (const bad of [
      'adele',
      'adele@',
      'a/b@contoso.com',
      'a?x@contoso.com',
      'a b@contoso.com',
      '',
      '../me',
    ])
      expect(validUser(bad)).toBeUndefined();
  });
  test('is put into the request encoded', () => {
    expect(
      requestUrl(
        { url: 'https://graph.microsoft.com/v1.0/users/{user}?$select=userType' },
        { user: "o'neil@contoso.com" },
      ),
    ).toBe("https://graph.microsoft.com/v1.0/users/o'neil%40contoso.com?$select=userType");
  });
});

test('the subject follows the placeholder', () => {
  expect(subjectOf('https://graph.microsoft.com/v1.0/users/{user}')).toBe('user');
  expect(
    subjectOf(
      "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '{me}'",
    ),
  ).toBe('me');
  expect(subjectOf('https://graph.microsoft.com/v1.0/me/licenseDetails')).toBe('me');
  expect(subjectOf('https://graph.microsoft.com/v1.0/organization')).toBe('tenant');
});

describe('after a reading', () => {
  test('429 waits Retry-After seconds, within 1 to 120, 5 when none can be read', () => {
    expect(retryAfterSeconds('3')).toBe(3);
    expect(retryAfterSeconds('0.2')).toBe(1);
    expect(retryAfterSeconds('9999')).toBe(120);
    expect(retryAfterSeconds(null)).toBe(5);
    expect(retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(5);
  });
  test("a remedy's not-sure pairs are replaced by the answers read, nothing else", () => {
    const answers = new Map([
      ['synced-users', { unsure: ['not-sure'], answer: 'synced' }],
      ['writeback', { unsure: ['not-sure'], answer: 'off' }],
    ]);
    expect(answeredPath('/en/s/synced-users/not-sure/writeback/on/licence/not-sure/', answers)).toBe(
      '/en/s/synced-users/synced/writeback/on/licence/not-sure/',
    );
    expect(answeredPath('/en/s/writeback/not-sure/', answers)).toBe('/en/s/writeback/off/');
  });
});
