// French display of indicator values, units, statuses and trends. Numbers use Intl fr-FR throughout.
import type { CoverageReason, CoverageVerdict, Goal, TrackStatus, Trend } from './api';
import { FIELD_LABELS_FR } from '@trajectoire/domain/indicators/import-fields';

const UNIT_LABELS: Record<string, string> = {
  toe: 'tep',
  ktoe: 'ktep',
  kgCO2e: 'kgCO₂e',
  tCO2e: 'tCO₂e',
  ktCO2e: 'ktCO₂e',
  MtCO2e: 'MtCO₂e',
  m2: 'm²',
  km2: 'km²',
};
export const unitLabel = (unit: string) => UNIT_LABELS[unit] ?? unit;

/** Fewer decimals for larger numbers: 1 234 567 ; 12,3 ; 0,123. */
export function numberFormatFor(n: number): Intl.NumberFormat {
  const abs = Math.abs(n);
  const digits = abs >= 1000 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits });
}
export const formatValue = (n: number) => numberFormatFor(n).format(n);
export const formatWithUnit = (n: number, unit: string) => `${formatValue(n)} ${unitLabel(unit)}`;

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const plainPercent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
/** 0.023 → "+2,3 %". */
export const formatRate = (r: number) => percentFormat.format(r);
/** 0.87 → "87 %". */
export const formatPercent = (r: number) => plainPercent.format(r);

export const STATUS_LABELS: Record<TrackStatus, string> = {
  on_track: 'Sur la trajectoire',
  off_track: 'Hors trajectoire',
  insufficient_data: 'Données insuffisantes',
};
export const STATUS_ICONS: Record<TrackStatus, string> = { on_track: '✓', off_track: '✖', insufficient_data: '?' };

export const ASSESSMENT_REASONS: Record<string, string> = {
  too_few_points: 'il faut au moins trois années observées récentes',
  non_positive_values: 'des valeurs observées sont nulles ou négatives',
  non_positive_target: 'la cible est nulle ou négative : le rythme annuel ne peut pas être comparé',
  horizon_not_after_data: 'la dernière année observée dépasse déjà l’échéance de l’objectif',
};

export const TRAJECTORY_ISSUES: Record<string, string> = {
  no_objective: 'Aucun objectif n’est défini pour cet indicateur.',
  no_reference_value: 'L’objectif est exprimé en pourcentage, mais aucune valeur n’est connue pour son année de référence.',
};

export interface TrendText {
  arrow: '↗' | '↘' | '→';
  text: string;
  /** Whether the direction of change goes the way of the indicator's goal (null when flat). */
  favourable: boolean | null;
}

/** The observed trend in words: "En baisse : −2,3 % par an (2018–2022)". */
export function describeTrend(trend: Trend, unit: string, goal: Goal): TrendText {
  const { linear, constantRate } = trend;
  const years = `${linear.firstYear}–${linear.lastYear}`;
  // A change below 0.1 % of the mean per year is shown as stable.
  const flat = Math.abs(linear.slope) <= Math.abs(linear.meanValue) * 0.001;
  if (flat) return { arrow: '→', text: `Stable (${years})`, favourable: null };
  const down = linear.slope < 0;
  const rate = constantRate ? `${formatRate(constantRate.annualRate)} par an` : `${linear.slope > 0 ? '+' : ''}${formatWithUnit(linear.slope, unit)} par an`;
  return {
    arrow: down ? '↘' : '↗',
    text: `${down ? 'En baisse' : 'En hausse'} : ${rate} (${years})`,
    favourable: down === (goal === 'decrease'),
  };
}

/** Value of the linear trend at a year. */
export const linearAt = (trend: Trend, year: number) => trend.linear.meanValue + trend.linear.slope * (year - trend.linear.meanYear);

export const COVERAGE_REASONS: Record<CoverageReason, string> = {
  no_territory: 'L’organisation n’est rattachée à aucun territoire : la réduction à atteindre ne peut pas être calculée.',
  no_lever_percentages: 'La répartition régionale des leviers (SGPE) n’est pas disponible pour la région de ce territoire.',
  missing_2019_values: 'Il manque les émissions 2019 (année de référence) de certains secteurs.',
  missing_2030_objectives: 'Il manque les objectifs 2030 de certains secteurs.',
};

export const VERDICT_LABELS: Record<CoverageVerdict, string> = {
  covered: 'Couvert',
  short: 'Insuffisant',
  no_target: 'Cible inconnue',
  no_reduction_needed: 'Aucune réduction demandée',
};

/** Columns of the indicator value import, for the error report (keyed by the field codes the API reports). */
export const VALUE_FIELD_LABELS: Readonly<Record<string, string>> = FIELD_LABELS_FR;
