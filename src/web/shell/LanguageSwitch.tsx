import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useUpdateMe } from '../features/auth/session';
import { isLanguage, setLanguage } from '../i18n';
import { useLang } from './useLang';

/** ID/EN; when signed in, the choice is also saved on the account. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const user = useCurrentUser();
  const updateMe = useUpdateMe();
  return (
    <SegmentedControl
      aria-label={t('lang.label')}
      size="xs"
      value={lang}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void setLanguage(value);
        if (user && user.language !== value) updateMe.mutate({ language: value });
      }}
      data={[
        { value: 'id', label: <span title={t('lang.idName')}>{t('lang.id')}</span> },
        { value: 'en', label: <span title={t('lang.enName')}>{t('lang.en')}</span> },
      ]}
    />
  );
}
