import { Alert, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { AttendanceCounter } from './AttendanceCounter';
import { filterInvitations, isShow } from './filter';
import { InviteeRow } from './InviteeRow';
import { MeetingHeading } from './MeetingHeading';
import { useMeetingDetail } from './queries';
import './attendance.css';

const FILTERS = ['q', 'show'] as const;

/**
 * /meetings/:id/attendance — the checklist at the door, made for a phone: find an invitee, tap once,
 * the arrival time is recorded. Those who do not run the meeting see who answered and who came.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const meeting = useMeetingDetail(id);
  const { values, update } = useUrlFilters(FILTERS);
  useDocumentTitle(`${t('attendance.title')}${meeting.data ? ` · ${meeting.data.title}` : ''} · Sinergi`);
  if (meeting.isPending) return <Loading />;
  if (meeting.isError) return <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />;

  const data = meeting.data;
  const show = isShow(values.show) ? values.show : 'all';
  const invitations = data.invitations;
  const present = invitations.filter((invitation) => invitation.attendedAt !== null).length;
  const visible = filterInvitations(invitations, values.q, show);
  return (
    <Stack gap="md" className="attendance">
      <MeetingHeading meeting={data} />
      <div className="attendance-bar">
        <AttendanceCounter present={present} total={invitations.length} />
        <TextInput
          type="search" size="md" aria-label={t('attendance.search')} placeholder={t('attendance.searchPlaceholder')}
          value={values.q} onChange={(event) => update({ q: event.currentTarget.value || undefined })}
        />
        <SegmentedControl
          fullWidth aria-label={t('attendance.show')} value={show}
          onChange={(value) => update({ show: value === 'all' ? undefined : value })}
          data={[
            { value: 'all', label: t('attendance.showAll', { count: invitations.length }) },
            { value: 'absent', label: t('attendance.showAbsent', { count: invitations.length - present }) },
            { value: 'present', label: t('attendance.showPresent', { count: present }) },
          ]}
        />
      </div>
      {!data.canEdit && <Alert variant="light" color="gray">{t('attendance.readOnly')}</Alert>}
      {invitations.length === 0 && <Text c="dimmed">{t('attendance.noInvitations')}</Text>}
      {invitations.length > 0 && visible.length === 0 && <Text c="dimmed">{t('attendance.noMatch')}</Text>}
      {visible.length > 0 && (
        <ul className="attendance-list" aria-label={t('attendance.listLabel')}>
          {visible.map((invitation) => (
            <li key={invitation.id}>
              <InviteeRow invitation={invitation} meetingId={data.id} zone={data.timeZone} canEdit={data.canEdit} />
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
