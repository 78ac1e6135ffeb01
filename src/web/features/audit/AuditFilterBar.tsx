import { Button, Grid, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/queries';
import { entityLabel, ENTITY_TYPES } from './format';

export type FilterKey = 'entityType' | 'actor' | 'from' | 'to';
export const FILTER_KEYS: readonly FilterKey[] = ['entityType', 'actor', 'from', 'to'];

interface Props {
  values: Record<FilterKey, string>;
  update: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
  exportHref: string;
}

/** Entity type, actor and a day range, each kept in the URL; the CSV export uses the same filters. */
export function AuditFilterBar({ values, update, exportHref }: Props) {
  const { t } = useTranslation();
  const users = useUsers(1, 500);
  const actors = (users.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.displayName} (${user.email})` }));
  if (values.actor && !actors.some((actor) => actor.value === values.actor)) actors.push({ value: values.actor, label: values.actor });
  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 12, sm: 6, md: 2.5 }}>
        <Select label={t('audit.filterEntity')} placeholder={t('audit.allEntities')} clearable value={values.entityType || null}
          data={ENTITY_TYPES.map((type) => ({ value: type, label: entityLabel(t, type) }))}
          onChange={(value) => update({ entityType: value ?? undefined })} comboboxProps={{ withinPortal: true }} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6, md: 3.5 }}>
        <Select label={t('audit.filterActor')} placeholder={t('audit.allActors')} clearable searchable value={values.actor || null}
          data={actors} onChange={(value) => update({ actor: value ?? undefined })}
          nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>
        <TextInput type="date" label={t('audit.from')} value={values.from} max={values.to || undefined}
          onChange={(event) => update({ from: event.currentTarget.value || undefined })} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: 2 }}>
        <TextInput type="date" label={t('audit.to')} value={values.to} min={values.from || undefined}
          onChange={(event) => update({ to: event.currentTarget.value || undefined })} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 2 }}>
        <Button component="a" href={exportHref} download variant="light" fullWidth>{t('audit.export')}</Button>
      </Grid.Col>
    </Grid>
  );
}
