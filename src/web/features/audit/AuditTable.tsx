import { Badge, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../accountsApi';
import { formatInstant } from '../../shell/time';
import { useLang } from '../../shell/useLang';
import { ScopeName } from '../auth/ScopeName';
import { ChangeList } from './ChangeList';
import { actionLabel, entityLabel } from './format';

interface Props {
  entries: AuditEntry[];
  label: string;
  /** Filters the trail to one actor (clicking a name). */
  onActor: (id: string) => void;
}

export function AuditTable({ entries, label, onActor }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" striped aria-label={label} className="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.colTime')}</Table.Th>
            <Table.Th>{t('audit.colActor')}</Table.Th>
            <Table.Th>{t('audit.colAction')}</Table.Th>
            <Table.Th>{t('audit.colEntity')}</Table.Th>
            <Table.Th>{t('audit.colRegion')}</Table.Th>
            <Table.Th>{t('audit.colChanges')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <Table.Td className="nowrap"><Text size="sm">{formatInstant(locale, entry.at)}</Text></Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  {entry.actor.id ? (
                    <UnstyledButton onClick={() => onActor(entry.actor.id ?? '')} title={t('audit.onlyThisActor')}>
                      <Text size="sm" c="indigo.7">{entry.actor.label}</Text>
                    </UnstyledButton>
                  ) : <Text size="sm">{entry.actor.label}</Text>}
                  {entry.actor.type !== 'user' && <Text size="xs" c="dimmed">{entry.actor.type}</Text>}
                </Stack>
              </Table.Td>
              <Table.Td className="nowrap"><Badge variant="light" size="sm" radius="sm">{actionLabel(t, entry.action)}</Badge></Table.Td>
              <Table.Td>
                <Text size="sm">{entityLabel(t, entry.entityType)}</Text>
                <Text size="xs" c="dimmed" ff="monospace" title={entry.entityId}>{shortId(entry.entityId)}</Text>
              </Table.Td>
              <Table.Td><Text size="sm"><ScopeName code={entry.regionCode} /></Text></Table.Td>
              <Table.Td><ChangeList changes={entry.changes} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** UUIDs are long; their first block is enough to tell rows apart (the whole id is in the tooltip). */
function shortId(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id;
}
