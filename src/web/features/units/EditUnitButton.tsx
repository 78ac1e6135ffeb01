import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit, UpdateUnit } from '../../accountsApi';
import { ErrorNotice } from '../../shell/QueryState';
import { AgencySelect } from './AgencySelect';
import { useUpdateUnit } from './queries';

/** "Edit" on a unit row: a dialog to rename the unit or correct its agency (its region stays). */
export function EditUnitButton({ unit, onSaved }: { unit: Unit; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={open} aria-label={t('units.editNamed', { name: unit.name })}>
        {t('units.edit')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('units.editTitle', { name: unit.name })} centered>
        {opened && <EditUnitForm unit={unit} onDone={(name) => { close(); onSaved(name); }} onCancel={close} />}
      </Modal>
    </>
  );
}

function EditUnitForm({ unit, onDone, onCancel }: { unit: Unit; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const [agency, setAgency] = useState<string | null>(unit.agencyCode);
  const [name, setName] = useState(unit.name);
  const valid = agency !== null && name.trim().length >= 2;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const changes: UpdateUnit = {};
    if (agency !== unit.agencyCode) changes.agencyCode = agency;
    if (name.trim() !== unit.name) changes.name = name.trim();
    if (Object.keys(changes).length === 0) return onCancel();
    update.mutate({ id: unit.id, changes }, { onSuccess: (saved) => onDone(saved.name) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('units.editHint', { region: `${unit.regionName} (${unit.regionCode})` })}</Text>
        {update.isError && <ErrorNotice error={update.error} />}
        <AgencySelect label={t('units.agency')} value={agency} onChange={setAgency} required />
        <TextInput label={t('units.name')} description={t('units.nameHint')} required value={name} data-autofocus
          onChange={(event) => setName(event.currentTarget.value)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" disabled={!valid} loading={update.isPending}>{t('units.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
