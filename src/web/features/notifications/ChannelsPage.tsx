import { Alert, Anchor, Badge, Button, Code, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useUnit } from '../units/queries';
import type { Channel, ChannelWithSecret } from './api';
import { useChannelMutations, useChannels } from './queries';

/** /admin/units/:id/notifications — where a unit is told besides the app: e-mail addresses and webhooks. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const unitId = Number(useParams().id);
  const unit = useUnit(Number.isInteger(unitId) && unitId > 0 ? unitId : null);
  const channels = useChannels(unitId);
  useDocumentTitle(`${t('notifications.channels.title')}${unit.data ? ` · ${unit.data.name}` : ''} · Sinergi`);
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/admin/units" size="sm">← {t('notifications.channels.back')}</Anchor>
        <Title order={1} size="h2">{t('notifications.channels.title')}</Title>
        {unit.data && <Text size="sm" c="dimmed">{unit.data.name}</Text>}
        <Text size="sm" c="dimmed">{t('notifications.channels.intro')}</Text>
      </div>
      {channels.isPending && <Loading />}
      {channels.isError && <ErrorNotice error={channels.error} onRetry={() => void channels.refetch()} />}
      {channels.data && <ChannelTable unitId={unitId} channels={channels.data} />}
      {channels.data && <NewChannelForm unitId={unitId} />}
    </Stack>
  );
}

function ChannelTable({ unitId, channels }: { unitId: number; channels: Channel[] }) {
  const { t } = useTranslation();
  const { update, remove } = useChannelMutations(unitId);
  if (channels.length === 0) return <Text c="dimmed">{t('notifications.channels.none')}</Text>;
  return (
    <Stack gap="xs">
      {update.error && <ErrorNotice error={update.error} />}
      <Table data-testid="channel-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.channels.kind')}</Table.Th>
            <Table.Th>{t('notifications.channels.target')}</Table.Th>
            <Table.Th>{t('notifications.channels.active')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {channels.map((channel) => (
            <Table.Tr key={channel.id}>
              <Table.Td><Badge size="sm" variant="light">{t(`notifications.channelKind.${channel.kind}`)}</Badge></Table.Td>
              <Table.Td><Text size="sm" style={{ wordBreak: 'break-all' }}>{channel.target}</Text></Table.Td>
              <Table.Td>
                <Switch
                  checked={channel.active} aria-label={t('notifications.channels.activeNamed', { target: channel.target })}
                  onChange={(event) => update.mutate({ id: channel.id, body: { active: event.currentTarget.checked } })}
                />
              </Table.Td>
              <Table.Td>
                <ConfirmDangerButton
                  label={t('notifications.channels.delete')} ariaLabel={t('notifications.channels.deleteNamed', { target: channel.target })}
                  title={t('notifications.channels.delete')} body={t('notifications.channels.deleteBody', { target: channel.target })}
                  pending={remove.isPending} error={remove.error} onOpen={() => remove.reset()}
                  onConfirm={(close) => remove.mutate(channel.id, { onSuccess: close })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function NewChannelForm({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const { create } = useChannelMutations(unitId);
  const [kind, setKind] = useState<'email' | 'webhook'>('email');
  const [target, setTarget] = useState('');
  const [created, setCreated] = useState<ChannelWithSecret | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate({ kind, target, active: true }, {
      onSuccess: (channel) => {
        setCreated(channel);
        setTarget('');
      },
    });
  };
  return (
    <Stack gap="sm" component="form" onSubmit={submit} maw={560}>
      <Title order={2} size="h4">{t('notifications.channels.add')}</Title>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('notifications.channels.kind')} value={kind} allowDeselect={false} w={160}
          onChange={(value) => setKind(value === 'webhook' ? 'webhook' : 'email')}
          data={[{ value: 'email', label: t('notifications.channelKind.email') }, { value: 'webhook', label: t('notifications.channelKind.webhook') }]}
        />
        <TextInput
          label={t('notifications.channels.target')} required value={target} onChange={(event) => setTarget(event.currentTarget.value)} style={{ flex: 1 }} miw={240}
          placeholder={kind === 'email' ? 'piket@bawaslu-bangli.go.id' : 'https://gateway.contoh.id/kirim'}
          description={kind === 'webhook' ? t('notifications.channels.webhookHint') : undefined}
        />
        <Button type="submit" loading={create.isPending}>{t('notifications.channels.addButton')}</Button>
      </Group>
      {create.error && <ErrorNotice error={create.error} />}
      {created?.secret && (
        <Alert color="yellow" title={t('notifications.channels.secretTitle')} data-testid="webhook-secret">
          <Text size="sm">{t('notifications.channels.secretBody')}</Text>
          <Code block>{created.secret}</Code>
        </Alert>
      )}
    </Stack>
  );
}
