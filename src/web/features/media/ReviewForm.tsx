import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES, EXTRACTION_AGENCIES, THREATS } from '../../../domain/extraction/vocabulary';
import { ApiError } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';
import type { Article, EventType, Extraction, Threat } from './api';
import { ArticleRegionsField } from './ArticleRegionsField';
import type { FieldFocus } from './highlight';
import { ListField } from './ListField';
import { useSaveFields } from './queries';
import { cleanFields, isChanged } from './reviewDraft';
import { RowsField } from './RowsField';

interface Props {
  article: Article;
  canEdit: boolean;
  onPoint: (focus: FieldFocus | null) => void;
}

/** The fields the desk holds true, editable; saving records a correction per changed field. */
export function ReviewForm({ article, canEdit, onPoint }: Props) {
  const { t } = useTranslation();
  const save = useSaveFields();
  const [draft, setDraft] = useState<Extraction>(article.fields);
  // A newer version (someone else's save, a re-extraction) replaces the form, unless the reviewer has
  // edits in it: those stay, and a stale save says so, to be checked and saved again.
  const [base, setBase] = useState({ version: article.version, fields: article.fields });
  if (base.version !== article.version) {
    if (!isChanged(base.fields, draft)) setDraft(article.fields);
    setBase({ version: article.version, fields: article.fields });
  }
  const set = (changes: Partial<Extraction>) => setDraft((current) => ({ ...current, ...changes }));
  const point = (field: FieldFocus['field'], ...values: Array<string | null | undefined>) =>
    ({ onMouseEnter: () => onPoint({ field, values: values.filter((value): value is string => Boolean(value)) }), onMouseLeave: () => onPoint(null),
      onFocus: () => onPoint({ field, values: values.filter((value): value is string => Boolean(value)) }), onBlur: () => onPoint(null) });
  const changed = isChanged(article.fields, draft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: article.id, version: article.version, fields: cleanFields(draft) }, { onSuccess: (saved) => setDraft(saved.fields) });
  };
  const stale = save.error instanceof ApiError && save.error.status === 409;

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('media.review.title')} noValidate>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <Title order={2} size="h4">{t('media.review.title')}</Title>
          <Group grow align="start">
            <Select label={t('media.field.event_type')} value={draft.event_type} allowDeselect={false} comboboxProps={{ withinPortal: true }}
              data={EVENT_TYPES.map((type) => ({ value: type, label: t(`media.eventType.${type}`) }))}
              onChange={(value) => value && set({ event_type: value as EventType })} {...point('event_type', draft.event_type, t(`media.eventType.${draft.event_type}`))} />
            <TextInput type="date" label={t('media.field.event_date')} value={draft.event_date ?? ''}
              onChange={(event) => set({ event_date: event.currentTarget.value })} {...point('event_date', draft.event_date)} />
          </Group>
          <ArticleRegionsField value={draft.regions} onChange={(regions) => set({ regions })} onPoint={onPoint} />
          <ListField field="agencies" label={t('media.field.agencies')} value={draft.agencies} onChange={(agencies) => set({ agencies })} onPoint={onPoint}
            options={EXTRACTION_AGENCIES.map((code) => ({ value: code, label: code }))} />
          <ListField field="threats" label={t('media.field.threats')} value={draft.threats} onChange={(threats) => set({ threats: threats as Threat[] })} onPoint={onPoint}
            options={THREATS.map((threat) => ({ value: threat, label: t(`media.threat.${threat}`) }))} />
          <ListField field="regulations" label={t('media.field.regulations')} value={draft.regulations} onChange={(regulations) => set({ regulations })} onPoint={onPoint} />
          <RowsField label={t('media.field.people')} testId="media-person" rows={draft.people} blank={{ name: '', position: null }} onPoint={onPoint}
            columns={[{ key: 'name', label: t('media.review.personName'), flex: 3 }, { key: 'position', label: t('media.review.personPosition'), flex: 4 }]}
            focusOf={(person) => ({ field: 'people', values: [person.name] })} onChange={(people) => set({ people })} />
          <RowsField label={t('media.field.deadlines')} testId="media-deadline" rows={draft.deadlines} blank={{ date: '', what: '' }} onPoint={onPoint}
            columns={[{ key: 'date', label: t('media.review.deadlineDate'), type: 'date' }, { key: 'what', label: t('media.review.deadlineWhat'), flex: 2 }]}
            focusOf={(deadline) => ({ field: 'deadlines', values: [deadline.date, deadline.what] })} onChange={(deadlines) => set({ deadlines })} />
          {save.isError && (
            <Stack gap={4} role="alert" data-testid="media-review-error">
              {stale && <Text size="sm" fw={600} c="red.8">{t('media.review.stale')}</Text>}
              <ErrorNotice error={save.error} />
            </Stack>
          )}
          {save.isSuccess && !changed && <Text size="sm" c="teal.8" role="status" data-testid="media-review-saved">{t('media.review.saved')}</Text>}
          {canEdit && (
            <Group gap="sm">
              <Button type="submit" loading={save.isPending}>{t('media.review.save')}</Button>
              {changed && <Button variant="default" onClick={() => { setDraft(article.fields); save.reset(); }}>{t('media.review.undo')}</Button>}
            </Group>
          )}
        </Stack>
      </fieldset>
    </Paper>
  );
}
