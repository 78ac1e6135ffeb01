import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { useIncidentCategories } from '../incidents/queries';
import { useRemoveCategorySetting, type IncidentCategoryView } from './api';
import { CategoryEditor } from './CategoryEditor';

/**
 * /incidents/categories — the desk's incident categories with their clocks under both regimes. A
 * national administrator changes a category, switches it off, adds one, or gives a default back its
 * built-in form; everyone else who reaches the page reads it.
 */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  useDocumentTitle(`${t('incidentCategories.title')} · Sinergi`);
  const me = useCurrentUser();
  const mayEdit = me?.role === 'admin' && me.scopeRegionCode === null;
  const categories = useIncidentCategories();
  const remove = useRemoveCategorySetting();
  const [editing, setEditing] = useState<IncidentCategoryView | 'new' | null>(null);

  const ruleText = (rule: IncidentCategoryView['clocks'][number]['pemilu']) =>
    rule ? `${t(`incidents.clock.unit.${rule.unit}`, { count: rule.amount })}${rule.configured ? ` (${t('incidentCategories.configured')})` : ''}` : '–';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm"><Link to="/incidents">{t('incidents.backToList')}</Link></Text>
          <Title order={1}>{t('incidentCategories.title')}</Title>
        </div>
        {mayEdit && <Button onClick={() => setEditing('new')}>{t('incidentCategories.add')}</Button>}
      </Group>
      <Text c="dimmed" size="sm">{t('incidentCategories.intro')}</Text>
      {remove.error && <Alert color="red" role="alert">{remove.error.message}</Alert>}
      <Paper withBorder p="md">
        {categories.isPending && <Loading />}
        {categories.isError && <ErrorNotice error={categories.error} onRetry={() => void categories.refetch()} />}
        {categories.data && (
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" aria-label={t('incidentCategories.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.field.category')}</Table.Th>
                  <Table.Th>{t('incidentCategories.field.referralAgency')}</Table.Th>
                  <Table.Th>{t('incidentCategories.field.clocks')}</Table.Th>
                  <Table.Th>{t('incidentCategories.state')}</Table.Th>
                  {mayEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {categories.data.map((category) => (
                  <Table.Tr key={category.code} data-testid="category-row" data-code={category.code}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{category.name[lang]}</Text>
                      <Text size="xs" c="dimmed" className="mono">{category.code}</Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>{category.keywords.join(', ')}</Text>
                    </Table.Td>
                    <Table.Td><Text size="sm">{category.referralAgency}</Text></Table.Td>
                    <Table.Td>
                      {category.clocks.length === 0 && <Text size="sm" c="dimmed">{t('incidentCategories.noClocks')}</Text>}
                      {category.clocks.map((clock) => (
                        <Text size="xs" key={clock.code} data-testid="category-clock" data-clock={clock.code}>
                          <b>{clock.name[lang]}</b>: Pemilu {ruleText(clock.pemilu)} · Pilkada {ruleText(clock.pilkada)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="light" color={category.active ? 'green' : 'gray'}>{t(category.active ? 'incidentCategories.active' : 'incidentCategories.inactive')}</Badge>
                        <Badge variant="outline" color={category.isDefault ? (category.overridden ? 'orange' : 'gray') : 'blue'}>
                          {t(category.isDefault ? (category.overridden ? 'incidentCategories.changed' : 'incidentCategories.builtIn') : 'incidentCategories.custom')}
                        </Badge>
                      </Group>
                    </Table.Td>
                    {mayEdit && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="light" onClick={() => setEditing(category)} aria-label={t('incidentCategories.editLabel', { name: category.name[lang] })}>
                            {t('incidentCategories.edit')}
                          </Button>
                          {category.overridden && (
                            <Button size="xs" variant="subtle" color={category.isDefault ? 'gray' : 'red'} loading={remove.isPending && remove.variables?.code === category.code}
                              onClick={() => {
                                if (window.confirm(t(category.isDefault ? 'incidentCategories.resetConfirm' : 'incidentCategories.deleteConfirm', { name: category.name[lang] }))) {
                                  remove.mutate({ code: category.code, version: category.version });
                                }
                              }}>
                              {t(category.isDefault ? 'incidentCategories.reset' : 'incidentCategories.delete')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {editing && <CategoryEditor key={editing === 'new' ? 'new' : editing.code} category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
