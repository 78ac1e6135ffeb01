import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api';
import type { AuditFilters } from '../../accountsApi';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { AuditFilterBar, FILTER_KEYS } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { dayStart } from './format';
import { AUDIT_PAGE, useAudit } from './queries';

/** /audit?entityType=&actor=&from=&to=&page= — who did what, newest first, inside the signed-in scope. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · Sinergi`);
  const { values, page, update, setPage } = useUrlFilters(FILTER_KEYS);
  const filters: AuditFilters = {
    entityType: values.entityType || undefined,
    actor: values.actor || undefined,
    from: dayStart(values.from),
    to: dayStart(values.to, 1),
  };
  const audit = useAudit(filters, page);
  const data = audit.data;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('audit.title')}</Title>
        <Text size="sm" c="dimmed">{t('audit.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <AuditFilterBar values={values} update={update} exportHref={apiUrl('/audit/export.csv', { ...filters })} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="audit-list-title" aria-busy={audit.isFetching}>
        <Title order={2} size="h4" mb="sm" id="audit-list-title">{t('audit.listTitle')}</Title>
        {audit.isPending && <Loading />}
        {audit.isError && <ErrorNotice error={audit.error} onRetry={() => void audit.refetch()} />}
        {data && data.items.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
        {data && data.items.length > 0 && (
          <>
            <AuditTable entries={data.items} label={t('audit.listTitle')} onActor={(actor) => update({ actor })} />
            <Pager page={page} pageSize={AUDIT_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}
