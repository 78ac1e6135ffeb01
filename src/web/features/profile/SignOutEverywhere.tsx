import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLogoutEverywhere } from '../auth/session';

/** Ends every session of the account, this one included, after a confirmation. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const logout = useLogoutEverywhere();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="everywhere-title">
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h4" id="everywhere-title">{t('profile.everywhereTitle')}</Title>
        <Text size="sm" c="dimmed">{t('profile.everywhereHint')}</Text>
        {logout.isError && <ErrorNotice error={logout.error} />}
        <Button color="red" variant="light" onClick={open} w="fit-content">{t('profile.everywhereButton')}</Button>
      </Stack>
      <Modal opened={opened} onClose={close} title={t('profile.everywhereTitle')} centered>
        <Text size="sm">{t('profile.everywhereConfirm')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" onClick={() => logout.mutate()} loading={logout.isPending}>{t('profile.everywhereButton')}</Button>
        </Group>
      </Modal>
    </Paper>
  );
}
