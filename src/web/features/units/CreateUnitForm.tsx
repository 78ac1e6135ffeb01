import { Alert, Button, Grid, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeField } from '../auth/ScopeField';
import { useCurrentUser } from '../auth/session';
import { ErrorNotice } from '../../shell/QueryState';
import { AgencySelect } from './AgencySelect';
import { useCreateUnit } from './queries';

/** An agency at one region inside the signed-in scope, e.g. BAWASLU at Kabupaten Bangli. */
export function CreateUnitForm() {
  const { t } = useTranslation();
  const floor = useCurrentUser()?.scopeRegionCode ?? null;
  const create = useCreateUnit();
  const [agency, setAgency] = useState<string | null>(null);
  const [region, setRegion] = useState<string | null>(floor);
  const [name, setName] = useState('');
  const valid = agency !== null && region !== null && name.trim().length >= 2;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!agency || !region) return;
    create.mutate({ agencyCode: agency, regionCode: region, name: name.trim() }, { onSuccess: () => setName('') });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-unit-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4" id="create-unit-title">{t('units.createTitle')}</Title>
          {create.isSuccess && (
            <Alert color="teal" variant="light" role="status">{t('units.created', { name: create.data.name })}</Alert>
          )}
          {create.isError && <ErrorNotice error={create.error} />}
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="md">
                <AgencySelect label={t('units.agency')} value={agency} onChange={setAgency} required />
                <TextInput
                  label={t('units.name')}
                  description={t('units.nameHint')}
                  required
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ScopeField label={t('units.region')} value={region} onChange={setRegion} noneText={t('forms.notChosen')} />
            </Grid.Col>
          </Grid>
          <Button type="submit" disabled={!valid} loading={create.isPending} w="fit-content">{t('units.create')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
