import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit } from '../../accountsApi';
import { AgencyName } from './AgencyName';
import { EditUnitButton } from './EditUnitButton';

interface Props {
  units: Unit[];
  label: string;
  /**
   * When given, each row gets "Edit" (rename, change agency), called with the unit's name after saving,
   * and "Kop surat", the unit's letterhead.
   */
  onSaved?: (name: string) => void;
}

export function UnitTable({ units, label, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('units.colName')}</Table.Th>
            <Table.Th>{t('units.colAgency')}</Table.Th>
            <Table.Th>{t('units.colRegion')}</Table.Th>
            {onSaved && <Table.Th><VisuallyHidden>{t('units.colActions')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.id} data-testid="unit-row">
              <Table.Td><Text size="sm" fw={600}>{unit.name}</Text></Table.Td>
              <Table.Td><AgencyName code={unit.agencyCode} /></Table.Td>
              <Table.Td>
                <Text size="sm">{unit.regionName} <Text span size="xs" c="dimmed" ff="monospace">{unit.regionCode}</Text></Text>
              </Table.Td>
              {onSaved && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <EditUnitButton unit={unit} onSaved={onSaved} />
                    <Button size="xs" variant="subtle" component={Link} to={`/admin/units/${unit.id}/letterhead`}
                      aria-label={t('letterhead.actionNamed', { name: unit.name })}>
                      {t('letterhead.action')}
                    </Button>
                    <Button size="xs" variant="subtle" component={Link} to={`/admin/units/${unit.id}/notifications`}
                      aria-label={t('notifications.channels.actionNamed', { name: unit.name })}>
                      {t('notifications.channels.action')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
