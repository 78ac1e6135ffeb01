import { Badge, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { useLang } from '../../shell/useLang';
import { formatInZone, type TimeZoneLabel } from '../../shell/zonedTime';
import type { Invitation } from './api';
import { inviteeName } from './filter';
import { useMarkAttendance } from './queries';

interface Props {
  invitation: Invitation;
  meetingId: number;
  zone: TimeZoneLabel;
  canEdit: boolean;
}

/** One invitee: who, and for those running the meeting a large "Hadir" toggle that takes one tap. */
export function InviteeRow({ invitation, meetingId, zone, canEdit }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const mark = useMarkAttendance(meetingId);
  const statusId = useId();
  const name = inviteeName(invitation);
  const present = invitation.attendedAt !== null;
  const arrival = invitation.attendedAt ? formatInZone(locale, invitation.attendedAt, zone, 'time') : null;

  const who = (
    <Stack gap={2} className="invitee-who">
      <Text fw={600} className="invitee-name">{name}</Text>
      <Group gap={6} wrap="wrap">
        {invitation.agencyCode && <Badge variant="light" color="gray" radius="sm" size="sm">{invitation.agencyCode}</Badge>}
        {invitation.unitName && invitation.personName && <Text size="sm" c="dimmed">{invitation.personName}</Text>}
        {invitation.representative && <Text size="sm" c="dimmed">{t('attendance.representedBy', { name: invitation.representative })}</Text>}
      </Group>
      <Text size="sm" id={statusId} c={present ? 'teal.8' : 'dimmed'} fw={present ? 600 : 400} data-testid="arrival">
        {mark.isPending ? t('attendance.saving') : arrival ? t('attendance.arrivedAt', { time: arrival }) : t('attendance.notYet')}
      </Text>
    </Stack>
  );

  if (!canEdit) {
    return (
      <Group className="invitee-row" justify="space-between" wrap="nowrap" data-testid="invitee">
        {who}
        <Stack gap={4} align="flex-end">
          <Badge variant="light" color={RSVP_COLOR[invitation.rsvp]} className="badge-full">{t(`attendance.rsvp.${invitation.rsvp}`)}</Badge>
          <Badge variant={present ? 'filled' : 'outline'} color={present ? 'teal' : 'gray'}>{present ? t('attendance.present') : t('attendance.absent')}</Badge>
        </Stack>
      </Group>
    );
  }

  const toggle = () => {
    // A second tap while the first is on its way would undo it: wait for the answer.
    if (mark.isPending) return;
    mark.mutate({ invitation, attended: !present });
  };
  return (
    <>
      <Checkbox.Card
        className="invitee-row invitee-card" checked={present} onChange={toggle} withBorder={false} radius={0}
        aria-label={t('attendance.presentFor', { name })} aria-describedby={statusId}
        aria-disabled={mark.isPending || undefined} aria-busy={mark.isPending || undefined} data-testid="invitee"
      >
        <Group justify="space-between" wrap="nowrap" gap="sm">
          {who}
          <Stack gap={2} align="center" className="invitee-toggle">
            {mark.isPending ? <Loader size={32} color="teal" /> : <Checkbox.Indicator size="xl" color="teal" />}
            <Text size="xs" fw={700} c={present ? 'teal.8' : 'dimmed'} aria-hidden>{t('attendance.present')}</Text>
          </Stack>
        </Group>
      </Checkbox.Card>
      {mark.isError && (
        <Text size="sm" c="red.8" role="alert" className="invitee-error">
          {t('attendance.notSaved', { name })} {mark.error instanceof ApiError ? mark.error.message : t('common.networkError')}
        </Text>
      )}
    </>
  );
}

const RSVP_COLOR: Record<Invitation['rsvp'], string> = { pending: 'gray', accepted: 'teal', declined: 'red', tentative: 'yellow' };
