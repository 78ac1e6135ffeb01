import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../accountsApi';

const ROLE_COLOR: Record<Role, string> = { admin: 'red', coordinator: 'indigo', officer: 'teal', viewer: 'gray', reporter: 'orange' };

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Badge color={ROLE_COLOR[role]} variant="light" size="sm" radius="sm">{t(`role.${role}`)}</Badge>;
}
