import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import type { IncidentDetail } from './api';
import { TransitionForm } from './TransitionForm';
import { useIncident } from './queries';

type Action = IncidentDetail['actions'][number];

/**
 * The moves the API offers this reader now, one button each; the chosen one opens its form. A 409
 * (someone moved the report first, or the move no longer fits its status) is explained and the report
 * read again, so the buttons match what it is now.
 */
export function IncidentActions({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Action | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const reload = useIncident(incident.id);
  if (incident.actions.length === 0 && !conflict) return null;
  const onConflict = (error: ApiError) => {
    setConflict(error.message);
    setChosen(null);
    void reload.refetch();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-actions-title">
      <Title order={2} size="h4" mb="sm" id="incident-actions-title">{t('incidents.actions')}</Title>
      {conflict && (
        <Alert color="orange" variant="light" role="alert" title={t('incidents.conflictTitle')} mb="sm" withCloseButton onClose={() => setConflict(null)}>
          <Text size="sm">{conflict}</Text>
          <Text size="sm">{t('incidents.conflictReloaded')}</Text>
        </Alert>
      )}
      {incident.actions.length > 0 && (
        <Group gap="xs">
          {incident.actions.map((action) => (
            <Button key={action} variant={chosen === action ? 'filled' : 'light'} color={action === 'tolak' ? 'red' : undefined}
              onClick={() => { setChosen(chosen === action ? null : action); setConflict(null); }} aria-pressed={chosen === action}>
              {t(`incidents.action.${action}`)}
            </Button>
          ))}
        </Group>
      )}
      {chosen && incident.actions.includes(chosen) && (
        <TransitionForm key={chosen} incident={incident} action={chosen} onDone={() => setChosen(null)} onConflict={onConflict} />
      )}
    </Paper>
  );
}

