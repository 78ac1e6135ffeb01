import { useTranslation } from 'react-i18next';
import { useRegion } from '../regions/queries';

/** The name of a scope region ("Kabupaten Bangli"), or "Nasional" for the whole country. */
export function ScopeName({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const region = useRegion(code ?? undefined);
  if (code === null) return <>{t('auth.national')}</>;
  return <span title={code}>{region.data?.region.name ?? code}</span>;
}
