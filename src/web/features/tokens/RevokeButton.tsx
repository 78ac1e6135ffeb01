import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../accountsApi';
import { ConfirmDangerButton } from '../../shell/ConfirmDangerButton';
import { useRevokeToken } from './queries';

/** Revokes one token after a confirmation naming it. */
export function RevokeButton({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const revoke = useRevokeToken();
  return (
    <ConfirmDangerButton
      label={t('tokens.revoke')}
      ariaLabel={t('tokens.revokeNamed', { name: token.name })}
      title={t('tokens.revokeTitle')}
      body={t('tokens.revokeConfirm', { name: token.name })}
      pending={revoke.isPending}
      error={revoke.isError ? revoke.error : null}
      onConfirm={(close) => revoke.mutate(token.id, { onSuccess: close })}
    />
  );
}
