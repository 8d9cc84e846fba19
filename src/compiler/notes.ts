import type { Lang } from '../tree/lang.ts';
import type { Note } from '../tree/compiled.ts';
import type { Diagnostics, Place } from './diagnostics.ts';
import { checkCondition, checkUniqueAcross } from './ids.ts';
import { linkProblem } from './links.ts';
import { paragraphInline } from './markdown.ts';
import { checkItemOf, symptomPlace } from './rules-context.ts';
import type { SymptomContext } from './rules-context.ts';
import type { YamlPath } from './yaml-file.ts';

/** Parses a note's Markdown text into inline content; its problems are reported at the note's text in the rules. */
function noteInline(markdown: string, place: Place, d: Diagnostics) {
  return paragraphInline(markdown, place, d, {
    refused: (type) =>
      `${type} is not supported in a note; write the note as one paragraph of text with links`,
    prefix: "in this note's text: ",
  });
}

/**
 * A symptom's dated notes, checking each one: a known item, a condition that can hold, no "when" on a correction,
 * sources on the allow-list, and text of one paragraph. Note ids must be unique across symptoms: `seenIds` holds
 * those of the symptoms before.
 */
export function buildNotes(ctx: SymptomContext, seenIds: Set<string>): Note[] {
  const { rs, si, d } = ctx;
  const at = (...path: YamlPath) => symptomPlace(ctx, 'notes', ...path);
  const notes = rs.notes.map((note, i): Note => {
    checkItemOf(ctx, note.item, 'notes', i, 'item');
    checkCondition(note.when, ctx.asked, ['symptoms', si, 'notes', i, 'when'], ctx);
    if (note.corrects && note.when) {
      d.add(
        at(i, 'when'),
        `note "${note.id}" corrects its item, so it is shown wherever the item is: remove "when" (or "corrects")`,
      );
    }
    const textAt = (lang: Lang) => at(i, 'text', lang);
    const sourceProblem = linkProblem(note.source);
    if (sourceProblem) d.add(at(i, 'source'), sourceProblem);
    const otherProblem = note['other-source'] === undefined ? undefined : linkProblem(note['other-source']);
    if (otherProblem) d.add(at(i, 'other-source'), otherProblem);
    const sourceDate = note['source-date'] ?? ctx.pages.of(note.source);
    return {
      id: note.id,
      item: note.item,
      checked: note.checked,
      source: note.source,
      ...(sourceDate ? { sourceDate } : {}),
      ...(note['other-source'] ? { otherSource: note['other-source'] } : {}),
      ...(note.corrects ? { corrects: true } : {}),
      ...(note.when ? { when: note.when } : {}),
      text: {
        nb: noteInline(note.text.nb, textAt('nb'), d),
        en: noteInline(note.text.en, textAt('en'), d),
      },
    };
  });
  checkUniqueAcross(
    rs.notes.map((n) => n.id),
    seenIds,
    'note',
    (i) => at(i, 'id'),
    d,
  );
  return notes;
}
