import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';
import type { ActionItemDetail } from './api';
import { useUpdateActionItem } from './queries';
import { StaleNotice } from './StaleNotice';
import { nextStatuses, type ActionStatus } from './status';

/**
 * Moves the item on and/or adds a note, at the version on screen. When someone saved first (409) it says
 * what they changed, shows the item as it is now, and keeps the note typed so it can be sent again.
 */
export function StatusForm({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const update = useUpdateActionItem(item.id);
  const [picked, setPicked] = useState<ActionStatus | ''>('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const next = nextStatuses(item.status);
  // After a reload the item may have moved on: a choice no longer allowed is dropped.
  const status = picked !== '' && next.includes(picked) ? picked : '';
  const stale = update.error instanceof ApiError && update.error.status === 409 ? update.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending || (status === '' && note.trim() === '')) return;
    setSaved(false);
    update.mutate(
      { version: item.version, ...(status ? { status } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => { setPicked(''); setNote(''); setSaved(true); } },
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-update-title">
      <Title order={2} size="h5" id="ai-update-title" mb="sm">{t('actionItems.updateTitle')}</Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          {stale && <StaleNotice error={stale} />}
          {update.isError && !stale && <ErrorNotice error={update.error} />}
          <NativeSelect
            label={t('actionItems.newStatus')} value={status}
            onChange={(event) => { setPicked(event.currentTarget.value as ActionStatus | ''); setSaved(false); }}
            data={[
              { value: '', label: t('actionItems.keepStatus', { status: t(`actionItems.status.${item.status}`) }) },
              ...next.map((value) => ({ value, label: t(`actionItems.status.${value}`) })),
            ]}
          />
          <Textarea
            label={t('actionItems.note')} description={t('actionItems.noteHint')} autosize minRows={2} maxRows={8} maxLength={4000}
            value={note} onChange={(event) => { setNote(event.currentTarget.value); setSaved(false); }}
          />
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="teal.8" role="status">{saved ? t('actionItems.saved') : ''}</Text>
            <Button type="submit" loading={update.isPending} disabled={status === '' && note.trim() === ''}>{t('actionItems.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

