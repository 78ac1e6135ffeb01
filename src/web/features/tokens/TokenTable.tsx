import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../accountsApi';
import { formatDay, formatInstant } from '../../shell/time';
import { useLang } from '../../shell/useLang';
import { ScopeName } from '../auth/ScopeName';
import { RoleBadge } from '../auth/RoleBadge';
import { RevokeButton } from './RevokeButton';

type Status = 'active' | 'revoked' | 'expired';

function status(token: ApiToken, now: number): Status {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

const COLOR: Record<Status, string> = { active: 'teal', revoked: 'gray', expired: 'orange' };

export function TokenTable({ tokens, label }: { tokens: ApiToken[]; label: string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const now = Date.now();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.colName')}</Table.Th>
            <Table.Th>{t('tokens.colRole')}</Table.Th>
            <Table.Th>{t('tokens.colScope')}</Table.Th>
            <Table.Th>{t('tokens.colCreated')}</Table.Th>
            <Table.Th>{t('tokens.colExpires')}</Table.Th>
            <Table.Th>{t('tokens.colLastUsed')}</Table.Th>
            <Table.Th>{t('tokens.colStatus')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const state = status(token, now);
            return (
              <Table.Tr key={token.id} data-testid="token-row">
                <Table.Td><Text size="sm" fw={600}>{token.name}</Text></Table.Td>
                <Table.Td><RoleBadge role={token.role} /></Table.Td>
                <Table.Td><Text size="sm"><ScopeName code={token.scopeRegionCode} /></Text></Table.Td>
                <Table.Td className="nowrap"><Text size="sm">{formatDay(locale, token.createdAt)}</Text></Table.Td>
                <Table.Td className="nowrap"><Text size="sm">{formatDay(locale, token.expiresAt)}</Text></Table.Td>
                <Table.Td className="nowrap">
                  <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                    {token.lastUsedAt ? formatInstant(locale, token.lastUsedAt) : t('tokens.never')}
                  </Text>
                </Table.Td>
                <Table.Td><Badge color={COLOR[state]} variant="light" size="sm">{t(`tokens.status.${state}`)}</Badge></Table.Td>
                <Table.Td>{state === 'active' && <RevokeButton token={token} />}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
