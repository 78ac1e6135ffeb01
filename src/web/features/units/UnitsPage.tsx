import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ScopeName } from '../auth/ScopeName';
import { useCurrentUser } from '../auth/session';
import { UnitList } from './UnitList';

/** /units — read-only: the units inside the signed-in account's scope. */
export function UnitsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useDocumentTitle(`${t('units.title')} · Sinergi`);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('units.title')}</Title>
        {user && (
          <Text size="sm" c="dimmed">
            {t('units.scopeNote')} <Text span fw={600} c="dark"><ScopeName code={user.scopeRegionCode} /></Text>
          </Text>
        )}
      </div>
      <UnitList title={t('units.listTitle')} />
    </Stack>
  );
}
