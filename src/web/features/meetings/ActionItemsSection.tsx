import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionItemForm } from './ActionItemForm';
import { ActionItemRow } from './ActionItemRow';
import { findingLabel, strategyLabel } from './labels';
import type { ActionItem, MeetingDetail } from './meetingsApi';
import { Section } from './Section';

/** Action items agreed here, and those carried here from earlier meetings. */
export function ActionItemsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const links = (item: ActionItem) => {
    const answered = [
      item.findingId ? findingLabel(t, meeting.findings, item.findingId) : null,
      item.strategyId ? strategyLabel(t, meeting.strategies, item.strategyId) : null,
    ].filter(Boolean).join(', ');
    return answered ? t('meetings.answers', { findings: answered }) : undefined;
  };
  return (
    <Section id="action-items" title={t('meetings.actionItems')} count={meeting.actionItems.length}>
      <Stack gap="md">
        {meeting.actionItems.length === 0 && <Text size="sm" c="dimmed">{t('meetings.noActionItems')}</Text>}
        {meeting.actionItems.length > 0 && (
          <ul className="part-list">
            {meeting.actionItems.map((item) => (
              <li key={item.id} className="part-row"><ActionItemRow item={item} links={links(item)} /></li>
            ))}
          </ul>
        )}
        {meeting.carriedItems.length > 0 && (
          <div>
            <Title order={3} size="h6" mb={4}>{t('meetings.carriedHere')}</Title>
            <ul className="part-list">
              {meeting.carriedItems.map((item) => (
                <li key={item.id} className="part-row"><ActionItemRow item={item} withOrigin /></li>
              ))}
            </ul>
          </div>
        )}
        {meeting.canEdit && <ActionItemForm meeting={meeting} />}
      </Stack>
    </Section>
  );
}
