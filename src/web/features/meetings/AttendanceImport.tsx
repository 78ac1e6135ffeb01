import { Alert, Button, FileButton, Group, List, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useImportAttendance } from './queries';

/**
 * Attendance from a sign-in sheet (XLSX or CSV): the file is checked first (a dry run) and the report
 * shown; only "Apply" writes, and only when every row is clean.
 */
export function AttendanceImport({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const upload = useImportAttendance(meetingId);
  const [file, setFile] = useState<File | null>(null);
  const [invite, setInvite] = useState(false);
  const check = (chosen: File | null, inviteMissing = invite) => {
    setFile(chosen);
    if (chosen) upload.mutate({ file: chosen, dryRun: true, invite: inviteMissing });
  };
  const report = upload.data;
  return (
    <Stack gap="xs" className="entry-form">
      <Group gap="sm">
        <FileButton onChange={(chosen) => check(chosen)} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv">
          {(props) => <Button {...props} size="xs" variant="light" loading={upload.isPending && upload.variables.dryRun}>{t('meetings.importAttendance')}</Button>}
        </FileButton>
        <Switch size="xs" label={t('meetings.importInvite')} checked={invite}
          onChange={(event) => { setInvite(event.currentTarget.checked); if (file) check(file, event.currentTarget.checked); }} />
      </Group>
      <Text size="xs" c="dimmed">{t('meetings.importHint')}</Text>
      {upload.isError && <ErrorNotice error={upload.error} />}
      {report && file && (
        <Alert color={report.errors.length > 0 ? 'orange' : report.applied ? 'teal' : 'blue'} variant="light" role="status" data-testid="import-report">
          <Text size="sm" fw={600}>{file.name}</Text>
          <Text size="sm">
            {report.applied ? t('meetings.importApplied', { updated: report.updated, invited: report.invited })
              : t('meetings.importChecked', { rows: report.rows, updated: report.updated, invited: report.invited, unchanged: report.unchanged })}
          </Text>
          {report.errors.length > 0 && (
            <List size="sm" mt={4}>
              {report.errors.slice(0, 20).map((error) => (
                <List.Item key={`${error.row}-${error.column ?? ''}`}>{t('meetings.importRow', { row: error.row, message: error.message })}</List.Item>
              ))}
            </List>
          )}
          {!report.applied && report.errors.length === 0 && report.updated + report.invited > 0 && (
            <Button size="xs" mt="sm" loading={upload.isPending} onClick={() => upload.mutate({ file, dryRun: false, invite })}>
              {t('meetings.importApply')}
            </Button>
          )}
        </Alert>
      )}
    </Stack>
  );
}
