import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../api';
import { useLang } from '../../shell/useLang';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text component="dd" m={0} fw={500}>{children}</Text>
    </Stack>
  );
}

/** Code, kind, time zone and how many regions lie below. */
export function RegionFacts({ detail }: { detail: RegionDetail }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const number = new Intl.NumberFormat(locale);
  const { region, counts } = detail;
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} spacing="md" m={0}>
      <Fact label={t('region.code')}><span className="mono">{region.code}</span></Fact>
      <Fact label={t('region.kind')}>{t(`kind.${region.kind}`)}</Fact>
      <Fact label={t('region.timeZone')}>
        <span title={t(`tz.${region.timeZone}`)}>{region.timeZone}</span>{' '}
        <Text span size="xs" c="dimmed">{t(`tz.${region.timeZone}`).replace(/^.*\((.*)\)$/, '$1')}</Text>
      </Fact>
      {counts.regencies !== undefined && <Fact label={t('region.countRegencies')}>{number.format(counts.regencies)}</Fact>}
      {counts.districts !== undefined && <Fact label={t('region.countDistricts')}>{number.format(counts.districts)}</Fact>}
      {counts.villages !== undefined && <Fact label={t('region.countVillages')}>{number.format(counts.villages)}</Fact>}
    </SimpleGrid>
  );
}
