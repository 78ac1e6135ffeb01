import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Above a form opened from a news article: where its values came from, and that saving links it back. */
export function FromArticleNotice({ article }: { article: { id: number; title: string } }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" data-testid="from-article">
      {t('media.make.fromArticle')}{' '}
      <Anchor component={Link} to={`/media/${article.id}`}>{article.title}</Anchor>
      {'. '}{t('media.make.fromArticleHint')}
    </Alert>
  );
}
