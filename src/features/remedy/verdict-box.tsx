import { useLang, usePageT } from '../../shared/lang-context.tsx';
import { tree } from '../../shared/compiled-tree.ts';
import { PROTECTED } from '../../tree/tables.ts';
import type { ConfigureVerdict, LicenceVerdict, PermissionVerdict, Verdict } from '../../tree/state.ts';
import type { VerdictText } from './verdict-text.ts';
import { configureText, permissionText } from './verdict-text.ts';

/** The plain answer computed from the data tables, shown first on the remedy page. */
export function VerdictBox({ verdict }: { verdict: Verdict }) {
  if (verdict.kind === 'permission') return <Permission verdict={verdict} />;
  if (verdict.kind === 'configure') return <Configure verdict={verdict} />;
  return <Licences verdict={verdict} />;
}

/** A dated source line: the page's own date where the table records one, and the day it was checked. */
function SourceLine({
  source,
  label,
}: {
  source: { source: string; checked: string; sourceDate?: string | undefined } | undefined;
  label: (dates: { date: string; sourceDate?: string }) => string;
}) {
  if (!source) return null;
  return (
    <p className="note-meta">
      <a href={source.source} rel="noreferrer">
        {label({ date: source.checked, ...(source.sourceDate ? { sourceDate: source.sourceDate } : {}) })}
      </a>
    </p>
  );
}

/** The headline and lines of a yes/no/depends verdict. */
function Answer({ text, answer, heading }: { text: VerdictText; answer: string; heading: string }) {
  return (
    <>
      <h2 id="verdict-heading">{heading}</h2>
      <p className={`verdict-answer verdict-answer-${answer}`}>{text.headline}</p>
      {text.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

function Permission({ verdict }: { verdict: PermissionVerdict }) {
  const lang = useLang();
  const t = usePageT();
  const unit =
    verdict.reason === PROTECTED.restrictedAdminUnit
      ? tree.roles.protected[PROTECTED.restrictedAdminUnit]
      : undefined;
  return (
    <section className={`verdict verdict-${verdict.answer}`} aria-labelledby="verdict-heading">
      <Answer
        text={permissionText(tree, lang, verdict, t)}
        answer={verdict.answer}
        heading={t('verdict.heading')}
      />
      <SourceLine
        source={tree.roles}
        label={(d) => (d.sourceDate ? t('verdict.source', d) : t('verdict.sourceUndated', d))}
      />
      <SourceLine source={unit} label={(d) => t('verdict.adminUnitSource', { sourceDate: '', ...d })} />
    </section>
  );
}

function Configure({ verdict }: { verdict: ConfigureVerdict }) {
  const lang = useLang();
  const t = usePageT();
  const answer = verdict.answer === 'should-see' ? 'yes' : verdict.answer === 'depends' ? 'depends' : 'no';
  return (
    <section className={`verdict verdict-${answer}`} aria-labelledby="verdict-heading">
      <Answer
        text={configureText(tree, lang, verdict, t)}
        answer={answer}
        heading={t('verdict.configureHeading')}
      />
      <SourceLine
        source={tree.roles.configure}
        label={(d) =>
          d.sourceDate ? t('verdict.configureSource', d) : t('verdict.configureSourceUndated', d)
        }
      />
    </section>
  );
}

function Licences({ verdict }: { verdict: LicenceVerdict }) {
  const lang = useLang();
  const t = usePageT();
  const yesNo = (value: boolean) => (value ? t('verdict.yesShort') : t('verdict.noShort'));
  return (
    <section className="verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('verdict.licenceHeading')}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('verdict.licence')}</th>
              <th scope="col">{t('verdict.cloudReset')}</th>
              <th scope="col">{t('verdict.writeback')}</th>
            </tr>
          </thead>
          <tbody>
            {verdict.licences.map((id) => {
              const licence = tree.licences.licences.find((l) => l.id === id);
              if (!licence) return null;
              return (
                <tr key={id}>
                  <th scope="row">{licence.name[lang]}</th>
                  <td>{yesNo(licence.cloudSelfServiceReset)}</td>
                  <td>{yesNo(licence.hybridWriteback)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SourceLine
        source={tree.licences}
        label={(d) => (d.sourceDate ? t('verdict.licenceSource', d) : t('verdict.licenceSourceUndated', d))}
      />
    </section>
  );
}
