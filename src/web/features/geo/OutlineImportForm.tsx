import { Alert, Button, Checkbox, Group, Input, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { OutlineImportReportView } from './OutlineImportReportView';
import { useImportOutlines } from './queries';

const ACCEPT = '.geojson,.json,application/geo+json,application/json';

/**
 * A GeoJSON file of outlines: "Periksa" checks it (nothing stored) and reports every feature;
 * "Terapkan" stores the accepted outlines — only from a clean file, unless "keep valid" is ticked.
 */
export function OutlineImportForm() {
  const { t } = useTranslation();
  const check = useImportOutlines();
  const apply = useImportOutlines();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [codeProperty, setCodeProperty] = useState('');
  const [keepValid, setKeepValid] = useState(false);

  const clearReports = () => {
    check.reset();
    apply.reset();
  };
  const input = (dryRun: boolean) => ({ file: file!, dryRun, keepValid, codeProperty: codeProperty.trim() || undefined });
  const report = check.data;
  const canApply = report !== undefined && report.accepted.length > 0 && (report.errors.length === 0 || keepValid) && !apply.isPending;
  const applied = apply.data?.applied ? apply.data : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="outline-import-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="outline-import-title">{t('geoOutlines.import.title')}</Title>
        <Text size="sm" c="gray.7">{t('geoOutlines.import.help')}</Text>
        {/* A native file input: labelled, keyboard-usable, and what a browser test can hand a file to. */}
        <Input.Wrapper label={t('geoOutlines.import.file')} labelProps={{ htmlFor: fileId }} required>
          <input
            id={fileId}
            type="file"
            accept={ACCEPT}
            required
            className="outline-file-input"
            onChange={(event) => { setFile(event.currentTarget.files?.[0] ?? null); clearReports(); }}
          />
        </Input.Wrapper>
        <TextInput
          label={t('geoOutlines.import.codeProperty')}
          description={t('geoOutlines.import.codePropertyHint')}
          placeholder="KDPKAB"
          value={codeProperty}
          maxLength={60}
          onChange={(event) => { setCodeProperty(event.currentTarget.value); clearReports(); }}
        />
        <Checkbox
          label={t('geoOutlines.import.keepValid')}
          checked={keepValid}
          onChange={(event) => { setKeepValid(event.currentTarget.checked); apply.reset(); }}
        />
        {check.isError && <ErrorNotice error={check.error} />}
        {apply.isError && <ErrorNotice error={apply.error} />}
        {applied && (
          <Alert color="green" variant="light" role="status" data-testid="outline-import-applied">
            {t('geoOutlines.import.applied', { count: applied.accepted.length })}
          </Alert>
        )}
        {!applied && report && <OutlineImportReportView report={apply.data ?? report} keepValid={keepValid} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="light" disabled={!file} loading={check.isPending} onClick={() => { apply.reset(); check.mutate(input(true)); }}>
            {t('geoOutlines.import.check')}
          </Button>
          <Button disabled={!canApply} loading={apply.isPending} onClick={() => apply.mutate(input(false))}>
            {t('geoOutlines.import.apply')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
