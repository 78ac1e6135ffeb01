import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { ImportedOutline } from './geoApi';
import { useRemoveOutline } from './queries';

/** Drops one imported outline after a confirmation naming its region: the maps go back to the vendored one. */
export function RemoveOutlineButton({ outline }: { outline: ImportedOutline }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useRemoveOutline();
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={open} aria-label={t('geoOutlines.list.removeNamed', { name: outline.name })}>
        {t('geoOutlines.list.remove')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('geoOutlines.list.removeTitle')} centered>
        <Text size="sm">{t('geoOutlines.list.removeConfirm', { name: outline.name })}</Text>
        {remove.isError && <ErrorNotice error={remove.error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(outline.regionCode, { onSuccess: close })}>
            {t('geoOutlines.list.remove')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
