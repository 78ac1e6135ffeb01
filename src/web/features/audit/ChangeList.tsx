import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScopeName } from '../auth/ScopeName';
import { ROLES } from '../auth/access';
import { UnitName } from '../units/UnitName';
import { changeRows, fieldLabel, valueText } from './format';

const REGION_FIELDS = new Set(['scopeRegionCode', 'regionCode']);

/** A value as people read it: region names for region codes, unit names for unit ids, role names. */
function Value({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  if (typeof value === 'string' && REGION_FIELDS.has(field)) return <ScopeName code={value} />;
  if (typeof value === 'number' && field === 'unitId') return <UnitName id={value} />;
  const role = field === 'role' ? ROLES.find((candidate) => candidate === value) : undefined;
  if (role) return <>{t(`role.${role}`)}</>;
  return <>{valueText(value)}</>;
}

/** "Peran: — → Petugas", one line per changed field. */
export function ChangeList({ changes }: { changes: unknown }) {
  const { t } = useTranslation();
  const rows = changeRows(changes);
  if (rows.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <ul className="change-list">
      {rows.map(([field, before, after]) => (
        <li key={field}>
          <Text span size="xs" fw={600}>{fieldLabel(t, field)}:</Text>{' '}
          <Text span size="xs" c="dimmed"><Value field={field} value={before} /></Text>
          <Text span size="xs" c="dimmed" aria-label={t('audit.becomes')}> → </Text>
          <Text span size="xs" className="change-after"><Value field={field} value={after} /></Text>
        </li>
      ))}
    </ul>
  );
}
