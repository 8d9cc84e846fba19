import type { Lang } from '../tree/lang.ts';

/**
 * The privacy line of a tenant-check build, said after the site's own ("your answers never leave your browser"):
 * what goes where once an admin asks to read from the tenant. Not in the UI copy, so a default build has none of it.
 */
export const TENANT_PRIVACY: Record<Lang, string> = {
  nb: 'Ber du om å finne svaret i leieren din, logger du på hos Microsoft, og nettleseren din leser det fra Microsoft Graph med en forespørsel som bare leser. Påloggingen varer til du logger av eller lukker fanen, og brukernavnet du skriver, går bare til Microsoft Graph.',
  en: 'If you ask to find out from your tenant, you sign in with Microsoft and your browser reads the answer from Microsoft Graph with a read-only request. The sign-in lasts until you sign out or close the tab, and a user name you type goes to Microsoft Graph only.',
};
