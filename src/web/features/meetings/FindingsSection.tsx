import { Badge, Button, Grid, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_DOMAINS, SEVERITIES, type FindingDomain, type Severity } from '../../../domain/meetings/vocabulary';
import { ErrorNotice } from '../../shell/QueryState';
import { findingLabel } from './labels';
import type { Finding, MeetingDetail } from './meetingsApi';
import { useAddFinding, useRemovePart, useUpdateFinding } from './queries';
import { RemoveButton } from './RemoveButton';
import { Section } from './Section';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

export const SEVERITY_COLOURS: Record<Severity, string> = { rendah: 'gray', sedang: 'yellow', tinggi: 'orange', kritis: 'red' };

const isDomain = (value: string | null): value is FindingDomain => value !== null && (FINDING_DOMAINS as readonly string[]).includes(value);
const isSeverity = (value: string | null): value is Severity => value !== null && (SEVERITIES as readonly string[]).includes(value);

/** Problems found at the meeting (T1, T2, …): what, which domain, how serious, where. */
export function FindingsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const remove = useRemovePart(meeting.id);
  const update = useUpdateFinding(meeting.id);
  const regionName = (code: string | null) => meeting.regions.find((region) => region.code === code)?.name ?? code;
  return (
    <Section id="findings" title={t('meetings.findings')} count={meeting.findings.length}>
      <Stack gap="md">
        {meeting.findings.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noFindings')}</Text>}
        {remove.isError && <ErrorNotice error={remove.error} />}
        {update.isError && <ErrorNotice error={update.error} />}
        {meeting.findings.length > 0 && (
          <ul className="part-list">
            {meeting.findings.map((finding: Finding) => {
              const label = findingLabel(t, meeting.findings, finding.id);
              return (
                <li key={finding.id} className="part-row" data-testid="finding">
                  <Text fw={700} size="sm" className="part-no">{label}</Text>
                  <Stack gap={4} className="grow">
                    <Text size="sm" className="pre-wrap">{finding.problem}</Text>
                    <Group gap={6}>
                      <Badge variant="light" radius="sm">{t(`meetings.domain.${finding.domain}`)}</Badge>
                      {!meeting.canEdit && <Badge color={SEVERITY_COLOURS[finding.severity]} radius="sm">{t(`meetings.severity.${finding.severity}`)}</Badge>}
                      {finding.regionCode && <Text size="xs" c="dimmed">{regionName(finding.regionCode)}</Text>}
                    </Group>
                  </Stack>
                  {meeting.canEdit && (
                    <Group gap={4} wrap="nowrap">
                      <Select size="xs" w={110} aria-label={t('meetings.severityOf', { no: label })} value={finding.severity} allowDeselect={false}
                        data={SEVERITIES.map((severity) => ({ value: severity, label: t(`meetings.severity.${severity}`) }))}
                        onChange={(severity) => isSeverity(severity) && update.mutate({ findingId: finding.id, changes: { severity, version: finding.version } })}
                        comboboxProps={{ withinPortal: true }} />
                      <RemoveButton label={t('meetings.removeFinding', { no: label })} onConfirm={() => remove.mutate({ part: 'findings', partId: finding.id })} />
                    </Group>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {meeting.canEdit && <FindingForm meeting={meeting} />}
      </Stack>
    </Section>
  );
}

function FindingForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const add = useAddFinding(meeting.id);
  const { first, refocus, submitOnCtrlEnter } = useEntryForm();
  const [problem, setProblem] = useState('');
  const [domain, setDomain] = useState<FindingDomain | null>(null);
  const [severity, setSeverity] = useState<Severity>('sedang');
  const [region, setRegion] = useState<string | null>(meeting.regions.length === 1 ? meeting.regions[0]!.code : null);
  const [tried, setTried] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem.trim() || !domain) return;
    add.mutate({ problem: problem.trim(), domain, severity, regionCode: region }, {
      onSuccess: () => {
        // Domain, severity and region often repeat from one finding to the next: they stay.
        clearIfUnchanged(setProblem, problem);
        setTried(false);
        refocus();
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('meetings.addFinding')} className="entry-form" noValidate>
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={12}>
          <Textarea ref={first} label={t('meetings.findingProblem')} required value={problem} autosize minRows={2}
            error={tried && !problem.trim() ? t('meetings.problem.required') : undefined}
            onChange={(event) => setProblem(event.currentTarget.value)} onKeyDown={submitOnCtrlEnter} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select label={t('meetings.findingDomain')} required value={domain} searchable
            error={tried && !domain ? t('meetings.problem.required') : undefined}
            data={FINDING_DOMAINS.map((value) => ({ value, label: t(`meetings.domain.${value}`) }))}
            onChange={(value) => setDomain(isDomain(value) ? value : null)} comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <Select label={t('meetings.findingSeverity')} value={severity} allowDeselect={false}
            data={SEVERITIES.map((value) => ({ value, label: t(`meetings.severity.${value}`) }))}
            onChange={(value) => isSeverity(value) && setSeverity(value)} comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4 }}>
          <Select label={t('meetings.findingRegion')} value={region} clearable placeholder={t('meetings.allMeetingRegions')}
            data={meeting.regions.map((item) => ({ value: item.code, label: item.name }))}
            onChange={setRegion} comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
      </Grid>
      {add.isError && <ErrorNotice error={add.error} />}
      <Group mt="xs">
        <Button type="submit" size="sm" loading={add.isPending}>{t('meetings.addFinding')}</Button>
        <Text size="xs" c="dimmed">{t('meetings.ctrlEnter')}</Text>
      </Group>
    </form>
  );
}
