import { Alert, Anchor, Button, Checkbox, Group, Input, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importsApi } from './api';
import { useStartImport } from './queries';

/** Choose a file, keep valid rows or not, then a dry run or the import itself; `onStarted` gets the new import's id. */
export function ImportForm({ onStarted }: { onStarted: (id: number) => void }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [keepValid, setKeepValid] = useState(false);
  const start = useStartImport();
  const run = (dryRun: boolean) => {
    if (!file) return;
    start.mutate({ file, keepValid, dryRun }, { onSuccess: (started) => onStarted(started.id) });
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t('incidentImport.intro')}</Text>
      <Group gap="md">
        <Text size="sm">{t('incidentImport.templates')}</Text>
        <Anchor href={importsApi.templateUrl('xlsx')} size="sm" download>{t('incidentImport.templateXlsx')}</Anchor>
        <Anchor href={importsApi.templateUrl('csv')} size="sm" download>{t('incidentImport.templateCsv')}</Anchor>
      </Group>
      {/* A native file input: labelled, keyboard-usable, and what a browser test can hand a file to. */}
      <Input.Wrapper label={t('incidentImport.file')} description={t('incidentImport.fileHint')} labelProps={{ htmlFor: fileId }}>
        <input id={fileId} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />
      </Input.Wrapper>
      <Checkbox label={t('incidentImport.keepValid')} description={t('incidentImport.keepValidHint')} checked={keepValid} onChange={(event) => setKeepValid(event.currentTarget.checked)} />
      {start.isError && <Alert color="red" role="alert">{start.error instanceof Error ? start.error.message : String(start.error)}</Alert>}
      <Group gap="sm">
        <Button variant="light" disabled={!file} loading={start.isPending && start.variables?.dryRun} onClick={() => run(true)}>{t('incidentImport.dryRun')}</Button>
        <Button disabled={!file} loading={start.isPending && !start.variables?.dryRun} onClick={() => run(false)}>{t('incidentImport.import')}</Button>
      </Group>
    </Stack>
  );
}
