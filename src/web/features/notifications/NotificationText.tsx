import { useTranslation } from 'react-i18next';
import { formatInZone, timeZoneOfRegion } from '../../shell/zonedTime';
import { useLang } from '../../shell/useLang';
import type { AppNotification } from './api';

/** National notifications (no region) are shown in WIB, the capital's zone. */
const NATIONAL = '31';

/** What a notification says, in the screen's language, its times in the zone of the region it is about. */
export function useNotificationText() {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  return (notification: AppNotification): string => {
    const { payload } = notification;
    const zone = timeZoneOfRegion(notification.regionCode ?? NATIONAL);
    return t(`notifications.text.${notification.kind}`, {
      reference: payload.reference ?? '', unit: payload.unitName ?? notification.unit.name, category: payload.category?.[lang] ?? '',
      region: payload.regionName ?? notification.regionCode ?? '', clock: payload.clockName?.[lang] ?? '', summary: payload.summary ?? '',
      due: payload.dueAt ? formatInZone(locale, payload.dueAt, zone) : '',
    });
  };
}

export function formatNotificationTime(locale: string, notification: AppNotification): string {
  return formatInZone(locale, notification.createdAt, timeZoneOfRegion(notification.regionCode ?? NATIONAL));
}
