import { Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { actionItemsApi, type ActionItemDetail, type ActionItemEvent } from './api';

function fileSize(locale: string, bytes: number): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
}

/** Who did what and when, newest first, in the owner's zone; evidence files download from here. */
export function HistoryList({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = timeZoneOfRegion(item.ownerRegionCode);
  const status = (value: ActionItemEvent['toStatus']) => (value ? t(`actionItems.status.${value}`) : '');
  const what = (event: ActionItemEvent): string => {
    if (event.fromStatus && event.toStatus) return t('actionItems.moved', { from: status(event.fromStatus), to: status(event.toStatus) });
    if (event.toStatus) return t('actionItems.created', { status: status(event.toStatus) });
    if (event.file) return t('actionItems.evidenceAdded');
    return t('actionItems.noteAdded');
  };
  return (
    <section aria-labelledby="ai-history-title">
      <Title order={2} size="h5" id="ai-history-title" mb="sm">{t('actionItems.history')}</Title>
      <ol className="ai-history" data-testid="history">
        {[...item.history].reverse().map((event) => (
          <li key={event.id} data-testid="history-event">
            <Text size="sm" fw={600}>{what(event)}</Text>
            <Text size="xs" c="dimmed">{event.actorLabel} · {formatInZone(locale, event.at, zone)}</Text>
            {event.note && <Text size="sm" className="ai-note">{event.note}</Text>}
            {event.file && (
              <Anchor href={actionItemsApi.evidenceUrl(item.id, event.file.id)} download={event.file.name} size="sm" className="ai-file-link">
                {t('actionItems.download', { name: event.file.name, size: fileSize(locale, event.file.size) })}
              </Anchor>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
