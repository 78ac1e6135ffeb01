import { Alert, Group, Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { Pager } from '../../shell/Pager';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { AgencySelect } from './AgencySelect';
import { UNIT_PAGE, useUnits } from './queries';
import { UnitTable } from './UnitTable';

const FILTERS = ['agency'] as const;

/**
 * The units inside the caller's scope (the API filters them), with an agency filter kept in the URL;
 * `editable` adds "Edit" to each row (the admin page: the server decides who may change a unit).
 */
export function UnitList({ title, editable = false }: { title: string; editable?: boolean }) {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useUrlFilters(FILTERS);
  const units = useUnits({ agency: values.agency || undefined, page });
  const data = units.data;
  const [savedName, setSavedName] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-label={title} aria-busy={units.isFetching}>
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={2} size="h4">{title}</Title>
        <AgencySelect
          label={t('units.filterAgency')}
          placeholder={t('units.allAgencies')}
          value={values.agency || null}
          onChange={(agency) => update({ agency: agency ?? undefined })}
        />
      </Group>
      {savedName && (
        <Alert color="teal" variant="light" role="status" mb="sm" withCloseButton closeButtonLabel={t('common.close')}
          onClose={() => setSavedName(null)}>
          {t('units.saved', { name: savedName })}
        </Alert>
      )}
      {units.isPending && <Loading />}
      {units.isError && <ErrorNotice error={units.error} onRetry={() => void units.refetch()} />}
      {data && data.items.length === 0 && <Text c="dimmed">{t('units.empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <UnitTable units={data.items} label={title} onSaved={editable ? setSavedName : undefined} />
          <Pager page={page} pageSize={UNIT_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />
        </>
      )}
    </Paper>
  );
}
