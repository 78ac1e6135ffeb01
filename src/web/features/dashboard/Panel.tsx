import { Paper, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { ErrorNotice, Loading } from '../../shell/QueryState';

interface Props {
  title: string;
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  children: ReactNode;
  testId?: string;
}

/** One dashboard panel: a labelled region of the page with its heading, loading and error states of its own. */
export function Panel({ title, query, children, testId }: Props) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} className="dash-panel" data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>{title}</Title>
        {query.isPending && <Loading />}
        {query.isError && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
        {!query.isPending && !query.isError && children}
      </Stack>
    </Paper>
  );
}
