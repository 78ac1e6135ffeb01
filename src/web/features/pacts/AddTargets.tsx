import { Alert, Anchor, Button, Checkbox, Group, Input, ScrollArea, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACT_TARGET_KINDS } from '../../../domain/pacts/vocabulary';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUnits } from '../units/queries';
import { pactsApi, type CampaignSummary, type ImportRow, type PactTargetKind } from './api';
import { useAddFromUnits, useImportTargets } from './queries';

/** Targets come from the unit catalogue of the campaign's region, or from a spreadsheet. */
export function AddTargets({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="import" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="import">{t('pacts.fromImport')}</Tabs.Tab>
        <Tabs.Tab value="units">{t('pacts.fromUnits')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="import" pt="sm"><ImportTargets campaign={campaign} /></Tabs.Panel>
      <Tabs.Panel value="units" pt="sm"><FromUnits campaign={campaign} /></Tabs.Panel>
    </Tabs>
  );
}

function FromUnits({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const units = useUnits({ region: campaign.regionCode, pageSize: 500 });
  const [chosen, setChosen] = useState<number[]>([]);
  const [kind, setKind] = useState<PactTargetKind>('perangkat_daerah');
  const add = useAddFromUnits();
  if (units.isPending) return <Loading />;
  if (units.isError) return <ErrorNotice error={units.error} />;
  const toggle = (id: number, on: boolean) => setChosen((current) => on ? [...current, id] : current.filter((other) => other !== id));
  return (
    <Stack gap="sm">
      {units.data.items.length === 0 ? <Text size="sm" c="dimmed">{t('pacts.noUnits')}</Text> : (
        <ScrollArea.Autosize mah={280}>
          <Stack gap={4}>
            {units.data.items.map((unit) => (
              <Checkbox key={unit.id} label={`${unit.name} · ${unit.regionName}`} checked={chosen.includes(unit.id)} onChange={(event) => toggle(unit.id, event.currentTarget.checked)} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Select label={t('pacts.kindLabel')} value={kind} allowDeselect={false} onChange={(value) => value && setKind(value as PactTargetKind)}
        data={PACT_TARGET_KINDS.map((value) => ({ value, label: t(`pacts.kind.${value}`) }))} maw={280} />
      {add.isError && <Alert color="red" role="alert">{add.error.message}</Alert>}
      {add.isSuccess && <Alert color="green">{t('pacts.added', { count: add.data.created.length })}</Alert>}
      <Group>
        <Button disabled={chosen.length === 0} loading={add.isPending}
          onClick={() => add.mutate({ id: campaign.id, unitIds: chosen, kind }, { onSuccess: () => setChosen([]) })}>
          {t('pacts.addChosen', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}

function ImportTargets({ campaign }: { campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [keepValid, setKeepValid] = useState(false);
  const upload = useImportTargets();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('pacts.importIntro')}</Text>
      <Anchor href={pactsApi.templateUrl(campaign.id)} size="sm" download>{t('pacts.template')}</Anchor>
      {/* A native file input: labelled, keyboard-usable, and what a browser test can hand a file to. */}
      <Input.Wrapper label={t('pacts.importFile')} labelProps={{ htmlFor: fileId }}>
        <input id={fileId} type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)} />
      </Input.Wrapper>
      <Checkbox label={t('pacts.keepValid')} description={t('pacts.keepValidHint')} checked={keepValid} onChange={(event) => setKeepValid(event.currentTarget.checked)} />
      {upload.isError && <Alert color="red" role="alert">{upload.error.message}</Alert>}
      {upload.isSuccess && (upload.data.created.length > 0 || upload.data.rows.every((row) => row.ok)
        ? <Alert color="green" data-testid="pact-import-done">{t('pacts.added', { count: upload.data.created.length })}</Alert>
        : <Alert color="orange" data-testid="pact-import-refused">{t('pacts.importRefused', { count: upload.data.rows.filter((row) => !row.ok).length })}</Alert>)}
      <Group>
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate({ id: campaign.id, file, keepValid })}>{t('pacts.import')}</Button>
      </Group>
      {upload.data && <RowReport rows={upload.data.rows} />}
    </Stack>
  );
}

/** Only the rows with problems; a fully valid file needs no table. */
function RowReport({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  const bad = rows.filter((row) => !row.ok);
  if (bad.length === 0) return null;
  return (
    <Table striped withTableBorder aria-label={t('pacts.rowReport')} data-testid="pact-import-rows">
      <Table.Thead><Table.Tr><Table.Th>{t('pacts.row')}</Table.Th><Table.Th>{t('pacts.column')}</Table.Th><Table.Th>{t('pacts.problem')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {bad.flatMap((row) => row.errors.map((error, index) => (
          <Table.Tr key={`${row.row}-${index}`}><Table.Td>{row.row}</Table.Td><Table.Td>{error.field}</Table.Td><Table.Td>{error.message}</Table.Td></Table.Tr>
        )))}
      </Table.Tbody>
    </Table>
  );
}
