import { Button, Group, Input, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, type ActionItemDetail } from './api';
import { useAddEvidence } from './queries';

/** Why a picked file cannot be sent, checked before uploading (the server checks again, by content). */
function problemOf(file: File | null): 'evidenceType' | 'evidenceSize' | null {
  if (!file) return null;
  if (!(EVIDENCE_TYPES as readonly string[]).includes(file.type)) return 'evidenceType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'evidenceSize';
  return null;
}

/** Attaches a PDF, PNG or JPEG (a photo from the phone's camera works) with an optional note. */
export function EvidenceForm({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const add = useAddEvidence(item.id);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const problem = problemOf(file);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.currentTarget.files?.[0] ?? null);
    setSent(null);
    add.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || problem || add.isPending) return;
    add.mutate({ file, note: note.trim() }, {
      onSuccess: () => {
        setSent(file.name);
        setFile(null);
        setNote('');
        if (input.current) input.current.value = '';
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-evidence-title">
      <Title order={2} size="h5" id="ai-evidence-title" mb="sm">{t('actionItems.evidenceTitle')}</Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Input.Wrapper
            id={inputId} label={t('actionItems.evidenceFile')} description={t('actionItems.evidenceHint')}
            error={problem ? t(`actionItems.${problem}`) : undefined}
          >
            <input
              ref={input} id={inputId} type="file" className="ai-file" accept={EVIDENCE_TYPES.join(',')} onChange={pick}
              aria-describedby={problem ? `${inputId}-error ${inputId}-description` : `${inputId}-description`} aria-invalid={problem ? true : undefined}
            />
          </Input.Wrapper>
          <TextInput label={t('actionItems.evidenceNote')} maxLength={4000} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          {add.isError && <ErrorNotice error={add.error} />}
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" c="teal.8" role="status">{sent ? t('actionItems.evidenceSent', { name: sent }) : ''}</Text>
            <Button type="submit" variant="light" loading={add.isPending} disabled={!file || problem !== null}>{t('actionItems.evidenceSubmit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
