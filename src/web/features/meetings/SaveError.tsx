import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';

/**
 * The server's translated message, and for the refusals people meet most a plain hint on what to
 * change (the server names the field, not what to do about it).
 */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError && error.code === 'invalid' ? error.message : '';
  const hint = /endsAt/.test(message) ? t('meetings.hint.endsAt')
      : /regionCodes/.test(message) ? t('meetings.hint.regionCodes')
        : /organiserUnitId/.test(message) ? t('meetings.hint.organiser')
          : error instanceof ApiError && error.status === 403 ? t('meetings.hint.forbidden')
            : null;
  return (
    <Stack gap={4}>
      <ErrorNotice error={error} />
      {hint && <Text size="sm" c="red.8" data-testid="save-hint">{hint}</Text>}
    </Stack>
  );
}
