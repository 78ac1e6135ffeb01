import { Alert, Anchor, Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { ACCEPT_ATTRIBUTE, formatFileSize, MAX_ATTACHMENT_BYTES } from './fileCheck';
import type { AttachmentUploads, ChosenFile } from './useAttachmentUploads';

/**
 * Photos and PDFs chosen with a report (or added to one): each with its name and size, refused at
 * once when its type or size would be, then its upload's progress or error. After a failure the
 * report is already saved: the form says so and offers to retry or to open it.
 */
export function AttachmentPicker({ uploads, onRetry }: { uploads: AttachmentUploads; onRetry?: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    uploads.add(Array.from(event.currentTarget.files ?? []));
    event.currentTarget.value = ''; // the same file may be picked again after removing it
  };
  const failed = uploads.files.some((item) => item.status === 'failed');
  return (
    <Stack gap="xs" role="group" aria-label={t('incidentAttachments.title')}>
      <Group gap="sm" align="center">
        <Button component="label" htmlFor={inputId} variant="default" size="sm" disabled={uploads.busy}>{t('incidentAttachments.choose')}</Button>
        <Text size="xs" c="dimmed">{t('incidentAttachments.hint', { mb: MAX_ATTACHMENT_BYTES / (1024 * 1024) })}</Text>
        <input id={inputId} type="file" multiple accept={ACCEPT_ATTRIBUTE} onChange={pick} data-testid="attachment-input" hidden />
      </Group>
      {uploads.files.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('incidentAttachments.chosen')}>
          {uploads.files.map((item) => <ChosenRow key={item.key} item={item} onRemove={() => uploads.remove(item.key)} />)}
        </Stack>
      )}
      {failed && uploads.incidentId !== null && (
        <Alert color="orange" title={t('incidentAttachments.partlyFailed')} role="alert">
          <Group gap="sm">
            {onRetry && <Button size="xs" variant="light" onClick={onRetry} disabled={uploads.busy}>{t('incidentAttachments.retry')}</Button>}
            <Anchor component={Link} to={`/incidents/${uploads.incidentId}`} size="sm">{t('incidentAttachments.openReport')}</Anchor>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}

function ChosenRow({ item, onRemove }: { item: ChosenFile; onRemove: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const removable = item.status === 'waiting' || item.status === 'failed' || item.problem !== null;
  return (
    <li data-testid="chosen-attachment">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" truncate="end">{item.file.name} <Text span size="xs" c="dimmed">· {formatFileSize(locale, item.file.size)}</Text></Text>
          {item.problem && <Text size="xs" c="red" role="alert">{t(`incidentAttachments.problem.${item.problem}`, { mb: MAX_ATTACHMENT_BYTES / (1024 * 1024) })}</Text>}
          {item.status === 'uploading' && <Progress value={Math.round(item.progress * 100)} size="sm" aria-label={t('incidentAttachments.uploading', { name: item.file.name })} />}
          {item.status === 'done' && <Text size="xs" c="teal">{t('incidentAttachments.uploaded')}</Text>}
          {item.status === 'failed' && <Text size="xs" c="red" role="alert">{item.error}</Text>}
        </Stack>
        {removable && <CloseButton size="sm" aria-label={t('incidentAttachments.remove', { name: item.file.name })} onClick={onRemove} />}
      </Group>
    </li>
  );
}
