import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { UnitPicker } from '../meetings/UnitPicker';
import { incidentsApi, type IncidentDetail } from './api';
import { useTransition } from './queries';

interface Props {
  incident: IncidentDetail;
  action: IncidentDetail['actions'][number];
  onDone: () => void;
  onConflict: (error: ApiError) => void;
}

/** One move with its reason (every move says why), the unit of a referral or the earlier report of a duplicate. */
export function TransitionForm({ incident, action, onDone, onConflict }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const move = useTransition(incident.id);
  const [reason, setReason] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const [earlier, setEarlier] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (reason.trim() === '') return setProblem(t('incidents.reasonRequired'));
    if (action === 'teruskan' && unitId === null) return setProblem(t('incidents.unitRequired'));
    let duplicateOf: number | undefined;
    if (action === 'tandai_duplikat') {
      // People know the earlier report by its reference; the API wants its id.
      const found = await incidentsApi.list(lang, { q: earlier.trim(), limit: 5, offset: 0 }).catch(() => null);
      const match = found?.items.find((item) => item.reference.toLowerCase() === earlier.trim().toLowerCase() && item.id !== incident.id);
      if (!match) return setProblem(t('incidents.duplicateNotFound', { reference: earlier.trim() }));
      duplicateOf = match.id;
    }
    move.mutate(
      { action, reason: reason.trim(), version: incident.version, ...(action === 'teruskan' ? { unitId } : {}), ...(duplicateOf ? { duplicateOf } : {}) },
      {
        onSuccess: onDone,
        onError: (error) => { if (error instanceof ApiError && error.status === 409) onConflict(error); },
      },
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t(`incidents.action.${action}`)} data-testid="transition-form">
      <Stack gap="sm" mt="md" maw={640}>
        {action === 'teruskan' && <UnitPicker label={t('incidents.toUnitLabel')} value={unitId} onChange={setUnitId} required />}
        {action === 'tandai_duplikat' && (
          <TextInput label={t('incidents.duplicateOfLabel')} placeholder="INS-2024-000123" required value={earlier}
            onChange={(event) => setEarlier(event.currentTarget.value)} />
        )}
        <Textarea label={t('incidents.reason')} required autosize minRows={2} maxLength={2000} value={reason}
          onChange={(event) => setReason(event.currentTarget.value)} error={problem ?? undefined} />
        {move.isError && !(move.error instanceof ApiError && move.error.status === 409) && <ErrorNotice error={move.error} />}
        <Group gap="xs">
          <Button type="submit" loading={move.isPending}>{t('incidents.confirmAction', { action: t(`incidents.action.${action}`) })}</Button>
          <Button variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
