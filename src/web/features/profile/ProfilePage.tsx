import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../shell/QueryState';
import { ScopeName } from '../auth/ScopeName';
import { useCurrentUser } from '../auth/session';
import { UnitName } from '../units/UnitName';
import { PasswordForm } from './PasswordForm';
import { ProfileForm } from './ProfileForm';
import { SignOutEverywhere } from './SignOutEverywhere';

/** /profile — your name, language and password, and ending all your sessions. */
export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.profile')} · Sinergi`);
  const user = useCurrentUser();
  if (!user) return <Loading />;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('auth.profile')}</Title>
        <Text size="sm" c="dimmed">
          {t(`role.${user.role}`)} · <ScopeName code={user.scopeRegionCode} />
          {user.unitId !== null && <> · <UnitName id={user.unitId} /></>}
        </Text>
      </div>
      <ProfileForm user={user} />
      <PasswordForm />
      <SignOutEverywhere />
    </Stack>
  );
}
