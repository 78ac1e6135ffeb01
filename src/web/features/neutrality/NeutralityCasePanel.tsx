import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { NEUTRALITY_OUTCOMES, useNeutralityCase, useSaveNeutralityCase, type NeutralityCaseAnswer, type NeutralityOutcome } from './api';

/** The catalogue category whose reports carry an ASN case (src/modules/neutrality-cases). */
const NEUTRALITY_CATEGORY = 'netralitas_asn';

interface Draft {
  officeName: string;
  personName: string;
  personNip: string;
  personPosition: string;
  outcome: NeutralityOutcome;
  decidedBy: string;
  decidedOn: string;
  outcomeNote: string;
}

function draftOf(answer: NeutralityCaseAnswer | undefined): Draft {
  const found = answer?.case;
  return {
    officeName: found?.officeName ?? '', personName: found?.personName ?? '', personNip: found?.personNip ?? '', personPosition: found?.personPosition ?? '',
    outcome: found?.outcome ?? 'dalam_proses', decidedBy: found?.decidedBy ?? '', decidedOn: found?.decidedOn ?? '', outcomeNote: found?.outcomeNote ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * "Kasus netralitas ASN" on a neutrality report: the office and official concerned and what came of
 * it (recommendation, sanction). Shown only on reports of the neutrality category.
 */
export function NeutralityCasePanel({ incident }: { incident: { id: number; category: { code: string } } }) {
  const applies = incident.category.code === NEUTRALITY_CATEGORY;
  const answer = useNeutralityCase(incident.id, applies);
  if (!applies) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="neutrality-title" data-testid="neutrality-panel">
      <NeutralityTitle />
      {answer.isPending && <Loading />}
      {answer.isError && <ErrorNotice error={answer.error} onRetry={() => void answer.refetch()} />}
      {answer.data && <CaseForm incidentId={incident.id} answer={answer.data} />}
    </Paper>
  );
}

function NeutralityTitle() {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h4" id="neutrality-title">{t('neutrality.title')}</Title>
      <Text size="xs" c="dimmed" mb="sm">{t('neutrality.hint')}</Text>
    </>
  );
}

function CaseForm({ incidentId, answer }: { incidentId: number; answer: NeutralityCaseAnswer }) {
  const { t } = useTranslation();
  const save = useSaveNeutralityCase(incidentId);
  const [draft, setDraft] = useState(() => draftOf(answer));
  // A save (or another desk's, once refetched) brings a new version: show what is stored.
  useEffect(() => setDraft(draftOf(answer)), [answer]);
  const field = (name: keyof Draft) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      // Read now: React clears currentTarget before the updater runs.
      const { value } = event.currentTarget;
      setDraft((d) => ({ ...d, [name]: value }));
    },
    readOnly: !answer.mayEdit,
  });
  const stored = answer.case;
  const submit = () => save.mutate({
    ...(stored ? { version: stored.version, unitId: stored.unitId, pactTargetId: stored.pactTargetId } : {}),
    officeName: orNull(draft.officeName), personName: orNull(draft.personName), personNip: orNull(draft.personNip),
    personPosition: orNull(draft.personPosition), outcome: draft.outcome, decidedBy: orNull(draft.decidedBy),
    decidedOn: orNull(draft.decidedOn), outcomeNote: orNull(draft.outcomeNote),
  });
  return (
    <Stack gap="sm">
      {!stored && <Text size="sm" c="dimmed">{t('neutrality.none')}</Text>}
      {stored?.pactTarget && (
        <Text size="sm">
          {t('neutrality.pactTarget')}: <Anchor component={Link} to={`/pakta-integritas/${stored.pactTarget.campaignId}`}>{stored.pactTarget.name} · {stored.pactTarget.campaignTitle}</Anchor>
        </Text>
      )}
      {stored?.unitName && <Text size="sm">{t('neutrality.unit')}: {stored.unitName}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('neutrality.officeName')} maxLength={300} {...field('officeName')} />
        <TextInput label={t('neutrality.personName')} maxLength={200} {...field('personName')} />
        <TextInput label={t('neutrality.personNip')} description={t('neutrality.nipHint')} maxLength={18} inputMode="numeric" {...field('personNip')} />
        <TextInput label={t('neutrality.personPosition')} maxLength={200} {...field('personPosition')} />
        <Select
          label={t('neutrality.outcome')} value={draft.outcome} allowDeselect={false} readOnly={!answer.mayEdit}
          data={NEUTRALITY_OUTCOMES.map((value) => ({ value, label: t(`neutrality.outcomes.${value}`) }))}
          onChange={(value) => value && setDraft((d) => ({ ...d, outcome: value as NeutralityOutcome }))}
        />
        <TextInput label={t('neutrality.decidedBy')} maxLength={200} {...field('decidedBy')} />
        <TextInput type="date" label={t('neutrality.decidedOn')} {...field('decidedOn')} />
      </SimpleGrid>
      <Textarea label={t('neutrality.outcomeNote')} autosize minRows={2} maxLength={4000} {...field('outcomeNote')} />
      {save.isError && <Alert color="red" role="alert">{save.error.message}</Alert>}
      {save.isSuccess && <Text size="sm" c="teal" role="status">{t('neutrality.saved')}</Text>}
      {answer.mayEdit && (
        <Group>
          <Button onClick={submit} loading={save.isPending}>{t('neutrality.save')}</Button>
        </Group>
      )}
    </Stack>
  );
}
