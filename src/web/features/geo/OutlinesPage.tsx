import { Anchor, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { allows, MANAGERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import type { ImportedOutline } from './geoApi';
import { OutlineImportForm } from './OutlineImportForm';
import { useImportedOutlines } from './queries';
import { RemoveOutlineButton } from './RemoveOutlineButton';

const ATTRIBUTION_URL = 'https://github.com/cahyadsn/wilayah_boundaries';

/** /vulnerability/outlines — the maps' boundaries: which regions use a desk's own outline, and importing more. */
export function OutlinesPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('geoOutlines.title')} · Sinergi`);
  const manages = allows(MANAGERS, useCurrentUser()?.role);
  const imported = useImportedOutlines();
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to="/vulnerability" size="sm">‹ {t('geoOutlines.back')}</Anchor>
        <Title order={1} size="h2">{t('geoOutlines.title')}</Title>
        <Text size="sm">
          {t('geoOutlines.intro')}{' '}
          <Anchor href={ATTRIBUTION_URL} target="_blank" rel="noopener noreferrer" inherit lang="en">wilayah_boundaries (MIT)</Anchor>
        </Text>
      </Stack>
      {manages && <OutlineImportForm />}
      <Paper withBorder p="md" component="section" aria-labelledby="imported-outlines-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="imported-outlines-title">{t('geoOutlines.list.title')}</Title>
          {imported.isPending && <Loading />}
          {imported.isError && <ErrorNotice error={imported.error} onRetry={() => void imported.refetch()} />}
          {imported.data && imported.data.items.length === 0 && <Text size="sm" c="gray.7">{t('geoOutlines.list.none')}</Text>}
          {imported.data && imported.data.items.length > 0 && <ImportedTable items={imported.data.items} manages={manages} />}
        </Stack>
      </Paper>
    </Stack>
  );
}

function ImportedTable({ items, manages }: { items: ImportedOutline[]; manages: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} fz="sm" striped data-testid="imported-outlines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('geoOutlines.list.colRegion')}</Table.Th>
            <Table.Th scope="col">{t('geoOutlines.list.colFile')}</Table.Th>
            <Table.Th scope="col">{t('geoOutlines.list.colImported')}</Table.Th>
            {manages && <Table.Th scope="col"><VisuallyHidden>{t('geoOutlines.list.colActions')}</VisuallyHidden></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.regionCode}>
              <Table.Td><Text span size="sm" ff="monospace">{item.regionCode}</Text> {item.name}</Table.Td>
              <Table.Td>{item.sourceFile ?? '–'}</Table.Td>
              <Table.Td>
                {formatInZone(locale, item.importedAt, timeZoneOfRegion(item.regionCode))}
                {item.importedBy && <Text span size="sm" c="gray.7"> · {item.importedBy}</Text>}
              </Table.Td>
              {manages && <Table.Td><RemoveOutlineButton outline={item} /></Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
