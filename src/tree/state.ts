/** Where a visitor stands: answers, what applies, verdicts, flow states and the page a URL stands for. */

import type { Claim } from './compiled.ts';
import type { Lang } from './lang.ts';

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

/** What a URL path stands for: a page of the site (named so as not to shadow the browser's `Location`). */
export type Place =
  | { kind: 'start'; lang: Lang }
  | { kind: 'about'; lang: Lang }
  | { kind: 'codes'; lang: Lang }
  | { kind: 'code'; lang: Lang; code: string }
  | { kind: 'flow'; lang: Lang; state: FlowState }
  | { kind: 'not-found'; lang: Lang };
