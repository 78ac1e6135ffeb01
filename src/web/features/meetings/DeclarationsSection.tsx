import { Button, Checkbox, Group, Spoiler, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from './format';
import type { Declaration, MeetingDetail } from './meetingsApi';
import { useAddDeclaration, useRemovePart, useSign } from './queries';
import { RemoveButton } from './RemoveButton';
import { Section } from './Section';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

/** "Nama — Jabatan" per line (also "Nama, Jabatan"): the signatories as a desk types them. */
export function parseSignatories(text: string): Array<{ name: string; position: string | null }> {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [name = '', ...rest] = line.split(/\s+[—–-]\s+|,\s*/);
    const position = rest.join(', ').trim();
    return { name: name.trim(), position: position || null };
  }).filter((signatory) => signatory.name !== '');
}

/** Declarations and pacts signed at the meeting, with who signed. */
export function DeclarationsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const remove = useRemovePart(meeting.id);
  return (
    <Section id="declarations" title={t('meetings.declarations')} count={meeting.declarations.length}>
      <Stack gap="md">
        {meeting.declarations.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noDeclarations')}</Text>}
        {remove.isError && <ErrorNotice error={remove.error} />}
        {meeting.declarations.map((declaration) => (
          <DeclarationCard key={declaration.id} meeting={meeting} declaration={declaration}
            onRemove={() => remove.mutate({ part: 'declarations', partId: declaration.id })} />
        ))}
        {meeting.canEdit && <DeclarationForm meetingId={meeting.id} />}
      </Stack>
    </Section>
  );
}

function DeclarationCard({ meeting, declaration, onRemove }: { meeting: MeetingDetail; declaration: Declaration; onRemove: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const sign = useSign(meeting.id);
  const signed = declaration.signatories.filter((signatory) => signatory.signedAt !== null).length;
  return (
    <div className="declaration" data-testid="declaration">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={700}>{declaration.title}</Text>
          <Text size="xs" c="dimmed">{t('meetings.signedCount', { signed, total: declaration.signatories.length })}</Text>
        </div>
        {meeting.canEdit && <RemoveButton label={t('meetings.removeDeclaration', { title: declaration.title })} onConfirm={onRemove} />}
      </Group>
      <Spoiler maxHeight={72} showLabel={t('meetings.showMore')} hideLabel={t('meetings.showLess')} mt={4}>
        <Text size="sm" className="pre-wrap">{declaration.text}</Text>
      </Spoiler>
      {sign.isError && <ErrorNotice error={sign.error} />}
      {declaration.signatories.length > 0 && (
        <Stack gap={4} mt="xs">
          {declaration.signatories.map((signatory) => {
            const who = (
              <span>
                {signatory.name}{signatory.position && <Text span size="sm" c="dimmed"> — {signatory.position}</Text>}
                {signatory.signedAt && <Text span size="xs" c="teal"> · {t('meetings.signedAt', { time: formatInZone(locale, signatory.signedAt, meeting.timeZone, 'time') })}</Text>}
              </span>
            );
            return meeting.canEdit ? (
              <Checkbox key={signatory.id} checked={signatory.signedAt !== null} aria-label={t('meetings.signedBy', { name: signatory.name })} label={who}
                onChange={(event) => sign.mutate({ declarationId: declaration.id, signatoryId: signatory.id, signed: event.currentTarget.checked })} />
            ) : (
              <Group key={signatory.id} gap={8} wrap="nowrap">
                <Text span c={signatory.signedAt ? 'teal' : 'dimmed'} aria-hidden>{signatory.signedAt ? '✓' : '○'}</Text>
                <Text size="sm">{who}{!signatory.signedAt && <Text span size="xs" c="dimmed"> · {t('meetings.notSigned')}</Text>}</Text>
              </Group>
            );
          })}
        </Stack>
      )}
    </div>
  );
}

function DeclarationForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const add = useAddDeclaration(meetingId);
  const { first, refocus } = useEntryForm<HTMLInputElement>();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [signatories, setSignatories] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || !text.trim()) return;
    add.mutate({ title: title.trim(), text: text.trim(), signatories: parseSignatories(signatories) }, {
      onSuccess: () => {
        clearIfUnchanged(setTitle, title);
        clearIfUnchanged(setText, text);
        clearIfUnchanged(setSignatories, signatories);
        refocus();
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('meetings.addDeclaration')} className="entry-form">
      <Stack gap="xs">
        <TextInput ref={first} label={t('meetings.declarationTitle')} placeholder={t('meetings.declarationTitleHint')} value={title}
          onChange={(event) => setTitle(event.currentTarget.value)} />
        <Textarea label={t('meetings.declarationText')} value={text} autosize minRows={3} onChange={(event) => setText(event.currentTarget.value)} />
        <Textarea label={t('meetings.declarationSignatories')} description={t('meetings.signatoriesHint')} value={signatories} autosize minRows={2}
          onChange={(event) => setSignatories(event.currentTarget.value)} />
        {add.isError && <ErrorNotice error={add.error} />}
        <Group>
          <Button type="submit" size="sm" disabled={!title.trim() || !text.trim()} loading={add.isPending}>{t('meetings.addDeclaration')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
