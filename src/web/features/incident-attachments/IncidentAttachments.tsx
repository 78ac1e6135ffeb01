import { Anchor, Badge, Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone, type TimeZoneLabel } from '../../shell/zonedTime';
import { attachmentUrl, type IncidentAttachment } from './api';
import { AttachmentPicker } from './AttachmentPicker';
import { formatFileSize } from './fileCheck';
import { useDeleteAttachment, useIncidentAttachments } from './queries';
import { useAttachmentUploads } from './useAttachmentUploads';

/**
 * A report's photos and documents on its page: images as thumbnails (the download itself, which the
 * browser shows in an <img> and never runs), PDFs as a labelled tile; size, who attached it and when
 * in the region's zone; more files for those who may attach, delete where the server allows it.
 */
export function IncidentAttachments({ incidentId, zone }: { incidentId: number; zone: TimeZoneLabel }) {
  const { t } = useTranslation();
  const list = useIncidentAttachments(incidentId);
  const uploads = useAttachmentUploads();
  const waiting = uploads.files.some((item) => item.problem === null && item.status !== 'done');
  const send = async () => {
    if (await uploads.uploadTo(incidentId)) uploads.clear();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="incident-attachments-title">
      <Title order={2} size="h4" mb="sm" id="incident-attachments-title">{t('incidentAttachments.title')}</Title>
      {list.isPending && <Loading />}
      {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Stack gap="md">
          {list.data.items.length === 0 && <Text size="sm" c="dimmed">{t('incidentAttachments.none')}</Text>}
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
            {list.data.items.map((item) => <AttachmentTile key={item.id} item={item} zone={zone} />)}
          </SimpleGrid>
          {list.data.canAttach && list.data.items.length < list.data.maxAttachments && (
            <Stack gap="xs">
              <AttachmentPicker uploads={uploads} />
              {waiting && <Group><Button size="sm" onClick={() => void send()} loading={uploads.busy}>{t('incidentAttachments.upload')}</Button></Group>}
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function AttachmentTile({ item, zone }: { item: IncidentAttachment; zone: TimeZoneLabel }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const remove = useDeleteAttachment(item.incidentId);
  const url = attachmentUrl(item.incidentId, item.id);
  const image = item.mediaType.startsWith('image/');
  return (
    <Paper withBorder p="xs" data-testid="attachment-tile">
      <Stack gap={4}>
        <Anchor href={url} download={item.name} aria-label={t('incidentAttachments.download', { name: item.name })}>
          {image
            ? <Image src={url} alt={item.name} h={110} fit="cover" radius="sm" loading="lazy" />
            : <Group h={110} justify="center" bg="gray.1" style={{ borderRadius: 4 }}><Badge size="lg" color="red" variant="light">PDF</Badge></Group>}
        </Anchor>
        <Text size="sm" truncate="end" title={item.name}>{item.name}</Text>
        <Text size="xs" c="dimmed">{formatFileSize(locale, item.size)} · {item.createdBy?.name ?? t('incidentAttachments.unknownUploader')}</Text>
        <Text size="xs" c="dimmed">{formatInZone(locale, item.createdAt, zone)}</Text>
        {item.canDelete && (
          <Button size="compact-xs" variant="subtle" color="red" loading={remove.isPending}
            onClick={() => { if (window.confirm(t('incidentAttachments.confirmDelete', { name: item.name }))) remove.mutate(item.id); }}>
            {t('incidentAttachments.delete')}
          </Button>
        )}
        {remove.isError && <Text size="xs" c="red" role="alert">{remove.error.message}</Text>}
      </Stack>
    </Paper>
  );
}
