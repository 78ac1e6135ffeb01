import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '../../accountsApi';

/** The new token's secret, shown this once, with a copy button and a warning. */
export function TokenSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('tokens.secretTitle', { name: token.name })} role="status">
      <Stack gap="sm">
        <Text size="sm" fw={600}>{t('tokens.secretWarning')}</Text>
        <Code block data-testid="token-secret" className="token-secret">{token.token}</Code>
        <Group gap="sm">
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button size="xs" color={copied ? 'teal' : 'indigo'} onClick={copy}>
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDone}>{t('tokens.done')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
