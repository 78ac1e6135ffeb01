import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../accountsApi';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { allows, MANAGERS } from '../auth/access';
import { useCurrentUser } from '../auth/session';
import { RegionChooser } from '../regions/RegionChooser';
import { GenerateForm } from './GenerateForm';
import { ReportList } from './ReportList';
import { ScheduleSection } from './ScheduleSection';

const KEYS = ['region'] as const;
/** Making a report stores it: those who write in the region (the server refuses viewers). */
const MAKERS: readonly Role[] = ['admin', 'coordinator', 'officer'];

/**
 * /laporan-situasi?region=51 — the daily situation reports of one region (none: national): make one
 * for a day, read the stored ones again, and (administrators, coordinators) set the daily schedule.
 */
export function SituationReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('sitrep.title')} · Sinergi`);
  const user = useCurrentUser();
  const scope = user?.scopeRegionCode ?? null;
  const { values, update } = useUrlFilters(KEYS);
  // A provincial or district account works in its own region unless it picks one below it.
  const region = values.region || scope || null;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('sitrep.title')}</Title>
      <Text size="sm" c="dimmed">{t('sitrep.intro')}</Text>
      <div role="group" aria-label={t('sitrep.region')}>
        <RegionChooser code={region ?? undefined} onChange={(code) => update({ region: code })} within={scope ?? undefined} clearable={scope === null}
          labels={{ field: t('sitrep.region'), chosen: t('sitrep.region'), none: t('sitrep.national'), search: t('sitrep.regionSearch') }} />
      </div>
      {allows(MAKERS, user?.role) && <GenerateForm key={region ?? 'national'} regionCode={region} />}
      <ReportList regionCode={region} />
      {allows(MANAGERS, user?.role) && <ScheduleSection regionCode={region} />}
    </Stack>
  );
}
