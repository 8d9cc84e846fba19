/**
 * The ticket summaries two remedies of the fixture tree (tests/fixtures/site) should produce, written out in full
 * (used by the unit and the component test). They quote the fixture: edit both together.
 */

export const NB_POLICY_PATH = '/nb/policy-test/tested-with/ordinary-user/';

/** The ticket summary of NB_POLICY_PATH, for a page at `url`. */
export function nbPolicySummary(url: string): string {
  return `Symptom: Testpolicyen virker ikke

Svar:
- Hvilken konto testet du med? En vanlig testbruker

Dette gjelder:
- Det tar litt tid før en endret testpolicy virker.
  Rettet: Ingen testside lover en fast ventetid. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy)

Oppdatert veiledning:
- Testbrukeren må være med i testgruppen. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr)

Lenker:
- testpolicyer for administratorer: https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences

Lenke til denne siden: ${url}`;
}

export const EN_WRITEBACK_OFF_PATH = '/en/tab-missing/sync/synced/writeback/off/';

/** The ticket summary of EN_WRITEBACK_OFF_PATH, for a page at `url`. */
export function enWritebackOffSummary(url: string): string {
  return `Symptom: The test tab is missing

Answers:
- Are the test users synced? Yes, they are synced
- Is test writeback on? No, it is off

What applies:
- You won't see the test tab if:
- test writeback is off

Updated guidance:
- Test writeback is turned on with two test switches. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback)
- For synced test users there is one more switch. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-cloud-sync-sspr-writeback)
- Test writeback needs the premium test licence. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing)

Links:
- Troubleshoot test writeback: https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback

Link to this page: ${url}`;
}
