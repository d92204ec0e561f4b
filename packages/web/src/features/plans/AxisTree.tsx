import { useState } from 'react';
import { Button as AriaButton, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from '../../router';
import { Button } from '../../ui/Button';
import { formatNumber } from '../../format';
import type { AxisNode, PlanDetail } from './api';
import { filtersToSearch, type ActionFilters } from './filters';
import { flattenAxes, totalActions, type FlatAxis } from './axis-tree';
import { AxisDialogs, type AxisOperation } from './AxisDialogs';

interface TreeProps {
  plan: PlanDetail;
  filters: ActionFilters;
  canEdit: boolean;
  onChanged: () => void;
}

const hrefFor = (filters: ActionFilters, axisId: string | undefined) => `?${filtersToSearch({ ...filters, axisId }).toString()}`;

function AxisItem({ node, flat, props, operate }: { node: AxisNode; flat: Map<string, FlatAxis>; props: TreeProps; operate: (op: AxisOperation) => void }) {
  const f = flat.get(node.id)!;
  const current = props.filters.axisId === node.id;
  return (
    <li>
      <div className="axis-tree__row">
        <Link href={hrefFor(props.filters, node.id)} aria-current={current ? 'true' : undefined} className="axis-tree__link">
          <span className="axis-tree__number">{f.number}</span> {node.title}{' '}
          <span className="axis-tree__count">
            ({formatNumber(totalActions(node))}
            <span className="visually-hidden"> actions</span>)
          </span>
        </Link>
        {props.canEdit && (
          <MenuTrigger>
            <AriaButton className="btn btn--quiet btn--small" aria-label={`Modifier l’axe ${f.number} ${node.title}`}>
              <span aria-hidden="true">⋯</span>
            </AriaButton>
            <Popover placement="bottom end">
              <Menu aria-label={`Opérations sur l’axe ${node.title}`} onAction={(key) => operate({ kind: key as AxisOperation['kind'], axis: node } as AxisOperation)}>
                <MenuItem id="rename">Renommer</MenuItem>
                <MenuItem id="add-child">Ajouter un sous-axe</MenuItem>
                {f.siblingIndex > 0 && <MenuItem id="up">Monter</MenuItem>}
                {f.siblingIndex < f.siblingCount - 1 && <MenuItem id="down">Descendre</MenuItem>}
                <MenuItem id="move">Déplacer sous un autre axe…</MenuItem>
                <MenuItem id="delete">Supprimer</MenuItem>
              </Menu>
            </Popover>
          </MenuTrigger>
        )}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <AxisItem key={c.id} node={c} flat={flat} props={props} operate={operate} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The plan's axes as a navigation tree: choosing an axis filters the action list; editors manage axes from menus. */
export function AxisTree(props: TreeProps) {
  const { plan, filters, canEdit, onChanged } = props;
  const [operation, setOperation] = useState<AxisOperation | null>(null);
  const flat = new Map(flattenAxes(plan.axes).map((f) => [f.axis.id, f]));
  return (
    <nav aria-labelledby="axes-title" className="axis-tree">
      <h2 id="axes-title">Axes du plan</h2>
      <ul>
        <li>
          <Link href={hrefFor(filters, undefined)} aria-current={!filters.axisId ? 'true' : undefined} className="axis-tree__link">
            Tous les axes ({formatNumber(plan.actionCounts.total)}<span className="visually-hidden"> actions</span>)
          </Link>
        </li>
        {plan.axes.map((a) => (
          <AxisItem key={a.id} node={a} flat={flat} props={props} operate={setOperation} />
        ))}
        <li>
          <Link href={hrefFor(filters, 'none')} aria-current={filters.axisId === 'none' ? 'true' : undefined} className="axis-tree__link">
            Actions hors axe
          </Link>
        </li>
      </ul>
      {plan.axes.length === 0 && <p className="small muted">Aucun axe : structurez le plan en axes et sous-axes.</p>}
      {canEdit && (
        <Button variant="secondary" small onPress={() => setOperation({ kind: 'add-root' })}>
          Ajouter un axe
        </Button>
      )}
      {operation && <AxisDialogs plan={plan} operation={operation} onClose={() => setOperation(null)} onChanged={onChanged} />}
    </nav>
  );
}
