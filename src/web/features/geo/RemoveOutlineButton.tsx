import { useTranslation } from 'react-i18next';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import type { ImportedOutline } from './geoApi';
import { useRemoveOutline } from './queries';

/** Drops one imported outline after a confirmation naming its region: the maps go back to the vendored one. */
export function RemoveOutlineButton({ outline }: { outline: ImportedOutline }) {
  const { t } = useTranslation();
  const remove = useRemoveOutline();
  return (
    <ConfirmDangerButton
      label={t('geoOutlines.list.remove')}
      ariaLabel={t('geoOutlines.list.removeNamed', { name: outline.name })}
      title={t('geoOutlines.list.removeTitle')}
      body={t('geoOutlines.list.removeConfirm', { name: outline.name })}
      pending={remove.isPending}
      error={remove.isError ? remove.error : null}
      onOpen={() => remove.reset()}
      onConfirm={(close) => remove.mutate(outline.regionCode, { onSuccess: close })}
    />
  );
}
