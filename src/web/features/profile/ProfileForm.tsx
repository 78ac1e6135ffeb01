import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../accountsApi';
import { isLanguage, setLanguage } from '../../i18n';
import { ErrorNotice } from '../../shell/QueryState';
import { useUpdateMe } from '../auth/session';

/** Display name and language; the language applies to the UI at once. */
export function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(user.displayName);
  const changed = displayName.trim() !== '' && displayName.trim() !== user.displayName;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ displayName: displayName.trim() });
  };
  const changeLanguage = (value: string) => {
    if (!isLanguage(value)) return;
    void setLanguage(value);
    update.mutate({ language: value });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          <Title order={2} size="h4" id="profile-title">{t('profile.detailsTitle')}</Title>
          <Text size="sm"><Text span fw={600}>{t('auth.email')}:</Text> {user.email}</Text>
          {update.isSuccess && <Alert color="teal" variant="light" role="status">{t('profile.saved')}</Alert>}
          {update.isError && <ErrorNotice error={update.error} />}
          <TextInput
            label={t('profile.displayName')}
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="profile-language">{t('profile.language')}</Text>
            <SegmentedControl
              aria-labelledby="profile-language"
              value={user.language}
              onChange={changeLanguage}
              data={[{ value: 'id', label: t('lang.idName') }, { value: 'en', label: t('lang.enName') }]}
              w="fit-content"
            />
          </Stack>
          <Group>
            <Button type="submit" disabled={!changed} loading={update.isPending}>{t('profile.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
