import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../api';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { Loading } from '../../shell/QueryState';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import { publicPactApi, type PublicLink } from './api';
import { tokenFromHash } from './publicLink';
import { EMPTY_DRAFT, submissionForm, SubmissionFields, type SubmissionDraft } from './SubmissionFields';
import { zoneLabel } from './zone';

/**
 * /pakta/:targetId#t=<token> — an office sends its signed pact without an account. One column and large
 * inputs: it is mostly opened on a phone from a message.
 */
export function PublicPactPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  useDocumentTitle(`${t('pacts.public.title')} · Sinergi`);
  const targetId = useParams().targetId ?? '';
  const token = tokenFromHash(useLocation().hash);
  const link = useQuery({
    queryKey: ['pact-link', lang, targetId, token],
    queryFn: ({ signal }) => publicPactApi.open(lang, targetId, token, signal),
    enabled: token !== '',
    retry: false,
  });
  return (
    <Box className="pact-public" mih="100vh" bg="gray.0">
      <Container size={560} py="lg" px="md">
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap"><img src="/favicon.svg" alt="" width={28} height={28} /><Text fw={700}>Sinergi</Text></Group>
            <LanguageSwitch />
          </Group>
          <Title order={1} size="h2">{t('pacts.public.title')}</Title>
          {token === '' && <LinkProblem status={401} />}
          {token !== '' && link.isPending && <Loading />}
          {link.isError && <LinkProblem status={link.error instanceof ApiError ? link.error.status : 0} message={link.error.message} />}
          {link.data && <PactForm link={link.data} targetId={targetId} token={token} />}
        </Stack>
      </Container>
    </Box>
  );
}

/** What went wrong with the link, in words an office can act on; the server's own sentence below. */
function LinkProblem({ status, message }: { status: number; message?: string }) {
  const { t } = useTranslation();
  const key = status === 410 ? 'expired' : status === 409 ? 'used' : status === 403 ? 'wrongTarget' : status === 401 || status === 404 ? 'unknown' : 'network';
  return (
    <Alert color={key === 'used' ? 'blue' : 'red'} title={t(`pacts.public.problem.${key}.title`)} role="alert" data-testid="pact-link-problem" data-problem={key}>
      <Stack gap={4}>
        <Text size="md">{t(`pacts.public.problem.${key}.body`)}</Text>
        {message && <Text size="sm" c="dimmed">{message}</Text>}
      </Stack>
    </Alert>
  );
}

function PactForm({ link, targetId, token }: { link: PublicLink; targetId: string; token: string }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const { campaign } = link;
  const zone = zoneLabel(campaign.timeZone);
  const [draft, setDraft] = useState<SubmissionDraft>(EMPTY_DRAFT);
  const send = useMutation({ mutationFn: () => publicPactApi.submit(lang, targetId, token, submissionForm(draft)) });
  const deadline = formatInZone(locale, campaign.deadline, zone);
  const past = new Date(campaign.deadline).getTime() < Date.now();
  if (send.isSuccess) {
    return (
      <Alert color="green" title={t('pacts.public.thanksTitle')} data-testid="pact-public-done">
        <Stack gap={4}>
          <Text size="md">{t('pacts.public.thanks', { name: link.target.name })}</Text>
          {send.data.late && <Text size="md" c="red" data-testid="pact-public-late">{t('pacts.public.lateNotice', { deadline })}</Text>}
        </Stack>
      </Alert>
    );
  }
  if (link.alreadySubmitted && link.state !== 'ditolak') return <LinkProblem status={409} />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text size="lg" fw={700}>{campaign.title}</Text>
          {campaign.legalBasis && <Text size="sm" c="dimmed">{campaign.legalBasis}</Text>}
          <Text size="md"><Text span fw={600}>{t('pacts.public.office')}:</Text> {link.target.name} · {link.target.regionName}</Text>
          <Text size="md" data-testid="pact-public-deadline"><Text span fw={600}>{t('pacts.deadline')}:</Text> {deadline}</Text>
          {past && <Text size="md" c="red">{t('pacts.public.pastDeadline')}</Text>}
          {link.state === 'ditolak' && <Text size="md" c="orange">{t('pacts.public.resubmit')}</Text>}
        </Stack>
      </Paper>
      <form onSubmit={submit} aria-label={t('pacts.public.formName')}>
        <Stack gap="md">
          <SubmissionFields draft={draft} onChange={setDraft} requires={campaign} size="lg" />
          {send.isError && (send.error instanceof ApiError && [401, 403, 409, 410].includes(send.error.status)
            ? <LinkProblem status={send.error.status} message={send.error.message} />
            : <Alert color="red" role="alert">{send.error instanceof ApiError ? send.error.message : t('common.networkError')}</Alert>)}
          <Button type="submit" size="lg" fullWidth loading={send.isPending}>{t('pacts.public.send')}</Button>
        </Stack>
      </form>
    </Stack>
  );
}
