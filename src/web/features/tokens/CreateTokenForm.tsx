import { Button, Grid, NumberInput, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedToken, CreateToken } from '../../accountsApi';
import { ErrorNotice } from '../../shell/QueryState';
import { ScopeField } from '../auth/ScopeField';
import { useCurrentUser } from '../auth/session';
import { UnitSelect } from '../units/UnitSelect';
import { RoleSelect } from '../users/RoleSelect';
import { useCreateToken } from './queries';

const MAX_DAYS = 365;

function blank(scope: string | null): CreateToken {
  return { name: '', role: 'viewer', scopeRegionCode: scope, unitId: null, expiresInDays: 90 };
}

/** A token for a program: a role and scope at most the creator's own, expiring within a year. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const { t } = useTranslation();
  const floor = useCurrentUser()?.scopeRegionCode ?? null;
  const create = useCreateToken();
  const [draft, setDraft] = useState<CreateToken>(() => blank(floor));
  const set = (changes: Partial<CreateToken>) => setDraft((current) => ({ ...current, ...changes }));
  const scope = draft.scopeRegionCode ?? null;
  const valid = draft.name.trim() !== '' && draft.expiresInDays >= 1 && draft.expiresInDays <= MAX_DAYS &&
    (draft.role !== 'officer' || (draft.unitId != null && scope !== null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...draft, name: draft.name.trim() }, {
      onSuccess: (token) => {
        setDraft(blank(floor));
        onCreated(token);
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-token-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="create-token-title">{t('tokens.createTitle')}</Title>
          {create.isError && <ErrorNotice error={create.error} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <TextInput label={t('tokens.name')} description={t('tokens.nameHint')} required value={draft.name}
                  onChange={(event) => set({ name: event.currentTarget.value })} />
                <RoleSelect label={t('tokens.role')} value={draft.role} onChange={(role) => set({ role, unitId: null })} />
                <NumberInput label={t('tokens.expiresInDays')} min={1} max={MAX_DAYS} allowDecimal={false} required
                  value={draft.expiresInDays} onChange={(value) => set({ expiresInDays: typeof value === 'number' ? value : 0 })} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <ScopeField label={t('tokens.scope')} value={scope} onChange={(code) => set({ scopeRegionCode: code, unitId: null })} />
                {draft.role === 'officer' && (
                  <UnitSelect label={t('tokens.unit')} region={scope} value={draft.unitId ?? null} onChange={(unitId) => set({ unitId })} />
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          <Button type="submit" disabled={!valid} loading={create.isPending} w="fit-content">{t('tokens.create')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
