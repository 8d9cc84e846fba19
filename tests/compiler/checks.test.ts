import { describe, expect, test } from 'vitest';
import { commandProblems } from '../../src/compiler/read-only-commands.ts';
import { compileOrThrow } from '../../src/compiler/compile.ts';
import { linkProblem } from '../../src/compiler/links.ts';
import { LANGS } from '../../src/tree/lang.ts';

const messages = (run: string) =>
  commandProblems(run).map((p) => [p.line, p.column, p.message.split(':')[0]]);

describe('commandProblems: a check may only read', () => {
  test.each([
    ['Get-MgUser -UserId "<user@contoso.com>" -Property UserType | Select-Object UserType'],
    ['Connect-MgGraph -Scopes "RoleManagement.Read.Directory", "User.ReadBasic.All"'],
    ['Connect-MgGraph -Scopes Organization.Read.All'],
    [
      "Get-WinEvent -FilterHashtable @{ LogName = 'Application'; Id = 31015, 31019 } -MaxEvents 10 | Format-List",
    ],
    [
      '$me = Get-MgUser -UserId "<you@contoso.com>"\nGet-MgX -Filter "id eq \'$($me.Id)\'" | Sort-Object Name | Format-Table',
    ],
    [
      "Get-MgUserMemberOf -UserId '<user@contoso.com>' | Where-Object { $_.AdditionalProperties.isAssignableToRole }",
    ],
    ["Get-MgX | Select-Object @{ Name = 'Role'; Expression = { $_.RoleDefinition.DisplayName } }, Id"],
    ['Get-MgX |\n  Select-Object Id'],
    // Microsoft documents roles held through a group only as a raw GET of the beta endpoint.
    [
      '$uri = "https://graph.microsoft.com/beta/roleManagement/directory/transitiveRoleAssignments?`$count=true"\nInvoke-MgGraphRequest -Method GET -Uri $uri -Headers @{ ConsistencyLevel = \'eventual\' } -OutputType PSObject | Select-Object -ExpandProperty value',
    ],
    ["Invoke-MgGraphRequest -Method 'get' -Uri '<uri>'"],
  ])('allows %j', (run) => {
    expect(commandProblems(run)).toEqual([]);
  });

  test.each([
    ['Set-MgUser -UserId "<u>"', [[0, 0, '"Set-MgUser" is not read-only']]],
    ['Get-MgUser | Remove-MgUser', [[0, 13, '"Remove-MgUser" is not read-only']]],
    [
      'Get-MgUser\nUpdate-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$false',
      [[1, 0, '"Update-MgPolicyAuthorizationPolicy" is not read-only']],
    ],
    [
      'Get-MgUser | Where-Object { Reset-MgUserAuthenticationMethodPassword -UserId $_.Id }',
      [[0, 28, '"Reset-MgUserAuthenticationMethodPassword" is not read-only']],
    ],
    [
      'Invoke-MgGraphRequest -Uri "https://graph.microsoft.com/v1.0/me"',
      [[0, 0, 'Invoke-MgGraphRequest must say -Method GET']],
    ],
    [
      'Invoke-MgGraphRequest -Method PATCH -Uri "<uri>" -Body @{ allowedToUseSSPR = $false }',
      [
        [0, 30, 'Invoke-MgGraphRequest must say -Method GET'],
        [0, 49, 'Invoke-MgGraphRequest with "-Body" sends or writes data'],
      ],
    ],
    [
      '$m = "POST"\nInvoke-MgGraphRequest -Method $m -Uri "<uri>"',
      [[1, 30, 'Invoke-MgGraphRequest must say -Method GET']],
    ],
    [
      'Invoke-MgGraphRequest -Method GET -Uri "<uri>" -OutputFilePath out.json',
      [[0, 47, 'Invoke-MgGraphRequest with "-OutputFilePath" sends or writes data']],
    ],
    [
      'New-MgUser; Add-MgGroupMember; Enable-X; Disable-X',
      [
        [0, 0, '"New-MgUser" is not read-only'],
        [0, 12, '"Add-MgGroupMember" is not read-only'],
        [0, 31, '"Enable-X" is not read-only'],
        [0, 41, '"Disable-X" is not read-only'],
      ],
    ],
    ['where { $_ }', [[0, 0, '"where" is not a read-only cmdlet (write cmdlets in full, not as aliases)']]],
    ['Get-MgUser > users.txt', [[0, 11, '">" writes output to a file']]],
    ['& "Get-MgUser"', [[0, 0, '"&" runs a command by name']]],
    [
      'Connect-MgGraph -Scopes "User.ReadWrite.All"',
      [[0, 24, 'scope "User.ReadWrite.All" is not read-only']],
    ],
    [
      'Connect-MgGraph -Scopes "Directory.AccessAsUser.All"',
      [[0, 24, 'scope "Directory.AccessAsUser.All" is not read-only']],
    ],
    [
      'Connect-MgGraph',
      [
        [
          0,
          0,
          'Connect-MgGraph needs -Scopes with the least read scopes the command uses, e.g. "User.Read.All"',
        ],
      ],
    ],
    [
      'Get-MgUser -UserId adele@contoso.com',
      [[0, 19, '"adele@contoso.com" looks like an email address or user name']],
    ],
    ['Get-MgUser -UserId <>', [[0, 19, 'an empty placeholder']]],
  ])('refuses %j', (run, expected) => {
    expect(messages(run)).toEqual(expected);
  });
});

describe('the real checks', () => {
  const tree = compileOrThrow('content');

  test('every question has a check with where to look in both languages, sources on the allow-list', () => {
    for (const question of tree.questions) {
      const check = question.check;
      expect(check, question.id).toBeDefined();
      for (const lang of LANGS)
        expect(check!.where[lang].length, `${question.id} ${lang}`).toBeGreaterThan(0);
      for (const source of check!.sources) expect(linkProblem(source.url)).toBeUndefined();
    }
  });

  test('at least six questions offer a read-only command, each with the sign-in it needs', () => {
    const withCommands = tree.questions.filter((q) => (q.check?.commands.length ?? 0) > 0);
    expect(withCommands.length).toBeGreaterThanOrEqual(6);
    for (const question of withCommands) {
      for (const command of question.check!.commands) {
        expect(commandProblems(command.run)).toEqual([]);
        // Graph cmdlets need a sign-in first; the event log is read on the server itself.
        if (/Get-Mg|Invoke-MgGraphRequest/.test(command.run))
          expect(command.run.split('\n')[0]).toMatch(/^Connect-MgGraph -Scopes /);
      }
    }
  });

  test('no check presents the retired writeback cmdlet as current', () => {
    expect(JSON.stringify(tree.questions)).not.toContain('Get-ADSyncAADPasswordResetConfiguration');
  });
});
