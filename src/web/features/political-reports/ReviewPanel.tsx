import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { ReportDetail, ReviewAction } from './api';
import { reviewSteps } from './access';
import { useReviewReport } from './queries';

const COMMENT_MAX = 4_000;

/** The reviewer's steps the report's state allows; returning it needs a comment saying what to fix. */
export function ReviewPanel({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const review = useReviewReport();
  const [comment, setComment] = useState('');
  const steps = reviewSteps(report.actions);
  if (steps.length === 0) return null;

  const act = (action: ReviewAction) => review.mutate(
    { id: report.id, version: report.version, action, comment: comment.trim() || undefined },
    { onSuccess: () => setComment('') },
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-review-title" data-testid="report-review">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-review-title">{t('politicalReports.review.title')}</Title>
        <Text size="sm" c="dimmed">{t('politicalReports.review.intro')}</Text>
        <Textarea label={t('politicalReports.review.comment')} description={t('politicalReports.review.commentHint')} value={comment}
          maxLength={COMMENT_MAX} autosize minRows={2} onChange={(event) => setComment(event.currentTarget.value)} />
        {review.isError && <ErrorNotice error={review.error} />}
        <Group>
          {steps.includes('mulai') && <Button variant="light" loading={review.isPending && review.variables?.action === 'mulai'} onClick={() => act('mulai')}>{t('politicalReports.review.start')}</Button>}
          {steps.includes('kembalikan') && (
            <Button color="orange" disabled={!comment.trim()} loading={review.isPending && review.variables?.action === 'kembalikan'} onClick={() => act('kembalikan')}>
              {t('politicalReports.review.return')}
            </Button>
          )}
          {steps.includes('terima') && <Button color="green" loading={review.isPending && review.variables?.action === 'terima'} onClick={() => act('terima')}>{t('politicalReports.review.accept')}</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}
