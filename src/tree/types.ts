/**
 * The one contract between the compiler (build time, Node) and the UI (browser).
 * The compiler's output is a `Tree`; everything in `src/tree` reads it without React, DOM or fs.
 */

/** The languages the wizard speaks. The first is the default. */
export const LANGS = ['nb', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A value given once per language. */
export type PerLang<T> = Record<Lang, T>;

/** Inline content of a remedy item, as the article wrote it (text, bold, emphasis, code, links). */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; url: string; host: string; children: Inline[] };

/** How an item stood in the article: a plain paragraph, a bullet or a numbered step. */
export type ItemKind = 'paragraph' | 'bullet' | 'step';

/** One remedy item: a paragraph or a list item of a symptom's section. */
export interface Item {
  /** Stable, hand-written id from the rules file (kebab-case ASCII). */
  id: string;
  kind: ItemKind;
  /** List nesting: 0 for a paragraph or a top-level list item. */
  depth: number;
  /** The id of the list item this one is nested in, if any. */
  parent?: string;
  content: PerLang<Inline[]>;
}

/** One answer of a multiple-choice question. */
export interface Option {
  id: string;
  label: PerLang<string>;
  /** True for the "not sure" option, always the last of its question. */
  unsure?: boolean;
}

/** A question the wizard can ask; symptoms choose which ones they ask. */
export interface Question {
  id: string;
  label: PerLang<string>;
  hint?: PerLang<string>;
  /** Whether the store may remember the answer across symptoms (role, licence, hybrid setup). */
  remember: boolean;
  options: Option[];
}

/** Answers that satisfy a condition: every named question must have one of the listed options. */
export type Condition = Record<string, string[]>;

/** A question a symptom asks, asked only when its condition holds for the answers given so far. */
export interface AskStep {
  question: string;
  when?: Condition;
}

/** An item applies when the condition holds (always, when absent). Several rules for one item are alternatives. */
export interface Rule {
  item: string;
  when?: Condition;
}

/** A dated, sourced note of today's guidance, written by this team, shown beside an item of the 2021 article. */
export interface Note {
  id: string;
  /** The article item the note updates. */
  item: string;
  /** The day the fact was checked against its source, as YYYY-MM-DD. */
  checked: string;
  /** Where the fact comes from (an https URL). */
  source: string;
  /** Shown only when this holds (always, when absent). */
  when?: Condition;
  text: PerLang<Inline[]>;
}

/** A role of the "who can reset passwords" table. */
export interface Role {
  id: string;
  /** The role's name as used inside a sentence. */
  name: PerLang<string>;
}

/** Who can reset whose password, from Microsoft's table, roles ordered from least to most privileged. */
export interface RoleTable {
  source: string;
  checked: string;
  roles: Role[];
  /** Role id -> the role ids whose passwords it can reset, or everyone (protected users included). */
  resets: Record<string, string[] | 'everyone'>;
}

/** What a licence allows for passwords. */
export interface Licence {
  id: string;
  name: PerLang<string>;
  cloudSelfServiceChange: boolean;
  cloudSelfServiceReset: boolean;
  hybridWriteback: boolean;
}

export interface LicenceTable {
  source: string;
  checked: string;
  licences: Licence[];
}

/** The kinds of account the permission verdict knows, as option ids of the account question. */
export const ACCOUNT_KINDS = ['cloud-member', 'synced-user', 'guest-user', 'protected-user'] as const;

/** Which answers a symptom's plain verdict is computed from. */
export type VerdictRule =
  | { kind: 'permission'; actor: string; target: string; account: string }
  | { kind: 'licence'; licence: string };

/** One bold heading of the article with its section, its questions and its rules. */
export interface Symptom {
  id: string;
  heading: PerLang<string>;
  /** One line for the start page. */
  summary: PerLang<string>;
  /** Extra words the start page filter matches (synonyms, old product names). */
  keywords: PerLang<string[]>;
  items: Item[];
  ask: AskStep[];
  rules: Rule[];
  notes: Note[];
  verdict?: VerdictRule;
}

/** A recorded correction of the 2021 Norwegian machine translation. */
export interface Correction {
  id: string;
  was: string;
  now: string;
  why: PerLang<string>;
}

/**
 * The words of one part of the tree in one language, shipped apart from the tree's structure so that a page loads
 * only the text it shows (see split.ts): a symptom's items and notes, or the about page's corrections.
 */
export interface TreeText {
  lang: Lang;
  /** The symptom whose words these are; absent for the about page's part. */
  symptom?: string;
  items: Record<string, Inline[]>;
  notes: Record<string, Inline[]>;
  corrections?: Correction[];
}

/** The compiled decision tree: the whole article, its questions and rules, in every language. */
export interface Tree {
  version: 1;
  title: PerLang<string>;
  intro: PerLang<Inline[]>;
  questions: Question[];
  symptoms: Symptom[];
  roles: RoleTable;
  licences: LicenceTable;
  corrections: Correction[];
}

/** One answered question. */
export interface Answer {
  question: string;
  option: string;
}

/** An item that applies, with the answers that made it apply (empty when it always applies). */
export interface AppliedItem {
  item: string;
  because: Answer[];
}

/** A note that applies, with the answers that made it apply (empty when it always applies). */
export interface AppliedNote {
  note: string;
  because: Answer[];
}

/** "Can I reset this user's password?", answered from the role table. */
export interface PermissionVerdict {
  kind: 'permission';
  answer: 'yes' | 'no' | 'depends';
  /** Why: the table decided, the role resets everyone, no role, a guest, a protected user, or an unknown side. */
  reason: 'table' | 'everyone' | 'no-role' | 'guest' | 'protected' | 'actor-unsure' | 'target-unsure';
  actor?: string;
  target?: string;
  /** Roles that can do it, least privileged first (for "no" and "depends"), or whom the actor can reset. */
  roles: string[];
  /** A condition on a "yes": the user is synced (writeback needed), or the kind of account is unknown. */
  caveat?: 'synced' | 'account-unsure';
}

/** What the chosen licence allows, from the licence table (every licence when the answer is "not sure"). */
export interface LicenceVerdict {
  kind: 'licence';
  licences: string[];
}

export type Verdict = PermissionVerdict | LicenceVerdict;

/** Where a symptom's flow stands after a list of answers. */
export type FlowState =
  | {
      kind: 'question';
      symptom: string;
      answers: Answer[];
      question: string;
      /** Valid answers to questions later in the ask order, kept from the URL (after a Change) to be replayed. */
      pending: Answer[];
      /** 1-based number of this question on the path. */
      step: number;
      /** The most questions any path from here can ask in all (including those already answered). */
      atMost: number;
    }
  | {
      kind: 'remedy';
      symptom: string;
      answers: Answer[];
      applies: AppliedItem[];
      notes: AppliedNote[];
      verdict?: Verdict;
      /** Ids of the section's other items, in article order. */
      alsoCheck: string[];
    };

/** What a URL path stands for. */
export type Location =
  | { kind: 'start'; lang: Lang }
  | { kind: 'about'; lang: Lang }
  | { kind: 'flow'; lang: Lang; state: FlowState }
  | { kind: 'not-found'; lang: Lang };
