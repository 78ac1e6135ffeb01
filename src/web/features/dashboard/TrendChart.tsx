import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { trendBars } from './view';

const HEIGHT = 64;

/**
 * The fortnight's reports as bars, drawn in plain markup rather than with the chart library: the home
 * page stays light, and each bar is a link (to that day's list) a keyboard and a screen reader reach.
 */
export function TrendChart({ trend }: { trend: ReadonlyArray<{ date: string; count: number; link: string }> }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const bars = trendBars(trend);
  return (
    <Stack gap={4}>
      <Title order={3} size="h6" id="dash-trend-title">{t('dashboard.incidents.trend')}</Title>
      <ol className="dash-trend" aria-labelledby="dash-trend-title" style={{ height: HEIGHT + 18 }}>
        {bars.map((bar) => {
          const day = formatCalendarDate(locale, bar.date);
          return (
            <li key={bar.date}>
              <Link to={bar.link} aria-label={t('dashboard.incidents.dayLabel', { count: bar.count, date: day })} title={`${day}: ${bar.count}`}>
                <span className="dash-trend-count" aria-hidden="true">{bar.count > 0 ? bar.count : ''}</span>
                <span className="dash-trend-bar" style={{ height: Math.max(2, Math.round(bar.height * HEIGHT)) }} aria-hidden="true" />
              </Link>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
