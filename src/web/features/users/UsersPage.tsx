import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { Pager } from '../../shell/Pager';
import { useUrlFilters } from '../../shell/useUrlFilters';
import { CreateUserForm } from './CreateUserForm';
import { USER_PAGE, useUsers, type UserNotice } from './queries';
import { UserTable } from './UserTable';

const NO_FILTERS = [] as const;

/** /admin/users — the accounts inside the signed-in scope, and a form to add one. */
export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('users.title')} · Sinergi`);
  const { page, setPage } = useUrlFilters(NO_FILTERS);
  const users = useUsers(page);
  const data = users.data;
  const [notice, setNotice] = useState<UserNotice | null>(null);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">{t('users.title')}</Title>
      <CreateUserForm />
      <Paper withBorder p="md" component="section" aria-labelledby="user-list-title" aria-busy={users.isFetching}>
        <Title order={2} size="h4" mb="sm" id="user-list-title">{t('users.listTitle')}</Title>
        {notice && (
          <Alert color="teal" variant="light" role="status" mb="sm" withCloseButton closeButtonLabel={t('common.close')}
            onClose={() => setNotice(null)}>
            {notice.kind === 'saved' ? t('users.saved', { email: notice.email }) : t('users.resetDone', { email: notice.email })}
          </Alert>
        )}
        {users.isPending && <Loading />}
        {users.isError && <ErrorNotice error={users.error} onRetry={() => void users.refetch()} />}
        {data && data.items.length === 0 && <Text c="dimmed">{t('users.empty')}</Text>}
        {data && data.items.length > 0 && (
          <>
            <UserTable users={data.items} label={t('users.listTitle')} onSaved={setNotice} />
            <Pager page={page} pageSize={USER_PAGE} total={data.total} shown={data.items.length} onChange={setPage} />
          </>
        )}
      </Paper>
    </Stack>
  );
}
