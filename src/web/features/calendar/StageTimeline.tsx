import { Group, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, StageList } from '../../api';
import { useLang } from '../../shell/useLang';
import { dayNumber, formatRange, monthTicks } from './dates';
import { PhaseBadge, VotingDayBadge } from './PhaseBadge';

/** Position of day `day` across the cycle, 0–100 (%); a day covers [day, day+1). */
function percent(day: number, first: number, span: number): number {
  return ((day - first) / span) * 100;
}

/** Where a point sits horizontally: inside the track column, right of the fixed label column. */
function trackLeft(pct: number): CSSProperties {
  return { left: `calc(var(--gantt-label) + (100% - var(--gantt-label)) * ${(pct / 100).toFixed(5)})` };
}

/** A Gantt-like chart: one row per stage, bars placed within the whole cycle, a line for today. */
export function StageTimeline({ stages }: { stages: StageList }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const first = Math.min(...stages.items.map((stage) => dayNumber(stage.startsOn)));
  const last = Math.max(...stages.items.map((stage) => dayNumber(stage.endsOn)));
  const span = last + 1 - first;
  const today = dayNumber(stages.today);
  const todayInside = today >= first && today <= last;
  const ticks = monthTicks(locale, first, last);

  return (
    <div className="gantt">
      <div className="gantt-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.day} className="gantt-tick" style={trackLeft(percent(tick.day, first, span))}>
            {tick.label}
          </span>
        ))}
      </div>
      <div className="gantt-body">
        <div className="gantt-layer is-under" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.day} className="gantt-gridline" style={trackLeft(percent(tick.day, first, span))} />
          ))}
        </div>
        <ol className="gantt-rows" aria-label={t('calendar.timeline')}>
          {stages.items.map((stage) => (
            <GanttRow key={stage.code} stage={stage} first={first} span={span} zone={stages.timeZone} />
          ))}
        </ol>
        {todayInside && (
          <div className="gantt-layer is-over" aria-hidden="true">
            <span className="gantt-today" style={trackLeft(percent(today + 0.5, first, span))}>
              <span className="gantt-today-label">{t('calendar.today')}</span>
            </span>
          </div>
        )}
      </div>
      <Legend />
    </div>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items = [
    ['is-past', t('phase.past')],
    ['is-current', t('phase.current')],
    ['is-upcoming', t('phase.upcoming')],
    ['is-voting', t('calendar.votingDay')],
  ] as const;
  return (
    <Group gap="md" mt="sm" justify="flex-end" aria-hidden="true">
      {items.map(([className, label]) => (
        <Group key={className} gap={6} wrap="nowrap">
          <span className={`gantt-swatch ${className}`} />
          <Text size="xs" c="dimmed">{label}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <span className="gantt-swatch is-today" />
        <Text size="xs" c="dimmed">{t('calendar.today')}</Text>
      </Group>
    </Group>
  );
}

interface RowProps {
  stage: Stage;
  first: number;
  span: number;
  zone: string;
}

function GanttRow({ stage, first, span, zone }: RowProps) {
  const { i18n } = useTranslation();
  const { locale } = useLang();
  const name = i18n.resolvedLanguage === 'en' ? stage.nameEn : stage.nameId;
  const dates = `${formatRange(locale, stage.startsOn, stage.endsOn)} ${zone}`;
  const left = percent(dayNumber(stage.startsOn), first, span);
  const width = percent(dayNumber(stage.endsOn) + 1, first, span) - left;
  const classes = ['gantt-row', `is-${stage.phase}`, stage.isVotingDay ? 'is-voting' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} data-phase={stage.phase} aria-current={stage.phase === 'current' ? 'step' : undefined}>
      <div className="gantt-label">
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={stage.phase === 'current' || stage.isVotingDay ? 650 : 500} lh={1.3}>{name}</Text>
          {stage.phase === 'current' && <PhaseBadge phase="current" size="xs" />}
          {stage.isVotingDay && <VotingDayBadge />}
        </Group>
        <Text size="xs" c="dimmed" className="gantt-dates">{dates}</Text>
      </div>
      <div className="gantt-track">
        <div className="gantt-bar" style={{ left: `${left}%`, width: `${width}%` }} title={`${name}: ${dates}`} />
      </div>
    </li>
  );
}
