/**
 * Bad input: one fixture per kind under fixtures/errors/<kind>/ (a whole small content folder; read its wizard.yaml
 * comment for what is wrong), and one test each asserting every diagnostic's file, line, column and message.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compileContent, compileOrThrow } from '../../src/compiler/compile.ts';
import { ContentError } from '../../src/compiler/diagnostics.ts';
import { expectDiagnostics } from './expect-diagnostics.ts';
import type { ExpectedDiagnostic } from './expect-diagnostics.ts';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'errors');

/** Compiles a fixture with its own folder as the working directory, so file names read as in the table. */
function diagnosticsOf(kind: string) {
  const dir = path.join(root, kind);
  return compileContent(dir, dir).diagnostics;
}

const NOT_HTTPS = 'is not an https address; links must start with https://';

const cases: [what: string, kind: string, expected: ExpectedDiagnostic[]][] = [
  [
    'a check whose command changes the tenant, signed in with a write scope',
    'check-not-read-only',
    [
      ['checks.yaml', 12, 35, 'scope "User.ReadWrite.All" is not read-only'],
      ['checks.yaml', 14, 11, '"Set-MgUser" is not read-only: a check may only read'],
    ],
  ],
  [
    'a check that presents a retired cmdlet as current, and a Graph command without the sign-in it needs',
    'check-not-paste-ready',
    [
      [
        'checks.yaml',
        12,
        11,
        '"Get-ADSyncAADPasswordResetConfiguration" appears only in Microsoft\'s retired pages',
      ],
      [
        'checks.yaml',
        16,
        11,
        '"Get-MgUser" reads Microsoft Graph: start the command with Connect-MgGraph -Scopes',
      ],
    ],
  ],
  [
    'a check for an unknown question, and a question without a check',
    'check-unknown-question',
    [
      ['checks.yaml', 2, 15, 'unknown question "size": wizard.yaml defines colour'],
      ['checks.yaml', 2, 3, 'question "colour" has no check'],
    ],
  ],
  [
    "a check that copies a sentence of another question's check",
    'check-copied-text',
    [['checks.yaml', 15, 11, 'the check of "size" repeats a sentence of the check of "colour"']],
  ],
  [
    'a command with real-looking values instead of placeholders, signed in without scopes',
    'check-placeholder',
    [
      ['checks.yaml', 12, 11, 'Connect-MgGraph needs -Scopes'],
      ['checks.yaml', 13, 31, '"adele.vance@contoso.com" looks like an email address or user name'],
      ['checks.yaml', 14, 80, '"aaaaaaaa-bbbb-cccc-1111-222222222222" looks like an object id'],
    ],
  ],
  [
    'a tenant check that writes: another method than GET, and a write scope',
    'tenant-not-read-only',
    [
      ['checks.yaml', 10, 16, 'method "POST" is refused: a tenant check only reads, with GET'],
      ['checks.yaml', 11, 14, 'scope "User.ReadWrite.All" is not read-only'],
    ],
  ],
  [
    "a tenant check reading Graph's beta endpoint",
    'tenant-beta',
    [['checks.yaml', 10, 48, 'the beta endpoint is refused']],
  ],
  [
    'a tenant check mapping to answers its question lacks, reading what it does not select, an unknown placeholder, a page off the allow-list',
    'tenant-unknown-answer',
    [
      ['checks.yaml', 10, 66, '$select lacks onPremisesSyncEnabled, which the check reads'],
      ['checks.yaml', 10, 91, 'unknown placeholder {group}'],
      ['checks.yaml', 14, 34, 'answer "green" is not an option of question "colour": it has grey, blue'],
      ['checks.yaml', 15, 18, 'answer "not-sure" is not an option of question "colour"'],
      ['checks.yaml', 17, 15, 'goes to graph.example.com, which is not on the allow-list'],
    ],
  ],
  [
    'one page with two dates: the sources list says one, a note (with an anchor) and the role table others',
    'page-two-dates',
    [
      [
        'wizard.yaml',
        32,
        22,
        '"https://learn.microsoft.com/entra/roles" is dated 2024-10 here but 2024-10-15 at sources.yaml:3:11: a page has one date',
      ],
      [
        'roles.yaml',
        2,
        14,
        '"https://learn.microsoft.com/entra/roles" is dated 2024-11-02 here but 2024-10-15 at sources.yaml:3:11',
      ],
    ],
  ],
  [
    'malformed YAML',
    'yaml-syntax',
    [['wizard.yaml', 19, 5, 'YAML syntax: Flow sequence in block collection must be sufficiently indented']],
  ],
  [
    'a rules field of the wrong type',
    'wrong-type',
    [['wizard.yaml', 5, 15, 'questions.0.remember: Invalid input: expected boolean, received string']],
  ],
  [
    'a symptom whose heading matches no article heading',
    'heading-unmatched',
    [
      [
        'wizard.yaml',
        26,
        20,
        'symptom "screen-black": no bold heading in nb/base.md reads "Skjermen er svart"',
      ],
      [
        'wizard.yaml',
        26,
        43,
        'symptom "screen-black": no bold heading in en/base.md reads "The screen is black"',
      ],
    ],
  ],
  [
    'an article heading no rule covers',
    'heading-uncovered',
    [
      ['nb/base.md', 8, 1, 'the heading "Skjermen er svart" is covered by no symptom in the rules'],
      ['en/base.md', 8, 1, 'the heading "The screen is black" is covered by no symptom in the rules'],
    ],
  ],
  [
    'an unknown question in "ask"',
    'unknown-question-in-ask',
    [['wizard.yaml', 19, 19, 'unknown question "size": define it under questions']],
  ],
  [
    'an unknown question in a "when"',
    'unknown-question-in-when',
    [['wizard.yaml', 24, 24, 'unknown question "color": define it under questions']],
  ],
  [
    'an unknown option in a "when"',
    'unknown-option-in-when',
    [
      [
        'wizard.yaml',
        22,
        32,
        'unknown option "green" of question "colour"; its options are: grey, blue, not-sure',
      ],
    ],
  ],
  [
    'a duplicate question id',
    'duplicate-question-id',
    [['wizard.yaml', 14, 9, 'duplicate question id "colour"']],
  ],
  ['a duplicate option id', 'duplicate-option-id', [['wizard.yaml', 11, 13, 'duplicate option id "blue"']]],
  [
    'a duplicate symptom id',
    'duplicate-symptom-id',
    [['wizard.yaml', 25, 9, 'duplicate symptom id "button-broken"']],
  ],
  ['a duplicate item id', 'duplicate-item-id', [['wizard.yaml', 28, 13, 'duplicate item id "try-again"']]],
  ['a duplicate note id', 'duplicate-note-id', [['wizard.yaml', 33, 13, 'duplicate note id "admin-roles"']]],
  [
    'ids that are not kebab-case ASCII',
    'id-not-kebab-case',
    [
      ['wizard.yaml', 7, 13, 'questions.0.options.0.id: must be a kebab-case ASCII id'],
      ['wizard.yaml', 15, 9, 'symptoms.0.id: must be a kebab-case ASCII id'],
    ],
  ],
  [
    'two symptoms that both say they are the catch-all',
    'two-catch-alls',
    [['wizard.yaml', 27, 16, 'only one symptom can be the catch-all; "button-broken" already is']],
  ],
  [
    'a symptom id that is the reserved "about" URL segment',
    'reserved-about-id',
    [['wizard.yaml', 15, 9, '"about" is reserved for the about page']],
  ],
  [
    'an item listed without its fingerprint: the message names its texts and the fingerprint to write',
    'item-without-fingerprint',
    [
      [
        'wizard.yaml',
        18,
        13,
        'item "ask-admin" has no fingerprint: if it is nb/base.md:5:1 "Be en administrator om hjelp." and en/base.md:5:1 "Ask an administrator for help.", write "ask-admin: 52fa-b18f"',
      ],
      ['wizard.yaml', 18, 24, 'item "try-again" has no fingerprint: if it is nb/base.md:6:1'],
    ],
  ],
  [
    'two items swapped in one edition only: each item is named with both of its texts',
    'item-in-two-places',
    [
      [
        'wizard.yaml',
        18,
        13,
        'item "ask-admin" has its Norwegian text at nb/base.md:6:1 "Be en administrator om hjelp." but its English text at en/base.md:5:1 "Ask an administrator for help."',
      ],
      [
        'wizard.yaml',
        18,
        35,
        'item "try-again" has its Norwegian text at nb/base.md:5:1 "Prøv igjen senere." but its English text at en/base.md:6:1 "Try again later."',
      ],
    ],
  ],
  [
    'an item reworded after its fingerprint was written: the new texts and the new fingerprint are named',
    'item-reworded',
    [
      [
        'wizard.yaml',
        18,
        13,
        'item "ask-admin": no item reads as it did (fingerprint 52fa-b18f); the item without its rules is nb/base.md:5:1 "Be en administrator eller brukerstøtte om hjelp." and en/base.md:5:1 "Ask an administrator for help.": if that is still "ask-admin", write "ask-admin: 07b6-d685"',
      ],
    ],
  ],
  [
    'a rule for an item that does not exist',
    'rule-unknown-item',
    [
      [
        'wizard.yaml',
        23,
        15,
        'unknown item "try-later" in symptom "button-broken"; its items are: ask-admin, try-again',
      ],
    ],
  ],
  [
    'a javascript: link',
    'link-javascript',
    [
      ['nb/base.md', 6, 14, `link "javascript:alert(1)" ${NOT_HTTPS}`],
      ['en/base.md', 6, 13, `link "javascript:alert(1)" ${NOT_HTTPS}`],
    ],
  ],
  [
    'a data: link',
    'link-data',
    [
      ['nb/base.md', 6, 14, `link "data:text/html,<b>hi</b>" ${NOT_HTTPS}`],
      ['en/base.md', 6, 13, `link "data:text/html,<b>hi</b>" ${NOT_HTTPS}`],
    ],
  ],
  [
    'an http: link',
    'link-http',
    [
      ['nb/base.md', 6, 14, `link "http://learn.microsoft.com/retry" ${NOT_HTTPS}`],
      ['en/base.md', 6, 13, `link "http://learn.microsoft.com/retry" ${NOT_HTTPS}`],
    ],
  ],
  [
    'an English edition with an item missing',
    'en-missing-item',
    [['en/base.md', 3, 1, 'the en section "The button does not work" has 1 items but the Norwegian has 2']],
  ],
  [
    'an English edition with an extra link',
    'en-extra-link',
    [['en/base.md', 5, 1, 'item 1 links to [https://learn.microsoft.com/admins]; the Norwegian links to []']],
  ],
  [
    'an English edition with a different link target',
    'en-different-link-target',
    [
      [
        'en/base.md',
        6,
        1,
        'item 2 links to [https://learn.microsoft.com/try-again]; the Norwegian links to [https://learn.microsoft.com/retry]',
      ],
    ],
  ],
  [
    'a loop: a question asked only when it is itself answered',
    'loop-same-question',
    [
      [
        'wizard.yaml',
        21,
        25,
        'question "colour" is not asked before this point, so this condition could never hold',
      ],
    ],
  ],
  [
    'a loop: a question asked only after an answer to a later one',
    'loop-later-question',
    [
      [
        'wizard.yaml',
        31,
        27,
        'question "blinking" is not asked before this point, so this condition could never hold',
      ],
    ],
  ],
  [
    'a path that ends where no item or note applies',
    'no-remedy',
    [['wizard.yaml', 21, 7, 'the answers colour=not-sure end in a remedy where no item or note applies']],
  ],
  [
    'a question every answer of which leads to the same remedy',
    'same-remedy',
    [['wizard.yaml', 19, 11, 'every answer to "colour" leads to the same remedy, so it should not be asked']],
  ],
  [
    'a "not sure" path over 3 questions',
    'unsure-path-too-long',
    [['wizard.yaml', 49, 10, 'symptom "button-broken": the "not sure" path asks more than 3 questions']],
  ],
  [
    'a path over 5 questions, reported once',
    'path-too-long',
    [
      [
        'wizard.yaml',
        70,
        7,
        'symptom "button-broken": the path colour=grey, blinking=yes, clicked=yes, restarted=yes, plugged-in=yes, updated=yes asks more than 5 questions',
      ],
    ],
  ],
  [
    'an empty section',
    'empty-section',
    [
      ['nb/base.md', 8, 1, 'the section "Skjermen er svart" is empty: add its text under the heading'],
      ['en/base.md', 8, 1, 'the section "The screen is black" is empty: add its text under the heading'],
      ['wizard.yaml', 28, 12, 'symptom "screen-black" names 1 items but its section in nb/base.md has 0'],
    ],
  ],
  [
    'a question without a "not sure" option',
    'unsure-option-missing',
    [['wizard.yaml', 7, 7, 'question "colour" must end with exactly one "not sure" option (unsure: true)']],
  ],
  [
    'a question whose "not sure" option is not the last',
    'unsure-option-not-last',
    [['wizard.yaml', 7, 7, 'question "colour" must end with exactly one "not sure" option (unsure: true)']],
  ],
  [
    'a note with a bad date',
    'note-bad-date',
    [
      [
        'wizard.yaml',
        28,
        18,
        'symptoms.0.notes.0.checked: must be the date the fact was checked, as YYYY-MM-DD',
      ],
    ],
  ],
  [
    'a note with a non-https source',
    'note-http-source',
    [['wizard.yaml', 29, 17, 'symptoms.0.notes.0.source: must be the https URL of the source']],
  ],
  [
    'an article link to a host off the allow-list',
    'link-off-allow-list',
    [
      [
        'nb/base.md',
        6,
        14,
        'link "https://example.com/retry" goes to example.com, which is not on the allow-list',
      ],
      [
        'en/base.md',
        6,
        13,
        'link "https://example.com/retry" goes to example.com, which is not on the allow-list',
      ],
    ],
  ],
  [
    'a note whose source is off the allow-list',
    'note-source-off-allow-list',
    [
      [
        'wizard.yaml',
        29,
        17,
        'link "https://example.com/roles" goes to example.com, which is not on the allow-list',
      ],
    ],
  ],
  [
    'a note attached to an unknown item',
    'note-unknown-item',
    [
      [
        'wizard.yaml',
        27,
        15,
        'unknown item "ask-boss" in symptom "button-broken"; its items are: ask-admin, try-again',
      ],
    ],
  ],
  [
    'a row of the role table that names an unknown role',
    'table-unknown-role',
    [
      ['roles.yaml', 10, 19, 'unknown role "helpdesk-admin": add it under roles first'],
      ['roles.yaml', 10, 35, 'unknown role "directory-readers": add it under roles first'],
    ],
  ],
  [
    'a role id in the rules that the role table lacks',
    'verdict-role-unknown',
    [
      [
        'wizard.yaml',
        19,
        13,
        'the verdict cannot decide option "janitor" of "my-role": it is not in roles.yaml; add it there or use one of',
      ],
    ],
  ],
  [
    'a licence id in the rules that the licence table lacks',
    'verdict-licence-unknown',
    [
      [
        'wizard.yaml',
        19,
        13,
        'the verdict cannot decide option "office-2003" of "licence": it is not in licences.yaml',
      ],
    ],
  ],
  [
    'a claim that is wrong today, said by an item without a correcting note',
    'wrong-today-uncorrected',
    [
      [
        'corrections.yaml',
        5,
        7,
        '"ask-an-admin" is wrong today, and item "ask-admin" of symptom "button-broken" says it: give that item a note with "corrects: true"',
      ],
    ],
  ],
  [
    'a recorded correction whose old text is still in the article',
    'correction-old-text-present',
    [['corrections.yaml', 4, 10, 'correction "try-again": the old text is still in nb/base.md']],
  ],
  [
    'Norwegian text using words terms.yaml avoids (quotes, code, links, keywords and the old text are not read)',
    'avoided-term',
    [
      ['wizard.yaml', 12, 34, '"tildelt": write "tilordne" instead (terms.yaml: "tildel*")'],
      ['wizard.yaml', 25, 9, '"feiler": write "mislykkes" instead (terms.yaml: "feiler")'],
      ['nb/guide.md', 8, 41, '"den lokale siden": write "det lokale miljøet" instead'],
      ['nb/guide.md', 11, 31, '"bladet": write "side eller fane" instead (terms.yaml: "bladet")'],
      ['nb/guide.md', 11, 48, '"tildelingen": write "tilordne" instead (terms.yaml: "tildel*")'],
    ],
  ],
  [
    'a terms.yaml with a malformed pattern, a pattern twice, and one that matches its own word to use',
    'terms-invalid',
    [
      ['terms.yaml', 4, 13, '"til*del" is not a word or phrase'],
      ['terms.yaml', 6, 13, '"Tildel*" is listed twice'],
      ['terms.yaml', 8, 13, '"tilbakestill*" matches "tilbakestille passordet", the word to use instead'],
    ],
  ],
  [
    'an item that says "you lack permission" made to apply where the verdict says yes',
    'claim-contradicted',
    [
      [
        'wizard.yaml',
        35,
        9,
        'item "ask-admin" says "no-permission", but this rule makes it apply with my-role=global-admin, account=cloud-member, where the verdict "yes" (everyone) says otherwise',
      ],
    ],
  ],
  [
    'an item that says the licence is not enough, made to apply with a licence that covers it',
    'licence-claim-contradicted',
    [
      [
        'wizard.yaml',
        27,
        9,
        'item "try-again" says "licence-lacks-cloud-reset", but this rule makes it apply with licence=entra-id-p1, where the licence table\'s row for entra-id-p1 says otherwise',
      ],
    ],
  ],
  [
    'an item that says writeback is off, made to apply when the answers say it is on',
    'answer-claim-contradicted',
    [
      [
        'wizard.yaml',
        24,
        9,
        'item "ask-admin" is untrue when {"writeback":["on"]}, but this rule makes it apply with writeback=on, where the answers say otherwise',
      ],
    ],
  ],
  [
    'a correction shown only for some answers',
    'correction-note-with-when',
    [
      [
        'wizard.yaml',
        40,
        15,
        'note "more-roles-today" corrects its item, so it is shown wherever the item is: remove "when"',
      ],
    ],
  ],
  [
    'a kind of account the role table cannot decide',
    'verdict-account-undecided',
    [
      [
        'wizard.yaml',
        19,
        13,
        'the verdict cannot decide option "restricted-admin-unit" of "account": it is not in the account kinds roles.yaml can decide',
      ],
    ],
  ],
  [
    'a recorded correction whose new text is not in the article',
    'correction-not-in-article',
    [['corrections.yaml', 4, 10, 'correction "ask-an-admin": the new text is not in nb/base.md']],
  ],
  [
    'a note whose text links to javascript:',
    'note-javascript-link',
    [['wizard.yaml', 31, 15, `link "javascript:alert(1)" ${NOT_HTTPS}`]],
  ],
  [
    'several errors in one run: a schema error and a javascript: link, both reported',
    'several-errors',
    [
      ['wizard.yaml', 5, 15, 'questions.0.remember: Invalid input: expected boolean, received string'],
      ['nb/base.md', 5, 32, `link "javascript:alert(1)" ${NOT_HTTPS}`],
    ],
  ],
];

describe('each kind of bad input is reported with its file, line, column and message', () => {
  test.each(cases)('%s (errors/%s)', (_, kind, expected) => {
    expectDiagnostics(diagnosticsOf(kind), expected);
  });
});

describe('every error fixture', () => {
  const kinds = readdirSync(root).sort();

  test('has a test above', () => {
    expect(kinds).toEqual(cases.map(([, kind]) => kind).sort());
  });

  test.each(kinds)('%s: positions are never line 0 or column 0', (kind) => {
    const diagnostics = diagnosticsOf(kind);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  test('compileOrThrow lists every problem as file:line:col: message', () => {
    const dir = path.join(root, 'several-errors');
    expect(() => compileOrThrow(dir, dir)).toThrow(ContentError);
    expect(() => compileOrThrow(dir, dir)).toThrow(
      /The content has 2 problems:\nwizard\.yaml:5:15: questions\.0\.remember: .*\nnb\/base\.md:5:32: link "javascript:alert\(1\)"/,
    );
  });
});
