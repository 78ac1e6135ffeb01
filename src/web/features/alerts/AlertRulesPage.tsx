import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { MANAGERS, allows } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import type { AlertRule } from './api';
import { useAlertRules } from './queries';
import { RuleForm } from './RuleForm';

/** The numbers of a rule in one line: "hours 6 · factor 3 · …". */
function paramsText(t: TFunction, rule: AlertRule): string {
  // The server wrote these keys (src/domain/alerts/params.ts); each has its label.
  const label = (key: string) => t(`alerts.params.${key}` as 'alerts.params.hours');
  const level = (value: string) => t(`alerts.level.${value}` as 'alerts.level.regency');
  return Object.entries(rule.params).map(([key, value]) => `${label(key)} ${key === 'level' ? level(String(value)) : String(value)}`).join(' · ');
}

/** Early-warning rules in the caller's scope; administrators and coordinators add and change them. */
export function AlertRulesPage() {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  const rules = useAlertRules();
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  const writer = allows(MANAGERS, role);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('alerts.rules.title')}</Title>
        {writer && editing === null && <Button onClick={() => setEditing('new')}>{t('alerts.rules.new')}</Button>}
      </Group>
      <Text size="sm" c="dimmed">{t('alerts.rules.intro')}</Text>
      {editing !== null && <RuleForm key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`} rule={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />}
      {rules.isPending && <Loading />}
      {rules.isError && <ErrorNotice error={rules.error} />}
      {rules.data && rules.data.items.length === 0 && <Text>{t('alerts.rules.empty')}</Text>}
      {rules.data && rules.data.items.length > 0 && (
        <Table striped data-testid="alert-rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alerts.rules.name')}</Table.Th>
              <Table.Th>{t('alerts.rules.kind')}</Table.Th>
              <Table.Th>{t('alerts.rules.region')}</Table.Th>
              <Table.Th>{t('alerts.rules.numbers')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.data.items.map((rule) => (
              <Table.Tr key={rule.id}>
                <Table.Td>{rule.name} {!rule.active && <Badge color="gray" size="xs">{t('alerts.rules.inactive')}</Badge>}</Table.Td>
                <Table.Td>{t(`alerts.kind.${rule.kind}`)}</Table.Td>
                <Table.Td>{rule.regionName ?? t('alerts.rules.everywhere')}</Table.Td>
                <Table.Td><Text size="sm">{paramsText(t, rule)}</Text></Table.Td>
                <Table.Td>{rule.editable && <Button size="xs" variant="light" onClick={() => setEditing(rule)}>{t('alerts.rules.edit')}</Button>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
