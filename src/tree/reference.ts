/** What the site lists beside the flows: error codes and messages, and the corrections of the article and the guide. */

import type { Inline } from './compiled.ts';
import type { PerLang } from './lang.ts';
import type { Answer } from './state.ts';

/** The groups of the error-code list, in the order the list shows them. */
export const CODE_GROUPS = ['sspr', 'writeback', 'sign-in', 'message'] as const;
export type CodeGroup = (typeof CODE_GROUPS)[number];

/**
 * An error code, event ID or message an admin or user reports (content/codes.yaml). A split tree ships codes in
 * the `codes` text part (see split.ts), since only the code pages show them.
 */
export interface ErrorCode {
  /** Stable kebab-case id, used in its URL. */
  id: string;
  group: CodeGroup;
  /** The code as the user or the log shows it ("SSPR_0029", "6329 0x80230619", a message's text). */
  code: string;
  /** Other forms the search finds it by ("31008", "0x80230619"). */
  aliases: string[];
  /** Its kind of meaning, from the vocabulary of content/codes.yaml (which decides the symptoms it may lead to). */
  kind?: string;
  /** The symptom it leads to (none when no symptom fits its kind), and answers that pre-fill that symptom's path. */
  symptom?: string;
  answers: Answer[];
  /** True for an event or message that shows all is well (31002: the reset was written back): nothing to fix. */
  healthy: boolean;
  source: string;
  /** The source page's own date (its ms.date), as YYYY-MM. */
  sourceDate: string;
  /** The day the code was compared with its source, as YYYY-MM-DD. */
  checked: string;
  title: PerLang<string>;
  meaning: PerLang<Inline[]>;
  action: PerLang<Inline[]>;
}

/** A recorded correction of the 2021 Norwegian machine translation. */
export interface Correction {
  id: string;
  was: string;
  now: string;
  why: PerLang<string>;
  /** Why the corrected sentence is still wrong today, when it says a 2021 claim that no longer holds. */
  wrongToday?: PerLang<string>;
}

/** A correction of this guide's own content after a review against Microsoft's pages (corrections.yaml, revised). */
export interface Revision {
  id: string;
  /** The day the corrected fact was checked, as YYYY-MM-DD. */
  checked: string;
  /** The page that states what is right. */
  source: string;
  /** What was wrong and what the guide says now. */
  what: PerLang<string>;
}
