import './media.css';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { MEDIA_WRITERS } from './access';
import type { Article } from './api';
import { ArticleText } from './ArticleText';
import { CorrectionHistory } from './CorrectionHistory';
import { formatInZone, formatPublished, zoneOfArticle } from './format';
import type { FieldFocus } from './highlight';
import { MakeRecord } from './MakeRecord';
import { useArticle, useReextract, useSetState } from './queries';
import { ReviewForm } from './ReviewForm';
import { StateBadge } from './StateBadge';

/** /media/:articleId — one article: its text with the evidence marked, its fields to review, what it became. */
export function ArticlePage() {
  const { t } = useTranslation();
  const id = Number.parseInt(useParams().articleId ?? '', 10) || 0;
  const article = useArticle(id);
  useDocumentTitle(`${article.data?.title ?? t('media.title')} · Sinergi`);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/media" size="sm">{t('media.backToList')}</Anchor>
      {article.isPending && <Loading />}
      {article.isError && <ErrorNotice error={article.error} onRetry={() => void article.refetch()} />}
      {article.data && <ArticleView article={article.data} />}
    </Stack>
  );
}

function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const user = useCurrentUser();
  const canEdit = allows(MEDIA_WRITERS, user?.role);
  const [focus, setFocus] = useState<FieldFocus | null>(null);
  const zone = zoneOfArticle(article.fields.regions, user?.scopeRegionCode);
  const setState = useSetState();
  const reextract = useReextract();
  return (
    <>
      <Paper withBorder p="md" component="header">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={1} size="h2">{article.title ?? t('media.untitled')}</Title>
            <Text size="sm">
              {article.source ?? t('media.noSource')}
              {article.publishedAt && ` · ${t('media.publishedAt', { at: formatPublished(locale, article.publishedAt, zone) })}`}
            </Text>
            {article.url && <Anchor href={article.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>{article.url}</Anchor>}
            <Text size="xs" c="dimmed">
              {t('media.addedAt', { at: formatInZone(locale, article.createdAt, zone), origin: t(`media.origin.${article.origin}`) })}
              {article.reviewedAt && ` · ${t('media.reviewedAt', { at: formatInZone(locale, article.reviewedAt, zone), who: article.reviewedBy ?? '—' })}`}
            </Text>
          </Stack>
          <Stack gap="xs" align="flex-end">
            <StateBadge state={article.state} />
            {canEdit && (
              <Group gap="xs" justify="flex-end">
                {article.state === 'diabaikan' ? (
                  <Button size="xs" variant="default" loading={setState.isPending} onClick={() => setState.mutate({ id: article.id, version: article.version, state: 'baru' })}>{t('media.restore')}</Button>
                ) : (
                  <Button size="xs" variant="default" loading={setState.isPending} onClick={() => setState.mutate({ id: article.id, version: article.version, state: 'diabaikan' })}>{t('media.dismiss')}</Button>
                )}
                <Button size="xs" variant="subtle" loading={reextract.isPending} onClick={() => reextract.mutate(article.id)}>{t('media.reextract')}</Button>
              </Group>
            )}
          </Stack>
        </Group>
        {setState.isError && <ErrorNotice error={setState.error} />}
        {reextract.isError && <ErrorNotice error={reextract.error} />}
      </Paper>
      {article.duplicateOf !== null && (
        <Alert color="yellow" variant="light" data-testid="media-near-duplicate">
          {t('media.nearDuplicate')}{' '}
          <Anchor component={Link} to={`/media/${article.duplicateOf}`}>{t('media.articleNumber', { id: article.duplicateOf })}</Anchor>
        </Alert>
      )}
      <div className="media-review-grid">
        <ArticleText text={article.text} evidence={article.extraction.evidence} focus={focus} />
        <Stack gap="md">
          <ReviewForm article={article} canEdit={canEdit} onPoint={setFocus} />
          <MakeRecord article={article} canMake={canEdit} />
        </Stack>
      </div>
      <CorrectionHistory corrections={article.corrections} zone={zone} />
    </>
  );
}
