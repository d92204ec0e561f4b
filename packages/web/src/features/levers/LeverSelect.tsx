import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { COP_LEVER_SET, COP_SECTORS } from '@trajectoire/domain';
import { SECTOR_LABELS } from '../../labels';

const ALL = '__all__';
const MANY = '__many__';

/** Single COP lever choice, grouped by sector. Several levers (from a saved view or the matrix) show as "Plusieurs". */
export function LeverSelect({ value, onChange, label = 'Levier COP' }: { value: string[]; onChange: (codes: string[]) => void; label?: string }) {
  const selected = value.length === 0 ? ALL : value.length === 1 ? value[0] : MANY;
  const onSelectionChange = (key: Key | null) => {
    if (key === null || key === MANY) return;
    onChange(key === ALL ? [] : [String(key)]);
  };
  return (
    <Select className="field react-aria-Select" selectedKey={selected} onSelectionChange={onSelectionChange}>
      <Label>{label}</Label>
      <Button>
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover>
        <ListBox>
          <ListBoxItem id={ALL}>Tous les leviers</ListBoxItem>
          {value.length > 1 && <ListBoxItem id={MANY}>{`Plusieurs leviers (${value.length})`}</ListBoxItem>}
          {COP_SECTORS.map((sector) => (
            <ListBoxSection key={sector}>
              <Header className="listbox__header">{SECTOR_LABELS[sector]}</Header>
              {COP_LEVER_SET.levers
                .filter((l) => l.sector === sector)
                .map((l) => (
                  <ListBoxItem key={l.code} id={l.code} textValue={l.labelFr}>
                    {l.labelFr}
                  </ListBoxItem>
                ))}
            </ListBoxSection>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
