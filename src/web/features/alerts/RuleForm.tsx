import { Button, Group, NumberInput, Paper, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { useCurrentUser } from '../auth/session';
import { useIncidentCategories } from '../incidents/queries';
import { RegionChooser } from '../regions/RegionChooser';
import type { AlertRule, AlertRuleInput } from './api';
import { useSaveRule } from './queries';

type Kind = AlertRuleInput['kind'];
type NumberKey = 'hours' | 'factor' | 'baselineDays' | 'minCount' | 'radiusKm' | 'minReports';
/** The numbers each kind takes, with the defaults a new rule starts from (src/domain/alerts/params.ts). */
const NUMBERS: Record<Kind, Partial<Record<NumberKey, number>>> = {
  spike: { hours: 6, factor: 3, baselineDays: 14, minCount: 5 },
  severity: { hours: 24 },
  cluster: { hours: 12, radiusKm: 2, minReports: 3 },
};
const LEVELS = ['province', 'regency', 'district', 'village'] as const;
const SEVERITIES = ['rendah', 'sedang', 'tinggi', 'kritis'] as const;

/** Creates a rule (rule null) or changes one at the version shown; the server checks every number. */
export function RuleForm({ rule, onDone }: { rule: AlertRule | null; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const user = useCurrentUser();
  const categories = useIncidentCategories();
  const save = useSaveRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [kind, setKind] = useState<Kind>(rule?.kind ?? 'spike');
  const [region, setRegion] = useState<string | undefined>(rule?.regionCode ?? user?.scopeRegionCode ?? undefined);
  const [category, setCategory] = useState<string | null>(rule?.category ?? null);
  const [active, setActive] = useState(rule?.active ?? true);
  const [level, setLevel] = useState<string>(String(rule?.params.level ?? 'regency'));
  const [minSeverity, setMinSeverity] = useState<string>(String(rule?.params.minSeverity ?? 'tinggi'));
  const [numbers, setNumbers] = useState<Record<string, number | string>>(() => ({ ...NUMBERS[rule?.kind ?? 'spike'], ...pickNumbers(rule) }));

  const changeKind = (next: Kind) => {
    setKind(next);
    setNumbers({ ...NUMBERS[next] });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params: Record<string, unknown> = { level, ...Object.fromEntries(Object.keys(NUMBERS[kind]).map((key) => [key, Number(numbers[key])])) };
    if (kind === 'severity') params.minSeverity = minSeverity;
    const input = { name: name.trim(), kind, regionCode: region ?? null, category: category as AlertRuleInput['category'], params, active };
    save.mutate({ id: rule?.id ?? null, rule: input, version: rule?.version ?? 1 }, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} aria-label={rule ? t('alerts.rules.edit') : t('alerts.rules.new')}>
        <Stack gap="sm">
          <TextInput label={t('alerts.rules.name')} required maxLength={200} value={name} onChange={(event) => setName(event.currentTarget.value)} />
          <Select label={t('alerts.rules.kind')} required value={kind} onChange={(value) => value && changeKind(value as Kind)} allowDeselect={false}
            data={(['spike', 'severity', 'cluster'] as const).map((value) => ({ value, label: t(`alerts.kind.${value}`) }))} comboboxProps={{ withinPortal: true }} />
          <div role="group" aria-label={t('alerts.rules.region')}>
            <RegionChooser code={region} onChange={setRegion} within={user?.scopeRegionCode ?? undefined}
              labels={{ field: t('alerts.rules.region'), chosen: t('alerts.rules.region'), none: t('alerts.rules.everywhere'), search: t('alerts.rules.regionSearch') }} />
          </div>
          <Select label={t('alerts.rules.category')} value={category} onChange={setCategory} clearable placeholder={t('alerts.anyCategory')}
            data={(categories.data ?? []).map((entry) => ({ value: entry.code, label: entry.name[lang] }))} comboboxProps={{ withinPortal: true }} />
          <Select label={t('alerts.rules.level')} value={level} onChange={(value) => value && setLevel(value)} allowDeselect={false}
            data={LEVELS.map((value) => ({ value, label: t(`alerts.level.${value}`) }))} comboboxProps={{ withinPortal: true }} />
          {kind === 'severity' && (
            <Select label={t('alerts.params.minSeverity')} value={minSeverity} onChange={(value) => value && setMinSeverity(value)} allowDeselect={false}
              data={SEVERITIES.map((value) => ({ value, label: t(`incidents.severity.${value}`) }))} comboboxProps={{ withinPortal: true }} />
          )}
          <Group grow align="flex-start">
            {(Object.keys(NUMBERS[kind]) as NumberKey[]).map((key) => (
              <NumberInput key={key} label={t(`alerts.params.${key}`)} description={t(`alerts.paramsHelp.${key}`)} required value={numbers[key]}
                onChange={(value) => setNumbers((current) => ({ ...current, [key]: value }))} decimalScale={key === 'factor' || key === 'radiusKm' ? 2 : 0} min={0} />
            ))}
          </Group>
          <Switch label={t('alerts.rules.active')} checked={active} onChange={(event) => setActive(event.currentTarget.checked)} />
          {save.isError && <ErrorNotice error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()}>{t('alerts.rules.save')}</Button>
            <Button variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function pickNumbers(rule: AlertRule | null): Record<string, number> {
  if (!rule) return {};
  return Object.fromEntries(Object.entries(rule.params).filter(([, value]) => typeof value === 'number')) as Record<string, number>;
}
