import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { ActionItemRow } from './ActionItemRow';
import type { MeetingDetail } from './meetingsApi';
import { useCarryForward, useEarlierActionItems } from './queries';
import { Section } from './Section';

/** Open action items of earlier meetings on the same regions: review them here and carry them forward. */
export function EarlierItemsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const earlier = useEarlierActionItems(meeting.id);
  const carry = useCarryForward(meeting.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const carried = new Set(meeting.carriedItems.map((item) => item.id));
  const items = (earlier.data?.items ?? []).filter((item) => !carried.has(item.id));
  return (
    <Section id="earlier" title={t('meetings.earlier')} count={items.length}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('meetings.earlierIntro')}</Text>
        {earlier.isPending && <Loading />}
        {earlier.isError && <ErrorNotice error={earlier.error} onRetry={() => void earlier.refetch()} />}
        {earlier.data && items.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noEarlier')}</Text>}
        {carry.isSuccess && (
          <Alert color="teal" variant="light" role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => carry.reset()}>
            {t('meetings.carried', { count: carry.data.carried })}
          </Alert>
        )}
        {carry.isError && <ErrorNotice error={carry.error} />}
        {items.length > 0 && (
          <Checkbox.Group value={chosen} onChange={setChosen} aria-label={t('meetings.earlier')}>
            <ul className="part-list">
              {items.map((item) => (
                <li key={item.id} className="part-row">
                  <ActionItemRow item={item} withOrigin lead={meeting.canEdit && (
                    <Checkbox value={String(item.id)} aria-label={t('meetings.carryItem', { title: item.title })} mt={2} />
                  )} />
                </li>
              ))}
            </ul>
          </Checkbox.Group>
        )}
        {meeting.canEdit && items.length > 0 && (
          <Group>
            <Button size="sm" variant="light" disabled={chosen.length === 0} loading={carry.isPending}
              onClick={() => carry.mutate(chosen.map(Number), { onSuccess: () => setChosen([]) })}>
              {t('meetings.carryForward', { count: chosen.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}
