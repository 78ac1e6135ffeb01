import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALE, type Language } from '../i18n';

/** The current UI language and its Intl locale; components re-render when it changes. */
export function useLang(): { lang: Language; locale: string } {
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'id';
  return { lang, locale: LOCALE[lang] };
}
