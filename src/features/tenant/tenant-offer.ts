import type { Lang } from '../../tree/types.ts';

/** The class of what the tenant check adds to a page, so it is found and replaced when the app renders another. */
export const PANEL_CLASS = 'tenant-check';
/** Where a sign-in under way keeps that the admin asked for a reading (a flag: never a user, never a token). */
export const PENDING_KEY = 'tenant-check.pending';

/** What every page of the tenant build says before a click: the offer, and where what goes (the footer). */
export const OFFER_TEXT = {
  nb: {
    find: 'Finn det ut fra leieren din',
    findAll: 'Finn svarene fra leieren din',
    privacy: (authority: string) =>
      `Denne utgaven kan lese svar fra leieren din: bare når du ber om det, logger du på hos ${authority}, og nettleseren din leser svarene fra graph.microsoft.com. Ingenting sendes til dette nettstedet, og påloggingen glemmes når du lukker fanen eller logger av.`,
  },
  en: {
    find: 'Find out from your tenant',
    findAll: 'Find the answers from your tenant',
    privacy: (authority: string) =>
      `This edition can read answers from your tenant: only when you ask, you sign in at ${authority} and your browser reads the answers from graph.microsoft.com. Nothing is sent to this site, and the sign-in is forgotten when you close the tab or sign out.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
