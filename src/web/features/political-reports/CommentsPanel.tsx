import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import type { ReportDetail } from './api';
import { zoneOf } from './access';
import { localTime } from './format';
import { useCommentReport } from './queries';
import { sectionTitle } from './sectionTitle';

const COMMENT_MAX = 4_000;

/** Reviewers' and authors' remarks, each on a version and optionally on one section. */
export function CommentsPanel({ report, canWrite }: { report: ReportDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const add = useCommentReport();
  const [body, setBody] = useState('');
  const [section, setSection] = useState<string | null>(null);
  const rollupTitle = t('politicalReports.rollup.sectionTitle');
  const send = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ id: report.id, body: body.trim(), sectionKey: section ?? undefined }, { onSuccess: () => { setBody(''); setSection(null); } });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-comments-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-comments-title">{t('politicalReports.comments.title')}</Title>
        {report.comments.length === 0 && <Text size="sm" c="dimmed">{t('politicalReports.comments.empty')}</Text>}
        <Stack gap="xs" data-testid="report-comments">
          {report.comments.map((comment) => (
            <Paper key={comment.id} withBorder p="xs" data-testid="report-comment">
              <Text size="xs" c="dimmed">
                {comment.authorName} · {localTime(locale, comment.createdAt, zoneOf(report))} · {t('politicalReports.versions.number', { number: comment.versionNumber })}
                {comment.sectionKey ? ` · ${sectionTitle(report.sections, comment.sectionKey, lang, rollupTitle)}` : ''}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
            </Paper>
          ))}
        </Stack>
        {canWrite && (
          <form onSubmit={send} aria-label={t('politicalReports.comments.add')}>
            <Stack gap="xs">
              <Textarea label={t('politicalReports.comments.body')} value={body} maxLength={COMMENT_MAX} autosize minRows={2} onChange={(event) => setBody(event.currentTarget.value)} />
              <Select label={t('politicalReports.comments.section')} placeholder={t('politicalReports.comments.wholeReport')} clearable value={section} onChange={setSection}
                data={report.sections.map((entry) => ({ value: entry.key, label: lang === 'en' ? entry.titleEn : entry.titleId }))} comboboxProps={{ withinPortal: true }} />
              {add.isError && <ErrorNotice error={add.error} />}
              <Group><Button type="submit" variant="light" disabled={!body.trim()} loading={add.isPending}>{t('politicalReports.comments.add')}</Button></Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
