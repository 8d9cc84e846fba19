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

/** How an admin who is not sure finds the answer to a question: where to look, and documented commands. */
export interface Check {
  /** The day the check was compared with its sources, as YYYY-MM-DD. */
  checked: string;
  sources: CheckSource[];
  /** Where to look in the admin centers. */
  where: PerLang<Inline[]>;
  commands: CheckCommand[];
}

/** A check in one language: what a question page's text part carries (see split.ts). */
export interface CheckText {
  checked: string;
  sources: CheckSource[];
  where: Inline[];
  commands: { label: string; run: string }[];
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
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
  roles: Role[];
  /**
   * Role id -> the role ids whose passwords it can reset, or everyone at tenant scope (members and owners of
   * role-assignable groups included, members of restricted management administrative units excepted).
   */
  resets: Record<string, string[] | 'everyone'>;
  /** Kinds of protected account and who can reset them; see `ProtectedAccount`. */
  protected: Partial<Record<ProtectedKind, ProtectedAccount>>;
  /** Roles that can configure self-service password reset (the Password reset page), least privileged first. */
  configure?: { roles: string[]; source: string; checked: string; sourceDate?: string };
  /** The admin roles that always get Microsoft's fixed two-gate reset policy, by name as the page lists them. */
  adminPolicy?: { roles: string[]; source: string; checked: string; sourceDate?: string };
}

/** Accounts that only some admins can reset, whatever roles they hold. */
export const PROTECTED = {
  roleAssignableGroup: 'role-assignable-group',
  restrictedAdminUnit: 'restricted-admin-unit',
} as const;
export const PROTECTED_KINDS = [PROTECTED.roleAssignableGroup, PROTECTED.restrictedAdminUnit] as const;
export type ProtectedKind = (typeof PROTECTED_KINDS)[number];

/**
 * Who can reset a protected account: the listed tenant-scoped roles, or (`unit-scope`) no tenant-scoped role at all,
 * only an admin whose role is assigned at the scope of the unit the user is in.
 */
export interface ProtectedAccount {
  resetBy: string[] | 'unit-scope';
  source: string;
  checked: string;
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
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
  /** The source page's own date (its ms.date), as YYYY-MM, where it has one. */
  sourceDate?: string;
  licences: Licence[];
}

/** The kinds of account the permission verdict knows, as option ids of the account question. */
export const ACCOUNT = {
  cloudMember: 'cloud-member',
  syncedUser: 'synced-user',
  guestUser: 'guest-user',
} as const;
export const ACCOUNT_KINDS = [
  ACCOUNT.cloudMember,
  ACCOUNT.syncedUser,
  ACCOUNT.guestUser,
  ...PROTECTED_KINDS,
] as const;

/**
 * The options of the question "which roles does the user hold?" besides role ids of the table: only roles your role
 * can reset, or another; an option whose id is a row of the role table says the user holds that row.
 */
export const OTHER_ROLES = { onlyListed: 'only-listed', otherRole: 'other-role' } as const;
export const OTHER_ROLES_ANSWERS = [OTHER_ROLES.onlyListed, OTHER_ROLES.otherRole] as const;

/** The options of the question "does your own account have a Microsoft Entra ID licence?". */
export const ADMIN_LICENCE = { licensed: 'licensed', unlicensed: 'unlicensed' } as const;
export const ADMIN_LICENCE_ANSWERS = [ADMIN_LICENCE.licensed, ADMIN_LICENCE.unlicensed] as const;

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

/** A code with its words in one language: what the codes text part carries (see split.ts). */
export interface CodeText extends Omit<ErrorCode, 'title' | 'meaning' | 'action'> {
  title: string;
  meaning: Inline[];
  action: Inline[];
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
 * (without their text), claims, verdict and origin. A split tree's core keeps only what the start page shows of a symptom,
 * so nothing a page loads grows with the symptoms it does not show.
 */
export interface SymptomShape extends Pick<
  Symptom,
  'items' | 'ask' | 'rules' | 'notes' | 'claims' | 'verdict' | 'origin'
> {
  /** The questions the symptom asks, without their hints and checks. */
  questions: Question[];
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
  /**
   * Why: the table decided (`table`: the user holds only roles your role can reset, or holds another), your role
   * resets everyone at tenant scope, you hold no role that resets passwords, a guest, a member or owner of a
   * role-assignable group, a member of a restricted management administrative unit, the user holds a row of the
   * table named by the answer (`held`: a role scoped to a restricted management administrative unit, a custom
   * role), or an unknown answer.
   */
  reason:
    | 'table'
    | 'held-role'
    | 'everyone'
    | 'no-role'
    | 'guest'
    | 'role-assignable-group'
    | 'restricted-admin-unit'
    | 'actor-unsure'
    | 'others-unsure';
  actor?: string;
  /** The row of the table the user holds, when an answer named it (reason `held-role`). */
  held?: string;
  /** Roles that can do it at tenant scope, least privileged first (for "no" and "depends"). */
  roles: string[];
  /** The roles the actor can reset (other than none), when the user's other roles decide. */
  resettable?: string[];
  /** A condition on a "yes": the user is synced (writeback needed), or the kind of account is unknown. */
  caveat?: 'synced' | 'account-unsure';
}

/** "Why don't I see the Password reset page?", from the admin's own licence and role. */
export interface ConfigureVerdict {
  kind: 'configure';
  /** The most likely cause first: no licence on the admin's account, a role below the least one, or none found. */
  answer: 'licence' | 'role' | 'licence-and-role' | 'should-see' | 'depends';
  actor?: string;
  /** Whether the actor's role can configure password reset (undefined when the role is unknown). */
  roleCan?: boolean;
  /** The roles that can configure it, least privileged first. */
  roles: string[];
}

/** What the chosen licence allows, from the licence table (every licence when the answer is "not sure"). */
export interface LicenceVerdict {
  kind: 'licence';
  licences: string[];
}

export type Verdict = PermissionVerdict | LicenceVerdict | ConfigureVerdict;

/** An item left out of a remedy because it asserts what the state's verdict or answers show is untrue. */
export interface SetAsideItem {
  item: string;
  claim: Claim;
}

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
      /** Items of the section left out because what they assert is untrue for these answers. */
      setAside: SetAsideItem[];
    };

/** What a URL path stands for. */
export type Location =
  | { kind: 'start'; lang: Lang }
  | { kind: 'about'; lang: Lang }
  | { kind: 'codes'; lang: Lang }
  | { kind: 'code'; lang: Lang; code: string }
  | { kind: 'flow'; lang: Lang; state: FlowState }
  | { kind: 'not-found'; lang: Lang };
