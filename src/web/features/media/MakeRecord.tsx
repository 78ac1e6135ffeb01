import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLang } from '../../shell/useLang';
import { ErrorNotice } from '../../shell/QueryState';
import { mediaApi, type Article } from './api';
import type { FromArticle } from './prefill';
import { incidentValuesOf, meetingValuesOf } from './recordValues';

/**
 * What the article became (links to the meeting or incident), and the two one-step ways to make one:
 * the form opens filled from the reviewed fields, and on saving links the record back here.
 */
export function MakeRecord({ article, canMake }: { article: Article; canMake: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const fromArticle = { id: article.id, title: article.title ?? t('media.untitled') };
  const open = useMutation({
    mutationFn: async (kind: 'meeting' | 'incident') => {
      if (kind === 'meeting') {
        const state: FromArticle<object> = { fromArticle, values: meetingValuesOf(await mediaApi.meetingDraft(lang, article.id)) };
        return navigate('/meetings/new', { state });
      }
      const state: FromArticle<object> = { fromArticle, values: incidentValuesOf(await mediaApi.incidentDraft(lang, article.id)) };
      return navigate('/incidents/new', { state });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="media-make-record">
      <Stack gap="sm">
        <Title order={2} size="h4" id="media-make-record">{t('media.make.title')}</Title>
        {article.meetingId !== null && (
          <Text size="sm" data-testid="media-meeting-link">
            {t('media.make.meetingMade')}{' '}
            <Anchor component={Link} to={`/meetings/${article.meetingId}`}>{t('media.make.meetingLink', { id: article.meetingId })}</Anchor>
          </Text>
        )}
        {article.incidentId !== null && (
          <Text size="sm" data-testid="media-incident-link">
            {t('media.make.incidentMade')}{' '}
            <Anchor component={Link} to={`/incidents/${article.incidentId}`}>{t('media.make.incidentLink', { id: article.incidentId })}</Anchor>
          </Text>
        )}
        {canMake && (
          <>
            {article.state !== 'ditinjau' && <Text size="sm" c="dimmed">{t('media.make.reviewFirst')}</Text>}
            <Group gap="sm">
              <Button variant="light" loading={open.isPending && open.variables === 'meeting'} onClick={() => open.mutate('meeting')}>{t('media.make.meeting')}</Button>
              <Button variant="light" color="orange" loading={open.isPending && open.variables === 'incident'} onClick={() => open.mutate('incident')}>{t('media.make.incident')}</Button>
            </Group>
          </>
        )}
        {open.isError && <ErrorNotice error={open.error} />}
      </Stack>
    </Paper>
  );
}
