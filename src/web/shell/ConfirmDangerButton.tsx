import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './QueryState';

interface Props {
  /** The small red button's text, and its accessible name when that must name the thing ("Cabut token X"). */
  label: string;
  ariaLabel?: string;
  title: string;
  /** What will happen, naming the thing. */
  body: string;
  /** The confirming button's text; the label by default. */
  confirmLabel?: string;
  pending: boolean;
  error: unknown;
  /** Runs the change; `close` is called by the caller once it succeeded. */
  onConfirm: (close: () => void) => void;
  /** Clears an earlier attempt's error when the dialog opens again. */
  onOpen?: () => void;
}

/** A destructive action behind a confirmation dialog that names what it does; its failure stays in the dialog. */
export function ConfirmDangerButton({ label, ariaLabel, title, body, confirmLabel, pending, error, onConfirm, onOpen }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={() => { onOpen?.(); open(); }} aria-label={ariaLabel ?? label}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Text size="sm">{body}</Text>
        {error != null && <ErrorNotice error={error} />}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button color="red" loading={pending} onClick={() => onConfirm(close)}>{confirmLabel ?? label}</Button>
        </Group>
      </Modal>
    </>
  );
}
