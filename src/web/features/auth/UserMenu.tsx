import { Button, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CurrentUser } from '../../accountsApi';
import { allows, MANAGERS } from './access';
import { ScopeName } from './ScopeName';
import { loginPath, useLogout, useMe } from './session';

/** The header's account corner: "Masuk" when signed out; name, role and scope with a menu when signed in. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return null;
  if (!me.data) {
    if (location.pathname === '/login') return null;
    return (
      <Button component={Link} to={loginPath(location.pathname + location.search)} size="xs" variant="light">
        {t('auth.signIn')}
      </Button>
    );
  }
  return <SignedIn user={me.data} />;
}

function SignedIn({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton className="user-button" aria-label={t('auth.menuLabel')} data-testid="user-menu">
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600} lh={1.2} truncate maw={200}>{user.displayName}</Text>
            <Text size="xs" c="dimmed" lh={1.2} data-testid="user-scope" truncate maw={200}>
              {t(`role.${user.role}`)} · <ScopeName code={user.scopeRegionCode} />
            </Text>
          </Stack>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile">{t('auth.profile')}</Menu.Item>
        {allows(MANAGERS, user.role) && <Menu.Item component={Link} to="/tokens">{t('auth.tokens')}</Menu.Item>}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => logout.mutate()}>{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
