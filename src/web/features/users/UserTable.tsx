import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../accountsApi';
import { RoleBadge } from '../auth/RoleBadge';
import { ScopeName } from '../auth/ScopeName';
import { UnitName } from '../units/UnitName';

export function UserTable({ users, label }: { users: User[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.colName')}</Table.Th>
            <Table.Th>{t('users.colRole')}</Table.Th>
            <Table.Th>{t('users.colScope')}</Table.Th>
            <Table.Th>{t('users.colUnit')}</Table.Th>
            <Table.Th>{t('users.colLanguage')}</Table.Th>
            <Table.Th>{t('users.colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>{user.displayName}</Text>
                  <Text size="xs" c="dimmed">{user.email}</Text>
                </Stack>
              </Table.Td>
              <Table.Td><RoleBadge role={user.role} /></Table.Td>
              <Table.Td><Text size="sm"><ScopeName code={user.scopeRegionCode} /></Text></Table.Td>
              <Table.Td><Text size="sm"><UnitName id={user.unitId} /></Text></Table.Td>
              <Table.Td><Text size="sm">{user.language.toUpperCase()}</Text></Table.Td>
              <Table.Td>
                <Badge color={user.disabled ? 'gray' : 'teal'} variant="dot" size="sm">
                  {user.disabled ? t('users.disabled') : t('users.active')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
