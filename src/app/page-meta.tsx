import { absoluteUrl } from '../shared/site.ts';
import { describeAnswer, findQuestion, findSymptom } from '../tree/resolve.ts';
import { placePath } from '../tree/paths.ts';
import { inlineText } from '../tree/inline.ts';
import { LANGS } from '../tree/lang.ts';
import type { Lang } from '../tree/lang.ts';
import type { FlowState, Place } from '../tree/state.ts';
import { usePageT } from '../shared/lang-context.tsx';
import { tree } from '../shared/compiled-tree.ts';

const OG_LOCALE: Record<Lang, string> = { nb: 'nb_NO', en: 'en_US' };

/** The head elements a page renders (its title and PageMeta's), to drop 404.html's set before a fresh render. */
export const PAGE_HEAD_SELECTOR = [
  'head > title',
  'head > meta[name="description"]',
  'head > meta[property^="og:"]',
  'head > link[rel="canonical"]',
  'head > link[rel="alternate"]',
].join(', ');

interface Props {
  place: Place;
  title: string;
}

/** A flow page's description: the symptom's summary, then the question asked or the answers that led here. */
function flowDescription(state: FlowState, lang: Lang, yourAnswers: string): string {
  const summary = findSymptom(tree, state.symptom)?.summary[lang] ?? '';
  const answers = state.answers
    .map((answer) => {
      const { question, option } = describeAnswer(tree, lang, answer);
      return `${question} ${option}`;
    })
    .join('; ');
  const step =
    state.kind === 'question'
      ? findQuestion(tree, state.question)?.label[lang]
      : answers && `${yourAnswers}: ${answers}`;
  const sentence = summary === '' || /[.!?]$/.test(summary) ? summary : `${summary}.`;
  return [sentence, step].filter(Boolean).join(' ');
}

/** A code page's description: the code and what it means, in plain text. */
function codeDescription(id: string, lang: Lang): string {
  const code = tree.codes.find((c) => c.id === id);
  return code ? `${code.code}: ${code.title[lang]}. ${inlineText(code.meaning[lang])}` : '';
}

/**
 * The page's description, Open Graph tags, canonical URL and language alternates. React hoists them into the
 * head, so the prerendered HTML has them and client navigation updates them.
 */
export function PageMeta({ place, title }: Props) {
  const t = usePageT();
  const { lang } = place;
  const path = placePath(tree, place);
  const description =
    place.kind === 'flow'
      ? flowDescription(place.state, lang, t('remedy.yourAnswers'))
      : place.kind === 'about'
        ? t('about.body')
        : place.kind === 'code'
          ? codeDescription(place.code, lang)
          : place.kind === 'codes'
            ? t('codes.description')
            : place.kind === 'not-found'
              ? t('notFound.body')
              : t('start.intro');

  return (
    <>
      <meta name="description" content={description} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:locale" content={OG_LOCALE[lang]} />
      {path !== undefined && (
        <>
          <meta property="og:url" content={absoluteUrl(path)} />
          <link rel="canonical" href={absoluteUrl(path)} />
          {LANGS.map((other) => (
            <link
              key={other}
              rel="alternate"
              hrefLang={other}
              href={absoluteUrl(placePath(tree, { ...place, lang: other }) ?? path)}
            />
          ))}
          <link
            rel="alternate"
            hrefLang="x-default"
            href={absoluteUrl(placePath(tree, { ...place, lang: LANGS[0] }) ?? path)}
          />
        </>
      )}
    </>
  );
}
