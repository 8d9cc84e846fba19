import type { Question } from '../tree/compiled.ts';

/** The scopes the tenant checks of these questions need, each once: one sign-in consents to them all. */
export function tenantScopes(questions: readonly Question[]): string[] {
  return [...new Set(questions.flatMap((q) => (q.check?.tenant ? [q.check.tenant.scope] : [])))];
}
