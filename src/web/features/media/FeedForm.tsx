import { Button, Group, NumberInput, Paper, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { Feed, FeedInput } from './api';
import { useSaveFeed } from './queries';

const MIN_POLL = 5;
const MAX_POLL = 1440;

function initial(feed: Feed | null): FeedInput {
  return { name: feed?.name ?? '', url: feed?.url ?? '', source: feed?.source ?? '', pollMinutes: feed?.pollMinutes ?? 30, enabled: feed?.enabled ?? true };
}

/** A feed to add (feed null) or change; the server checks the address and the interval again. */
export function FeedForm({ feed, onDone }: { feed: Feed | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveFeed();
  const [form, setForm] = useState<FeedInput>(() => initial(feed));
  const [tried, setTried] = useState(false);
  const set = (changes: Partial<FeedInput>) => setForm((current) => ({ ...current, ...changes }));
  const problems = {
    name: form.name.trim() === '' ? t('media.feeds.required') : undefined,
    url: !/^https?:\/\/\S+$/i.test(form.url.trim()) ? t('media.feeds.urlInvalid') : undefined,
    pollMinutes: !Number.isInteger(form.pollMinutes) || form.pollMinutes < MIN_POLL || form.pollMinutes > MAX_POLL ? t('media.feeds.pollInvalid', { min: MIN_POLL, max: MAX_POLL }) : undefined,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean)) return;
    const input = { ...form, name: form.name.trim(), url: form.url.trim(), source: form.source?.trim() || null };
    save.mutate({ id: feed?.id ?? null, version: feed?.version ?? 0, feed: input }, { onSuccess: onDone });
  };
  const title = feed ? t('media.feeds.editTitle', { name: feed.name }) : t('media.feeds.addTitle');
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={title} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">{title}</Title>
        <Group grow align="flex-start">
          <TextInput label={t('media.feeds.name')} required maxLength={200} value={form.name} error={tried ? problems.name : undefined}
            onChange={(event) => set({ name: event.currentTarget.value })} />
          <TextInput label={t('media.feeds.source')} maxLength={200} value={form.source ?? ''} description={t('media.feeds.sourceHint')}
            onChange={(event) => set({ source: event.currentTarget.value })} />
        </Group>
        <TextInput label={t('media.feeds.url')} required type="url" placeholder="https://" value={form.url} error={tried ? problems.url : undefined}
          onChange={(event) => set({ url: event.currentTarget.value })} />
        <Group align="flex-end">
          <NumberInput label={t('media.feeds.pollMinutes')} min={MIN_POLL} max={MAX_POLL} allowDecimal={false} w={200} value={form.pollMinutes}
            error={tried ? problems.pollMinutes : undefined} onChange={(value) => set({ pollMinutes: typeof value === 'number' ? value : Number.parseInt(value, 10) })} />
          <Switch label={t('media.feeds.enabled')} checked={form.enabled} onChange={(event) => set({ enabled: event.currentTarget.checked })} mb={8} />
        </Group>
        {save.isError && <ErrorNotice error={save.error} />}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>{t('media.feeds.save')}</Button>
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
