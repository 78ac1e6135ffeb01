import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, formatInZone, type TimeZoneLabel } from '../../shell/zonedTime';
import type { DashboardFollowUp } from './api';
import { CountLink } from './CountLink';
import { usePanel } from './queries';
import { Panel } from './Panel';

/** What is owed: overdue action items, integrity pacts, political reports, and what the media said lately. */
export function FollowUpPanel({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const query = usePanel('follow-up', region);
  const data = query.data;
  return (
    <Panel title={t('dashboard.followUp.title')} query={query} testId="dash-follow-up">
      {data && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <ActionItems data={data} />
          <Pacts data={data} />
          <PoliticalReports data={data} />
          <Media data={data} zone={data.timeZone} />
        </SimpleGrid>
      )}
    </Panel>
  );
}

/** A number with its words after it, as one line of a sub-panel. */
function Figure({ count, to, label, words }: { count: number; to: string; label: string; words: string }) {
  return (
    <li>
      <CountLink count={count} to={to} label={label} />
      <span>{words}</span>
    </li>
  );
}

function ActionItems({ data }: { data: DashboardFollowUp }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const overdue = data.overdueActionItems;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.followUp.actionItems')}</Title>
      <ul className="dash-counts">
        <Figure count={overdue.total} to={overdue.link} label={t('dashboard.followUp.overdueLabel', { count: overdue.total })} words={t('dashboard.followUp.overdue')} />
      </ul>
      <ul className="dash-list">
        {overdue.items.map((item) => (
          <li key={item.id}>
            <Anchor component={Link} to={item.link} size="sm">{item.title}</Anchor>
            <Text size="xs" c="dimmed">{item.ownerUnitName}{item.dueDate ? ` · ${t('dashboard.followUp.due', { date: formatCalendarDate(locale, item.dueDate) })}` : ''}</Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function Pacts({ data }: { data: DashboardFollowUp }) {
  const { t } = useTranslation();
  const { pacts } = data;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.followUp.pacts')}</Title>
      <ul className="dash-counts">
        <Figure count={pacts.campaigns.count} to={pacts.campaigns.link} label={t('dashboard.followUp.campaignsLabel', { count: pacts.campaigns.count })} words={t('dashboard.followUp.campaigns')} />
        <Figure count={pacts.targets.count} to={pacts.targets.link} label={t('dashboard.followUp.targetsLabel', { count: pacts.targets.count })} words={t('dashboard.followUp.targets')} />
        <Figure count={pacts.signed.count} to={pacts.signed.link} label={t('dashboard.followUp.signedLabel', { count: pacts.signed.count })} words={t('dashboard.followUp.signed')} />
        <Figure count={pacts.overdue.count} to={pacts.overdue.link} label={t('dashboard.followUp.pactsOverdueLabel', { count: pacts.overdue.count })} words={t('dashboard.followUp.pactsOverdue')} />
      </ul>
    </Stack>
  );
}

function PoliticalReports({ data }: { data: DashboardFollowUp }) {
  const { t } = useTranslation();
  const reports = data.politicalReports;
  const period = reports.period;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.followUp.politicalReports', { period, level: t(`politicalReports.level.${reports.level}`) })}</Title>
      <ul className="dash-counts">
        <Figure count={reports.owed.count} to={reports.owed.link} label={t('dashboard.followUp.owedLabel', { count: reports.owed.count, period })} words={t('dashboard.followUp.owed')} />
        <Figure count={reports.missing.count} to={reports.missing.link} label={t('dashboard.followUp.missingLabel', { count: reports.missing.count, period })} words={t('dashboard.followUp.missing')} />
        <Figure count={reports.late.count} to={reports.late.link} label={t('dashboard.followUp.lateLabel', { count: reports.late.count, period })} words={t('dashboard.followUp.late')} />
      </ul>
    </Stack>
  );
}

function Media({ data, zone }: { data: DashboardFollowUp; zone: TimeZoneLabel }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { media } = data;
  return (
    <Stack gap={4}>
      <Title order={3} size="h6">{t('dashboard.followUp.media')}</Title>
      <ul className="dash-counts">
        <Figure count={media.newSinceYesterday.count} to={media.newSinceYesterday.link} label={t('dashboard.followUp.newArticlesLabel', { count: media.newSinceYesterday.count })} words={t('dashboard.followUp.newArticles')} />
      </ul>
      <ul className="dash-list">
        {media.latest.map((article) => (
          <li key={article.id}>
            <Anchor component={Link} to={article.link} size="sm">{article.title ?? t('dashboard.followUp.untitled')}</Anchor>
            <Text size="xs" c="dimmed">{[article.source, formatInZone(locale, article.publishedAt ?? article.createdAt, zone)].filter(Boolean).join(' · ')}</Text>
          </li>
        ))}
      </ul>
      <Anchor component={Link} to={media.link} size="sm">{t('dashboard.followUp.allMedia')}</Anchor>
    </Stack>
  );
}
