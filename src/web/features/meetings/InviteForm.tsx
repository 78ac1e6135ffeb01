import { Alert, Button, Grid, Select, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INVITATION_TEMPLATE_NAMES, INVITATION_TEMPLATES, type InvitationTemplate } from '../../../domain/meetings/invitation-templates';
import { ErrorNotice } from '../../shell/QueryState';
import type { MeetingDetail } from './meetingsApi';
import { useInvite } from './queries';
import { UnitsPicker } from './UnitPicker';

function isTemplate(value: string | null): value is InvitationTemplate {
  return value !== null && (INVITATION_TEMPLATE_NAMES as string[]).includes(value);
}

/** Apply an invitation template at one of the meeting's regions, or pick units one by one. */
export function InviteForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const invite = useInvite(meeting.id);
  const [template, setTemplate] = useState<InvitationTemplate | null>(null);
  const [region, setRegion] = useState<string | null>(meeting.regions[0]?.code ?? null);
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const invited = meeting.invitations.flatMap((invitation) => (invitation.unitId === null ? [] : [invitation.unitId]));

  const applyTemplate = (event: FormEvent) => {
    event.preventDefault();
    if (!template) return;
    invite.mutate({ template, templateRegion: region ?? undefined });
  };
  const addUnits = (event: FormEvent) => {
    event.preventDefault();
    if (unitIds.length === 0) return;
    invite.mutate({ unitIds }, { onSuccess: () => setUnitIds([]) });
  };
  const result = invite.data;
  return (
    <>
      <Grid gap="sm" align="flex-start">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <form onSubmit={applyTemplate} aria-label={t('meetings.templateForm')}>
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select label={t('meetings.template')} value={template} placeholder={t('meetings.templatePick')}
                  data={INVITATION_TEMPLATE_NAMES.map((name) => ({ value: name, label: t(`meetings.templates.${name}`) }))}
                  onChange={(value) => setTemplate(isTemplate(value) ? value : null)} comboboxProps={{ withinPortal: true }} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <Select label={t('meetings.templateRegion')} value={region} allowDeselect={false}
                  data={meeting.regions.map((item) => ({ value: item.code, label: item.name }))}
                  onChange={setRegion} comboboxProps={{ withinPortal: true }} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Button type="submit" fullWidth disabled={!template} loading={invite.isPending && invite.variables.template !== undefined}>
                  {t('meetings.applyTemplate')}
                </Button>
              </Grid.Col>
            </Grid>
            {template && <Text size="xs" c="dimmed" mt={4}>{t('meetings.templateAgencies', { agencies: INVITATION_TEMPLATES[template].join(', ') })}</Text>}
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <form onSubmit={addUnits} aria-label={t('meetings.unitsForm')}>
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 9 }}>
                <UnitsPicker label={t('meetings.inviteUnits')} value={unitIds} onChange={setUnitIds} exclude={invited} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Button type="submit" fullWidth disabled={unitIds.length === 0} loading={invite.isPending && invite.variables.unitIds !== undefined}>
                  {t('meetings.invite')}
                </Button>
              </Grid.Col>
            </Grid>
          </form>
        </Grid.Col>
      </Grid>
      {invite.isError && <ErrorNotice error={invite.error} />}
      {result && (
        <Alert color={result.missingAgencies.length > 0 ? 'yellow' : 'teal'} variant="light" role="status" mt="sm"
          withCloseButton closeButtonLabel={t('common.close')} onClose={() => invite.reset()}>
          {t('meetings.invited', { count: result.added })}
          {result.missingAgencies.length > 0 && <> {t('meetings.missingAgencies', { agencies: result.missingAgencies.join(', ') })}</>}
        </Alert>
      )}
    </>
  );
}
