import { Button, Grid, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { excerpt, findingLabel, strategyLabel } from './labels';
import type { MeetingDetail } from './meetingsApi';
import { useAddActionItem, usePeople } from './queries';
import { UnitPicker } from './UnitPicker';
import { clearIfUnchanged, useEntryForm } from './useEntryForm';

/** "finding:12" or "strategy:7": what the item answers, in one choice. */
function linkOf(value: string | null): { findingId: number | null; strategyId: number | null } {
  const [kind, id] = (value ?? '').split(':');
  return { findingId: kind === 'finding' ? Number(id) : null, strategyId: kind === 'strategy' ? Number(id) : null };
}

/** A new action item: what, owner unit and person, due date, and the finding or strategy it answers. */
export function ActionItemForm({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const add = useAddActionItem(meeting.id);
  const { first, refocus } = useEntryForm<HTMLInputElement>();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<number | null>(null);
  const [person, setPerson] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const people = usePeople(owner);
  const invitedUnits = meeting.invitations.flatMap((invitation) => (invitation.unitId === null ? [] : [invitation.unitId]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || owner === null) return;
    add.mutate({ title: title.trim(), ownerUnitId: owner, ownerPersonId: person ? Number(person) : null, dueDate: dueDate || null, ...linkOf(link) }, {
      onSuccess: () => {
        clearIfUnchanged(setTitle, title);
        setTried(false);
        refocus();
      },
    });
  };
  const choices = [
    ...meeting.findings.map((finding) => ({ value: `finding:${finding.id}`, label: `${findingLabel(t, meeting.findings, finding.id)} · ${excerpt(finding.problem, 60)}` })),
    ...meeting.strategies.map((strategy) => ({ value: `strategy:${strategy.id}`, label: `${strategyLabel(t, meeting.strategies, strategy.id)} · ${excerpt(strategy.text, 60)}` })),
  ];
  return (
    <form onSubmit={submit} aria-label={t('meetings.addActionItem')} className="entry-form" noValidate>
      <Grid gap="xs" align="flex-start">
        <Grid.Col span={12}>
          <TextInput ref={first} label={t('meetings.actionTitle')} required value={title}
            error={tried && !title.trim() ? t('meetings.problem.required') : undefined}
            onChange={(event) => setTitle(event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <UnitPicker label={t('meetings.actionOwner')} required value={owner} preferred={invitedUnits}
            error={tried && owner === null ? t('meetings.problem.required') : undefined}
            onChange={(id) => { setOwner(id); setPerson(null); }} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Select label={t('meetings.actionPerson')} value={person} clearable searchable disabled={owner === null}
            placeholder={owner !== null && people.data?.items.length === 0 ? t('meetings.noPeople') : undefined}
            data={(people.data?.items ?? []).map((item) => ({ value: String(item.id), label: item.position ? `${item.fullName} — ${item.position}` : item.fullName }))}
            onChange={setPerson} nothingFoundMessage={t('common.nothingFound')} comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput type="date" label={t('meetings.actionDue')} value={dueDate} onChange={(event) => setDueDate(event.currentTarget.value)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Select label={t('meetings.actionAnswers')} value={link} clearable data={choices} placeholder={t('meetings.actionAnswersNone')}
            onChange={setLink} comboboxProps={{ withinPortal: true }} />
        </Grid.Col>
      </Grid>
      {add.isError && <ErrorNotice error={add.error} />}
      <Group mt="xs">
        <Button type="submit" size="sm" loading={add.isPending}>{t('meetings.addActionItem')}</Button>
      </Group>
    </form>
  );
}
