/** The words a page loads apart from the tree's structure (see split.ts). */

import type { CheckSource, TenantCheck, Inline } from './compiled.ts';
import type { Lang } from './lang.ts';
import type { Correction, ErrorCode, Revision } from './reference.ts';

/**
 * The words of one part of the tree in one language, shipped apart from the tree's structure so that a page loads
 * only the text it shows (see split.ts): a symptom's items, notes and keywords, a question's hint and check, the
 * about page's corrections, or the error codes.
 */
export interface TreeText {
  lang: Lang;
  /** The symptom whose words these are; absent for the about page's part. */
  symptom?: string;
  items: Record<string, Inline[]>;
  notes: Record<string, Inline[]>;
  corrections?: Correction[];
  /** The about page's corrections of this guide, and the admin roles of Microsoft's fixed reset policy. */
  revisions?: Revision[];
  adminPolicyRoles?: string[];
  /** The symptom's search keywords in this language (the search index is built at compile time). */
  keywords?: string[];
  /** Question id -> its hint in this language (a question page's part, see split.ts). */
  hints?: Record<string, string>;
  /** Question id -> its check in this language (a question page's part, see split.ts). */
  checks?: Record<string, CheckText>;
  /** Code id -> its words in this language (the code pages' part, see split.ts). */
  codes?: Record<string, CodeText>;
}

/** A check in one language: what a question page's text part carries (see split.ts). */
export interface CheckText {
  checked: string;
  sources: CheckSource[];
  where: Inline[];
  commands: { label: string; run: string }[];
  /** The Graph reading of a tenant-check build (docs/decisions/0018); absent from a default build's parts. */
  tenant?: TenantCheck;
}

/** A code with its words in one language: what the codes text part carries (see split.ts). */
export interface CodeText extends Omit<ErrorCode, 'title' | 'meaning' | 'action'> {
  title: string;
  meaning: Inline[];
  action: Inline[];
}
