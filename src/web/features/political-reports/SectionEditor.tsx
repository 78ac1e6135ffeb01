import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import type { ReportDetail } from './api';
import { useSaveDraft, useSubmitReport } from './queries';
import { contentKeys, sectionTitle } from './sectionTitle';

const SECTION_MAX = 20_000;
const SUMMARY_MAX = 4_000;

/** One textarea per template section plus the summary; saves the draft and submits it for review. */
export function SectionEditor({ report, canSubmit }: { report: ReportDetail; canSubmit: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const save = useSaveDraft();
  const submit = useSubmitReport();
  const [sections, setSections] = useState<Record<string, string>>(() => ({ ...report.content.sections }));
  const [summary, setSummary] = useState(report.content.summary);
  const [saved, setSaved] = useState(false);
  // What is typed stays across saves; only a roll-up pulled in on the server replaces its own block.
  const pulled = report.content.sections.rollup;
  useEffect(() => {
    if (pulled !== undefined) setSections((current) => ({ ...current, rollup: pulled }));
  }, [pulled]);
  const keys = contentKeys(report.sections, sections);
  const busy = save.isPending || submit.isPending;

  const saveDraft = async () => {
    setSaved(false);
    const answer = await save.mutateAsync({ id: report.id, version: report.version, sections, summary });
    setSaved(true);
    return answer;
  };
  // Submitting sends what is on screen: the draft is saved first, then submitted at its new version.
  const saveAndSubmit = async () => {
    const answer = await saveDraft();
    await submit.mutateAsync({ id: report.id, version: answer.version });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-editor-title">
      <form aria-label={t('politicalReports.editor.title')} onSubmit={(event) => { event.preventDefault(); void saveDraft().catch(() => undefined); }}>
        <Stack gap="md">
          <Title order={2} size="h4" id="report-editor-title">{t('politicalReports.editor.title')}</Title>
          {keys.map((key) => {
            const section = report.sections.find((entry) => entry.key === key);
            const hint = section ? (lang === 'en' ? section.hintEn : section.hintId) : null;
            return (
              <Textarea key={key} label={sectionTitle(report.sections, key, lang, t('politicalReports.rollup.sectionTitle'))} description={hint ?? undefined}
                value={sections[key] ?? ''} autosize minRows={3} maxLength={SECTION_MAX} data-section={key}
                onChange={(event) => { const text = event.currentTarget.value; setSections((current) => ({ ...current, [key]: text })); setSaved(false); }} />
            );
          })}
          <Textarea label={t('politicalReports.editor.summary')} description={t('politicalReports.editor.summaryHint')} required
            value={summary} autosize minRows={2} maxLength={SUMMARY_MAX} onChange={(event) => { setSummary(event.currentTarget.value); setSaved(false); }} />
          {save.isError && <ErrorNotice error={save.error} />}
          {submit.isError && <ErrorNotice error={submit.error} />}
          {saved && !busy && <Text size="sm" c="green" role="status">{t('politicalReports.editor.saved')}</Text>}
          <Group>
            <Button type="submit" variant="light" loading={save.isPending && !submit.isPending} disabled={busy}>{t('politicalReports.editor.save')}</Button>
            {canSubmit && <Button onClick={() => void saveAndSubmit().catch(() => undefined)} loading={submit.isPending} disabled={busy || !summary.trim()}>
              {t('politicalReports.editor.submit')}
            </Button>}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
