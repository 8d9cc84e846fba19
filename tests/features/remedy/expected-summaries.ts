/**
 * The ticket summaries two remedies should produce, written out in full (used by the unit and the component test).
 * They quote the article: when content/ changes the wording of these items, notes or links, update them here.
 */

export const NB_POLICY_PATH = '/nb/policy-testing/tested-as/ordinary-user/';

/** The ticket summary of NB_POLICY_PATH, for a page at `url`. */
export function nbPolicySummary(url: string): string {
  return `Symptom: Jeg har problemer med å teste policyen for tilbakestilling av passord jeg har konfigurert

Svar:
- Hvilken konto testet du policyen med? En vanlig bruker uten administratorrolle

Dette gjelder:
- Det kan ta flere minutter før nylig endrede policyer er replikert til alle datasentre og endepunkter. Den fysiske avstanden til datasenteret påvirker også hvor raskt endringene trer i kraft.
  Rettet: Ingen av dagens sider fra Microsoft lover en fast tid før en endret policy trer i kraft, og ingen nevner avstanden til datasenteret. Den eneste tiden som oppgis, er inntil 60 minutter når selvbetjent tilbakestilling for administratorer slås av. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy)

Oppdatert veiledning:
- Gjelder policyen bare en valgt gruppe, må testbrukeren være med i den gruppen; ellers får brukeren feilen SSPR_0013. Bare én gruppe kan velges. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr)

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
- Password writeback is turned on with two switches. First in Microsoft Entra Connect: Optional features > Password writeback. Then in the Microsoft Entra admin center: Password reset > On-premises integration > "Write back passwords to your on-premises directory". (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback)
- With Entra Connect cloud sync there is one switch on the same tab: "Enable password write back for synced users", or the command Set-AADCloudSyncPasswordWritebackConfiguration -Enable $true on the server with the agent. Writeback with cloud sync needs at least Microsoft Entra ID P1. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-cloud-sync-sspr-writeback)
- Password writeback needs Microsoft 365 Business Premium or Microsoft Entra ID P1 or P2. (2026-12-01, https://learn.microsoft.com/entra/identity/authentication/concept-sspr-licensing)

Links:
- Troubleshoot password writeback: https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback

Link to this page: ${url}`;
}
