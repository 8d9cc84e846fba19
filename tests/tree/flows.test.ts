/**
 * Per-node tests of the real content, GOV.UK smart-answers style: for each question of a symptom, for each option,
 * the next node is what content/wizard.yaml says: the next question, or the remedy's applied item ids and note ids.
 */
import { describe, expect, test } from 'vitest';
import { findQuestion, findSymptom, resolve } from '../../src/tree/resolve.ts';
import { answers, asRemedy, loadRealTree } from './helpers.ts';

const tree = loadRealTree();

type Node = { question: string } | { items: string[]; notes: string[] };

/** The node a symptom reaches after `question=option` answers, checking that every answer given was taken. */
function flow(symptom: string) {
  return (pairs: string[]): Node => {
    const given = answers(...pairs);
    const state = resolve(tree, symptom, given);
    if (!state) throw new Error(`unknown symptom ${symptom}`);
    expect(state.answers, 'every answer given is on the path').toEqual(given);
    if (state.kind === 'question') return { question: state.question };
    // The notes beside the items that apply (corrections of the items under "also check" go with those items).
    const shown = new Set(state.applies.map((a) => a.item));
    const itemOf = (note: string) => findSymptom(tree, symptom)?.notes.find((n) => n.id === note)?.item ?? '';
    return {
      items: state.applies.map((a) => a.item),
      notes: state.notes.map((n) => n.note).filter((n) => shown.has(itemOf(n))),
    };
  };
}

const options = (question: string) => findQuestion(tree, question)?.options.map((o) => o.id);

describe('the options of the questions these symptoms ask', () => {
  test.each<[string, string[]]>([
    [
      'your-role',
      [
        'global-admin',
        'privileged-authentication-admin',
        'user-admin',
        'authentication-admin',
        'helpdesk-admin',
        'password-admin',
        'authentication-policy-admin',
        'no-admin-role',
        'not-sure',
      ],
    ],
    [
      'licence',
      ['entra-id-free', 'm365-business-standard', 'm365-business-premium', 'entra-id-p1-p2', 'not-sure'],
    ],
    ['synced-users', ['cloud-only', 'synced', 'not-sure']],
    ['writeback', ['on', 'off', 'not-sure']],
    ['tested-as', ['admin-account', 'ordinary-user', 'not-sure']],
  ])('%s has exactly the options the tests below cover', (question, ids) => {
    expect(options(question)).toEqual(ids);
  });
});

describe('other-problem', () => {
  const next = flow('other-problem');

  test('asks your role first', () => {
    expect(next([])).toEqual({ question: 'your-role' });
  });

  test.each(options('your-role') ?? [])('your-role=%s: then the licence', (role) => {
    expect(next([`your-role=${role}`])).toEqual({ question: 'licence' });
  });

  describe('licence, as a Global Administrator', () => {
    test.each<[string, Node]>([
      ['entra-id-free', { question: 'synced-users' }],
      ['m365-business-standard', { question: 'synced-users' }],
      ['m365-business-premium', { items: ['licence-read-more'], notes: [] }],
      ['entra-id-p1-p2', { items: ['licence-read-more'], notes: [] }],
      ['not-sure', { question: 'synced-users' }],
    ])('licence=%s', (licence, node) => {
      expect(next(['your-role=global-admin', `licence=${licence}`])).toEqual(node);
    });
  });

  test('a licence that covers writeback, with no admin role: check that you are authorised', () => {
    expect(next(['your-role=no-admin-role', 'licence=entra-id-p1-p2'])).toEqual({
      items: ['check-authorised', 'licence-read-more'],
      notes: ['roles-that-reset-today'],
    });
    expect(next(['your-role=not-sure', 'licence=m365-business-premium'])).toEqual({
      items: ['check-authorised', 'licence-read-more'],
      notes: ['roles-that-reset-today'],
    });
  });

  describe('synced-users, as a Global Administrator with Entra ID Free', () => {
    test.each<[string, Node]>([
      [
        'cloud-only',
        {
          items: ['check-licensing', 'licence-at-least-one', 'licence-cloud-only', 'licence-read-more'],
          notes: ['licence-per-user', 'licence-cloud-only-today'],
        },
      ],
      [
        'synced',
        {
          items: ['check-licensing', 'licence-at-least-one', 'licence-hybrid', 'licence-read-more'],
          notes: ['licence-per-user', 'licence-hybrid-today'],
        },
      ],
      [
        'not-sure',
        {
          items: [
            'check-licensing',
            'licence-at-least-one',
            'licence-cloud-only',
            'licence-hybrid',
            'licence-read-more',
          ],
          notes: ['licence-per-user', 'licence-cloud-only-today', 'licence-hybrid-today'],
        },
      ],
    ])('synced-users=%s', (synced, node) => {
      expect(next(['your-role=global-admin', 'licence=entra-id-free', `synced-users=${synced}`])).toEqual(
        node,
      );
    });
  });

  describe('synced-users, with no admin role and Business Standard', () => {
    test.each<[string, Node]>([
      [
        'cloud-only',
        {
          items: ['check-authorised', 'check-licensing', 'licence-at-least-one', 'licence-read-more'],
          notes: ['roles-that-reset-today', 'licence-per-user'],
        },
      ],
      [
        'synced',
        {
          items: [
            'check-authorised',
            'check-licensing',
            'licence-at-least-one',
            'licence-hybrid',
            'licence-read-more',
          ],
          notes: ['roles-that-reset-today', 'licence-per-user', 'licence-hybrid-today'],
        },
      ],
      [
        'not-sure',
        {
          items: [
            'check-authorised',
            'check-licensing',
            'licence-at-least-one',
            'licence-hybrid',
            'licence-read-more',
          ],
          notes: ['roles-that-reset-today', 'licence-per-user', 'licence-hybrid-today'],
        },
      ],
    ])('synced-users=%s', (synced, node) => {
      expect(
        next(['your-role=no-admin-role', 'licence=m365-business-standard', `synced-users=${synced}`]),
      ).toEqual(node);
    });
  });

  test('"not sure" three times: every item and every note, after 3 questions', () => {
    expect(next(['your-role=not-sure', 'licence=not-sure', 'synced-users=not-sure'])).toEqual({
      items: [
        'check-authorised',
        'check-licensing',
        'licence-at-least-one',
        'licence-cloud-only',
        'licence-hybrid',
        'licence-read-more',
      ],
      notes: [
        'roles-that-reset-today',
        'licence-per-user',
        'licence-cloud-only-today',
        'licence-hybrid-today',
      ],
    });
  });

  test('each item says which answers made it apply', () => {
    const state = asRemedy(
      resolve(
        tree,
        'other-problem',
        answers('your-role=no-admin-role', 'licence=entra-id-free', 'synced-users=synced'),
      ),
    );
    expect(state.applies).toEqual([
      { item: 'check-authorised', because: answers('your-role=no-admin-role') },
      { item: 'check-licensing', because: answers('licence=entra-id-free') },
      { item: 'licence-at-least-one', because: answers('licence=entra-id-free') },
      { item: 'licence-hybrid', because: answers('synced-users=synced') },
      { item: 'licence-read-more', because: [] },
    ]);
    expect(state.alsoCheck).toEqual(['licence-cloud-only']);
  });
});

describe('policy-testing', () => {
  const next = flow('policy-testing');

  test('asks which account you tested with', () => {
    expect(next([])).toEqual({ question: 'tested-as' });
  });

  test.each<[string, Node]>([
    [
      'admin-account',
      { items: ['test-with-end-user', 'admin-policy-link'], notes: ['admin-two-gate-today'] },
    ],
    [
      'ordinary-user',
      { items: ['policy-replication'], notes: ['replication-no-promise', 'test-user-in-scope'] },
    ],
    [
      'not-sure',
      {
        items: ['policy-replication', 'test-with-end-user', 'admin-policy-link'],
        notes: ['replication-no-promise', 'test-user-in-scope', 'admin-two-gate-today'],
      },
    ],
  ])('tested-as=%s', (account, node) => {
    expect(next([`tested-as=${account}`])).toEqual(node);
  });

  test('tested with an ordinary user: the admin advice is under "also check"', () => {
    const state = asRemedy(resolve(tree, 'policy-testing', answers('tested-as=ordinary-user')));
    expect(state.alsoCheck).toEqual(['test-with-end-user', 'admin-policy-link']);
  });
});

describe('deploy-without-registration', () => {
  const next = flow('deploy-without-registration');
  const items = ['prepopulate-contact-data', 'link-deploy-without-registration', 'link-data-used'];

  test('asks whether the users are synced', () => {
    expect(next([])).toEqual({ question: 'synced-users' });
  });

  test.each<[string, Node]>([
    ['cloud-only', { items, notes: ['prepopulate-today'] }],
    ['synced', { items, notes: ['prepopulate-today', 'prepopulate-with-sync'] }],
    ['not-sure', { items, notes: ['prepopulate-today', 'prepopulate-with-sync'] }],
  ])('synced-users=%s', (synced, node) => {
    expect(next([`synced-users=${synced}`])).toEqual(node);
  });
});

describe('on-prem-integration-not-visible', () => {
  const next = flow('on-prem-integration-not-visible');

  test('asks whether the users are synced', () => {
    expect(next([])).toEqual({ question: 'synced-users' });
  });

  test.each<[string, Node]>([
    [
      'cloud-only',
      { items: ['integration-hybrid-only'], notes: ['integration-tab-today', 'writeback-two-switches'] },
    ],
    ['synced', { question: 'writeback' }],
    ['not-sure', { question: 'writeback' }],
  ])('synced-users=%s', (synced, node) => {
    expect(next([`synced-users=${synced}`])).toEqual(node);
  });

  describe('writeback, for synced users', () => {
    test.each<[string, Node]>([
      [
        'on',
        {
          items: [
            'not-visible-if',
            'cause-writeback-install',
            'cause-connect-install',
            'link-troubleshoot-writeback',
          ],
          notes: [],
        },
      ],
      ['off', { items: ['not-visible-if', 'cause-writeback-off'], notes: ['writeback-licence'] }],
      [
        'not-sure',
        {
          items: [
            'not-visible-if',
            'cause-writeback-off',
            'cause-writeback-install',
            'cause-connect-install',
            'link-troubleshoot-writeback',
          ],
          notes: ['writeback-licence'],
        },
      ],
    ])('writeback=%s', (writeback, node) => {
      expect(next(['synced-users=synced', `writeback=${writeback}`])).toEqual(node);
    });
  });

  describe('writeback, not sure whether the users are synced', () => {
    test.each<[string, Node]>([
      [
        'on',
        {
          items: [
            'integration-hybrid-only',
            'not-visible-if',
            'cause-writeback-install',
            'cause-connect-install',
            'link-troubleshoot-writeback',
          ],
          notes: ['integration-tab-today', 'writeback-two-switches', 'writeback-cloud-sync'],
        },
      ],
      [
        'off',
        {
          items: ['integration-hybrid-only', 'not-visible-if', 'cause-writeback-off'],
          notes: [
            'integration-tab-today',
            'writeback-two-switches',
            'writeback-cloud-sync',
            'writeback-licence',
          ],
        },
      ],
      [
        'not-sure',
        {
          items: [
            'integration-hybrid-only',
            'not-visible-if',
            'cause-writeback-off',
            'cause-writeback-install',
            'cause-connect-install',
            'link-troubleshoot-writeback',
          ],
          notes: [
            'integration-tab-today',
            'writeback-two-switches',
            'writeback-cloud-sync',
            'writeback-licence',
          ],
        },
      ],
    ])('writeback=%s', (writeback, node) => {
      expect(next(['synced-users=not-sure', `writeback=${writeback}`])).toEqual(node);
    });
  });

  test('cloud-only users are never asked about writeback', () => {
    const state = resolve(
      tree,
      'on-prem-integration-not-visible',
      answers('synced-users=cloud-only', 'writeback=on'),
    );
    expect(state?.kind).toBe('remedy');
    expect(state?.answers).toEqual(answers('synced-users=cloud-only'));
  });
});

describe('how-to-reset', () => {
  test('asks nothing: the steps and every note at once', () => {
    expect(flow('how-to-reset')([])).toEqual({
      items: [
        'step-sign-in',
        'step-open-users',
        'step-select-user',
        'step-reset-password',
        'step-follow-instructions',
        'portal-only-writeback',
      ],
      notes: ['entra-admin-center-today', 'writeback-portals-today', 'federated-pages-disagree'],
    });
  });

  test('the steps are numbered steps, the writeback remark nested under the last', () => {
    const items = tree.symptoms.find((s) => s.id === 'how-to-reset')?.items ?? [];
    expect(items.map((i) => [i.id, i.kind, i.depth, i.parent])).toEqual([
      ['step-sign-in', 'step', 0, undefined],
      ['step-open-users', 'step', 0, undefined],
      ['step-select-user', 'step', 0, undefined],
      ['step-reset-password', 'step', 0, undefined],
      ['step-follow-instructions', 'step', 0, undefined],
      ['portal-only-writeback', 'bullet', 1, 'step-follow-instructions'],
    ]);
  });
});

describe('m365-reset-not-written-back', () => {
  test('asks nothing: reset again where writeback works', () => {
    expect(flow('m365-reset-not-written-back')([])).toEqual({
      items: ['m365-portal-no-writeback'],
      notes: ['m365-writeback-today'],
    });
  });
});

describe('reset-button-greyed-out', () => {
  const next = flow('reset-button-greyed-out');
  const resetters = ['user-admin', 'authentication-admin', 'helpdesk-admin', 'password-admin'];
  const lacks = { items: ['no-permission-for-user'], notes: ['greyed-three-roles-today'] };
  const lacksWithPim = {
    items: ['no-permission-for-user'],
    notes: ['greyed-three-roles-today', 'greyed-role-activation'],
  };

  test.each<[string, Node]>([
    ['global-admin', { question: 'target-account' }],
    ['privileged-authentication-admin', { question: 'target-account' }],
    ...resetters.map((r): [string, Node] => [r, { question: 'target-account' }]),
    ['authentication-policy-admin', lacks],
    ['no-admin-role', lacks],
    ['not-sure', { question: 'target-account' }],
  ])('your-role=%s', (role, node) => {
    expect(next([`your-role=${role}`])).toEqual(node);
  });

  test.each<[string, Node]>([
    ['cloud-member', { items: [], notes: [] }],
    ['synced-user', { items: [], notes: [] }],
    ['guest-user', lacksWithPim],
    ['role-assignable-group', { items: [], notes: [] }],
    ['restricted-admin-unit', lacksWithPim],
    ['not-sure', { items: [], notes: [] }],
  ])('as a Global Administrator, target-account=%s', (account, node) => {
    expect(next(['your-role=global-admin', `target-account=${account}`])).toEqual(node);
  });

  test.each<[string, Node]>([
    ['cloud-member', { question: 'target-other-roles' }],
    ['synced-user', { question: 'target-other-roles' }],
    ['guest-user', lacksWithPim],
    ['role-assignable-group', lacksWithPim],
    ['restricted-admin-unit', lacksWithPim],
    ['not-sure', { question: 'target-other-roles' }],
  ])('as a Helpdesk Administrator, target-account=%s', (account, node) => {
    expect(next(['your-role=helpdesk-admin', `target-account=${account}`])).toEqual(node);
  });

  test.each<[string, Node]>([
    ['only-listed', { items: [], notes: [] }],
    ['other-role', lacksWithPim],
    ['not-sure', lacksWithPim],
  ])('as a Password Administrator, an ordinary account, target-other-roles=%s', (others, node) => {
    expect(
      next(['your-role=password-admin', 'target-account=cloud-member', `target-other-roles=${others}`]),
    ).toEqual(node);
  });

  test('a "yes" leaves the article\'s "no permission" sentence out, with the reason, and keeps the PIM advice', () => {
    const state = asRemedy(
      resolve(
        tree,
        'reset-button-greyed-out',
        answers('your-role=global-admin', 'target-account=cloud-member'),
      ),
    );
    expect(state.verdict).toMatchObject({ answer: 'yes' });
    expect(state.alsoCheck).toEqual([]);
    expect(state.setAside).toEqual([{ item: 'no-permission-for-user', claim: { says: 'no-permission' } }]);
    expect(state.notes.map((n) => n.note)).toEqual(['greyed-role-activation']);
  });

  test('"not sure" of your role: the user\'s kind of account, then the remedy (2 answers)', () => {
    expect(next(['your-role=not-sure', 'target-account=not-sure'])).toEqual(lacks);
  });
});

describe('reset-page-not-visible', () => {
  const next = flow('reset-page-not-visible');
  const lacks = {
    items: ['no-permission-to-reset'],
    notes: ['page-three-roles-today', 'page-one-user-elsewhere'],
  };

  test.each<[string, Node]>([
    ['global-admin', { question: 'admin-licence' }],
    ['authentication-policy-admin', { question: 'admin-licence' }],
    ['helpdesk-admin', { question: 'admin-licence' }],
    ['not-sure', { question: 'admin-licence' }],
    ['no-admin-role', lacks],
  ])('your-role=%s', (role, node) => {
    expect(next([`your-role=${role}`])).toEqual(node);
  });

  test.each<[string, string, Node, string]>([
    ['global-admin', 'licensed', { items: [], notes: [] }, 'should-see'],
    ['global-admin', 'unlicensed', { items: [], notes: [] }, 'licence'],
    ['global-admin', 'not-sure', { items: [], notes: [] }, 'depends'],
    ['helpdesk-admin', 'licensed', lacks, 'role'],
    [
      'helpdesk-admin',
      'unlicensed',
      {
        items: ['no-permission-to-reset'],
        notes: ['page-three-roles-today', 'page-admin-licence', 'page-one-user-elsewhere'],
      },
      'licence-and-role',
    ],
  ])('%s, admin-licence=%s', (role, licence, node, answer) => {
    expect(next([`your-role=${role}`, `admin-licence=${licence}`])).toEqual(node);
    const state = asRemedy(
      resolve(tree, 'reset-page-not-visible', answers(`your-role=${role}`, `admin-licence=${licence}`)),
    );
    expect(state.verdict).toMatchObject({ kind: 'configure', answer });
  });

  test('an unlicensed Global Administrator: the licence note is shown, and no sentence says "no permission"', () => {
    const state = asRemedy(
      resolve(tree, 'reset-page-not-visible', answers('your-role=global-admin', 'admin-licence=unlicensed')),
    );
    expect(state.notes.map((n) => n.note)).toContain('page-admin-licence');
    expect(state.applies).toEqual([]);
    expect(state.setAside.map((s) => s.item)).toEqual(['no-permission-to-reset']);
  });
});
