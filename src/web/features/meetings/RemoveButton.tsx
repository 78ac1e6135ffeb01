import { ActionIcon, Button, Popover, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface Props {
  /** "Hapus temuan T1": the accessible name of the button. */
  label: string;
  onConfirm: () => void;
  loading?: boolean;
}

/** A small ✕ that asks once more before removing something recorded by mistake. */
export function RemoveButton({ label, onConfirm, loading }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <Popover opened={opened} onChange={(open) => !open && close()} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} onClick={toggle}>
          <span aria-hidden>✕</span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm">{label}?</Text>
          <Button size="xs" color="red" loading={loading} onClick={() => { onConfirm(); close(); }}>{t('meetings.remove')}</Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
