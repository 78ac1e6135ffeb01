import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../shell/Pager';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { NOTIFICATION_PAGE, useDeliveries, useDeliveryActions } from './queries';

const STATUSES = ['failed', 'pending', 'sent', 'dismissed'] as const;

/** /notifications/failed — "Pengiriman gagal": deliveries that used up their retries, to send again or set aside. */
export function FailedDeliveriesPage() {
  const { t } = useTranslation();
  const { locale } = useLang();
  useDocumentTitle(`${t('notifications.failed.title')} · Sinergi`);
  const { values, page, update, setPage } = useUrlFilters(['status'] as const);
  const status = (STATUSES as readonly string[]).includes(values.status) ? values.status : 'failed';
  const list = useDeliveries(status, page);
  const { retry, dismiss } = useDeliveryActions();
  const error = retry.error ?? dismiss.error;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('notifications.failed.title')}</Title>
        <Text size="sm" c="dimmed">{t('notifications.failed.intro')}</Text>
      </div>
      <SegmentedControl
        value={status} w="fit-content" onChange={(value) => update({ status: value === 'failed' ? undefined : value })}
        data={STATUSES.map((value) => ({ value, label: t(`notifications.status.${value}`) }))} aria-label={t('notifications.failed.statusFilter')}
      />
      {error && <ErrorNotice error={error} />}
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('notifications.failed.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="delivery-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.failed.unit')}</Table.Th>
                <Table.Th>{t('notifications.failed.channel')}</Table.Th>
                <Table.Th>{t('notifications.failed.about')}</Table.Th>
                <Table.Th>{t('notifications.failed.attempts')}</Table.Th>
                <Table.Th>{t('notifications.failed.lastError')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td><Text size="sm">{delivery.unit.name}</Text></Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light">{t(`notifications.channelKind.${delivery.channel.kind}`)}</Badge>{' '}
                    <Text span size="sm" style={{ wordBreak: 'break-all' }}>{delivery.channel.target}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`notifications.kind.${delivery.notification.kind}`)}</Text>
                    {delivery.notification.incident && (
                      <Anchor component={Link} to={`/incidents/${delivery.notification.incident.id}`} size="sm">{delivery.notification.incident.reference}</Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{delivery.attempts}</Text>
                    {delivery.lastAttemptAt && <Text size="xs" c="dimmed">{formatInZone(locale, delivery.lastAttemptAt, timeZoneOfRegion(delivery.unit.regionCode))}</Text>}
                  </Table.Td>
                  <Table.Td><Text size="sm" c="red">{delivery.lastError ?? '—'}</Text></Table.Td>
                  <Table.Td>
                    {delivery.status === 'failed' && (
                      <Group gap="xs" wrap="nowrap" justify="flex-end">
                        <Button size="xs" variant="light" loading={retry.isPending && retry.variables === delivery.id} onClick={() => retry.mutate(delivery.id)}>
                          {t('notifications.failed.retry')}
                        </Button>
                        <Button size="xs" variant="subtle" color="gray" loading={dismiss.isPending && dismiss.variables === delivery.id} onClick={() => dismiss.mutate(delivery.id)}>
                          {t('notifications.failed.dismiss')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && <Pager page={page} pageSize={NOTIFICATION_PAGE} total={list.data.total} shown={list.data.items.length} onChange={setPage} />}
    </Stack>
  );
}
