import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../api';
import { useLang } from '../../shell/useLang';

/** Minutes as PDF (Indonesian, English), the attendance list as XLSX, and the phone checklist. */
export function DocumentLinks({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Group gap="xs" data-testid="meeting-documents">
      <Button component="a" href={apiUrl(`/meetings/${meetingId}/minutes.pdf`, { lang: 'id' })} download size="sm">
        {t('meetings.minutesId')}
      </Button>
      <Button component="a" href={apiUrl(`/meetings/${meetingId}/minutes.pdf`, { lang: 'en' })} download size="sm" variant="light">
        {t('meetings.minutesEn')}
      </Button>
      <Button component="a" href={apiUrl(`/meetings/${meetingId}/attendance.xlsx`, { lang })} download size="sm" variant="light">
        {t('meetings.attendanceXlsx')}
      </Button>
      <Button component={Link} to={`/meetings/${meetingId}/attendance`} size="sm" variant="default">
        {t('meetings.attendanceChecklist')}
      </Button>
    </Group>
  );
}
