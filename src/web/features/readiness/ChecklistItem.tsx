import { Anchor, Badge, Grid, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { StatusBadge } from '../action-items/StatusBadge';
import { ACTION_STATUSES, type ActionStatus } from '../action-items/status';
import { UnitPicker } from '../meetings/UnitPicker';
import { isWebLink, STATUS_COLOR } from './readiness';
import { STATUSES, type AssessmentItem, type ReadinessStatus } from './readinessApi';

/** What the checklist edits of one item. */
export interface ItemDraft {
  status: ReadinessStatus;
  note: string;
  evidence: string;
  responsibleUnitId: number | null;
}

const isActionStatus = (value: string | null): value is ActionStatus => value !== null && (ACTION_STATUSES as readonly string[]).includes(value);

interface Props {
  item: AssessmentItem;
  draft: ItemDraft;
  position: number;
  changed: boolean;
  editable: boolean;
  onChange: (code: string, change: Partial<ItemDraft>) => void;
}

/**
 * One item of the checklist: label, weight, guidance folded away, the action item following it, then
 * its status as four large choices (two by two on a phone), note, evidence (a link when it is a web
 * address) and the unit answering for it.
 */
export function ChecklistItem({ item, draft, position, changed, editable, onChange }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const label = item.label[lang];
  const evidence = draft.evidence.trim();
  const statusName = (status: ReadinessStatus) => t(`readiness.status.${status}`);
  return (
    <Paper component="li" withBorder p="sm" className="checklist-item" data-testid="checklist-item" data-code={item.code}
      data-status={draft.status} data-changed={changed || undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={600} className="readiness-wrap">
            <Text span c="dimmed" fw={500}>{position}. </Text>{label}
          </Text>
          <Badge variant="outline" color="gray" className="nowrap" style={{ flex: 'none' }}>{t('readiness.checklist.weight', { weight: item.weight })}</Badge>
        </Group>
        <details className="checklist-guidance">
          <summary>{t('readiness.checklist.guidance')}</summary>
          <Text size="sm" c="dimmed" mt={4}>{item.guidance[lang]}</Text>
        </details>
        {item.actionItemId !== null && (
          <Group gap={6} wrap="wrap" data-testid="item-action">
            <Text size="sm" c="dimmed">{t('readiness.checklist.actionItem')}</Text>
            <Anchor component={Link} to={`/action-items/${item.actionItemId}`} size="sm">#{item.actionItemId}</Anchor>
            {isActionStatus(item.actionItemStatus) && <StatusBadge status={item.actionItemStatus} />}
          </Group>
        )}
        {editable ? (
          <Radio.Group value={draft.status} onChange={(value) => onChange(item.code, { status: value as ReadinessStatus })}
            label={t('readiness.checklist.status')} size="sm">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt={4}>
              {STATUSES.map((status) => (
                <Radio.Card key={status} value={status} radius="md" className="status-card" data-status={status}>
                  <Group gap={8} wrap="nowrap">
                    <Radio.Indicator color={STATUS_COLOR[status]} size="sm" />
                    <Text size="sm" fw={500}>{statusName(status)}</Text>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
        ) : (
          <Group gap={6}>
            <Text size="sm" c="dimmed">{t('readiness.checklist.status')}</Text>
            <Badge color={STATUS_COLOR[draft.status]} variant="light" className="badge-full">{statusName(draft.status)}</Badge>
          </Group>
        )}
        {editable ? (
          <Grid gap="xs" align="flex-start">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Textarea label={t('readiness.checklist.note')} autosize minRows={1} maxRows={6} maxLength={2000} value={draft.note}
                onChange={(event) => onChange(item.code, { note: event.currentTarget.value })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('readiness.checklist.evidence')} placeholder={t('readiness.checklist.evidenceHint')} maxLength={1000}
                value={draft.evidence} onChange={(event) => onChange(item.code, { evidence: event.currentTarget.value })} />
              {isWebLink(evidence) && (
                <Anchor href={evidence} target="_blank" rel="noopener noreferrer" size="sm" className="readiness-wrap" data-testid="evidence-link">
                  {t('readiness.checklist.openEvidence')}
                </Anchor>
              )}
            </Grid.Col>
            <Grid.Col span={12}>
              <UnitPicker label={t('readiness.checklist.unit')} value={draft.responsibleUnitId}
                onChange={(id) => onChange(item.code, { responsibleUnitId: id })} />
            </Grid.Col>
          </Grid>
        ) : (
          <ReadOnlyFields item={item} />
        )}
      </Stack>
    </Paper>
  );
}

/** A reader's view: only what was written. */
function ReadOnlyFields({ item }: { item: AssessmentItem }) {
  const { t } = useTranslation();
  const evidence = item.evidence?.trim() ?? '';
  return (
    <Stack gap={4}>
      {item.note && <Text size="sm"><Text span c="dimmed">{t('readiness.checklist.note')}: </Text>{item.note}</Text>}
      {evidence && (
        <Text size="sm" className="readiness-wrap">
          <Text span c="dimmed">{t('readiness.checklist.evidence')}: </Text>
          {isWebLink(evidence) ? <Anchor href={evidence} target="_blank" rel="noopener noreferrer" size="sm">{evidence}</Anchor> : evidence}
        </Text>
      )}
      {item.responsibleUnitName && <Text size="sm"><Text span c="dimmed">{t('readiness.checklist.unit')}: </Text>{item.responsibleUnitName}</Text>}
    </Stack>
  );
}
