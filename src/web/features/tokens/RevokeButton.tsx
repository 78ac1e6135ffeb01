import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../accountsApi';
import { ErrorNotice } from '../../shell/QueryState';
import { useRevokeToken } from './queries';

/** Revokes one token after a confirmation naming it. */
export function RevokeButton({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const revoke = useRevokeToken();
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={open} aria-label={t('tokens.revokeNamed', { name: token.name })}>
        {t('tokens.revoke')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('tokens.revokeTitle')} centered>
        <Text size="sm">{t('tokens.revokeConfirm', { name: token.name })}</Text>
        {revoke.isError && <ErrorNotice error={revoke.error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: close })}>
            {t('tokens.revoke')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
