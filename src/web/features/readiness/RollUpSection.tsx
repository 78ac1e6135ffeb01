import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { PercentBar } from './PercentBar';
import { regionPath } from './readiness';
import type { RollUp } from './readinessApi';

/**
 * A province's kabupaten/kota: per domain the unweighted mean of those assessed, how many are, and
 * which are not yet; then each kabupaten/kota as a link to its own page.
 */
export function RollUpSection({ rollUp, provinceName }: { rollUp: RollUp; provinceName: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const names = new Map(rollUp.children.map((child) => [child.code, child.name]));
  const title = t('readiness.rollUp.title', { name: provinceName });
  const childrenLabel = t('readiness.rollUp.children');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="readiness-rollup">
      <Stack gap="sm">
        <Title order={2} size="h4" id="readiness-rollup">{title}</Title>
        <Text size="sm" c="dimmed">{t('readiness.rollUp.intro')}</Text>
        {/* The table scrolls inside its frame on a phone; the page itself never scrolls sideways. */}
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" striped aria-labelledby="readiness-rollup" data-testid="rollup-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('readiness.rollUp.domain')}</Table.Th>
                <Table.Th w={170}>{t('readiness.rollUp.percent')}</Table.Th>
                <Table.Th>{t('readiness.rollUp.assessed')}</Table.Th>
                <Table.Th>{t('readiness.rollUp.missing')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rollUp.domains.map((row) => {
                const label = row.label[lang];
                return (
                  <Table.Tr key={row.domain} data-testid="rollup-row" data-domain={row.domain}>
                    <Table.Td><Text size="sm" fw={600}>{label}</Text></Table.Td>
                    <Table.Td><PercentBar percent={row.percent} label={t('readiness.rollUp.percentOf', { label })} compact /></Table.Td>
                    <Table.Td>
                      <Text size="sm" className="nowrap" data-testid="rollup-assessed">
                        {t('readiness.rollUp.assessedOf', { assessed: row.assessed, expected: row.expected })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={row.missing.length > 0 ? undefined : 'dimmed'}>
                        {row.missing.length === 0
                          ? t('readiness.rollUp.allAssessed')
                          : row.missing.length === row.expected
                            ? t('readiness.rollUp.noneAssessed')
                            : row.missing.map((code) => names.get(code) ?? code).join(', ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Title order={3} size="h5" mt="xs">{childrenLabel}</Title>
        <SimpleGrid component="ul" cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" className="readiness-links" aria-label={childrenLabel}>
          {rollUp.children.map((child) => (
            <li key={child.code}>
              <Anchor component={Link} to={regionPath(child.code)} className="readiness-link">{child.name}</Anchor>
            </li>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
