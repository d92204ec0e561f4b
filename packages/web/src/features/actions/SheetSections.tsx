import type { ReactNode } from 'react';
import { findCopLever } from '@trajectoire/domain';
import {
  BUDGET_KIND_LABELS,
  BUDGET_NATURE_LABELS,
  DIMENSION_LABELS,
  PARTICIPATION_LABELS,
  PORTEUR_LEVER_LABELS,
  TARGET_PUBLIC_LABELS,
  SECTOR_LABELS,
  labelOf,
} from '../../labels';
import { formatDecimal, formatEuros, formatNumber } from '../../format';
import type { Action } from './api';

const None = () => <span className="muted">Non renseigné</span>;
const list = (items: ReactNode[]) => (items.length ? <ul className="plain-list">{items.map((x, i) => <li key={i}>{x}</li>)}</ul> : <None />);

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="sheet-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export function GovernanceView({ a }: { a: Action }) {
  return (
    <Section id="sheet-governance" title="Gouvernance">
      <dl className="definition-grid">
        <dt>Pilotes</dt>
        <dd>{list(a.pilots.map((p) => `${p.name}${p.organisation ? ` (${p.organisation})` : ''}`))}</dd>
        <dt>Maître d’ouvrage</dt>
        <dd>{a.ownerName || <None />}</dd>
        <dt>Partenaires</dt>
        <dd>{list(a.partners.map((p) => p.name))}</dd>
        <dt>Financeurs</dt>
        <dd>{list(a.funders.map((f) => `${f.name}${f.amountEur !== undefined ? ` : ${formatEuros(f.amountEur)}` : ''}`))}</dd>
      </dl>
    </Section>
  );
}

export function LeversView({ a }: { a: Action }) {
  return (
    <Section id="sheet-levers" title="Leviers">
      <dl className="definition-grid">
        <dt>Leviers du porteur</dt>
        <dd>{list(a.porteurLevers.map((l) => labelOf(PORTEUR_LEVER_LABELS, l)))}</dd>
        <dt>Leviers COP</dt>
        <dd>
          {list(
            a.copLevers.map((code) => {
              const l = findCopLever(code);
              return l ? `${l.labelFr} (${SECTOR_LABELS[l.sector]} — ${l.dimensions.map((d) => DIMENSION_LABELS[d]).join(', ')})` : code;
            }),
          )}
        </dd>
      </dl>
    </Section>
  );
}

export function ImpactView({ a }: { a: Action }) {
  const budgets = [...a.budgets].sort((x, y) => x.year - y.year);
  return (
    <Section id="sheet-impact" title="Impact et budget">
      <dl className="definition-grid">
        <dt>Émissions évitées</dt>
        <dd>{a.impactTco2ePerYear !== null ? `${formatDecimal(a.impactTco2ePerYear)} tCO₂e par an` : <None />}</dd>
        <dt>Énergie</dt>
        <dd>{a.impactMwhPerYear !== null ? `${formatDecimal(a.impactMwhPerYear)} MWh par an` : <None />}</dd>
        {a.impactNote && (<><dt>Note</dt><dd>{a.impactNote}</dd></>)}
      </dl>
      {budgets.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>Budget</caption>
            <thead>
              <tr><th scope="col">Année</th><th scope="col">Nature</th><th scope="col">Type</th><th scope="col" className="num">Montant</th></tr>
            </thead>
            <tbody>
              {budgets.map((b, i) => (
                <tr key={i}>
                  <th scope="row">{b.year}</th>
                  <td>{BUDGET_NATURE_LABELS[b.nature]}</td>
                  <td>{BUDGET_KIND_LABELS[b.kind]}</td>
                  <td className="num">{b.unit === 'eur' ? formatEuros(b.amount) : `${formatNumber(b.amount)} ETP`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export function PublicsView({ a }: { a: Action }) {
  return (
    <Section id="sheet-publics" title="Publics, liens et notes">
      <dl className="definition-grid">
        <dt>Publics cibles</dt>
        <dd>{list(a.targetPublics.map((t) => labelOf(TARGET_PUBLIC_LABELS, t)))}</dd>
        <dt>Participation</dt>
        <dd>{a.participationLevel ? PARTICIPATION_LABELS[a.participationLevel] : <None />}</dd>
        <dt>Liens</dt>
        <dd>{list(a.links.map((l) => <a href={l.url} rel="noopener noreferrer" target="_blank">{l.title}<span className="visually-hidden"> (nouvel onglet)</span></a>))}</dd>
        <dt>Notes</dt>
        <dd>{a.notes || <None />}</dd>
      </dl>
    </Section>
  );
}
