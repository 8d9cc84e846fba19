import type { Ref } from 'react';
import { Link } from 'react-router';
import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { changeState, startPath, statePath, symptomPath } from '../../tree/paths.ts';
import { describeAnswer, findSymptom, resolve } from '../../tree/resolve.ts';
import { httpsHost } from '../../tree/inline.ts';
import type { Item, Note } from '../../tree/compiled.ts';
import type { Answer, FlowState } from '../../tree/state.ts';
import { AddedOrigin } from '../../shared/added-origin.tsx';
import { ArticleItems } from './article-items.tsx';
import { appliedNotes, notesOfItem, remedyLinks, setAsideText, unsureAnswers } from './remedy-content.ts';
import { InlineContent } from '../../shared/inline-content.tsx';
import { RemedyActions } from './remedy-actions.tsx';
import { VerdictBox } from './verdict-box.tsx';
import { TenantCheckButton } from '../../tenant/tenant-check.tsx';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  state: FlowState & { kind: 'remedy' };
}

/** The remedy: what applies and why, today's guidance, the links, the rest of the section, and the answers. */
export function RemedyPage({ headingRef, state }: Props) {
  const lang = useLang();
  const t = usePageT();
  const symptom = findSymptom(tree, state.symptom);
  if (!symptom) return null;
  const notes = appliedNotes(symptom, state);
  const links = remedyLinks(symptom, state, lang);
  const because = new Map(state.applies.map((a) => [a.item, a.because]));
  // A correction stands right after the sentence it corrects, before any other guidance on that item.
  const notesOf = (item: Item) => notesOfItem(notes, item.id);
  const setAsideIds = new Set(state.setAside.map((s) => s.item));
  const setAsideNotes = notes.filter((n) => setAsideIds.has(n.item));

  return (
    <article className="remedy">
      <h1 ref={headingRef} tabIndex={-1}>
        {symptom.heading[lang]}
      </h1>
      <AddedOrigin symptom={symptom} />

      <CheckFirst state={state} />

      {state.verdict && <VerdictBox verdict={state.verdict} />}

      <section aria-labelledby="applies-heading">
        <h2 id="applies-heading">{t('remedy.applies')}</h2>
        {state.applies.length === 0 && <p>{t('remedy.nothingApplies')}</p>}
        {state.applies.length === 0 && setAsideNotes.map((note) => <NoteBox key={note.id} note={note} />)}
        <ArticleItems
          symptom={symptom}
          ids={state.applies.map((a) => a.item)}
          extra={(item) => (
            <>
              {/* A correction stands right after the sentence it corrects, before why the item applies. */}
              {notesOf(item)
                .filter((note) => note.corrects)
                .map((note) => (
                  <NoteBox key={note.id} note={note} />
                ))}
              <Because answers={because.get(item.id) ?? []} />
              {notesOf(item)
                .filter((note) => !note.corrects)
                .map((note) => (
                  <NoteBox key={note.id} note={note} />
                ))}
            </>
          )}
        />
      </section>

      {links.length > 0 && (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{t('remedy.links')}</h2>
          <ul className="links">
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noreferrer">
                  {link.label} <span className="visually-hidden">{t('remedy.external')}</span>
                  <span aria-hidden="true">↗</span>
                </a>{' '}
                <span className="host">{link.host}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(state.alsoCheck.length > 0 || state.setAside.length > 0) && (
        <section aria-labelledby="also-heading" className="also-check">
          <h2 id="also-heading">{t('remedy.alsoCheck')}</h2>
          {state.alsoCheck.length > 0 && <p>{t('remedy.alsoCheckIntro')}</p>}
          <ArticleItems
            symptom={symptom}
            ids={state.alsoCheck}
            extra={(item) => notesOf(item).map((note) => <NoteBox key={note.id} note={note} />)}
          />
          {state.setAside.map((aside) => (
            <p key={aside.item} className="set-aside" id={`set-aside-${aside.item}`}>
              {setAsideText(tree, lang, aside.claim, state.answers, t)}
            </p>
          ))}
          {state.applies.length > 0 && setAsideNotes.map((note) => <NoteBox key={note.id} note={note} />)}
        </section>
      )}

      <section aria-labelledby="answers-heading" className="your-answers">
        <h2 id="answers-heading">{t('remedy.yourAnswers')}</h2>
        {state.answers.length === 0 ? (
          <p>{t('remedy.noAnswers')}</p>
        ) : (
          <dl>
            {state.answers.map((answer) => {
              const { question, option } = describeAnswer(tree, lang, answer);
              return (
                <div key={answer.question}>
                  <dt>{question}</dt>
                  <dd>
                    {option}{' '}
                    <Link
                      to={statePath(tree, lang, changeState(tree, state, answer.question))}
                      aria-label={t('remedy.changeLabel', { question })}
                    >
                      {t('remedy.change')}
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>

      <nav className="remedy-nav" aria-label={t('remedy.startAgain')}>
        <Link to={startPath(lang)}>{t('remedy.startAgain')}</Link>
        {state.answers.length > 0 && <Link to={symptomPath(lang, symptom.id)}>{symptom.heading[lang]}</Link>}
      </nav>
      <RemedyActions state={state} />
    </article>
  );
}

/** "Check these first": for each "not sure" answer, where to look, and a link back to answer the question. */
function CheckFirst({ state }: { state: FlowState & { kind: 'remedy' } }) {
  const lang = useLang();
  const t = usePageT();
  const unsure = unsureAnswers(tree, state.answers).filter(({ question }) => question.check);
  if (unsure.length === 0) return null;
  return (
    <section aria-labelledby="check-first-heading" className="check-first">
      <h2 id="check-first-heading">{t('remedy.checkFirst')}</h2>
      <p>{t('remedy.checkFirstIntro')}</p>
      <ul>
        {unsure.map(({ question }) => (
          <li key={question.id}>
            <h3>{question.label[lang]}</h3>
            <p>
              <InlineContent content={question.check?.where[lang] ?? []} />
            </p>
            {/* In a default build the first branch folds away, leaving the code as it was (docs/decisions/0018). */}
            {typeof __TENANT_CHECK__ === 'object' && question.check?.tenant ? (
              <>
                <TenantCheckButton
                  config={__TENANT_CHECK__}
                  question={question}
                  check={question.check.tenant}
                  pathFor={(option) =>
                    statePath(
                      tree,
                      lang,
                      resolve(
                        tree,
                        state.symptom,
                        state.answers.map((a) => (a.question === question.id ? { ...a, option } : a)),
                      ) as FlowState,
                    )
                  }
                />
                <p>
                  <Link
                    to={statePath(tree, lang, changeState(tree, state, question.id))}
                    aria-label={t('remedy.answerItLabel', { question: question.label[lang] })}
                  >
                    {t('remedy.answerIt')}
                  </Link>
                </p>
              </>
            ) : (
              <p>
                <Link
                  to={statePath(tree, lang, changeState(tree, state, question.id))}
                  aria-label={t('remedy.answerItLabel', { question: question.label[lang] })}
                >
                  {t('remedy.answerIt')}
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Why an item applies: the answers that made it apply. */
function Because({ answers }: { answers: readonly Answer[] }) {
  const lang = useLang();
  const t = usePageT();
  if (answers.length === 0) return null;
  const text = answers
    .map((a) => {
      const d = describeAnswer(tree, lang, a);
      return `${d.question} ${d.option}`;
    })
    .join('; ');
  return <p className="because">{t('remedy.because', { answers: text })}</p>;
}

/** Today's guidance beside the 2021 text: dated, sourced, clearly apart; a correction says that it is one. */
function NoteBox({ note }: { note: Note }) {
  const lang = useLang();
  const t = usePageT();
  const label = note.corrects
    ? t('remedy.corrected', { year: note.checked.slice(0, 4) })
    : t('remedy.updated', { year: note.checked.slice(0, 4) });
  return (
    <aside className={note.corrects ? 'note note-correction' : 'note'} aria-label={label} data-note={note.id}>
      <p>
        <strong>{label}:</strong> <InlineContent content={note.text[lang]} />
      </p>
      <p className="note-meta">
        {t('remedy.checked', { date: note.checked })} ·{' '}
        <a href={note.source} rel="noreferrer">
          {t('remedy.source')}: {httpsHost(note.source)}
        </a>
        {note.sourceDate && <> ({t('remedy.sourceDate', { date: note.sourceDate })})</>}
        {note.otherSource && (
          <>
            {' '}
            ·{' '}
            <a href={note.otherSource} rel="noreferrer">
              {t('remedy.otherSource')}: {httpsHost(note.otherSource)}
            </a>
          </>
        )}
      </p>
    </aside>
  );
}
