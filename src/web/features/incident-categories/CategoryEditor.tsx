import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCIES } from '../../../domain/agencies/catalogue';
import { CLOCKS, REGIMES, type ClockCode, type ClockUnit } from '../../../domain/incidents/regime';
import { INCIDENT_SEVERITIES } from '../../../domain/incidents/vocabulary';
import { ApiError } from '../../api';
import { useLang } from '../../shell/useLang';
import { useSaveCategory, type IncidentCategoryView } from './api';
import { bodyOf, draftOf, type CategoryDraft } from './draft';
import { fieldProblems, problemAt } from './fieldProblems';

const UNITS: ClockUnit[] = ['calendar_days', 'working_days', 'hours'];

/**
 * Edits one category (or makes a new one): names, keywords, usual severity, referral agency, the
 * clocks it runs with each regime's amount and day kind (the law's unless changed), on or off. The
 * server's refusals land at their fields; a stale save says so and keeps the draft.
 */
export function CategoryEditor({ category, onClose }: { category: IncidentCategoryView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [draft, setDraftState] = useState<CategoryDraft>(() => draftOf(category));
  const save = useSaveCategory();
  const setDraft = (changes: Partial<CategoryDraft>) => setDraftState((current) => ({ ...current, ...changes }));
  const error = save.error instanceof ApiError ? save.error : null;
  const problems = error && error.code === 'invalid' ? fieldProblems(error.message) : {};
  const at = (path: string) => problemAt(problems, path);
  const unplaced = error && (error.code !== 'invalid' || Object.keys(problems).length === 0) ? error.message : null;
  const agencies = AGENCIES.filter((agency) => !agency.validTo).map((agency) => ({ value: agency.code, label: `${agency.code} · ${lang === 'id' ? agency.nameId : agency.nameEn}` }));
  const clockOptions = CLOCKS.map((clock) => ({ value: clock.code, label: clock.name[lang] }));

  const setRule = (code: ClockCode, regime: (typeof REGIMES)[number], changes: Partial<{ amount: number | ''; unit: ClockUnit }>) =>
    setDraftState((current) => {
      const rule = { ...current.rules[code]![regime]!, ...changes };
      return { ...current, rules: { ...current.rules, [code]: { ...current.rules[code], [regime]: rule } } };
    });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    save.mutate({ code: draft.code.trim(), body: bodyOf(draft) }, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} size="xl" title={category ? t('incidentCategories.editTitle', { name: category.name[lang] }) : t('incidentCategories.newTitle')}>
      <form onSubmit={submit} noValidate aria-label={t('incidentCategories.formLabel')}>
        <Stack gap="sm">
          {unplaced && <Alert color="red" role="alert">{unplaced}</Alert>}
          {!category && (
            <TextInput label={t('incidentCategories.field.code')} description={t('incidentCategories.codeHint')} required value={draft.code}
              onChange={(event) => setDraft({ code: event.currentTarget.value })} error={at('code')} />
          )}
          <Group grow align="flex-start">
            <TextInput label={t('incidentCategories.field.nameId')} required value={draft.nameId} onChange={(event) => setDraft({ nameId: event.currentTarget.value })} error={at('name/id')} />
            <TextInput label={t('incidentCategories.field.nameEn')} required value={draft.nameEn} onChange={(event) => setDraft({ nameEn: event.currentTarget.value })} error={at('name/en')} />
          </Group>
          <TagsInput label={t('incidentCategories.field.keywords')} description={t('incidentCategories.keywordsHint')} value={draft.keywords}
            onChange={(keywords) => setDraft({ keywords })} error={at('keywords')} clearable />
          <Group grow align="flex-start">
            <Select label={t('incidents.field.severity')} required value={draft.defaultSeverity} allowDeselect={false}
              data={INCIDENT_SEVERITIES.map((severity) => ({ value: severity, label: t(`incidents.severity.${severity}`) }))}
              onChange={(value) => setDraft({ defaultSeverity: value ?? draft.defaultSeverity })} error={at('defaultSeverity')} />
            <Select label={t('incidentCategories.field.referralAgency')} required searchable value={draft.referralAgency} allowDeselect={false} data={agencies}
              onChange={(value) => setDraft({ referralAgency: value ?? draft.referralAgency })} error={at('referralAgency')} comboboxProps={{ withinPortal: true }} />
          </Group>
          <MultiSelect label={t('incidentCategories.field.alsoConcerns')} searchable value={draft.alsoConcerns} data={agencies}
            onChange={(alsoConcerns) => setDraft({ alsoConcerns })} error={at('alsoConcerns')} comboboxProps={{ withinPortal: true }} />
          <MultiSelect label={t('incidentCategories.field.clocks')} searchable value={draft.clocks} data={clockOptions}
            onChange={(clocks) => setDraft({ clocks })} error={at('clocks')} comboboxProps={{ withinPortal: true }} />
          {draft.clocks.length > 0 && (
            <Table aria-label={t('incidentCategories.rulesLabel')} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('incidents.clock.name')}</Table.Th>
                  {REGIMES.map((regime) => <Table.Th key={regime}>{t(`incidents.regime.${regime}`)}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(draft.clocks as ClockCode[]).map((code) => {
                  const definition = CLOCKS.find((clock) => clock.code === code)!;
                  return (
                    <Table.Tr key={code} data-testid="clock-rule-row" data-clock={code}>
                      <Table.Td><Text size="sm" fw={600}>{definition.name[lang]}</Text></Table.Td>
                      {REGIMES.map((regime) => {
                        const law = definition.rules[regime];
                        const rule = draft.rules[code]?.[regime];
                        if (!law || !rule) return <Table.Td key={regime}><Text size="sm" c="dimmed">{t('incidentCategories.noRule')}</Text></Table.Td>;
                        const label = `${definition.name[lang]} · ${t(`incidents.regime.${regime}`)}`;
                        return (
                          <Table.Td key={regime}>
                            <Group gap="xs" wrap="nowrap" align="flex-start">
                              <NumberInput aria-label={`${label}: ${t('incidentCategories.amount')}`} min={1} allowDecimal={false} w={90} value={rule.amount}
                                onChange={(value) => setRule(code, regime, { amount: typeof value === 'number' ? value : '' })} error={at(`clockRules/${code}/${regime}`)} />
                              <Select aria-label={`${label}: ${t('incidentCategories.unit')}`} w={150} value={rule.unit} allowDeselect={false}
                                data={UNITS.map((unit) => ({ value: unit, label: t(`incidentCategories.units.${unit}`) }))}
                                onChange={(value) => setRule(code, regime, { unit: (value ?? rule.unit) as ClockUnit })} comboboxProps={{ withinPortal: true }} />
                            </Group>
                            <Text size="xs" c="dimmed">{t('incidentCategories.law', { rule: t(`incidents.clock.unit.${law.unit}`, { count: law.amount }), basis: law.basis })}</Text>
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          <Switch label={t('incidentCategories.field.active')} description={t('incidentCategories.activeHint')} checked={draft.active}
            onChange={(event) => setDraft({ active: event.currentTarget.checked })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('incidentCategories.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
