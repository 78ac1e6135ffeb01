import { Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateUser, User } from '../../accountsApi';
import { isLanguage } from '../../i18n';
import { ErrorNotice } from '../../shell/QueryState';
import { ScopeField } from '../auth/ScopeField';
import { UnitSelect } from '../units/UnitSelect';
import { useUpdateUser, type UserNotice } from './queries';
import { RoleSelect } from './RoleSelect';

type Draft = Pick<User, 'displayName' | 'role' | 'scopeRegionCode' | 'unitId' | 'language' | 'disabled'>;

function isComplete(draft: Draft): boolean {
  return draft.displayName.trim() !== '' && (draft.role !== 'officer' || (draft.unitId !== null && draft.scopeRegionCode !== null));
}

/** Only what changed, so the audit trail records what the person meant to change. */
function changesOf(user: User, draft: Draft): UpdateUser {
  const changes: UpdateUser = {};
  const displayName = draft.displayName.trim();
  if (displayName !== user.displayName) changes.displayName = displayName;
  if (draft.language !== user.language) changes.language = draft.language;
  if (draft.role !== user.role) changes.role = draft.role;
  if (draft.scopeRegionCode !== user.scopeRegionCode) changes.scopeRegionCode = draft.scopeRegionCode;
  if (draft.role === 'officer' && draft.unitId !== user.unitId) changes.unitId = draft.unitId;
  if (draft.disabled !== user.disabled) changes.disabled = draft.disabled;
  return changes;
}

/** "Edit" on an account row: a dialog for its name, language, role, scope, unit and whether it may sign in. */
export function EditUserButton({ user, onSaved }: { user: User; onSaved: (notice: UserNotice) => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={open} aria-label={t('users.editNamed', { name: user.displayName })}>
        {t('users.edit')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('users.editTitle', { name: user.displayName })} size="lg" centered>
        {opened && <EditUserForm user={user} onDone={(notice) => { close(); onSaved(notice); }} onCancel={close} />}
      </Modal>
    </>
  );
}

function EditUserForm({ user, onDone, onCancel }: { user: User; onDone: (notice: UserNotice) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [draft, setDraft] = useState<Draft>(() => ({
    displayName: user.displayName, role: user.role, scopeRegionCode: user.scopeRegionCode, unitId: user.unitId,
    language: user.language, disabled: user.disabled,
  }));
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isComplete(draft)) return;
    const changes = changesOf(user, draft);
    if (Object.keys(changes).length === 0) return onCancel();
    update.mutate({ id: user.id, changes }, { onSuccess: (saved) => onDone({ kind: 'saved', email: saved.email }) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{user.email}</Text>
        {update.isError && <ErrorNotice error={update.error} />}
        <TextInput label={t('users.displayName')} required value={draft.displayName} data-autofocus
          onChange={(event) => set({ displayName: event.currentTarget.value })} />
        <Select label={t('users.language')} value={draft.language} allowDeselect={false}
          data={[{ value: 'id', label: t('lang.idName') }, { value: 'en', label: t('lang.enName') }]}
          onChange={(value) => isLanguage(value) && set({ language: value })} comboboxProps={{ withinPortal: true }} />
        <RoleSelect label={t('users.role')} value={draft.role}
          onChange={(role) => set({ role, unitId: role === 'officer' ? draft.unitId : null })} />
        <ScopeField label={t('users.scope')} value={draft.scopeRegionCode}
          onChange={(scopeRegionCode) => set({ scopeRegionCode, unitId: scopeRegionCode === draft.scopeRegionCode ? draft.unitId : null })} />
        {draft.role === 'officer' && (
          <UnitSelect label={t('users.unit')} region={draft.scopeRegionCode} value={draft.unitId} onChange={(unitId) => set({ unitId })} />
        )}
        <Switch label={t('users.enabled')} description={t('users.enabledHint')} checked={!draft.disabled}
          onChange={(event) => set({ disabled: !event.currentTarget.checked })} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" disabled={!isComplete(draft)} loading={update.isPending}>{t('users.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
