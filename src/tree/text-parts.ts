/** The words a page loads apart from the tree's structure (see split.ts). */

import type { CheckSource, Inline, Question, Symptom, TenantCheck } from './compiled.ts';
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
  /** The ids of every code, in content order (the codes' part: a split tree's core has none). */
  codeIds?: string[];
  /** Symptom id -> its heading and summary in this language (the start page's part, and a symptom's own). */
  headings?: Record<string, { heading: string; summary: string }>;
  /** The symptom's structure, which a split tree's core lacks (a symptom's part, see split.ts). */
  shape?: SymptomShape;
}

/**
 * What a symptom's part brings beyond its words: the questions it asks, its ask steps, rules, items and notes
 * (without their text), claims, verdict and origin. A split tree's core keeps only what the start page shows of a
 * symptom, so nothing a page loads grows with the symptoms it does not show.
 */
export interface SymptomShape extends Pick<
  Symptom,
  'items' | 'ask' | 'rules' | 'notes' | 'claims' | 'verdict' | 'origin'
> {
  /** The questions the symptom asks, without their hints and checks. */
  questions: Question[];
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
