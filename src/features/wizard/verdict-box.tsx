import { useLang, usePageT } from '../../app/lang-context.tsx';
import { tree } from '../../app/tree.ts';
import type { LicenceVerdict, PermissionVerdict, Verdict } from '../../tree/types.ts';
import { permissionText } from './verdict-text.ts';

/** The plain answer computed from the data tables, shown first on the remedy page. */
export function VerdictBox({ verdict }: { verdict: Verdict }) {
  return verdict.kind === 'permission' ? <Permission verdict={verdict} /> : <Licences verdict={verdict} />;
}

function Permission({ verdict }: { verdict: PermissionVerdict }) {
  const lang = useLang();
  const t = usePageT();
  const text = permissionText(tree, lang, verdict, t);
  return (
    <section className={`verdict verdict-${verdict.answer}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('verdict.heading')}</h2>
      <p className="verdict-answer">{text.headline}</p>
      {text.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p className="note-meta">
        <a href={tree.roles.source} rel="noreferrer">
          {t('verdict.source', { date: tree.roles.checked })}
        </a>
      </p>
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
      <p className="note-meta">
        <a href={tree.licences.source} rel="noreferrer">
          {t('verdict.licenceSource', { date: tree.licences.checked })}
        </a>
      </p>
    </section>
  );
}
