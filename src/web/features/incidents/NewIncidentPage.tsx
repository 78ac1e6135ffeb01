import './incidents.css';
import { Anchor, Button, Checkbox, Grid, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { INCIDENT_SEVERITIES } from '../../../domain/incidents/vocabulary';
import { ErrorNotice } from '../../shell/QueryState';
import { AttachmentPicker } from '../incident-attachments/AttachmentPicker';
import { useAttachmentUploads } from '../incident-attachments/useAttachmentUploads';
import { useLang } from '../../shell/useLang';
import { timeZoneOfRegion } from '../../shell/zonedTime';
import { useCurrentUser } from '../auth/session';
import { FromArticleNotice } from '../media/FromArticleNotice';
import { prefillOf } from '../media/prefill';
import { useLinkBack } from '../media/useLinkBack';
import { toLocalInput } from '../meetings/format';
import { RegionChooser } from '../regions/RegionChooser';
import { newIdempotencyKey } from './idempotencyKey';
import { OfflineIntakeNotice } from './offline/OfflineIntakeNotice';
import { QueuePanel } from './offline/QueuePanel';
import { useOfflineIntake } from './offline/useOfflineIntake';
import { useCategoriesOnDevice } from './offline/useReportQueue';
import { useSubmitIncident } from './queries';
import { toCreateIncident, type DraftField, type DraftProblem, type ReportDraft } from './reportDraft';

/** /incidents/new — a report typed in the browser, laid out in one column on a phone. */
export function NewIncidentPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  useDocumentTitle(`${t('incidents.form.title')} · Sinergi`);
  const navigate = useNavigate();
  const scope = useCurrentUser()?.scopeRegionCode ?? undefined;
  const categories = useCategoriesOnDevice();
  const submit = useSubmitIncident();
  // Files go up once the report exists (POST /incidents stays JSON); a failed file never loses the report.
  const attachments = useAttachmentUploads();
  const afterReport = (id: number) => void attachments.uploadTo(id).then((ok) => ok && navigate(`/incidents/${id}`));
  // One key per submission, kept across its retries (a timeout, a lost answer): the server then answers
  // the report the first attempt made. A changed draft is another submission and gets a new key.
  const key = useRef(newIdempotencyKey());
  // Opened from a news article ("Buat insiden"): the form starts from its reviewed fields and the new
  // incident is linked back to it. Read once, so the person's edits are theirs.
  const location = useLocation();
  const [prefill] = useState(() => prefillOf<ReportDraft>(location.state));
  const { linkBack } = useLinkBack();
  const [draft, setDraftState] = useState<ReportDraft>(() => ({
    category: '', regime: 'pilkada', description: '', occurredAt: toLocalInput(new Date().toISOString(), scope ? timeZoneOfRegion(scope) : 'WIB'),
    regionCode: scope && scope.length > 2 ? scope : '', latitude: '', longitude: '', tps: '', severity: '', reporterName: '', reporterContact: '', reporterAnonymous: false,
    ...prefill?.values,
  }));
  const [problems, setProblems] = useState<Partial<Record<DraftField, DraftProblem>>>({});
  const zone = draft.regionCode ? timeZoneOfRegion(draft.regionCode) : scope ? timeZoneOfRegion(scope) : 'WIB';
  const setDraft = (changes: Partial<ReportDraft>) => {
    key.current = newIdempotencyKey();
    setDraftState((current) => ({ ...current, ...changes }));
  };
  const problem = (field: DraftField) => (problems[field] ? t(`incidents.form.problem.${problems[field]}`) : undefined);
  // Offline, or a send that got no answer: the report waits on the device with its key (offline/).
  const intake = useOfflineIntake(submit, {
    reopen: (item) => {
      setDraftState(item.draft);
      key.current = item.key;
      // Its kept files come back to the picker, to go with the report once it is sent.
      attachments.add((item.files ?? []).map((file) => new File([file.blob], file.name, { type: file.type })));
    },
    afterQueued: () => {
      // The files went to the queue with the report: the next report starts without them.
      attachments.clear();
      key.current = newIdempotencyKey();
      setDraftState((current) => ({ ...current, description: '', latitude: '', longitude: '', tps: '' }));
    },
  });

  const send = (event: FormEvent) => {
    event.preventDefault();
    const checked = toCreateIncident(draft, zone);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems({});
    // Only files the picker accepts (type, size) go to the queue: the others would be refused anyway.
    const files = attachments.files.filter((item) => !item.problem).map((item) => item.file);
    intake.send({ input: checked.input, key: key.current, draft, files }, (incident) => {
      // The link to the article is made before the page moves on (as a meeting's is): left running,
      // a reload or a quick step elsewhere could cut it, and the article would not know its incident.
      const linked = prefill ? linkBack(prefill.fromArticle.id, { incidentId: incident.id }) : Promise.resolve(true);
      void linked.then(() => afterReport(incident.id));
    });
  };

  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/incidents" size="sm">‹ {t('incidents.backToList')}</Anchor>
      <Title order={1}>{t('incidents.form.title')}</Title>
      {prefill && <FromArticleNotice article={prefill.fromArticle} />}
      <Paper withBorder p="md" component="form" onSubmit={send} aria-label={t('incidents.form.title')} data-testid="incident-form" noValidate>
        <Stack gap="sm">
          <Select label={t('incidents.field.category')} required searchable data={(categories.data ?? []).filter((category) => category.active !== false).map((category) => ({ value: category.code, label: category.name[lang] }))}
            value={draft.category || null} error={problem('category')} nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }}
            onChange={(category) => setDraft({ category: category ?? '', severity: categories.data?.find((item) => item.code === category)?.defaultSeverity ?? draft.severity })} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('incidents.field.regime')}</Text>
            <SegmentedControl fullWidth styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }} value={draft.regime} onChange={(regime) => setDraft({ regime: regime as ReportDraft['regime'] })}
              data={[{ value: 'pilkada', label: t('incidents.regime.pilkada') }, { value: 'pemilu', label: t('incidents.regime.pemilu') }]} />
          </Stack>
          <Textarea label={t('incidents.field.description')} required autosize minRows={3} maxLength={10_000} value={draft.description}
            error={problem('description')} onChange={(event) => setDraft({ description: event.currentTarget.value })} />
          <div role="group" aria-label={t('incidents.field.region')}>
            <RegionChooser code={draft.regionCode || undefined} onChange={(regionCode) => setDraft({ regionCode: regionCode ?? '' })} within={scope}
              labels={{ field: t('incidents.field.region'), chosen: t('incidents.field.region'), none: t('incidents.form.noRegion'), search: t('incidents.form.regionSearch') }} />
            {problem('regionCode') && <Text size="xs" c="red" role="alert">{problem('regionCode')}</Text>}
          </div>
          <TextInput type="datetime-local" label={t('incidents.form.occurredAt', { zone })} required value={draft.occurredAt}
            error={problem('occurredAt')} onChange={(event) => setDraft({ occurredAt: event.currentTarget.value })} />
          <Grid gap="sm">
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput label={t('incidents.field.latitude')} inputMode="decimal" placeholder="-8.45" value={draft.latitude}
                error={problem('latitude')} onChange={(event) => setDraft({ latitude: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <TextInput label={t('incidents.field.longitude')} inputMode="decimal" placeholder="115.35" value={draft.longitude}
                onChange={(event) => setDraft({ longitude: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('incidents.field.tps')} maxLength={40} value={draft.tps} onChange={(event) => setDraft({ tps: event.currentTarget.value })} />
            </Grid.Col>
          </Grid>
          <Select label={t('incidents.field.severity')} data={INCIDENT_SEVERITIES.map((severity) => ({ value: severity, label: t(`incidents.severity.${severity}`) }))}
            value={draft.severity || null} onChange={(severity) => setDraft({ severity: severity ?? '' })} clearable
            description={t('incidents.form.severityHint')} comboboxProps={{ withinPortal: true }} />
          <Title order={2} size="h5" mt="sm">{t('incidents.form.reporter')}</Title>
          <Checkbox label={t('incidents.form.anonymous')} description={t('incidents.form.anonymousHint')} checked={draft.reporterAnonymous}
            onChange={(event) => setDraft({ reporterAnonymous: event.currentTarget.checked })} />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('incidents.form.reporterName')} maxLength={200} value={draft.reporterName} onChange={(event) => setDraft({ reporterName: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('incidents.form.reporterContact')} maxLength={200} value={draft.reporterContact} onChange={(event) => setDraft({ reporterContact: event.currentTarget.value })} />
            </Grid.Col>
          </Grid>
          <AttachmentPicker uploads={attachments} onRetry={() => attachments.incidentId !== null && afterReport(attachments.incidentId)} />
          <OfflineIntakeNotice intake={intake} />
          {submit.isError && <ErrorNotice error={submit.error} />}
          <Button type="submit" loading={submit.isPending} fullWidth={false}>{submit.isError ? t('incidents.form.retry') : t('incidents.form.submit')}</Button>
        </Stack>
      </Paper>
      <QueuePanel />
    </Stack>
  );
}
