import { Button, Paper } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters: always open on a wide screen; on a phone folded behind one button that counts the active ones. */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Paper withBorder p="md" role="search" aria-label={t('meetings.filters')}>
      {phone && (
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened} mb={opened ? 'sm' : 0}>
          {opened ? t('meetings.hideFilters') : t('meetings.showFilters', { count: active })}
        </Button>
      )}
      {(!phone || opened) && children}
    </Paper>
  );
}
