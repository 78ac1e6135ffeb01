import { Alert, Anchor, Button, Drawer, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatCalendarDate, formatInZone } from '../../shell/zonedTime';
import { pactsApi, type CampaignSummary, type Submission, type Target } from './api';
import { useReview, useStaffSubmission, useSubmissions } from './queries';
import { EMPTY_DRAFT, submissionForm, SubmissionFields, type SubmissionDraft } from './SubmissionFields';
import { StatusBadge } from './StatusBadge';
import { zoneLabel } from './zone';

interface Props {
  target: Target | null;
  campaign: CampaignSummary;
  manager: boolean;
  onClose: () => void;
}

/** A target's submissions (newest first) with its document and video, and the verify / reject decision. */
export function ReviewDrawer({ target, campaign, manager, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer opened={target !== null} onClose={onClose} position="right" size="lg" title={target ? t('pacts.reviewTitle', { name: target.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}>
      {target && <ReviewBody key={target.id} target={target} campaign={campaign} manager={manager} onDone={onClose} />}
    </Drawer>
  );
}

function ReviewBody({ target, campaign, manager, onDone }: { target: Target; campaign: CampaignSummary; manager: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const submissions = useSubmissions(target.id);
  const review = useReview();
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const decide = (decision: 'diverifikasi' | 'ditolak') =>
    review.mutate({ targetId: target.id, version: target.version, decision, reason: decision === 'ditolak' ? reason.trim() : undefined }, { onSuccess: onDone });
  return (
    <Stack gap="md" data-testid="pact-review">
      <StatusBadge status={target.status} late={target.late} />
      {target.rejectReason && <Text size="sm"><Text span fw={600}>{t('pacts.rejectReason')}:</Text> {target.rejectReason}</Text>}
      {submissions.isPending && <Loading />}
      {submissions.isError && <ErrorNotice error={submissions.error} />}
      {submissions.data?.length === 0 && <Text size="sm" c="dimmed">{t('pacts.noSubmissions')}</Text>}
      {[...(submissions.data ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)).map((submission) => (
        <SubmissionFacts key={submission.id} submission={submission} campaign={campaign} />
      ))}
      {manager && (target.state === 'belum' || target.state === 'ditolak') && <StaffEntry target={target} campaign={campaign} />}
      {manager && target.state === 'terkirim' && (
        <Stack gap="xs">
          <Title order={3} size="h5">{t('pacts.decision')}</Title>
          {review.isError && <Alert color="red" role="alert">{review.error.message}</Alert>}
          {rejecting ? (
            <>
              <Textarea label={t('pacts.rejectReason')} required value={reason} onChange={(event) => setReason(event.currentTarget.value)} autosize minRows={2} maxLength={1000} />
              <Group gap="sm">
                <Button color="orange" disabled={reason.trim() === ''} loading={review.isPending} onClick={() => decide('ditolak')}>{t('pacts.confirmReject')}</Button>
                <Button variant="subtle" onClick={() => setRejecting(false)}>{t('common.cancel')}</Button>
              </Group>
            </>
          ) : (
            <Group gap="sm">
              <Button color="green" loading={review.isPending} onClick={() => decide('diverifikasi')}>{t('pacts.verify')}</Button>
              <Button color="orange" variant="light" onClick={() => setRejecting(true)}>{t('pacts.reject')}</Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function SubmissionFacts({ submission, campaign }: { submission: Submission; campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const zone = zoneLabel(campaign.timeZone, campaign.regionCode);
  const fact = (label: string, value: string | null) => value && <Text size="sm"><Text span fw={600}>{label}:</Text> {value}</Text>;
  return (
    <Stack gap={4} data-testid="pact-submission" className="pact-submission">
      <Text size="sm" fw={600}>
        {formatInZone(locale, submission.submittedAt, zone)} · {t(`pacts.channel.${submission.channel}`)}
        {submission.late && <Text span c="red" fw={700}> · {t('pacts.lateFlag')}</Text>}
      </Text>
      {fact(t('pacts.public.signerName'), submission.signerName)}
      {fact(t('pacts.public.signerNip'), submission.signerNip)}
      {fact(t('pacts.public.signerPosition'), submission.signerPosition)}
      {fact(t('pacts.public.signedOn'), submission.signedOn && formatCalendarDate(locale, submission.signedOn))}
      {submission.videoUrl && <Anchor href={submission.videoUrl} target="_blank" rel="noopener noreferrer" size="sm">{t('pacts.openVideo')}</Anchor>}
      {submission.document && (
        <Anchor href={pactsApi.documentUrl(submission.id)} target="_blank" rel="noopener" size="sm">
          {t('pacts.openDocument', { name: submission.document.name })}
        </Anchor>
      )}
      {fact(t('pacts.public.note'), submission.note)}
    </Stack>
  );
}

/** A pact that reached the desk on paper or by e-mail, entered for the office; it is then reviewed like any other. */
function StaffEntry({ target, campaign }: { target: Target; campaign: CampaignSummary }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SubmissionDraft>(EMPTY_DRAFT);
  const save = useStaffSubmission();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ targetId: target.id, form: submissionForm(draft) }, { onSuccess: () => setDraft(EMPTY_DRAFT) });
  };
  return (
    <form onSubmit={submit} aria-label={t('pacts.staffEntry')}>
      <Stack gap="sm">
        <Title order={3} size="h5">{t('pacts.staffEntry')}</Title>
        <Text size="sm" c="dimmed">{t('pacts.staffEntryHint')}</Text>
        <SubmissionFields draft={draft} onChange={setDraft} requires={campaign} />
        {save.isError && <Alert color="red" role="alert">{save.error.message}</Alert>}
        <Group><Button type="submit" loading={save.isPending}>{t('pacts.saveSubmission')}</Button></Group>
      </Stack>
    </form>
  );
}
