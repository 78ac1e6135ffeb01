import { Badge, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RSVP_STATES } from '../../../domain/meetings/vocabulary';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { formatInZone } from './format';
import type { Invitation, MeetingDetail } from './meetingsApi';
import { useRemoveInvitation, useUpdateInvitation } from './queries';
import { RemoveButton } from './RemoveButton';

const RSVP_COLOURS = { pending: 'gray', accepted: 'teal', declined: 'red', tentative: 'yellow' } as const;

export function invitationName(invitation: Invitation): string {
  return invitation.unitName ?? invitation.personName ?? `#${invitation.id}`;
}

function isRsvp(value: string | null): value is Invitation['rsvp'] {
  return value !== null && (RSVP_STATES as readonly string[]).includes(value);
}

/**
 * Who was invited, their answer and whether they came. Those who run the meeting change anything;
 * a unit's own people may answer its RSVP.
 */
export function InvitationList({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const unitId = useCurrentUser()?.unitId ?? null;
  const update = useUpdateInvitation(meeting.id);
  const remove = useRemoveInvitation(meeting.id);
  if (meeting.invitations.length === 0) return <Text size="sm" c="dimmed">{t('meetings.noInvitations')}</Text>;
  return (
    <Stack gap={0}>
      {update.isError && <ErrorNotice error={update.error} />}
      {remove.isError && <ErrorNotice error={remove.error} />}
      <ul className="part-list">
        {meeting.invitations.map((invitation) => {
          const name = invitationName(invitation);
          const mayAnswer = meeting.canEdit || (unitId !== null && invitation.unitId === unitId);
          return (
            <li key={invitation.id} className="part-row invitation-row" data-testid="invitation-row">
              <Stack gap={0} miw={0} className="grow">
                <Text size="sm" fw={600}>{name}</Text>
                <Group gap={6}>
                  {invitation.agencyCode && <Badge variant="outline" color="gray" size="xs" radius="sm">{invitation.agencyCode}</Badge>}
                  {invitation.unitName && invitation.personName && <Text size="xs" c="dimmed">{invitation.personName}</Text>}
                  {invitation.representative && <Text size="xs" c="dimmed">{t('meetings.representedBy', { name: invitation.representative })}</Text>}
                </Group>
              </Stack>
              <Group gap="sm" wrap="nowrap" className="invitation-controls">
                {mayAnswer ? (
                  <Select size="xs" w={150} aria-label={t('meetings.rsvpOf', { name })} value={invitation.rsvp} allowDeselect={false}
                    data={RSVP_STATES.map((state) => ({ value: state, label: t(`meetings.rsvp.${state}`) }))}
                    onChange={(rsvp) => isRsvp(rsvp) && update.mutate({ invitationId: invitation.id, changes: { rsvp } })}
                    comboboxProps={{ withinPortal: true }} />
                ) : (
                  <Badge variant="light" color={RSVP_COLOURS[invitation.rsvp]}>{t(`meetings.rsvp.${invitation.rsvp}`)}</Badge>
                )}
                {meeting.canEdit ? (
                  <Switch size="sm" aria-label={t('meetings.presentOf', { name })} checked={invitation.attendedAt !== null}
                    label={<span className="nowrap">{invitation.attendedAt ? formatInZone(locale, invitation.attendedAt, meeting.timeZone, 'time') : t('meetings.present')}</span>}
                    onChange={(event) => update.mutate({ invitationId: invitation.id, changes: { attended: event.currentTarget.checked } })} />
                ) : invitation.attendedAt && (
                  <Badge color="teal" variant="light">{t('meetings.arrivedAt', { time: formatInZone(locale, invitation.attendedAt, meeting.timeZone, 'time') })}</Badge>
                )}
                {meeting.canEdit && (
                  <RemoveButton label={t('meetings.uninvite', { name })} onConfirm={() => remove.mutate(invitation.id)} />
                )}
              </Group>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
