import { linkTargets } from '../tree/inline.ts';
import { LANGS } from '../tree/types.ts';
import type { Item, Lang } from '../tree/types.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Article, ArticleSection } from './markdown.ts';
import type { LoadedRules, RulesSymptom } from './rules.ts';

/** Each symptom's section in each language's article, by the symptom's index in the rules (none where unmatched). */
export type MatchedSections = Record<Lang, (ArticleSection | undefined)[]>;

/** Finds each symptom's section in an article by its heading text, reporting headings and symptoms left unmatched. */
export function matchSections(
  article: Article,
  lang: Lang,
  symptoms: readonly RulesSymptom[],
  loaded: LoadedRules,
  d: Diagnostics,
): (ArticleSection | undefined)[] {
  const byHeading = new Map<string, ArticleSection>();
  for (const section of article.sections)
    if (!byHeading.has(section.heading)) byHeading.set(section.heading, section);
  const matched = symptoms.map((s) => byHeading.get(s.heading[lang]));
  const covered = new Set(matched);
  symptoms.forEach((s, i) => {
    if (!matched[i]) {
      d.add(
        loaded.placeOf(['symptoms', i, 'heading', lang]),
        `symptom "${s.id}": no bold heading in ${article.file} reads "${s.heading[lang]}"; copy the heading's exact text here`,
      );
    }
  });
  for (const section of article.sections) {
    if (!covered.has(section)) {
      d.add(
        section.place,
        `the heading "${section.heading}" is covered by no symptom in the rules; add a symptom whose heading.${lang} is this text`,
      );
    }
  }
  return matched;
}

/** Checks that the English section has the Norwegian's structure: items, kinds, nesting and link targets. */
export function checkParity(nb: ArticleSection, other: ArticleSection, lang: Lang, d: Diagnostics): void {
  if (nb.items.length !== other.items.length) {
    d.add(
      other.place,
      `the ${lang} section "${other.heading}" has ${other.items.length} items but the Norwegian has ${nb.items.length}; the editions must have the same structure`,
    );
    return;
  }
  nb.items.forEach((a, i) => {
    const b = other.items[i] as (typeof other.items)[number];
    const linksA = linkTargets(a.content);
    const linksB = linkTargets(b.content);
    if (a.kind !== b.kind || a.depth !== b.depth) {
      d.add(
        b.place,
        `item ${i + 1} is a ${b.kind} at depth ${b.depth}; the Norwegian has a ${a.kind} at depth ${a.depth}`,
      );
    } else if (linksA.join(' ') !== linksB.join(' ')) {
      d.add(
        b.place,
        `item ${i + 1} links to [${linksB.join(', ')}]; the Norwegian links to [${linksA.join(', ')}]: use the same link targets`,
      );
    }
  });
}

/**
 * Checks a symptom's sections against its rules: the Norwegian section has one item per item id, and every other
 * edition has the Norwegian's structure.
 */
export function checkSections(
  rs: RulesSymptom,
  si: number,
  sections: MatchedSections,
  nbFile: string,
  loaded: LoadedRules,
  d: Diagnostics,
): void {
  const nbSection = sections.nb[si];
  if (nbSection && nbSection.items.length !== rs.items.length) {
    d.add(
      loaded.placeOf(['symptoms', si, 'items']),
      `symptom "${rs.id}" names ${rs.items.length} items but its section in ${nbFile} has ${nbSection.items.length}; list one id per paragraph or list item, in order`,
    );
  }
  for (const lang of LANGS) {
    const other = sections[lang][si];
    if (lang !== 'nb' && nbSection && other) checkParity(nbSection, other, lang, d);
  }
}

/** A symptom's items: the Norwegian section's structure with the rules' ids, and each edition's content. */
export function sectionItems(rs: RulesSymptom, si: number, sections: MatchedSections): Item[] {
  return (sections.nb[si]?.items ?? []).slice(0, rs.items.length).map((nbItem, i) => ({
    id: rs.items[i] as string,
    kind: nbItem.kind,
    depth: nbItem.depth,
    ...(nbItem.parent === undefined ? {} : { parent: rs.items[nbItem.parent] as string }),
    content: Object.fromEntries(
      LANGS.map((lang) => [lang, sections[lang][si]?.items[i]?.content ?? nbItem.content]),
    ) as Item['content'],
  }));
}
