import { Alert, Button, Grid, Paper, PasswordInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUser } from '../../accountsApi';
import { isLanguage } from '../../i18n';
import { ErrorNotice } from '../../shell/QueryState';
import { ScopeField } from '../auth/ScopeField';
import { useCurrentUser } from '../auth/session';
import { UnitSelect } from '../units/UnitSelect';
import { PASSWORD_MIN } from '../auth/access';
import { useCreateUser } from './queries';
import { RoleSelect } from './RoleSelect';

type Draft = CreateUser;

function blank(scope: string | null): Draft {
  return { email: '', displayName: '', password: '', role: 'viewer', scopeRegionCode: scope, unitId: null, language: 'id' };
}

function isComplete(draft: Draft): boolean {
  return /.+@.+\..+/.test(draft.email.trim()) && draft.displayName.trim() !== '' && draft.password.length >= PASSWORD_MIN &&
    (draft.role !== 'officer' || (draft.unitId !== null && draft.scopeRegionCode !== null));
}

/** A new account with a role and scope the signed-in account may grant; officers also get a unit. */
export function CreateUserForm() {
  const { t } = useTranslation();
  const floor = useCurrentUser()?.scopeRegionCode ?? null;
  const create = useCreateUser();
  const [draft, setDraft] = useState<Draft>(() => blank(floor));
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload = { ...draft, email: draft.email.trim(), displayName: draft.displayName.trim() };
    create.mutate(payload, { onSuccess: () => set({ email: '', displayName: '', password: '' }) });
  };
  const shortPassword = draft.password !== '' && draft.password.length < PASSWORD_MIN;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-user-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="create-user-title">{t('users.createTitle')}</Title>
          {create.isSuccess && <Alert color="teal" variant="light" role="status">{t('users.created', { email: create.data.email })}</Alert>}
          {create.isError && <ErrorNotice error={create.error} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <TextInput label={t('users.email')} type="email" required autoComplete="off" value={draft.email}
                  onChange={(event) => set({ email: event.currentTarget.value })} />
                <TextInput label={t('users.displayName')} required value={draft.displayName}
                  onChange={(event) => set({ displayName: event.currentTarget.value })} />
                <PasswordInput label={t('users.password')} required autoComplete="new-password" value={draft.password}
                  description={t('profile.passwordRule', { min: PASSWORD_MIN })}
                  error={shortPassword ? t('profile.passwordTooShort', { min: PASSWORD_MIN }) : undefined}
                  onChange={(event) => set({ password: event.currentTarget.value })} />
                <Select label={t('users.language')} value={draft.language} allowDeselect={false}
                  data={[{ value: 'id', label: t('lang.idName') }, { value: 'en', label: t('lang.enName') }]}
                  onChange={(value) => isLanguage(value) && set({ language: value })} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <RoleSelect label={t('users.role')} value={draft.role} onChange={(role) => set({ role, unitId: null })} />
                <ScopeField label={t('users.scope')} value={draft.scopeRegionCode}
                  onChange={(scopeRegionCode) => set({ scopeRegionCode, unitId: null })} />
                {draft.role === 'officer' && (
                  <UnitSelect label={t('users.unit')} region={draft.scopeRegionCode} value={draft.unitId} onChange={(unitId) => set({ unitId })} />
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          <Button type="submit" disabled={!isComplete(draft)} loading={create.isPending} w="fit-content">{t('users.create')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
