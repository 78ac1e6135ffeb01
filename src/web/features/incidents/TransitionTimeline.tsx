import { Anchor, Paper, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { IncidentDetail } from './api';

/** What was decided, oldest first: the action, who, when (region's zone), the unit or earlier report named, and why. */
export function TransitionTimeline({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = incident.region.timeZone;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-timeline-title">
      <Title order={2} size="h4" mb="sm" id="incident-timeline-title">{t('incidents.timeline')}</Title>
      <Timeline active={incident.transitions.length} bulletSize={14} lineWidth={2}>
        <Timeline.Item title={t('incidents.received')}>
          <Text size="xs" c="dimmed">{formatInZone(locale, incident.createdAt, zone)} · {t(`incidents.channel.${incident.channel}`)}</Text>
        </Timeline.Item>
        {incident.transitions.map((step) => (
          <Timeline.Item key={step.id} title={t(`incidents.action.${step.action}`)} data-testid="timeline-item">
            <Text size="xs" c="dimmed">
              {formatInZone(locale, step.at, zone)} · {step.actorLabel} · {t(`incidents.status.${step.fromStatus}`)} → {t(`incidents.status.${step.toStatus}`)}
            </Text>
            {step.unit && <Text size="sm">{t('incidents.toUnit', { unit: step.unit.name })}</Text>}
            {step.duplicateOf && (
              <Text size="sm">{t('incidents.field.duplicateOf')}: <Anchor component={Link} to={`/incidents/${step.duplicateOf.id}`}>{step.duplicateOf.reference}</Anchor></Text>
            )}
            <Text size="sm" className="incident-timeline-reason">{step.reason}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
