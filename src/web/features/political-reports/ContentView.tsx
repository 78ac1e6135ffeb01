import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../shell/useLang';
import type { ReportContent, TemplateSection } from './api';
import { contentKeys, sectionTitle } from './sectionTitle';

/** A version's content read-only: each section under its title, then the summary. */
export function ContentView({ sections, content, testId }: { sections: TemplateSection[]; content: ReportContent; testId?: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Stack gap="sm" data-testid={testId}>
      {contentKeys(sections, content.sections).map((key) => (
        <div key={key}>
          <Title order={3} size="h5">{sectionTitle(sections, key, lang, t('politicalReports.rollup.sectionTitle'))}</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={content.sections[key]?.trim() ? undefined : 'dimmed'}>
            {content.sections[key]?.trim() ? content.sections[key] : t('politicalReports.emptySection')}
          </Text>
        </div>
      ))}
      <div>
        <Title order={3} size="h5">{t('politicalReports.editor.summary')}</Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{content.summary || '—'}</Text>
      </div>
    </Stack>
  );
}
