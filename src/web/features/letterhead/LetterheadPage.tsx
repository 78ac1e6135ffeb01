import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Unit } from '../../accountsApi';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { letterheadApi, type Letterhead } from './api';
import { LetterheadForm } from './LetterheadForm';
import { LetterheadPreview } from './LetterheadPreview';
import { LogoForm } from './LogoForm';
import { useLetterhead, useLetterheadUnit } from './queries';
import { addressToSave, lineFields, linesToSave } from './rules';
import './letterhead.css';

/** /admin/units/:id/letterhead — the kop surat printed at the top of the minutes of the unit's meetings. */
export function LetterheadPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const unit = useLetterheadUnit(id, valid);
  const letterhead = useLetterhead(valid ? id : 0, valid);
  useDocumentTitle(`${t('letterhead.title')}${unit.data ? ` · ${unit.data.name}` : ''} · Sinergi`);
  if (!valid) return <NotFoundPage />;
  const failed = unit.isError ? unit.error : letterhead.isError ? letterhead.error : null;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/admin/units" size="sm">← {t('letterhead.back')}</Anchor>
        <Title order={1} size="h2" mt={4}>{t('letterhead.title')}</Title>
        {unit.data && (
          <Text size="sm" c="dimmed">
            {unit.data.name} · {unit.data.regionName} <Text span size="xs" ff="monospace">{unit.data.regionCode}</Text>
          </Text>
        )}
        <Text size="sm" mt={6} maw={720}>{t('letterhead.intro')}</Text>
      </div>
      {failed !== null && <ErrorNotice error={failed} onRetry={() => void (unit.isError ? unit.refetch() : letterhead.refetch())} />}
      {failed === null && (unit.isPending || letterhead.isPending) && <Loading />}
      {unit.data && letterhead.data && <LetterheadEditor unit={unit.data} saved={letterhead.data} />}
    </Stack>
  );
}

/** The fields and the preview share what is typed; the preview shows it before it is saved. */
function LetterheadEditor({ unit, saved }: { unit: Unit; saved: Letterhead }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(() => lineFields(saved.lines));
  const [address, setAddress] = useState(() => saved.address ?? '');
  const lines = linesToSave(fields);
  const addressValue = addressToSave(address);
  const dirty = JSON.stringify(lines) !== JSON.stringify(saved.lines) || addressValue !== saved.address;
  const logoUrl = saved.hasLogo ? letterheadApi.logoUrl(unit.id, saved.updatedAt) : null;
  const logoAlt = t('letterhead.logoAlt', { name: unit.name });
  return (
    <div className="kop-editor">
      <div className="kop-editor-preview">
        <LetterheadPreview lines={lines} address={addressValue} logoUrl={logoUrl} logoAlt={logoAlt} unitName={unit.name} />
      </div>
      <Stack gap="lg" className="kop-editor-fields">
        <LetterheadForm
          unitId={unit.id} fields={fields} address={address} lines={lines} addressValue={addressValue} dirty={dirty}
          onFields={setFields} onAddress={setAddress}
          onSaved={(letterhead) => {
            // What the server kept: blank fields closed up, spaces trimmed.
            setFields(lineFields(letterhead.lines));
            setAddress(letterhead.address ?? '');
          }}
        />
        <LogoForm unitId={unit.id} logoUrl={logoUrl} logoAlt={logoAlt} />
      </Stack>
    </div>
  );
}
