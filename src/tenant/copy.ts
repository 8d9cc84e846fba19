import type { Lang } from '../tree/lang.ts';

/**
 * The tenant check's words, loaded with it when the admin asks (not in the page's UI copy, which every page
 * downloads, so a default build and a page before the click carry none of them).
 */
const COPY = {
  nb: {
    heading: 'Svaret fra leieren din',
    intro:
      'Logg på med kontoen din i Microsoft Entra ID: veiviseren leser svaret med en dokumentert forespørsel som bare leser, og viser hva den leste. Ingenting lagres, og ingenting sendes andre steder enn til påloggingen og Microsoft Graph.',
    signIn: 'Logg på med Microsoft',
    signOut: 'Logg av',
    signedInAs: 'Logget på som {{name}}.',
    userLabel: 'Brukeren som passordet gjelder (brukernavn eller objekt-ID)',
    userInvalid: 'Skriv et brukernavn som navn@firma.no eller en objekt-ID.',
    read: 'Les fra leieren',
    reading: 'Leser …',
    readAt: 'lest {{time}}',
    forUser: 'for {{user}}',
    answerIs: 'Svaret ut fra leieren: {{answer}}',
    confirm: 'Bekreft svaret',
    marked: 'lest fra leieren',
    noAnswer: 'Det som ble lest, avgjør ikke svaret: svar selv ut fra det.',
    empty: '(ingen)',
    request: 'Forespørsel',
    source: 'Kilde',
    checked: 'sjekket {{date}}',
    forbidden:
      'Microsoft Graph sa nei (403{{code}}): appen mangler samtykke til {{scope}}, eller kontoen din mangler en rolle som kan lese dette. Be en global administrator om å gi samtykke for organisasjonen, eller svar selv.',
    notFound: 'Fant ingen slik bruker (404). Sjekk brukernavnet eller objekt-ID-en.',
    throttled: 'Microsoft Graph ber deg vente {{seconds}} sekunder (429). Prøv igjen etterpå.',
    network: 'Fikk ikke kontakt med Microsoft Graph. Sjekk nettverket og prøv igjen.',
    expired: 'Påloggingen har utløpt. Logg på igjen.',
    failed: 'Microsoft Graph svarte med en feil ({{status}}). Svar selv, eller prøv igjen senere.',
    tryAgain: 'Prøv igjen',
  },
  en: {
    heading: 'The answer from your tenant',
    intro:
      'Sign in with your Microsoft Entra ID account: the wizard reads the answer with a documented, read-only request and shows what it read. Nothing is stored, and nothing goes anywhere but the sign-in and Microsoft Graph.',
    signIn: 'Sign in with Microsoft',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}.',
    userLabel: 'The user whose password it is (user name or object id)',
    userInvalid: 'Type a user name such as name@contoso.com, or an object id.',
    read: 'Read from the tenant',
    reading: 'Reading …',
    readAt: 'read at {{time}}',
    forUser: 'for {{user}}',
    answerIs: 'The answer from your tenant: {{answer}}',
    confirm: 'Confirm this answer',
    marked: 'read from the tenant',
    noAnswer: 'What was read does not settle the answer: answer it yourself from what it shows.',
    empty: '(none)',
    request: 'Request',
    source: 'Source',
    checked: 'checked {{date}}',
    forbidden:
      'Microsoft Graph said no (403{{code}}): the app lacks consent to {{scope}}, or your account lacks a role that can read this. Ask a Global Administrator to grant consent for the organisation, or answer it yourself.',
    notFound: 'No such user (404). Check the user name or object id.',
    throttled: 'Microsoft Graph asks you to wait {{seconds}} seconds (429). Try again then.',
    network: 'Could not reach Microsoft Graph. Check the network and try again.',
    expired: 'Your sign-in has expired. Sign in again.',
    failed: 'Microsoft Graph answered with an error ({{status}}). Answer it yourself, or try again later.',
    tryAgain: 'Try again',
  },
} as const;

type Key = keyof (typeof COPY)['en'];

/** One string of the tenant check's copy in a language, `{{name}}` filled from `values`. */
export function tenantText(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return COPY[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
