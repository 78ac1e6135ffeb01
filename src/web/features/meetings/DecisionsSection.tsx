import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import type { MeetingDetail } from './meetingsApi';
import { useAddDecision, useRemovePart } from './queries';
import { RemoveButton } from './RemoveButton';
import { Section } from './Section';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

/** What the meeting decided, in order. */
export function DecisionsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const remove = useRemovePart(meeting.id);
  return (
    <Section id="decisions" title={t('meetings.decisions')} count={meeting.decisions.length}>
      <Stack gap="md">
        {meeting.decisions.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noDecisions')}</Text>}
        {remove.isError && <ErrorNotice error={remove.error} />}
        {meeting.decisions.length > 0 && (
          <ol className="part-list numbered">
            {meeting.decisions.map((decision, index) => (
              <li key={decision.id} className="part-row" data-testid="decision">
                <Text fw={700} size="sm" className="part-no">{index + 1}.</Text>
                <Text size="sm" className="grow pre-wrap">{decision.text}</Text>
                {meeting.canEdit && (
                  <RemoveButton label={t('meetings.removeDecision', { n: index + 1 })} onConfirm={() => remove.mutate({ part: 'decisions', partId: decision.id })} />
                )}
              </li>
            ))}
          </ol>
        )}
        {meeting.canEdit && <DecisionForm meetingId={meeting.id} />}
      </Stack>
    </Section>
  );
}

function DecisionForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const add = useAddDecision(meetingId);
  const { first, refocus, submitOnCtrlEnter } = useEntryForm();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    add.mutate(text.trim(), { onSuccess: () => { clearIfUnchanged(setText, text); refocus(); } });
  };
  return (
    <form onSubmit={submit} aria-label={t('meetings.addDecision')} className="entry-form">
      <Textarea ref={first} label={t('meetings.decisionText')} value={text} autosize minRows={2}
        onChange={(event) => setText(event.currentTarget.value)} onKeyDown={submitOnCtrlEnter} />
      {add.isError && <ErrorNotice error={add.error} />}
      <Group mt="xs">
        <Button type="submit" size="sm" disabled={!text.trim()} loading={add.isPending}>{t('meetings.addDecision')}</Button>
        <Text size="xs" c="dimmed">{t('meetings.ctrlEnter')}</Text>
      </Group>
    </form>
  );
}
