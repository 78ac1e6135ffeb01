import { Grid, MultiSelect, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { levelOfRegion, MEETING_KINDS, MEETING_LEVELS, MEETING_MODES } from '../../../domain/meetings/vocabulary';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { useElections } from '../calendar/queries';
import { SIGNER_FIELDS, type DraftErrors, type MeetingDraft } from './draft';
import type { TimeZoneLabel } from './format';
import { useElectionContests, useElectionStages } from './queries';
import { RegionsField } from './RegionsField';
import { UnitPicker } from './UnitPicker';

interface Props {
  draft: MeetingDraft;
  set: (changes: Partial<MeetingDraft>) => void;
  /** Problems to show (only after a first attempt to save). */
  errors: DraftErrors;
  zone: TimeZoneLabel;
  /** The summary is written after the meeting: offered when editing. */
  withSummary?: boolean;
}

function isOneOf<T extends string>(list: readonly T[], value: string | null): value is T {
  return value !== null && (list as readonly string[]).includes(value);
}

/** Every fact of a meeting, shared by the new-meeting form and the facts editor. */
export function MeetingFields({ draft, set, errors, zone, withSummary = false }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const ownUnitOnly = user?.role === 'officer' && user.unitId !== null ? [user.unitId] : undefined;
  const problem = (field: keyof DraftErrors) => (errors[field] ? t(`meetings.problem.${errors[field]}`) : undefined);
  const home = draft.regionCodes[0];
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <Select label={t('meetings.field.kind')} required allowDeselect={false} value={draft.kind} error={problem('kind')}
            data={MEETING_KINDS.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))}
            onChange={(kind) => isOneOf(MEETING_KINDS, kind) && set({ kind })} comboboxProps={{ withinPortal: true }} />
          <TextInput label={t('meetings.field.title')} required value={draft.title} error={problem('title')}
            placeholder={t('meetings.titleHint')} onChange={(event) => set({ title: event.currentTarget.value })} />
          <UnitPicker label={t('meetings.field.organiserUnitId')} required value={draft.organiserUnitId} error={problem('organiserUnitId')}
            only={ownUnitOnly} onChange={(organiserUnitId) => set({ organiserUnitId })} />
          <RegionsField label={t('meetings.field.regionCodes')} value={draft.regionCodes} error={problem('regionCodes')}
            onChange={(regionCodes) => set({ regionCodes, stageCode: null, contestIds: [] })} />
          <Select label={t('meetings.field.level')} value={draft.level} clearable
            placeholder={home ? t('meetings.levelAuto', { level: t(`meetings.level.${levelOfRegion(home)}`) }) : t('meetings.levelAutoNone')}
            data={MEETING_LEVELS.map((level) => ({ value: level, label: t(`meetings.level.${level}`) }))}
            onChange={(level) => set({ level: isOneOf(MEETING_LEVELS, level) ? level : null })} comboboxProps={{ withinPortal: true }} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm">
          <Text size="sm" data-testid="meeting-zone">
            <Text span inherit fw={600}>{t('meetings.zone')}:</Text> {zone} — {t(`tz.${zone}`)}
            <Text span inherit c="dimmed"> {home ? t('meetings.zoneFromHome') : t('meetings.zoneDefault')}</Text>
          </Text>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput type="datetime-local" label={t('meetings.startsLocal', { zone })} required value={draft.startsLocal}
                error={problem('startsLocal')} onChange={(event) => set({ startsLocal: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput type="datetime-local" label={t('meetings.endsLocal', { zone })} value={draft.endsLocal}
                min={draft.startsLocal || undefined} error={problem('endsLocal')} onChange={(event) => set({ endsLocal: event.currentTarget.value })} />
            </Grid.Col>
          </Grid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={t('meetings.field.venue')} value={draft.venue} onChange={(event) => set({ venue: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('meetings.field.mode')} allowDeselect={false} value={draft.mode}
                data={MEETING_MODES.map((mode) => ({ value: mode, label: t(`meetings.mode.${mode}`) }))}
                onChange={(mode) => isOneOf(MEETING_MODES, mode) && set({ mode })} comboboxProps={{ withinPortal: true }} />
            </Grid.Col>
          </Grid>
          <ElectionFields draft={draft} set={set} />
          <TagsInput label={t('meetings.field.legalBasis')} description={t('meetings.legalBasisHint')} value={draft.legalBasis}
            onChange={(legalBasis) => set({ legalBasis })} clearable acceptValueOnBlur splitChars={[';']} />
          <Textarea label={t('meetings.field.agenda')} value={draft.agenda} autosize minRows={2} maxRows={8}
            onChange={(event) => set({ agenda: event.currentTarget.value })} />
          {withSummary && (
            <Textarea label={t('meetings.field.summary')} value={draft.summary} autosize minRows={2} maxRows={12}
              onChange={(event) => set({ summary: event.currentTarget.value })} />
          )}
          <Grid gap="sm">
            {SIGNER_FIELDS.map((field) => (
              <Grid.Col key={field} span={{ base: 12, sm: 6 }}>
                <TextInput label={t(`meetings.field.${field}`)} value={draft[field]} maxLength={200}
                  onChange={(event) => set({ [field]: event.currentTarget.value } as Partial<MeetingDraft>)} />
              </Grid.Col>
            ))}
          </Grid>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/** Election, its stage and the contests concerned (those of the home region, above and below it). */
function ElectionFields({ draft, set }: Pick<Props, 'draft' | 'set'>) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const home = draft.regionCodes[0];
  const elections = useElections();
  const stages = useElectionStages(draft.electionId, home);
  const contests = useElectionContests(draft.electionId, home);
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select label={t('meetings.field.electionId')} clearable value={draft.electionId} placeholder={t('meetings.noElection')}
          data={(elections.data?.items ?? []).map((election) => ({ value: election.id, label: lang === 'en' ? election.nameEn : election.nameId }))}
          onChange={(electionId) => set({ electionId, stageCode: null, contestIds: [] })} comboboxProps={{ withinPortal: true }} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Select label={t('meetings.field.stageCode')} clearable value={draft.stageCode} disabled={!draft.electionId} searchable
          data={(stages.data?.items ?? []).map((stage) => ({
            value: stage.code,
            label: `${lang === 'en' ? stage.nameEn : stage.nameId}${stage.phase === 'current' ? ` (${t('meetings.currentStage')})` : ''}`,
          }))}
          onChange={(stageCode) => set({ stageCode })} nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
      </Grid.Col>
      {draft.electionId && home && (
        <Grid.Col span={12}>
          <MultiSelect label={t('meetings.field.contestIds')} searchable clearable value={draft.contestIds.map(String)}
            data={(contests.data?.items ?? []).map((contest) => ({
              value: String(contest.id),
              label: t(`office.${contest.office}`, { name: contest.office === 'walikota' ? contest.region.name.replace(/^Kota\s+/, '') : contest.region.name }),
            }))}
            onChange={(ids) => set({ contestIds: ids.map(Number) })} nothingFoundMessage={t('common.nothingFound')}
            comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
      )}
    </Grid>
  );
}
