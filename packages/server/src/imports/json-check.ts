import { isCopLeverCode, validateActionRules } from '@trajectoire/domain';
import type { DocAction, DocAxis, DocSubAction, PlanDocument } from '../exports/document';
import { MAX_IMPORT_ROWS } from './rows';

export const MAX_AXIS_DEPTH = 8;
export const MAX_AXES = 1000;

export interface PathError {
  path: string;
  message: string;
}

/**
 * Rules of a plan document that its schema cannot express: unique keys, axis references, tree depth, sizes,
 * known COP levers and the action rules. Returns every problem with its JSON path.
 */
export function checkDocument(doc: PlanDocument): PathError[] {
  const errors: PathError[] = [];
  const { startYear, endYear } = doc.plan;
  if (startYear !== null && endYear !== null && endYear < startYear) errors.push({ path: 'plan.endYear', message: "L'année de fin précède l'année de début." });
  const axisKeys = new Set<string>();
  let axisCount = 0;
  const walk = (nodes: DocAxis[], path: string, depth: number) => {
    nodes.forEach((n, i) => {
      const p = `${path}.${i}`;
      axisCount++;
      if (axisKeys.has(n.key)) errors.push({ path: `${p}.key`, message: `Clé d'axe « ${n.key} » en double.` });
      axisKeys.add(n.key);
      if (depth > MAX_AXIS_DEPTH) errors.push({ path: p, message: `Arborescence d'axes trop profonde (${MAX_AXIS_DEPTH} niveaux au maximum).` });
      else walk(n.children, `${p}.children`, depth + 1);
    });
  };
  walk(doc.axes, 'axes', 1);
  if (axisCount > MAX_AXES) errors.push({ path: 'axes', message: `Trop d'axes (${MAX_AXES} au maximum).` });

  const actionKeys = new Set<string>();
  let actionCount = 0;
  const check = (a: DocAction | DocSubAction, p: string) => {
    actionCount++;
    if (actionKeys.has(a.key)) errors.push({ path: `${p}.key`, message: `Clé d'action « ${a.key} » en double.` });
    actionKeys.add(a.key);
    if (a.axisKey !== null && !axisKeys.has(a.axisKey)) errors.push({ path: `${p}.axisKey`, message: `Axe « ${a.axisKey} » absent du document.` });
    const unknown = a.copLevers.filter((c) => !isCopLeverCode(c));
    if (unknown.length) errors.push({ path: `${p}.copLevers`, message: `Levier(s) COP inconnu(s) : ${unknown.join(', ')}` });
    for (const [field, message] of Object.entries(validateActionRules(a))) errors.push({ path: `${p}.${field}`, message });
  };
  doc.actions.forEach((a, i) => {
    check(a, `actions.${i}`);
    a.subActions.forEach((s, j) => check(s, `actions.${i}.subActions.${j}`));
  });
  if (actionCount > MAX_IMPORT_ROWS) errors.push({ path: 'actions', message: `Trop d'actions (${MAX_IMPORT_ROWS} au maximum).` });
  return errors;
}
