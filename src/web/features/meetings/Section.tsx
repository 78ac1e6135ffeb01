import { Badge, Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
}

/** One titled part of the meeting page, reachable by its #id from the page's contents. */
export function Section({ id, title, count, actions, children }: Props) {
  return (
    <Paper withBorder p="md" component="section" id={id} aria-labelledby={`${id}-title`} className="meeting-section">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id={`${id}-title`}>{title}</Title>
          {count !== undefined && count > 0 && <Badge variant="light" radius="sm">{count}</Badge>}
        </Group>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
