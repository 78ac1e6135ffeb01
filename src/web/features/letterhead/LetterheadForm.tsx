import { Button, Fieldset, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { Letterhead } from './api';
import { useSaveLetterhead } from './queries';
import { ADDRESS_MAX, LINE_MAX } from './rules';

interface Props {
  unitId: number;
  fields: string[];
  address: string;
  /** What would be saved now: the filled lines, trimmed, and the address or null. */
  lines: string[];
  addressValue: string | null;
  dirty: boolean;
  onFields: (fields: string[]) => void;
  onAddress: (address: string) => void;
  /** After a save, with what the server kept. */
  onSaved: (saved: Letterhead) => void;
}

const EXAMPLES = ['letterhead.line1Example', 'letterhead.line2Example'] as const;

/** The kop's five line fields and its address, saved together (the logo has its own upload). */
export function LetterheadForm({ unitId, fields, address, lines, addressValue, dirty, onFields, onAddress, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveLetterhead(unitId);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || save.isPending) return;
    save.mutate({ lines, address: addressValue }, {
      onSuccess: (letterhead) => {
        setDone(true);
        onSaved(letterhead);
      },
    });
  };
  const changed = () => {
    setDone(false);
    if (save.isError) save.reset();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kop-text-title">
      <Title order={2} size="h4" id="kop-text-title" mb="sm">{t('letterhead.textTitle')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Fieldset legend={t('letterhead.linesLegend')} variant="unstyled" classNames={{ root: 'kop-lines', legend: 'kop-legend' }}>
            <Text size="xs" c="dimmed" mb={6} id="kop-lines-hint">{t('letterhead.linesHint', { max: LINE_MAX })}</Text>
            <Stack gap={8}>
              {fields.map((value, i) => (
                <TextInput
                  key={i} label={t('letterhead.line', { n: i + 1 })} value={value} maxLength={LINE_MAX}
                  placeholder={i < EXAMPLES.length ? t(EXAMPLES[i]!) : undefined} aria-describedby="kop-lines-hint"
                  onChange={(event) => {
                    const next = [...fields];
                    next[i] = event.currentTarget.value;
                    onFields(next);
                    changed();
                  }}
                />
              ))}
            </Stack>
          </Fieldset>
          <Textarea
            label={t('letterhead.address')} description={t('letterhead.addressHint', { max: ADDRESS_MAX })} placeholder={t('letterhead.addressExample')}
            autosize minRows={2} maxRows={5} maxLength={ADDRESS_MAX} value={address}
            onChange={(event) => { onAddress(event.currentTarget.value); changed(); }}
          />
          {save.isError && <ErrorNotice error={save.error} />}
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" role="status" c={done ? 'teal.8' : 'dimmed'}>
              {done ? t('letterhead.saved') : dirty ? t('letterhead.unsaved') : ''}
            </Text>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>{t('letterhead.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
