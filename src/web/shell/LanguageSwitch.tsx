import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, setLanguage } from '../i18n';
import { useLang } from './useLang';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <SegmentedControl
      aria-label={t('lang.label')}
      size="xs"
      value={lang}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      data={[
        { value: 'id', label: <span title={t('lang.idName')}>{t('lang.id')}</span> },
        { value: 'en', label: <span title={t('lang.enName')}>{t('lang.en')}</span> },
      ]}
    />
  );
}
