import type { Lang } from '../../tree/types.ts';

/**
 * The tenant check's words once it runs, in both languages (what every page shows before is in tenant-offer.ts).
 * They live with the tenant check, not in the app's UI copy, so that the default build is unchanged.
 */
export const TENANT_TEXT = {
  nb: {
    signingIn: 'Sender deg til påloggingen …',
    reading: 'Leser fra leieren …',
    readAt: 'lest',
    forTenant: 'organisasjonen',
    forYou: 'deg',
    fromTenant: 'lest fra leieren din',
    confirm: 'Bekreft',
    noAnswer: 'Dette avgjør ikke spørsmålet: svar selv, eller se «Slik sjekker du» under.',
    userLabel: 'Brukeren det gjelder (brukernavn eller objekt-ID)',
    userInvalid: 'Skriv et brukernavn som navn@domene.no eller en objekt-ID (GUID).',
    read: 'Les',
    signOut: 'Logg av leiersjekken',
    signedOut: 'Du er logget av, og påloggingen er fjernet fra denne nettleseren.',
    forbidden: (scope: string) =>
      `Microsoft Graph avslo (403): appen mangler administratorsamtykke til ${scope}, eller rollen din gir ikke lov til å lese dette. Spørsmålet står som før.`,
    notFound: (user: string) => `Fant ingen bruker ${user} (404). Sjekk navnet; spørsmålet står som før.`,
    throttled: (seconds: number) =>
      `Microsoft Graph ber oss vente (429): prøver igjen om ${seconds} sekunder.`,
    offline: 'Fikk ikke kontakt med Microsoft Graph. Sjekk nettverket; spørsmålet står som før.',
    expired: 'Påloggingen har utløpt: logg på igjen.',
    signInAgain: 'Logg på igjen',
    failed: (status: number) => `Microsoft Graph svarte med feil ${status}. Spørsmålet står som før.`,
  },
  en: {
    signingIn: 'Taking you to sign in …',
    reading: 'Reading from your tenant …',
    readAt: 'read at',
    forTenant: 'the organisation',
    forYou: 'you',
    fromTenant: 'read from your tenant',
    confirm: 'Confirm',
    noAnswer: 'This does not settle the question: answer it yourself, or see "How to check" below.',
    userLabel: 'The user whose password it is (user name or object id)',
    userInvalid: 'Type a user name such as name@contoso.com or an object id (a GUID).',
    read: 'Read',
    signOut: 'Sign out of the tenant check',
    signedOut: 'You are signed out, and the sign-in is removed from this browser.',
    forbidden: (scope: string) =>
      `Microsoft Graph refused (403): the app lacks an admin's consent to ${scope}, or your role may not read this. The question is as it was.`,
    notFound: (user: string) => `No user ${user} was found (404). Check the name; the question is as it was.`,
    throttled: (seconds: number) =>
      `Microsoft Graph asks us to wait (429): trying again in ${seconds} seconds.`,
    offline: 'Could not reach Microsoft Graph. Check the network; the question is as it was.',
    expired: 'Your sign-in has expired: sign in again.',
    signInAgain: 'Sign in again',
    failed: (status: number) => `Microsoft Graph answered with error ${status}. The question is as it was.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type TenantText = (typeof TENANT_TEXT)[Lang];
