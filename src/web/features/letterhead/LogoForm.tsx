import { Button, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorNotice } from '../../shell/QueryState';
import { useUploadLogo } from './queries';
import { logoProblem, logoProblemOfStatus, LOGO_TYPES } from './rules';

/** Picks and uploads the kop's logo (PNG or JPEG, ≤ 1 MB), beside the one saved now. */
export function LogoForm({ unitId, logoUrl, logoAlt }: { unitId: number; logoUrl: string | null; logoAlt: string }) {
  const { t } = useTranslation();
  const upload = useUploadLogo(unitId);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  // Checked before sending; the server checks the bytes again, and its 415/413 read the same.
  const refused = upload.error instanceof ApiError ? logoProblemOfStatus(upload.error.status) : null;
  const problem = logoProblem(file) ?? refused;

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.currentTarget.files?.[0] ?? null);
    setSent(null);
    upload.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || logoProblem(file) || upload.isPending) return;
    upload.mutate(file, {
      onSuccess: () => {
        setSent(file.name);
        setFile(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  const describedBy = problem ? `${inputId}-error ${inputId}-description` : `${inputId}-description`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="kop-logo-title">
      <Title order={2} size="h4" id="kop-logo-title" mb="sm">{t('letterhead.logoTitle')}</Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Group gap="sm" wrap="nowrap" align="center">
            <div className="kop-thumb">
              {logoUrl ? <img key={logoUrl} src={logoUrl} alt={logoAlt} /> : <Text size="xs" c="dimmed" ta="center">{t('letterhead.noLogo')}</Text>}
            </div>
            <Input.Wrapper
              id={inputId} label={t('letterhead.logoFile')} description={t('letterhead.logoHint')} style={{ flex: 1, minWidth: 0 }}
              error={problem ? t(`letterhead.${problem}`) : undefined}
            >
              <input
                ref={input} id={inputId} type="file" className="kop-file" accept={LOGO_TYPES.join(',')} onChange={pick}
                aria-describedby={describedBy} aria-invalid={problem ? true : undefined}
              />
            </Input.Wrapper>
          </Group>
          {upload.isError && !refused && <ErrorNotice error={upload.error} />}
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="teal.8" role="status">{sent ? t('letterhead.logoUploaded', { name: sent }) : ''}</Text>
            <Button type="submit" variant="light" loading={upload.isPending} disabled={!file || problem !== null}>
              {t('letterhead.logoUpload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
