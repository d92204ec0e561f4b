import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { exportUrl } from './api';

const FORMATS = [
  { id: 'xlsx', label: 'Classeur Excel (XLSX)' },
  { id: 'csv', label: 'Tableau CSV' },
  { id: 'json', label: 'Données JSON' },
] as const;

/** Downloads of the whole plan; `download` keeps these links out of client-side routing. */
export function ExportMenu({ planId }: { planId: string }) {
  return (
    <MenuTrigger>
      <Button className="btn btn--secondary btn--small">
        Exporter <span aria-hidden="true">▾</span>
      </Button>
      <Popover placement="bottom start">
        <Menu aria-label="Formats d’export">
          {FORMATS.map((f) => (
            <MenuItem key={f.id} id={f.id} href={exportUrl(planId, f.id)} download>
              {f.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
