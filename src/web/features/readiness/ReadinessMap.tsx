import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { READINESS_BAND_FLOORS, READINESS_BANDS } from '../../../domain/readiness/bands';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import type { Outlines } from '../geo/outlines';
import { RegionMap, type LegendEntry, type RegionTooltip } from '../geo/RegionMap';
import { usePercentFormat } from './queries';
import type { ReadinessScores } from './readinessApi';
import { BAND_FILLS, bandCounts, NO_PERCENT, OUTSIDE, readinessFills, type ScoreRow } from './readinessMap';

interface Props {
  scores: ReadinessScores;
  outlines: Outlines;
  /** A region the reader may read was clicked (its Kemendagri code). */
  onSelect: (code: string) => void;
}

/**
 * Readiness on the shared region map: each region the reader may read coloured by its band (siap,
 * sebagian, belum; grey without an assessment), the others pale as outside the reader's scope. The
 * tooltip gives the percent, the band and the last day assessed (a calendar day, as the region
 * recorded it).
 */
export function ReadinessMap({ scores, outlines, onSelect }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const percent = usePercentFormat();
  const rows = useMemo(() => new Map<string, ScoreRow>(scores.rows.map((row) => [row.code, row])), [scores.rows]);
  const fills = useMemo(() => readinessFills(scores.rows), [scores.rows]);
  const counts = useMemo(() => bandCounts(scores.rows, outlines.features.map((feature) => feature.properties.code)), [scores.rows, outlines]);

  const tooltipOf = (code: string, name: string): RegionTooltip => {
    const row = rows.get(code);
    if (!row) return { title: name, lines: [t('regionMap.outside')] };
    const last = row.lastAssessedOn === null ? '' : t('readiness.map.tooltipLast', { date: formatCalendarDate(locale, row.lastAssessedOn) });
    if (row.percent === null || row.band === null) return { title: row.name, lines: [last === '' ? t('readiness.map.notAssessed') : t('readiness.map.noPercent'), last] };
    return {
      title: row.name,
      lines: [t('readiness.map.tooltipPercent', { percent: percent(row.percent) }), t('readiness.map.tooltipBand', { band: t(`readiness.status.${row.band}`) }), last],
    };
  };
  const floors = { siap: percent(READINESS_BAND_FLOORS.siap), sebagian: percent(READINESS_BAND_FLOORS.sebagian) };
  const legend: LegendEntry[] = [
    ...READINESS_BANDS.map((band) => ({
      key: band,
      colour: BAND_FILLS[band].colour,
      label: band === 'siap' ? t('readiness.map.legend.siap', { value: floors.siap })
        : band === 'sebagian' ? t('readiness.map.legend.sebagian', { from: floors.sebagian, to: floors.siap })
          : t('readiness.map.legend.belum', { value: floors.sebagian }),
    })),
    { key: 'none', colour: NO_PERCENT.colour, label: t('readiness.map.legend.none') },
    ...(counts.outside > 0 ? [{ key: 'outside', colour: OUTSIDE.colour, label: t('regionMap.outside') }] : []),
  ];

  return (
    <RegionMap
      outlines={outlines}
      // Unique per level and parent: a province's kabupaten/kota never replace the provinces' outlines.
      mapName={`sinergi-${scores.parent?.code ?? 'indonesia'}`}
      fills={fills}
      fallback={OUTSIDE}
      tooltipOf={tooltipOf}
      legend={legend}
      legendLabel={t('regionMap.legend')}
      summary={t(counts.outside > 0 ? 'readiness.map.summaryOutside' : 'readiness.map.summary', { ...counts })}
      onSelect={(code) => {
        if (rows.has(code)) onSelect(code);
      }}
      testId="readiness-map"
      legendTestId="readiness-legend"
    />
  );
}
