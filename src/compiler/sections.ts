import { linkTargets } from '../tree/inline.ts';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { Item } from '../tree/compiled.ts';
import type { Diagnostics } from './diagnostics.ts';
import { anchorItems } from './anchors.ts';
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
function checkParity(nb: ArticleSection, other: ArticleSection, lang: Lang, d: Diagnostics): void {
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
 * Checks a symptom's sections against its rules: the Norwegian section has one item per entry, every other edition
 * has the Norwegian's structure, and each entry's fingerprint finds its text. Returns the item ids in the article's
 * order (in the rules' order where the texts could not be matched: the build fails then anyway).
 */
export function checkSections(
  rs: RulesSymptom,
  si: number,
  sections: MatchedSections,
  ctx: SectionsContext,
): string[] {
  const { loaded, d } = ctx;
  const listed = rs.items.map((entry) => entry.id);
  const nbSection = sections.nb[si];
  const enSection = sections.en[si];
  const before = d.list.length;
  if (nbSection && nbSection.items.length !== rs.items.length) {
    d.add(
      loaded.placeOf(['symptoms', si, 'items']),
      `symptom "${rs.id}" names ${rs.items.length} items but its section in ${ctx.nbFile} has ${nbSection.items.length}; list one entry per paragraph or list item`,
    );
  }
  if (nbSection && enSection) checkParity(nbSection, enSection, 'en', d);
  if (!nbSection || !enSection || d.list.length > before) return listed;
  const placeOf = (k: number) => loaded.placeOf(['symptoms', si, 'items', k]);
  return anchorItems(rs.items, { nb: nbSection, en: enSection }, placeOf, d) ?? listed;
}

/** What checking the sections needs besides the symptom: the rules' places, the Norwegian file's name, the problems. */
export interface SectionsContext {
  loaded: LoadedRules;
  nbFile: string;
  d: Diagnostics;
}

/** A symptom's items: the Norwegian section's structure with the item ids by position, and each edition's content. */
export function sectionItems(ids: readonly string[], si: number, sections: MatchedSections): Item[] {
  return (sections.nb[si]?.items ?? []).slice(0, ids.length).map((nbItem, i) => ({
    id: ids[i] as string,
    kind: nbItem.kind,
    depth: nbItem.depth,
    ...(nbItem.parent === undefined ? {} : { parent: ids[nbItem.parent] as string }),
    content: Object.fromEntries(
      LANGS.map((lang) => [lang, sections[lang][si]?.items[i]?.content ?? nbItem.content]),
    ) as Item['content'],
  }));
}
