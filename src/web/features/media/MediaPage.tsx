import './media.css';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { FEED_MANAGERS, MEDIA_WRITERS } from './access';
import { ArticleFilterBar, FILTER_KEYS } from './ArticleFilterBar';
import { ArticleTable } from './ArticleTable';
import { NewSinceNote } from './NewSinceNote';
import { DAY_CHOICES, OverviewPanel } from './OverviewPanel';
import { ARTICLE_PAGE, useArticles } from './queries';

/** `since` and `stories` come from the dashboard's "new since yesterday" link: the articles it counted. */
const KEYS = [...FILTER_KEYS, 'days', 'since', 'stories'] as const;

/** /media — the media view: counts per region, threat and day, what is new, and the article list. */
export function MediaPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('media.title')} · Sinergi`);
  const role = useCurrentUser()?.role;
  const { values, page, update, setPage } = useUrlFilters(KEYS);
  const days = (DAY_CHOICES as readonly string[]).includes(values.days) ? Number(values.days) : 14;
  const { days: _days, since, stories, ...filters } = values;
  // A malformed instant in a hand-edited URL is left out rather than refused by the list.
  const newSince = since && !Number.isNaN(Date.parse(since)) ? since : '';
  const articles = useArticles({
    ...filters, ...(newSince ? { since: newSince } : {}), ...(stories === 'true' ? { stories } : {}), limit: ARTICLE_PAGE, offset: (page - 1) * ARTICLE_PAGE,
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('media.title')}</Title>
          <Text size="sm" c="dimmed">{t('media.intro')}</Text>
        </div>
        <Group gap="sm">
          {allows(FEED_MANAGERS, role) && <Button component={Link} to="/media/sumber" variant="default">{t('media.feeds.nav')}</Button>}
          {allows(MEDIA_WRITERS, role) && <Button component={Link} to="/media/tambah">{t('media.add.nav')}</Button>}
        </Group>
      </Group>
      <OverviewPanel days={days} region={values.region || undefined} onDays={(value) => update({ days: value === '14' ? '' : value })} />
      <Paper withBorder p="md" component="section" aria-labelledby="media-articles">
        <Stack gap="sm">
          <Title order={2} size="h4" id="media-articles">{t('media.articles')}</Title>
          <ArticleFilterBar values={filters} update={update} />
          {(newSince || stories === 'true') && <NewSinceNote since={newSince} region={filters.region} onClear={() => update({ since: '', stories: '' })} />}
          {articles.isPending && <Loading />}
          {articles.isError && <ErrorNotice error={articles.error} onRetry={() => void articles.refetch()} />}
          {articles.data && (articles.data.items.length === 0
            ? <Text size="sm" c="dimmed" data-testid="media-articles-empty">{t('media.noArticles')}</Text>
            : (
              <>
                <ArticleTable items={articles.data.items} />
                <Pager page={page} pageSize={ARTICLE_PAGE} total={articles.data.total} shown={articles.data.items.length} onChange={setPage} />
              </>
            ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
