import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { excerpt, findingLabel, strategyLabel } from './labels';
import type { MeetingDetail } from './meetingsApi';
import { useAddStrategy, useRemovePart } from './queries';
import { RemoveButton } from './RemoveButton';
import { Section } from './Section';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

/** Strategies agreed (S1, S2, …), each naming the findings it answers. */
export function StrategiesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const remove = useRemovePart(meeting.id);
  return (
    <Section id="strategies" title={t('meetings.strategies')} count={meeting.strategies.length}>
      <Stack gap="md">
        {meeting.strategies.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noStrategies')}</Text>}
        {remove.isError && <ErrorNotice error={remove.error} />}
        {meeting.strategies.length > 0 && (
          <ul className="part-list">
            {meeting.strategies.map((strategy) => {
              const label = strategyLabel(t, meeting.strategies, strategy.id);
              return (
                <li key={strategy.id} className="part-row" data-testid="strategy">
                  <Text fw={700} size="sm" className="part-no">{label}</Text>
                  <Stack gap={2} className="grow">
                    <Text size="sm" className="pre-wrap">{strategy.text}</Text>
                    {strategy.findingIds.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('meetings.answers', { findings: strategy.findingIds.map((id) => findingLabel(t, meeting.findings, id)).join(', ') })}
                      </Text>
                    )}
                  </Stack>
                  {meeting.canEdit && (
                    <RemoveButton label={t('meetings.removeStrategy', { no: label })} onConfirm={() => remove.mutate({ part: 'strategies', partId: strategy.id })} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {meeting.canEdit && <StrategyForm meeting={meeting} />}
      </Stack>
    </Section>
  );
}

function StrategyForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const add = useAddStrategy(meeting.id);
  const { first, refocus, submitOnCtrlEnter } = useEntryForm();
  const [text, setText] = useState('');
  const [findingIds, setFindingIds] = useState<string[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    add.mutate({ text: text.trim(), findingIds: findingIds.map(Number) }, {
      onSuccess: () => {
        clearIfUnchanged(setText, text);
        setFindingIds((current) => (current === findingIds ? [] : current));
        refocus();
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('meetings.addStrategy')} className="entry-form">
      <Stack gap="xs">
        <Textarea ref={first} label={t('meetings.strategyText')} value={text} autosize minRows={2}
          onChange={(event) => setText(event.currentTarget.value)} onKeyDown={submitOnCtrlEnter} />
        {meeting.findings.length > 0 && (
          <Checkbox.Group label={t('meetings.strategyAnswers')} value={findingIds} onChange={setFindingIds}>
            <Stack gap={4} mt={4}>
              {meeting.findings.map((finding) => (
                <Checkbox key={finding.id} value={String(finding.id)}
                  label={`${findingLabel(t, meeting.findings, finding.id)} · ${excerpt(finding.problem)}`} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {add.isError && <ErrorNotice error={add.error} />}
        <Group>
          <Button type="submit" size="sm" disabled={!text.trim()} loading={add.isPending}>{t('meetings.addStrategy')}</Button>
          <Text size="xs" c="dimmed">{t('meetings.ctrlEnter')}</Text>
        </Group>
      </Stack>
    </form>
  );
}
