/**
 * The ticket summaries two remedies should produce, written out in full (used by the unit and the component test).
 * They quote the article: when content/ changes the wording of these items, notes or links, update them here.
 */

export const NB_POLICY_PATH = '/nb/policy-testing/tested-as/ordinary-user/';

/** The ticket summary of NB_POLICY_PATH, for a page at `url`. */
export function nbPolicySummary(url: string): string {
  return `Symptom: Jeg har problemer med å teste policyen for tilbakestilling av passord jeg har angitt

Svar:
- Hvilken konto testet du policyen med? En vanlig bruker uten administratorrolle

Dette gjelder:
- Det kan ta flere minutter før nylig endrede policyer er replikert til alle datasentre og endepunkter. Den fysiske avstanden til datasenteret påvirker også hvor raskt endringene trer i kraft.

Oppdatert veiledning:
- Dagens dokumentasjon oppgir ingen fast tid for når en endret policy virker. Sjekk også at testbrukeren er med i gruppen som tilbakestilling av passord er slått på for, hvis den bare gjelder en valgt gruppe. (2026-11-27, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy)

Lenker:
- policyer for administratorer: https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences

Lenke til denne siden: ${url}`;
}

export const EN_WRITEBACK_OFF_PATH = '/en/on-prem-integration-not-visible/synced-users/synced/writeback/off/';

/** The ticket summary of EN_WRITEBACK_OFF_PATH, for a page at `url`. */
export function enWritebackOffSummary(url: string): string {
  return `Symptom: I don't see the on-premises integration blade in password reset

Answers:
- Are your users synced from an on-premises Active Directory? Yes, some or all are synced
- Is password writeback turned on? No, it is off

What applies:
- You won't see this blade if:
- You don't use password writeback

Updated guidance:
- Turn on password writeback in Microsoft Entra Connect (optional features) or in cloud sync. It needs Microsoft 365 Business Premium or Microsoft Entra ID P1 or P2. (2026-11-27, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-writeback)

Links:
- Troubleshoot password writeback: https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback

Link to this page: ${url}`;
}
