import './incidents.css';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { TRIAGE_PAGE, useTriage } from './queries';
import { TriageCard } from './TriageCard';
import { useIncidentLive } from './useIncidentLive';

/** /incidents/triage — gateway messages that could not become a report by themselves, oldest first. */
export function TriagePage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('incidents.triage.title')} · Sinergi`);
  const [page, setPage] = useState(1);
  const triage = useTriage(page);
  useIncidentLive();
  const data = triage.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/incidents" size="sm">‹ {t('incidents.backToList')}</Anchor>
      <Title order={1}>{t('incidents.triage.title')}</Title>
      <Text size="sm" c="dimmed">{t('incidents.triage.intro')}</Text>
      {triage.isPending && <Loading />}
      {triage.isError && <ErrorNotice error={triage.error} onRetry={() => void triage.refetch()} />}
      {data && data.items.length === 0 && <Text c="dimmed">{t('incidents.triage.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Stack gap="md" component="ol" className="triage-list" aria-label={t('incidents.triage.title')}>
          {data.items.map((item) => <TriageCard key={item.id} item={item} />)}
        </Stack>
      )}
      {data && <Pager page={page} pageSize={TRIAGE_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />}
    </Stack>
  );
}
