/** Splits prose into sentences, folded for comparison (case, spaces and punctuation ignored). */
function sentences(prose: string): string[] {
  return prose
    .split(/(?<=[.!?:])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
    .filter((s) => s.length >= 30);
}

/**
 * The sentences of several owners' prose (the checks of the questions), to find one copied from an owner to
 * another: each owner must say what is true of it in its own words.
 */
export class SentenceLedger {
  private readonly first = new Map<string, string>();

  /** Records `owner`'s prose in `lang`; returns each of its sentences that another owner already wrote, with them. */
  copiesIn(owner: string, lang: string, prose: string): { sentence: string; from: string }[] {
    const copies: { sentence: string; from: string }[] = [];
    for (const sentence of sentences(prose)) {
      const key = `${lang} ${sentence}`;
      const from = this.first.get(key);
      if (from !== undefined && from !== owner) copies.push({ sentence, from });
      else this.first.set(key, owner);
    }
    return copies;
  }
}
