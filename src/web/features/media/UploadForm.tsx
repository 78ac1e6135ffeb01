import { Anchor, Button, FileInput, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../shell/QueryState';
import { useUpload } from './queries';

export const ACCEPTED = '.txt,.md,.html,.htm,text/plain,text/markdown,text/html';

/** Several article files at once; what became of each file is listed (new, already stored, refused). */
export function UploadForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUpload();
  const [files, setFiles] = useState<File[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return;
    upload.mutate(files, {
      onSuccess: (result) => {
        setFiles([]);
        // One new article and nothing else to report: it opens for review, like a pasted one.
        const only = result.created.length === 1 && result.duplicates.length === 0 && result.rejected.length === 0 ? result.created[0] : undefined;
        if (only) void navigate(`/media/${only.id}`);
      },
    });
  };
  const result = upload.data;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('media.add.uploadTitle')} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">{t('media.add.uploadTitle')}</Title>
        <Text size="sm" c="dimmed">{t('media.add.uploadHint')}</Text>
        <FileInput label={t('media.add.files')} multiple clearable accept={ACCEPTED} value={files} onChange={setFiles} placeholder={t('media.add.choose')} />
        {upload.isError && <ErrorNotice error={upload.error} />}
        {result && (
          <Stack gap={4} data-testid="media-upload-result" role="status">
            <Text size="sm" fw={600}>{t('media.add.uploadDone', { created: result.created.length, duplicates: result.duplicates.length, rejected: result.rejected.length })}</Text>
            <List size="sm" spacing={2}>
              {result.created.map((article) => (
                <List.Item key={`c${article.id}`}><Anchor component={Link} to={`/media/${article.id}`}>{article.title ?? t('media.articleNumber', { id: article.id })}</Anchor></List.Item>
              ))}
              {result.duplicates.map((item) => (
                <List.Item key={`d${item.file}`} data-testid="media-upload-duplicate">
                  {item.file}: {t(`media.add.duplicate.${item.duplicate}`)}{' '}
                  <Anchor component={Link} to={`/media/${item.articleId}`}>{t('media.articleNumber', { id: item.articleId })}</Anchor>
                </List.Item>
              ))}
              {result.rejected.map((item) => (
                <List.Item key={`r${item.file}`} c="red.8" data-testid="media-upload-rejected">{item.file}: {t(`media.add.rejected.${item.reason}`)}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Button type="submit" loading={upload.isPending} disabled={files.length === 0} w="fit-content">{t('media.add.upload')}</Button>
      </Stack>
    </Paper>
  );
}
