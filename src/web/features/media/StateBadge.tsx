import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleState } from './api';

const COLOR: Record<ArticleState, string> = { baru: 'blue', ditinjau: 'teal', diabaikan: 'gray' };

export function StateBadge({ state }: { state: ArticleState }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[state]} variant="light" data-testid="media-state">{t(`media.state.${state}`)}</Badge>;
}
