import { Alert, Anchor, Button, Grid, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../shell/QueryState';
import type { CreatedArticle, PastedArticle } from './api';
import { usePaste } from './queries';

const BLANK = { title: '', url: '', source: '', publishedOn: '', body: '' };

/** Only what was typed goes to the server; the date is the publication day (the server takes an ISO date). */
function toInput(form: typeof BLANK): PastedArticle {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return { title: optional(form.title), url: optional(form.url), source: optional(form.source), publishedAt: optional(form.publishedOn), body: form.body.trim() };
}

/** A pasted article: saved, it opens for review; a duplicate says so and links the article already stored. */
export function PasteForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paste = usePaste();
  const [form, setForm] = useState(BLANK);
  const [duplicate, setDuplicate] = useState<CreatedArticle | null>(null);
  const [missingBody, setMissingBody] = useState(false);
  const set = (changes: Partial<typeof BLANK>) => {
    setDuplicate(null);
    setForm((current) => ({ ...current, ...changes }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.body.trim() === '') return setMissingBody(true);
    setMissingBody(false);
    paste.mutate(toInput(form), {
      onSuccess: (result) => (result.duplicate ? setDuplicate(result) : void navigate(`/media/${result.article.id}`)),
    });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('media.add.pasteTitle')} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">{t('media.add.pasteTitle')}</Title>
        <TextInput label={t('media.add.title')} value={form.title} maxLength={500} onChange={(event) => set({ title: event.currentTarget.value })} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('media.add.url')} type="url" value={form.url} placeholder="https://" onChange={(event) => set({ url: event.currentTarget.value })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput label={t('media.add.source')} value={form.source} maxLength={200} onChange={(event) => set({ source: event.currentTarget.value })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <TextInput label={t('media.add.publishedOn')} type="date" value={form.publishedOn} onChange={(event) => set({ publishedOn: event.currentTarget.value })} />
          </Grid.Col>
        </Grid>
        <Textarea label={t('media.add.body')} required autosize minRows={8} maxRows={24} maxLength={200_000} value={form.body}
          error={missingBody ? t('media.add.bodyRequired') : undefined} onChange={(event) => set({ body: event.currentTarget.value })} />
        {duplicate && (
          <Alert color="yellow" variant="light" role="alert" data-testid="media-duplicate" title={t('media.add.duplicateTitle')}>
            {t(`media.add.duplicate.${duplicate.duplicate ?? 'text'}`)}{' '}
            <Anchor component={Link} to={`/media/${duplicate.article.id}`}>{duplicate.article.title ?? t('media.articleNumber', { id: duplicate.article.id })}</Anchor>
          </Alert>
        )}
        {paste.isError && <ErrorNotice error={paste.error} />}
        <Button type="submit" loading={paste.isPending} w="fit-content">{t('media.add.save')}</Button>
      </Stack>
    </Paper>
  );
}
