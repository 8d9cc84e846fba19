/**
 * The compiled tree: the one contract between the compiler (build time, Node) and the UI (browser). The compiler's
 * output is a `Tree`; everything in `src/tree` reads it without React, DOM or fs.
 */

import type { PerLang } from './lang.ts';
import type { Correction, ErrorCode, Revision } from './reference.ts';
import type { LicenceTable, RoleTable } from './tables.ts';

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

/** A page a check's facts come from. */
export interface CheckSource {
  url: string;
  host: string;
  /** The page's own date (its ms.date), as YYYY-MM-DD, where it has one. */
  updated?: string;
}

/** A read-only command an admin can paste into PowerShell to find an answer. */
export interface CheckCommand {
  /** What the command shows. */
  label: PerLang<string>;
  /** The command itself, the same in every language (placeholders in angle brackets). */
  run: string;
}

/** A value a tenant reading can find in Microsoft Graph's response: a JSON scalar. */
export type GraphValue = string | number | boolean | null;

/**
 * One read-only Microsoft Graph request that answers a question from the admin's own tenant (in a build with
 * `TENANT_CHECK_CLIENT_ID` only; see docs/decisions/0018). The compiler has proved it is a GET of v1.0 with a
 * `$select`, asking for a read scope, and that every answer is one of the question's options.
 */
export interface TenantCheck {
  /** The request after `https://graph.microsoft.com/v1.0`: `{me}` is the signed-in admin's object id, `{user}` the user typed. */
  path: string;
  /** The least delegated scope the request needs, from Microsoft's page of the request. */
  scope: string;
  /** The properties read, as paths (`servicePlans/servicePlanName`), from each item of `value` in a collection. */
  read: string[];
  /** The first rule that lists a value the response holds gives the answer. */
  answers: { if: GraphValue[]; answer: string }[];
  /** The answer when the response holds no value a rule lists; without it, the question is left to the admin. */
  otherwise?: string;
  /** What this reading cannot see, said beside what it read. */
  limits?: PerLang<string>;
  /** The day the request and its mapping were compared with Microsoft's page of the request, as YYYY-MM-DD. */
  checked: string;
  /** Microsoft's page of the request, with its own date where the sources list has it. */
  source: CheckSource;
}

/** How an admin who is not sure finds the answer to a question: where to look, and documented commands. */
export interface Check {
  /** The day the check was compared with its sources, as YYYY-MM-DD. */
  checked: string;
  sources: CheckSource[];
  /** Where to look in the admin centers. */
  where: PerLang<Inline[]>;
  commands: CheckCommand[];
  /** How to read the answer from the tenant, in a tenant-check build. */
  tenant?: TenantCheck;
}

/** A question the wizard can ask; symptoms choose which ones they ask. */
export interface Question {
  id: string;
  label: PerLang<string>;
  hint?: PerLang<string>;
  /** Whether the store may remember the answer across symptoms (role, licence, hybrid setup). */
  remember: boolean;
  /** The question whose answer is your role: the page lists the roles that role can reset. */
  listsResettableBy?: string;
  options: Option[];
  /** How to find the answer (from content/checks.yaml); in a client build it arrives with the page's words. */
  check?: Check;
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
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
  /** A second Microsoft page that says otherwise, where two pages disagree (the note says so). */
  otherSource?: string;
  /**
   * True when the note corrects what its item says: it is then shown wherever the item is shown (under "what
   * applies" and under "also check", and in the ticket summary), so a 2021 claim never stands alone.
   */
  corrects?: boolean;
  /** What the note asserts, if anything; checked like an item's claim. */
  claim?: Claim;
  /** Shown only when this holds (always, when absent; a correction has no condition). */
  when?: Condition;
  text: PerLang<Inline[]>;
}

/** Which answers a symptom's plain verdict is computed from (question ids). */
export type VerdictRule =
  | { kind: 'permission'; actor: string; account: string; others?: string }
  | { kind: 'licence'; licence: string }
  | { kind: 'configure'; actor: string; licence: string };

/** What an article item or a note asserts, so that no page shows it beside a verdict that says the opposite. */
export type Claim =
  /** "You don't have permission": untrue where the verdict says your role can. */
  | { says: 'no-permission' }
  /** "Your licence does not cover self-service reset for cloud-only users": untrue where the licence does. */
  | { says: 'licence-lacks-cloud-reset' }
  /** "Your licence does not cover reset with writeback": untrue where the licence does. */
  | { says: 'licence-lacks-writeback' }
  /** A claim about the answers: untrue where this condition holds (e.g. "writeback is off" when it is on). */
  | { untrueWhen: Condition };

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
  /** What some items and notes assert (by id), checked against every state's verdict and answers. */
  claims: Record<string, Claim>;
  /** Set when the symptom is not in the 2021 article but added from Microsoft's current documentation. */
  origin?: SymptomOrigin;
  /** Set on the one symptom a search that finds nothing offers as the way on ("catch-all" in the rules). */
  catchAll?: true;
}

/** Where a symptom the 2021 article lacks comes from (its words are in `content/added/<lang>/<id>.md`). */
export interface SymptomOrigin {
  source: string;
  /** The source page's own date (its ms.date), as YYYY-MM. */
  sourceDate: string;
  /** The day the symptom was compared with its source, as YYYY-MM-DD. */
  checked: string;
}

/** A group of symptoms on the start page (content/groups.yaml): its heading and its symptoms' ids, in order. */
export interface SymptomGroup {
  id: string;
  heading: PerLang<string>;
  symptoms: string[];
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
  /** Corrections of this guide's own content, newest review last (absent when there are none). */
  revisions?: Revision[];
  /**
   * Error codes and messages, in the order of content/codes.yaml (empty when the content has none). A split tree
   * starts without them: they arrive with the codes text part, which only the code pages load.
   */
  codes: ErrorCode[];
  /** The ids of `codes`, which every page needs to tell a code's URL from a missing page. */
  codeIds: string[];
  /** The start page's groups, each symptom in exactly one (empty when the content has no groups file). */
  groups: SymptomGroup[];
}
