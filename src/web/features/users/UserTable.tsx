import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../accountsApi';
import { grantableRoles } from '../auth/access';
import { RoleBadge } from '../auth/RoleBadge';
import { ScopeName } from '../auth/ScopeName';
import { useCurrentUser } from '../auth/session';
import { UnitName } from '../units/UnitName';
import { EditUserButton } from './EditUserButton';
import type { UserNotice } from './queries';
import { ResetPasswordButton } from './ResetPasswordButton';

interface Props {
  users: User[];
  label: string;
  /** Called after an account was changed or its password reset, with what to confirm. */
  onSaved: (notice: UserNotice) => void;
}

/**
 * The accounts with their role, scope, unit and status. Rows the signed-in account may manage get
 * "Edit" and "Reset password"; its own row does not (the profile page is for that), nor do accounts
 * holding a role it cannot grant (the server would refuse).
 */
export function UserTable({ users, label, onSaved }: Props) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const grantable = me ? grantableRoles(me.role) : [];
  const manageable = (user: User) => me !== undefined && user.id !== me.id && grantable.includes(user.role);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.colName')}</Table.Th>
            <Table.Th>{t('users.colRole')}</Table.Th>
            <Table.Th>{t('users.colScope')}</Table.Th>
            <Table.Th>{t('users.colUnit')}</Table.Th>
            <Table.Th>{t('users.colLanguage')}</Table.Th>
            <Table.Th>{t('users.colStatus')}</Table.Th>
            <Table.Th><VisuallyHidden>{t('users.colActions')}</VisuallyHidden></Table.Th>
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
              <Table.Td className="nowrap"><RoleBadge role={user.role} /></Table.Td>
              <Table.Td><Text size="sm"><ScopeName code={user.scopeRegionCode} /></Text></Table.Td>
              <Table.Td><Text size="sm"><UnitName id={user.unitId} /></Text></Table.Td>
              <Table.Td><Text size="sm">{user.language.toUpperCase()}</Text></Table.Td>
              <Table.Td className="nowrap">
                {user.disabled
                  ? <Badge color="red" variant="light" size="sm" data-testid="user-disabled">{t('users.disabled')}</Badge>
                  : <Badge color="teal" variant="dot" size="sm">{t('users.active')}</Badge>}
              </Table.Td>
              <Table.Td>
                {manageable(user) && (
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <EditUserButton user={user} onSaved={onSaved} />
                    <ResetPasswordButton user={user} onSaved={onSaved} />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
