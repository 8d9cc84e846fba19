/** The tenant check's Graph requests: only a v1.0 GET with $select, with the least scope of its read. */
import { describe, expect, test } from 'vitest';
import { requestProblems, scopeProblem } from '../../src/compiler/graph-requests.ts';

const ORG = 'GET https://graph.microsoft.com/v1.0/organization?$select=onPremisesSyncEnabled';
const messages = (request: string, read = 'value/*/onPremisesSyncEnabled') =>
  requestProblems(request, read).map((p) => p.message);

describe('requestProblems', () => {
  test('a v1.0 GET of a known read with $select of the field read passes', () => {
    expect(messages(ORG)).toEqual([]);
    expect(
      messages(
        "GET https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?$filter=principalId eq '{me}'&$select=roleDefinitionId",
        'value/*/roleDefinitionId',
      ),
    ).toEqual([]);
  });
  test.each(['POST', 'PATCH', 'DELETE', 'PUT'])('%s is refused at column 0', (method) => {
    expect(requestProblems(ORG.replace('GET', method), 'value/*/onPremisesSyncEnabled')[0]).toEqual({
      column: 0,
      message: `"${method}" is not allowed: a check only reads, with GET`,
    });
  });
  test('beta is refused at the word "beta"', () => {
    const request = ORG.replace('v1.0', 'beta');
    const [problem] = requestProblems(request, 'value/*/onPremisesSyncEnabled');
    expect(request.slice(problem?.column)).toMatch(/^beta\//);
  });
  test('another host is refused', () => {
    expect(messages('GET https://evil.example/v1.0/organization?$select=x')[0]).toMatch(
      /must go to https:\/\/graph/,
    );
  });
  test('a request without $select, or whose $select lacks the field read, is refused', () => {
    expect(messages('GET https://graph.microsoft.com/v1.0/organization')[0]).toMatch(/add \$select/);
    expect(messages('GET https://graph.microsoft.com/v1.0/organization?$select=displayName')[0]).toMatch(
      /does not name "onPremisesSyncEnabled"/,
    );
  });
  test('an unknown read and another query option are refused', () => {
    expect(messages('GET https://graph.microsoft.com/v1.0/groups?$select=onPremisesSyncEnabled')[0]).toMatch(
      /"\/groups" is not a read this site knows/,
    );
    expect(messages(`${ORG}&$expand=x`)[0]).toMatch(/"\$expand" is not allowed/);
  });
});

describe('scopeProblem', () => {
  test('the least scope of the read passes', () => {
    expect(scopeProblem(ORG, 'User.Read')).toBeUndefined();
  });
  test('a write scope is refused', () => {
    expect(scopeProblem(ORG, 'Directory.ReadWrite.All')).toMatch(/not a read-only scope/);
  });
  test('a broader read scope than the least one is refused, naming the least', () => {
    expect(scopeProblem(ORG, 'Organization.Read.All')).toMatch(/needs only User\.Read/);
  });
});
