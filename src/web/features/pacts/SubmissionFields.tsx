import { FileInput, Stack, Textarea, TextInput, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const ACCEPTED = 'application/pdf,image/jpeg,image/png';

export interface SubmissionDraft {
  document: File | null;
  signerName: string;
  signerNip: string;
  signerPosition: string;
  signedOn: string;
  videoUrl: string;
  note: string;
}

export const EMPTY_DRAFT: SubmissionDraft = { document: null, signerName: '', signerNip: '', signerPosition: '', signedOn: '', videoUrl: '', note: '' };

export interface Requirements {
  requiresDocument: boolean;
  requiresVideo: boolean;
  requiresSigner: boolean;
  requiresSignedOn: boolean;
}

/** The multipart body of a submission; the text fields go before the file (the server reads those sent ahead of it). */
export function submissionForm(draft: SubmissionDraft): FormData {
  const form = new FormData();
  for (const key of ['signerName', 'signerNip', 'signerPosition', 'signedOn', 'videoUrl', 'note'] as const) {
    if (draft[key].trim() !== '') form.append(key, draft[key].trim());
  }
  if (draft.document) form.append('document', draft.document);
  return form;
}

interface Props {
  draft: SubmissionDraft;
  onChange: (draft: SubmissionDraft) => void;
  requires: Requirements;
  /** Large on the public page (a phone), default in the desk's drawer. */
  size?: MantineSize;
}

/** What a campaign asks of each target: the signed document, the signer, the date signed, the video link, a note. */
export function SubmissionFields({ draft, onChange, requires, size }: Props) {
  const { t } = useTranslation();
  const text = (key: Exclude<keyof SubmissionDraft, 'document'>) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) => onChange({ ...draft, [key]: event.currentTarget.value }),
  });
  return (
    <Stack gap="md">
      {requires.requiresDocument && (
        <FileInput size={size} label={t('pacts.public.document')} description={t('pacts.public.documentHint')} required accept={ACCEPTED}
          value={draft.document} onChange={(document) => onChange({ ...draft, document })} clearable placeholder={t('pacts.public.choose')} />
      )}
      {requires.requiresSigner && (
        <>
          <TextInput size={size} label={t('pacts.public.signerName')} required maxLength={200} autoComplete="name" {...text('signerName')} />
          <TextInput size={size} label={t('pacts.public.signerNip')} description={t('pacts.public.nipHint')} required inputMode="numeric" pattern="[0-9]{18}" maxLength={18} {...text('signerNip')} />
          <TextInput size={size} label={t('pacts.public.signerPosition')} required maxLength={200} {...text('signerPosition')} />
        </>
      )}
      {requires.requiresSignedOn && <TextInput size={size} type="date" label={t('pacts.public.signedOn')} required {...text('signedOn')} />}
      {requires.requiresVideo && (
        <TextInput size={size} type="url" label={t('pacts.public.videoUrl')} description={t('pacts.public.videoHint')} required maxLength={2000} {...text('videoUrl')} />
      )}
      <Textarea size={size} label={t('pacts.public.note')} autosize minRows={2} maxLength={2000} {...text('note')} />
    </Stack>
  );
}
