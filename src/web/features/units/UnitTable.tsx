import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../accountsApi';
import { AgencyName } from './AgencyName';

export function UnitTable({ units, label }: { units: Unit[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('units.colName')}</Table.Th>
            <Table.Th>{t('units.colAgency')}</Table.Th>
            <Table.Th>{t('units.colRegion')}</Table.Th>
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
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
