import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AttendanceImport } from './AttendanceImport';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import type { MeetingDetail } from './meetingsApi';
import { Section } from './Section';

/** Invitations, RSVP and attendance, with the way to the phone checklist used at the door. */
export function InvitationsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const invited = meeting.invitations.length;
  const present = meeting.invitations.filter((invitation) => invitation.attendedAt !== null).length;
  const accepted = meeting.invitations.filter((invitation) => invitation.rsvp === 'accepted').length;
  return (
    <Section id="invitations" title={t('meetings.invitations')} count={invited}
      actions={<Anchor component={Link} to={`/meetings/${meeting.id}/attendance`} size="sm" fw={600}>{t('meetings.attendanceChecklist')}</Anchor>}>
      <Stack gap="md">
        {invited > 0 && (
          <Group gap="lg" data-testid="attendance-summary">
            <Text size="sm">{t('meetings.countInvited', { count: invited })}</Text>
            <Text size="sm">{t('meetings.countAccepted', { count: accepted })}</Text>
            <Text size="sm" fw={600}>{t('meetings.countPresent', { present, invited, percent: Math.round((present / invited) * 100) })}</Text>
          </Group>
        )}
        {meeting.canEdit && <InviteForm meeting={meeting} />}
        {meeting.canEdit && <AttendanceImport meetingId={meeting.id} />}
        <InvitationList meeting={meeting} />
      </Stack>
    </Section>
  );
}
