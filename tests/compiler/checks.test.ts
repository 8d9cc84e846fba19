import { describe, expect, test } from 'vitest';
import { commandProblems, signInProblem } from '../../src/compiler/read-only-commands.ts';

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
    [
      'Get-ADSyncAADPasswordResetConfiguration -SourceConnector "<c>"',
      [[0, 0, '"Get-ADSyncAADPasswordResetConfiguration" appears only in Microsoft\'s retired pages']],
    ],
  ])('refuses %j', (run, expected) => {
    expect(messages(run)).toEqual(expected);
  });
});

describe('signInProblem: a Graph command starts by signing in', () => {
  test.each([
    ['Connect-MgGraph -Scopes User.Read.All\nGet-MgUser -UserId "<u>"'],
    ['Connect-MgGraph -Scopes User.Read.All; Invoke-MgGraphRequest -Method GET -Uri "<uri>"'],
    ['Get-WinEvent -LogName Application -MaxEvents 5'],
  ])('allows %j', (run) => {
    expect(signInProblem(run)).toBeUndefined();
  });

  test.each([
    ['Get-MgUser -UserId "<u>"', 0, 0],
    ['$u = "<u>"\nGet-MgUser -UserId $u', 1, 0],
    ['Get-WinEvent -LogName Application | Where-Object { Get-MgUser }', 0, 51],
    ['Invoke-MgGraphRequest -Method GET -Uri "<uri>"\nConnect-MgGraph -Scopes User.Read.All', 0, 0],
  ])('refuses %j at %i:%i', (run, line, column) => {
    expect(signInProblem(run)).toMatchObject({
      line,
      column,
      message: expect.stringContaining('Connect-MgGraph -Scopes'),
    });
  });
});
