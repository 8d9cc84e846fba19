import { createHash } from 'node:crypto';
import { z } from 'zod';
import { plainText } from '../tree/inline.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { id } from './fields.ts';
import type { ArticleItem, ArticleSection } from './markdown.ts';

/**
 * Items anchored to their own text. The rules list each item as `<id>: <fingerprint>`, the fingerprint being a
 * short hash of the item's Norwegian and English text. The compiler finds each item's paragraph by it, so moving
 * paragraphs in both editions keeps every rule on its own text; an item whose two texts are at different places,
 * or whose text changed, stops the build with the texts named and the fingerprint to write.
 */

/** A fingerprint: 8 lower-case hex digits in two halves (`508f-7fbe`: with the hyphen, YAML never reads a number). */
const FINGERPRINT = /^[0-9a-f]{4}-[0-9a-f]{4}$/;

const ENTRY =
  'write each item as `- <item id>: <fingerprint>` (or `- <item id>` for the compiler to name it)';

/** One entry of a symptom's `items`: `- <id>: <fingerprint>`, or a bare `- <id>` until its fingerprint is written. */
export const itemEntry = z.unknown().transform((entry, ctx): { id: string; fingerprint?: string } => {
  const single =
    entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? Object.entries(entry) : [];
  const [itemId, print] =
    typeof entry === 'string' ? [entry, undefined] : (single[0] ?? [undefined, undefined]);
  if (typeof entry !== 'string' && single.length !== 1) {
    ctx.addIssue({ code: 'custom', message: ENTRY });
    return z.NEVER;
  }
  const idProblem = id.safeParse(itemId).error?.issues[0]?.message;
  if (idProblem) ctx.addIssue({ code: 'custom', message: idProblem });
  if (print !== undefined && (typeof print !== 'string' || !FINGERPRINT.test(print)))
    ctx.addIssue({
      code: 'custom',
      message: `"${String(print)}" must be the fingerprint the compiler names, such as 508f-7fbe`,
    });
  return print === undefined
    ? { id: itemId as string }
    : { id: itemId as string, fingerprint: print as string };
});

export type ItemEntry = z.infer<typeof itemEntry>;

/** The fingerprint of an item's texts: whitespace runs count as one space, so re-wrapping a line keeps it. */
function fingerprint(nb: ArticleItem, en: ArticleItem): string {
  return textFingerprint(plainText(nb.content), plainText(en.content));
}

/** The fingerprint of an item's Norwegian and English plain text (the text of its Markdown, links as their words). */
export function textFingerprint(nb: string, en: string): string {
  const words = (text: string) => text.replace(/\s+/gu, ' ').trim();
  const hex = createHash('sha256')
    .update(`${words(nb)}\n${words(en)}`)
    .digest('hex');
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/** An item's text as a problem report quotes it: its place and its first words. */
function quoted(item: ArticleItem): string {
  const words = plainText(item.content).replace(/\s+/gu, ' ').trim();
  const { file, line, column } = item.place;
  return `${file}:${line}:${column} "${words.length > 60 ? `${words.slice(0, 57)}...` : words}"`;
}

/**
 * The item id of each position of a symptom's sections, found by fingerprint: the items in the article's order.
 * Reports an entry without a fingerprint, one whose texts stand at different places in the two editions, and one
 * whose text is nowhere (reworded, or a new item), each at its entry with the texts and the fingerprint to write.
 * Undefined when any entry has a problem. The sections must have as many items as `entries` (checked before).
 */
export function anchorItems(
  entries: readonly ItemEntry[],
  sections: { nb: ArticleSection; en: ArticleSection },
  placeOf: (entry: number) => Place,
  d: Diagnostics,
): string[] | undefined {
  const { nb, en } = sections;
  const prints = nb.items.map((item, i) => fingerprint(item, en.items[i] as ArticleItem));
  const ids: (string | undefined)[] = prints.map(() => undefined);
  const lost: number[] = [];
  entries.forEach((entry, k) => {
    const at =
      entry.fingerprint === undefined ? -1 : prints.findIndex((p, i) => p === entry.fingerprint && !ids[i]);
    if (at !== -1) ids[at] = entry.id;
    else lost.push(k);
  });
  const free = ids.flatMap((taken, i) => (taken === undefined ? [i] : []));
  let sound = true;
  lost.forEach((k, n) => {
    sound = false;
    const entry = entries[k] as ItemEntry;
    // The position the entry most likely stands for: the n-th position no fingerprint claimed.
    const i = free[n] ?? k;
    const texts = `${quoted(nb.items[i] as ArticleItem)} and ${quoted(en.items[i] as ArticleItem)}`;
    if (entry.fingerprint === undefined) {
      d.add(
        placeOf(k),
        `item "${entry.id}" has no fingerprint: if it is ${texts}, write "${entry.id}: ${prints[i]}"`,
      );
      return;
    }
    const split = splitPair(entry.fingerprint, nb, en);
    if (split) {
      d.add(
        placeOf(k),
        `item "${entry.id}" has its Norwegian text at ${quoted(split.nb)} but its English text at ${quoted(split.en)}: put the two texts at the same place in both editions`,
      );
      return;
    }
    d.add(
      placeOf(k),
      `item "${entry.id}": no item reads as it did (fingerprint ${entry.fingerprint}); the item without its rules is ${texts}: if that is still "${entry.id}", write "${entry.id}: ${prints[i]}"`,
    );
  });
  return sound ? (ids as string[]) : undefined;
}

/** The Norwegian and English items that together have a fingerprint, each at another place in its edition. */
function splitPair(
  print: string,
  nb: ArticleSection,
  en: ArticleSection,
): { nb: ArticleItem; en: ArticleItem } | undefined {
  for (const [i, a] of nb.items.entries())
    for (const [j, b] of en.items.entries())
      if (i !== j && fingerprint(a, b) === print) return { nb: a, en: b };
  return undefined;
}
