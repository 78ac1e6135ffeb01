import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api';
import { useLang } from '../../shell/useLang';
import type { Assessment } from './readinessApi';

/** The fields a 409 stale_version names (details.changed): `note`, `responsibleUnitId`, `items.<code>`. */
export function staleFields(error: ApiError): string[] {
  const changed = error.details?.changed;
  return Array.isArray(changed) ? changed.filter((name): name is string => typeof name === 'string') : [];
}

/** The item code a changed field is about (`items.<code>` or `items.<code>.<part>`), or null. */
export function itemCodeOf(field: string, codes: readonly string[]): string | null {
  if (!field.startsWith('items.')) return null;
  const rest = field.slice('items.'.length);
  return codes.find((code) => rest === code || rest.startsWith(`${code}.`)) ?? null;
}

/** "Someone saved this assessment first": what they changed, item by item, and a reload that keeps the rest of the user's edits. */
export function StaleAssessmentNotice({ error, assessment, onReload, reloading }: {
  error: ApiError; assessment: Assessment; onReload: () => void; reloading: boolean;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const codes = assessment.items.map((item) => item.code);
  const labels = new Map(assessment.items.map((item) => [item.code, item.label[lang]]));
  // Named once each, in the order the server gave them.
  const names = [...new Set(staleFields(error).map((field) => {
    const code = itemCodeOf(field, codes);
    if (code) return labels.get(code) ?? code;
    if (field === 'note') return t('readiness.checklist.assessmentNote');
    if (field === 'responsibleUnitId') return t('readiness.checklist.assessmentUnit');
    return field;
  }))];
  return (
    <Alert color="orange" variant="light" role="alert" title={t('readiness.stale.title')} data-testid="stale-notice">
      <Text size="sm">{t('readiness.stale.text')}</Text>
      {names.length > 0 && (
        <List size="sm" mt={6} data-testid="stale-changed">
          {names.map((name) => <List.Item key={name}>{name}</List.Item>)}
        </List>
      )}
      <Text size="sm" mt={6}>{t('readiness.stale.hint')}</Text>
      <Button size="xs" variant="light" color="orange" mt="sm" onClick={onReload} loading={reloading}>{t('readiness.stale.reload')}</Button>
    </Alert>
  );
}
