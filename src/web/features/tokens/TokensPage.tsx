import { Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '../../accountsApi';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { CreateTokenForm } from './CreateTokenForm';
import { useTokens } from './queries';
import { TokenSecret } from './TokenSecret';
import { TokenTable } from './TokenTable';

/** /tokens — API tokens for programs that call Sinergi: create (secret shown once), list, revoke. */
export function TokensPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.tokens')} · Sinergi`);
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const items = tokens.data?.items ?? [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">{t('auth.tokens')}</Title>
        <Text size="sm" c="dimmed">{t('tokens.intro')}</Text>
      </div>
      {created ? <TokenSecret token={created} onDone={() => setCreated(null)} /> : <CreateTokenForm onCreated={setCreated} />}
      <Paper withBorder p="md" component="section" aria-labelledby="token-list-title">
        <Title order={2} size="h4" mb="sm" id="token-list-title">{t('tokens.listTitle')}</Title>
        {tokens.isPending && <Loading />}
        {tokens.isError && <ErrorNotice error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data && items.length === 0 && <Text c="dimmed">{t('tokens.empty')}</Text>}
        {items.length > 0 && <TokenTable tokens={items} label={t('tokens.listTitle')} />}
      </Paper>
    </Stack>
  );
}
