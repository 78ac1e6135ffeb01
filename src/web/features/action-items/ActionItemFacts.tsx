import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import type { ActionItemDetail } from './api';
import { DueDate } from './DueDate';
import { OverdueBadge, StatusBadge } from './StatusBadge';

/** Status, owner, due day in the owner's zone, and the meetings where it was agreed and carried to. */
export function ActionItemFacts({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = timeZoneOfRegion(item.ownerRegionCode);
  return (
    <dl className="ai-facts">
      <dt>{t('actionItems.statusLabel')}</dt>
      <dd><Group gap={6}><StatusBadge status={item.status} />{item.overdue && <OverdueBadge />}</Group></dd>
      <dt>{t('actionItems.owner')}</dt>
      <dd>{item.ownerUnitName}{item.ownerPersonName ? ` · ${item.ownerPersonName}` : ''}</dd>
      <dt>{t('actionItems.dueLabel')}</dt>
      <dd><DueDate item={item} bare /></dd>
      <dt>{t('actionItems.agreedAt')}</dt>
      <dd>
        <Anchor component={Link} to={`/meetings/${item.meetingId}`} size="sm">{item.meetingTitle}</Anchor>
        {' · '}{formatInZone(locale, item.meetingStartsAt, zone, 'day')}
      </dd>
      {item.carriedTo.length > 0 && (
        <>
          <dt>{t('actionItems.carriedTo')}</dt>
          <dd>
            {item.carriedTo.map((meeting) => (
              <div key={meeting.meetingId}>
                <Anchor component={Link} to={`/meetings/${meeting.meetingId}`} size="sm">{meeting.title}</Anchor>
                {' · '}{formatInZone(locale, meeting.startsAt, zone, 'day')}
              </div>
            ))}
          </dd>
        </>
      )}
    </dl>
  );
}
