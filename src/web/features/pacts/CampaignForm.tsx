import { Alert, Button, Checkbox, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLang } from '../../shell/useLang';
import { timeZoneOfRegion } from '../../shell/zonedTime';
import { RegionChooser } from '../regions/RegionChooser';
import type { CampaignInput, CampaignSummary } from './api';
import { useSaveCampaign } from './queries';
import { toLocalInput, zoneLabel } from './zone';

const REQUIREMENTS = ['requiresDocument', 'requiresVideo', 'requiresSigner', 'requiresSignedOn'] as const;

interface Props {
  /** The campaign edited; none for a new one. */
  campaign?: CampaignSummary;
  /** The region a new campaign starts in (the coordinator's scope). */
  defaultRegion?: string;
  onSaved: (saved: CampaignSummary) => void;
  onCancel?: () => void;
}

/**
 * A campaign's title, basis, election, region, deadline and what each target must send. The deadline is
 * typed as the region's own wall clock (its zone named beside it); the server turns it into an instant.
 */
export function CampaignForm({ campaign, defaultRegion, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const elections = useQuery({ queryKey: ['elections', lang], queryFn: ({ signal }) => api.elections(lang, signal) });
  const [regionCode, setRegionCode] = useState<string | undefined>(campaign?.regionCode ?? defaultRegion);
  const zone = campaign ? zoneLabel(campaign.timeZone, campaign.regionCode) : timeZoneOfRegion(regionCode ?? '');
  const [form, setForm] = useState({
    title: campaign?.title ?? '',
    legalBasis: campaign?.legalBasis ?? '',
    electionId: campaign?.electionId ?? '',
    deadlineLocal: campaign ? toLocalInput(campaign.deadline, zone) : '',
    notes: campaign?.notes ?? '',
    requiresDocument: campaign?.requiresDocument ?? true,
    requiresVideo: campaign?.requiresVideo ?? false,
    requiresSigner: campaign?.requiresSigner ?? true,
    requiresSignedOn: campaign?.requiresSignedOn ?? true,
  });
  const save = useSaveCampaign();
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!regionCode) return;
    const input: CampaignInput = {
      title: form.title.trim(), regionCode, deadlineLocal: form.deadlineLocal,
      legalBasis: form.legalBasis.trim(), electionId: form.electionId || null, notes: form.notes.trim(),
      requiresDocument: form.requiresDocument, requiresVideo: form.requiresVideo, requiresSigner: form.requiresSigner, requiresSignedOn: form.requiresSignedOn,
    };
    save.mutate({ id: campaign?.id ?? null, version: campaign?.version ?? 0, campaign: input }, { onSuccess: onSaved });
  };
  const name = campaign ? t('pacts.editCampaign') : t('pacts.newCampaign');
  return (
    <form onSubmit={submit} aria-label={name}>
      <Stack gap="sm">
        <TextInput label={t('pacts.field.title')} required value={form.title} onChange={(event) => set('title', event.currentTarget.value)} maxLength={300} />
        <TextInput label={t('pacts.field.legalBasis')} value={form.legalBasis} onChange={(event) => set('legalBasis', event.currentTarget.value)} maxLength={500} />
        <Select
          label={t('pacts.field.election')} clearable value={form.electionId || null} onChange={(value) => set('electionId', value ?? '')}
          data={(elections.data?.items ?? []).map((election) => ({ value: election.id, label: lang === 'en' ? election.nameEn : election.nameId }))}
        />
        {campaign ? (
          <Text size="sm">{t('pacts.region')}: {campaign.regionName}</Text>
        ) : (
          <RegionChooser code={regionCode} onChange={setRegionCode} clearable={false} labels={{ field: t('pacts.region'), chosen: t('pacts.region'), none: t('pacts.field.noRegion') }} />
        )}
        <TextInput
          type="datetime-local" required label={t('pacts.field.deadline', { zone })} description={t('pacts.field.deadlineHint', { zone })}
          value={form.deadlineLocal} onChange={(event) => set('deadlineLocal', event.currentTarget.value)}
          rightSection={<Text size="xs" fw={600} data-testid="deadline-zone">{zone}</Text>} rightSectionWidth={56}
        />
        <Text size="sm" fw={500}>{t('pacts.field.requirements')}</Text>
        {REQUIREMENTS.map((key) => (
          <Checkbox key={key} label={t(`pacts.requirement.${key}`)} checked={form[key]} onChange={(event) => set(key, event.currentTarget.checked)} />
        ))}
        <Textarea label={t('pacts.field.notes')} value={form.notes} onChange={(event) => set('notes', event.currentTarget.value)} autosize minRows={2} maxLength={2000} />
        {save.isError && <Alert color="red" role="alert">{save.error.message}</Alert>}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={!regionCode}>{t('pacts.saveCampaign')}</Button>
          {onCancel && <Button variant="subtle" onClick={onCancel}>{t('common.cancel')}</Button>}
        </Group>
      </Stack>
    </form>
  );
}
