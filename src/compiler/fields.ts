import { z } from 'zod';

/** The field types every content file's schema is built of. */

/** Ids appear in URLs: lower-case ASCII words joined by single hyphens. */
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(ID, {
  message: 'must be a kebab-case ASCII id (a-z, 0-9, single hyphens), e.g. "reset-button-greyed-out"',
});
export const text = z.string().trim().min(1, { message: 'must not be empty' });
export const perLang = z.strictObject({ nb: text, en: text });
/** A day this team did something (compared a fact with its source), as YYYY-MM-DD. */
export const isoDate = (what: string) => z.iso.date({ message: `must be ${what}, as YYYY-MM-DD` });
/** A source page's own date (its ms.date), as YYYY-MM-DD (YYYY-MM where only the month is known). */
export const sourceDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, {
  message: "must be the source page's own date, as YYYY-MM-DD",
});
