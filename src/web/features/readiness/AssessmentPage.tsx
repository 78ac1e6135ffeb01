import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { readinessPercent } from '../../../domain/readiness/score';
import { ApiError } from '../../api';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { UnitPicker } from '../meetings/UnitPicker';
import { ChecklistItem, type ItemDraft } from './ChecklistItem';
import { GapActionsSection } from './GapActionsSection';
import { PercentBar } from './PercentBar';
import { useAssessment, usePercentFormat, useUpdateAssessment } from './queries';
import { ASSESSORS, regionPath, STATUS_COLOR } from './readiness';
import { STATUSES, type Assessment, type AssessmentItem, type UpdateAssessment } from './readinessApi';
import { itemCodeOf, StaleAssessmentNotice, staleFields } from './StaleAssessmentNotice';
import './readiness.css';

/** /readiness/assessments/:id — one assessment: its percent and the checklist to fill in. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const id = Number(useParams().id);
  const assessment = useAssessment(id);
  const title = assessment.data?.id === id ? assessment.data.template.title[lang] : null;
  useDocumentTitle(`${title ? `${title} · ` : ''}${t('readiness.home.title')} · Sinergi`);

  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  if (assessment.isPending) return <Loading />;
  if (assessment.isError) {
    if (assessment.error instanceof ApiError && assessment.error.status === 404) return <NotFound message={assessment.error.message} />;
    return <ErrorNotice error={assessment.error} onRetry={() => void assessment.refetch()} />;
  }
  return <AssessmentView assessment={assessment.data} reload={async () => (await assessment.refetch()).data} />;
}

function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="assessment-not-found">
      <Title order={1} size="h2">{t('readiness.assessment.notFound')}</Title>
      {message && <Text>{message}</Text>}
      <Anchor component={Link} to="/readiness" size="sm">‹ {t('readiness.region.backHome')}</Anchor>
    </Stack>
  );
}

/** Blank text is no text, as the server stores it. */
const clean = (text: string | null | undefined): string | null => {
  const value = (text ?? '').trim();
  return value === '' ? null : value;
};

const draftOf = (item: AssessmentItem): ItemDraft => ({
  status: item.status, note: item.note ?? '', evidence: item.evidence ?? '', responsibleUnitId: item.responsibleUnitId,
});

const differs = (item: AssessmentItem, draft: ItemDraft) =>
  draft.status !== item.status || clean(draft.note) !== item.note || clean(draft.evidence) !== item.evidence || draft.responsibleUnitId !== item.responsibleUnitId;

interface GeneralDraft {
  note?: string;
  responsibleUnitId?: number | null;
}

function AssessmentView({ assessment, reload }: { assessment: Assessment; reload: () => Promise<Assessment | undefined> }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const format = usePercentFormat();
  const editable = allows(ASSESSORS, useCurrentUser()?.role);
  const update = useUpdateAssessment(assessment.id);
  // The user's changes over the assessment as read, and the version they were made against.
  const [edits, setEdits] = useState<Record<string, Partial<ItemDraft>>>({});
  const [general, setGeneral] = useState<GeneralDraft>({});
  const [readVersion, setReadVersion] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);

  const { version } = assessment;
  const startEdit = useCallback(() => {
    setReadVersion((read) => read ?? version);
    setSaved(false);
  }, [version]);
  const onItemChange = useCallback((code: string, change: Partial<ItemDraft>) => {
    setEdits((current) => ({ ...current, [code]: { ...current[code], ...change } }));
    startEdit();
  }, [startEdit]);
  const onGeneralChange = (change: GeneralDraft) => {
    setGeneral((current) => ({ ...current, ...change }));
    startEdit();
  };

  const drafts = assessment.items.map((item) => ({ ...draftOf(item), ...edits[item.code] }));
  const changed = assessment.items.filter((item, index) => differs(item, drafts[index]!));
  const note = general.note ?? assessment.note ?? '';
  const unitId = general.responsibleUnitId !== undefined ? general.responsibleUnitId : assessment.responsibleUnitId;
  const noteChanged = clean(note) !== assessment.note;
  const unitChanged = unitId !== assessment.responsibleUnitId;
  const changeCount = changed.length + (noteChanged ? 1 : 0) + (unitChanged ? 1 : 0);
  const dirty = changeCount > 0;
  const preview = readinessPercent(assessment.items.map((item, index) => ({ weight: item.weight, status: drafts[index]!.status })));
  const stale = update.error instanceof ApiError && update.error.code === 'stale_version' ? update.error : null;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const changes: UpdateAssessment = { version: readVersion ?? version };
    if (changed.length > 0) {
      changes.items = changed.map((item) => {
        const draft = drafts[assessment.items.indexOf(item)]!;
        return { code: item.code, status: draft.status, note: clean(draft.note), evidence: clean(draft.evidence), responsibleUnitId: draft.responsibleUnitId };
      });
    }
    if (noteChanged) changes.note = clean(note);
    if (unitChanged) changes.responsibleUnitId = unitId;
    update.mutate(changes, {
      onSuccess: () => {
        setEdits({});
        setGeneral({});
        setReadVersion(null);
        setSaved(true);
      },
    });
  };

  /** Reads the assessment again; what others changed replaces the user's edits there, the rest of the edits stay. */
  const reloadAfterStale = async () => {
    const fields = stale ? staleFields(stale) : [];
    const codes = assessment.items.map((item) => item.code);
    const theirs = new Set(fields.map((field) => itemCodeOf(field, codes)).filter((code): code is string => code !== null));
    setReloading(true);
    try {
      const fresh = await reload();
      const keptEdits = Object.fromEntries(Object.entries(edits).filter(([code]) => !theirs.has(code)));
      const keptGeneral: GeneralDraft = {
        ...(fields.includes('note') || general.note === undefined ? {} : { note: general.note }),
        ...(fields.includes('responsibleUnitId') || general.responsibleUnitId === undefined ? {} : { responsibleUnitId: general.responsibleUnitId }),
      };
      setEdits(keptEdits);
      setGeneral(keptGeneral);
      const anyLeft = Object.keys(keptEdits).length > 0 || Object.keys(keptGeneral).length > 0;
      setReadVersion(anyLeft && fresh ? fresh.version : null);
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap="lg" className="readiness-page">
      <Stack gap={6}>
        <Anchor component={Link} to={regionPath(assessment.region.code)} size="sm" data-testid="back-to-region">
          ‹ {t('readiness.region.title', { name: assessment.region.name })}
        </Anchor>
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {t('readiness.assessment.kicker')} · {t(`readiness.domain.${assessment.template.domain}`)}
        </Text>
        <Title order={1} size="h2" className="readiness-wrap">{assessment.template.title[lang]}</Title>
        <Group gap="xs" wrap="wrap" data-testid="assessment-facts">
          <Anchor component={Link} to={regionPath(assessment.region.code)} size="sm" fw={600}>{assessment.region.name}</Anchor>
          <Text size="sm" c="dimmed">·</Text>
          <Text size="sm" data-testid="assessment-date">{formatCalendarDate(locale, assessment.assessedOn)}</Text>
          <Text size="sm" c="dimmed">·</Text>
          <Text size="sm" c="dimmed">{t('readiness.assessment.version', { version: assessment.template.version })}</Text>
        </Group>
        {!editable && (
          <Text size="sm">
            <Text span c="dimmed">{t('readiness.checklist.assessmentUnit')}: </Text>
            {assessment.responsibleUnitName ?? t('readiness.assessment.noUnit')}
          </Text>
        )}
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="assessment-percent-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="assessment-percent-title">{t('readiness.assessment.percentTitle')}</Title>
          <PercentBar percent={assessment.percent} label={t('readiness.assessment.percentTitle')} big testId="assessment-percent" />
          <Group gap="xs" wrap="wrap" data-testid="status-counts" aria-label={t('readiness.assessment.counts')} role="group">
            {STATUSES.map((status) => (
              <Badge key={status} variant="light" color={STATUS_COLOR[status]} className="badge-full" data-status={status}>
                {t('readiness.assessment.count', { status: t(`readiness.status.${status}`), n: assessment.counts[status] })}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed">{t('readiness.assessment.formula')}</Text>
        </Stack>
      </Paper>

      {editable ? (
        <form onSubmit={save} aria-labelledby="checklist-title" noValidate>
          <Stack gap="md">
            <Title order={2} size="h3" id="checklist-title">{t('readiness.checklist.title')}</Title>
            <Grid gap="sm" align="flex-start">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <UnitPicker label={t('readiness.checklist.assessmentUnit')} value={unitId}
                  onChange={(id) => onGeneralChange({ responsibleUnitId: id })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Textarea label={t('readiness.checklist.assessmentNote')} autosize minRows={1} maxRows={6} maxLength={4000} value={note}
                  onChange={(event) => onGeneralChange({ note: event.currentTarget.value })} />
              </Grid.Col>
            </Grid>
            <Stack component="ol" gap="sm" className="checklist" aria-labelledby="checklist-title">
              {assessment.items.map((item, index) => (
                <ChecklistItem key={item.code} item={item} draft={drafts[index]!} position={index + 1}
                  changed={changed.includes(item)} editable onChange={onItemChange} />
              ))}
            </Stack>
            {stale && <StaleAssessmentNotice error={stale} assessment={assessment} onReload={() => void reloadAfterStale()} reloading={reloading} />}
            {update.isError && !stale && <ErrorNotice error={update.error} />}
            <div className="checklist-savebar">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" c={dirty ? undefined : 'dimmed'} role="status" data-testid="save-state">
                  {dirty
                    ? t('readiness.checklist.unsaved', { n: changeCount, percent: preview === null ? t('readiness.noPercent') : format(preview) })
                    : saved ? t('readiness.checklist.saved') : t('readiness.checklist.unchanged')}
                </Text>
                <Button type="submit" loading={update.isPending} disabled={!dirty || stale !== null}>{t('readiness.checklist.save')}</Button>
              </Group>
            </div>
          </Stack>
        </form>
      ) : (
        <section aria-labelledby="checklist-title">
          <Title order={2} size="h3" id="checklist-title" mb="sm">{t('readiness.checklist.title')}</Title>
          {assessment.note && <Alert variant="light" color="gray" mb="sm">{assessment.note}</Alert>}
          <Stack component="ol" gap="sm" className="checklist">
            {assessment.items.map((item, index) => (
              <ChecklistItem key={item.code} item={item} draft={draftOf(item)} position={index + 1} changed={false} editable={false}
                onChange={onItemChange} />
            ))}
          </Stack>
        </section>
      )}

      {editable && <GapActionsSection assessment={assessment} dirty={dirty} />}
    </Stack>
  );
}
