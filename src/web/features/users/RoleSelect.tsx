import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../accountsApi';
import { grantableRoles } from '../auth/access';
import { useCurrentUser } from '../auth/session';

/** The roles the signed-in account may grant (admin: all; coordinator: all but admin). */
export function RoleSelect({ label, value, onChange }: { label: string; value: Role | null; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const roles = user ? grantableRoles(user.role) : [];
  return (
    <Select
      label={label}
      required
      data={roles.map((role) => ({ value: role, label: `${t(`role.${role}`)} — ${t(`roleHint.${role}`)}` }))}
      value={value}
      onChange={(next) => {
        const role = roles.find((candidate) => candidate === next);
        if (role) onChange(role);
      }}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
