import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate } from '../../shell/zonedTime';
import { sitrepApi } from './api';
import { todayIn, zoneOf } from './format';
import { useGenerateReport } from './queries';

/** Makes (and stores) the report of the chosen region for one of its local days. */
export function GenerateForm({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const [date, setDate] = useState(() => todayIn(regionCode, new Date()));
  const [language, setLanguage] = useState<string>(lang);
  const generate = useGenerateReport();
  const made = generate.data?.report;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    generate.mutate({ regionCode, date, language: language === 'en' ? 'en' : 'id' });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sitrep-generate">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="sitrep-generate">{t('sitrep.generate.title')}</Title>
          <Group align="flex-end" wrap="wrap">
            <TextInput type="date" required max={todayIn(regionCode, new Date())} label={t('sitrep.generate.date')} description={t('sitrep.generate.dateHint', { zone: zoneOf(regionCode) })}
              value={date} onChange={(event) => setDate(event.currentTarget.value)} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="sitrep-language">{t('sitrep.generate.language')}</Text>
              <SegmentedControl aria-labelledby="sitrep-language" value={language} onChange={setLanguage}
                data={[{ value: 'id', label: 'Bahasa Indonesia' }, { value: 'en', label: 'English' }]} />
            </Stack>
            <Button type="submit" loading={generate.isPending} disabled={!date}>{t('sitrep.generate.submit')}</Button>
          </Group>
          {generate.isError && <ErrorNotice error={generate.error} />}
          {made && (
            <Alert color="green" variant="light" role="status" title={t('sitrep.generate.done', { region: made.regionName, date: formatCalendarDate(locale, made.reportDate) })}>
              <Group gap="sm">
                <Button component="a" href={sitrepApi.fileUrl(made.id, 'pdf')} download size="xs" variant="light" data-testid="sitrep-new-pdf">{t('sitrep.downloadPdf')}</Button>
                <Button component="a" href={sitrepApi.fileUrl(made.id, 'xlsx')} download size="xs" variant="light" data-testid="sitrep-new-xlsx">{t('sitrep.downloadXlsx')}</Button>
              </Group>
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
