import { Alert, Anchor, Badge, Button, Checkbox, Grid, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isPending } from '../../../domain/meetings/action-items';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import { StatusBadge } from '../action-items/StatusBadge';
import { ACTION_STATUSES, type ActionStatus } from '../action-items/status';
import { useMeetings } from '../meetings/queries';
import { UnitPicker } from '../meetings/UnitPicker';
import { useGapActionItems } from './queries';
import { STATUS_COLOR } from './readiness';
import type { Assessment, AssessmentItem } from './readinessApi';

/** Meetings offered: those covering the region (the API's region filter), newest first. */
const MEETINGS_OFFERED = 100;

const isActionStatus = (value: string | null): value is ActionStatus => value !== null && (ACTION_STATUSES as readonly string[]).includes(value);

/** A gap (belum, sebagian) that no open action item follows yet: the server would skip the others. */
function isOpenGap(item: AssessmentItem): boolean {
  if (item.status !== 'belum' && item.status !== 'sebagian') return false;
  return !(item.actionItemId !== null && isActionStatus(item.actionItemStatus) && isPending(item.actionItemStatus));
}

/**
 * "Jadikan tindak lanjut": the saved gaps become action items of a meeting covering the region, one
 * per item, owned by the item's responsible unit (else the assessment's, unless an owner is chosen
 * here). What was made is listed with links; gaps an open action item already follows are skipped.
 */
export function GapActionsSection({ assessment, dirty }: { assessment: Assessment; dirty: boolean }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const meetings = useMeetings({ region: assessment.region.code }, 1, MEETINGS_OFFERED);
  const turn = useGapActionItems(assessment.id);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [ownerUnitId, setOwnerUnitId] = useState<number | null>(null);
  // Gaps left out by the user; a gap that appears later (a status saved as belum) is in by default.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);

  const gaps = assessment.items.filter(isOpenGap);
  const chosen = gaps.filter((item) => !excluded.has(item.code));
  const labelOf = useMemo(() => new Map(assessment.items.map((item) => [item.code, item.label[lang]])), [assessment.items, lang]);
  const meetingData = (meetings.data?.items ?? []).map((meeting) => ({
    value: String(meeting.id),
    label: `${meeting.title} · ${formatInZone(locale, meeting.startsAt, meeting.timeZone, 'day')}`,
  }));
  const noMeetings = meetings.isSuccess && meetingData.length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (dirty || !meetingId || chosen.length === 0) return;
    turn.mutate({
      meetingId: Number(meetingId),
      itemCodes: chosen.length === gaps.length ? undefined : chosen.map((item) => item.code),
      dueDate: dueDate || null,
      ownerUnitId: ownerUnitId ?? undefined,
    }, { onSuccess: () => { setExcluded(new Set()); setTried(false); } });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gap-actions" data-testid="gap-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="gap-actions">{t('readiness.gaps.title')}</Title>
        <Text size="sm" c="dimmed">{t('readiness.gaps.intro')}</Text>
        {gaps.length === 0 ? (
          <Text size="sm" data-testid="no-gaps">{t('readiness.gaps.none')}</Text>
        ) : (
          <form onSubmit={submit} aria-labelledby="gap-actions" noValidate>
            <Stack gap="sm">
              <Checkbox.Group label={t('readiness.gaps.items')} value={chosen.map((item) => item.code)}
                error={tried && chosen.length === 0 ? t('readiness.gaps.pickOne') : undefined}
                onChange={(codes) => setExcluded(new Set(gaps.map((item) => item.code).filter((code) => !codes.includes(code))))}>
                <Stack gap={6} mt={6}>
                  {gaps.map((item) => (
                    <Checkbox key={item.code} value={item.code}
                      label={(
                        <Group gap={6} wrap="wrap" component="span">
                          <span>{item.label[lang]}</span>
                          <Badge component="span" size="xs" variant="light" color={STATUS_COLOR[item.status]}>{t(`readiness.status.${item.status}`)}</Badge>
                        </Group>
                      )} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Grid gap="sm" align="flex-start">
                <Grid.Col span={12}>
                  <Select label={t('readiness.gaps.meeting')} required searchable data={meetingData} value={meetingId} onChange={setMeetingId}
                    placeholder={meetings.isPending ? t('common.loading') : undefined}
                    error={meetings.isError ? meetings.error.message : tried && !meetingId ? t('readiness.gaps.meetingRequired') : undefined}
                    nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
                  {noMeetings && (
                    <Text size="sm" c="dimmed" mt={4}>
                      {t('readiness.gaps.noMeetings', { name: assessment.region.name })}{' '}
                      <Anchor component={Link} to="/meetings/new" size="sm">{t('readiness.gaps.newMeeting')}</Anchor>
                    </Text>
                  )}
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput type="date" label={t('readiness.gaps.due')} value={dueDate} onChange={(event) => setDueDate(event.currentTarget.value)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <UnitPicker label={t('readiness.gaps.owner')} value={ownerUnitId} onChange={setOwnerUnitId} />
                  <Text size="xs" c="dimmed" mt={4}>{t('readiness.gaps.ownerHint')}</Text>
                </Grid.Col>
              </Grid>
              {dirty && <Alert color="yellow" variant="light" data-testid="gaps-unsaved">{t('readiness.gaps.unsaved')}</Alert>}
              {turn.isError && <ErrorNotice error={turn.error} />}
              <Group>
                <Button type="submit" loading={turn.isPending} disabled={dirty}>{t('readiness.gaps.submit')}</Button>
              </Group>
            </Stack>
          </form>
        )}
        {turn.data && (
          <Stack gap="xs" data-testid="gap-result" role="status">
            {turn.data.items.length > 0 ? (
              <>
                <Text size="sm" fw={600}>{t('readiness.gaps.created', { n: turn.data.items.length })}</Text>
                <List size="sm" spacing={4} data-testid="created-items">
                  {turn.data.items.map((item) => (
                    <List.Item key={item.id}>
                      <Group gap={6} wrap="wrap">
                        <Anchor component={Link} to={`/action-items/${item.id}`} size="sm" className="readiness-wrap">{item.title}</Anchor>
                        <Text span size="xs" c="dimmed">{item.ownerUnitName}</Text>
                        <StatusBadge status={item.status} />
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </>
            ) : (
              <Text size="sm">{t('readiness.gaps.createdNone')}</Text>
            )}
            {turn.data.skipped.length > 0 && (
              <>
                <Text size="sm" fw={600}>{t('readiness.gaps.skipped')}</Text>
                <List size="sm" spacing={4} data-testid="skipped-items">
                  {turn.data.skipped.map((skip) => (
                    <List.Item key={skip.itemCode}>
                      {labelOf.get(skip.itemCode) ?? skip.itemCode}{' · '}
                      <Anchor component={Link} to={`/action-items/${skip.actionItemId}`} size="sm">#{skip.actionItemId}</Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
