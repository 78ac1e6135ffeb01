import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';
import { ErrorNotice } from './QueryState';

/** A link on the problem page: where it goes and the catalogue key of its text. */
interface ProblemLink {
  to: string;
  label: ParseKeys;
}

interface Props {
  code: string;
  error: unknown;
  onRetry: () => void;
  /** Back to where the region was chosen (a ranking, the readiness home). */
  back: ProblemLink;
  /** For a kecamatan or desa: the page that does exist for it (its profile, its kabupaten/kota). */
  notAvailableLink: ProblemLink;
  /** Catalogue keys of the titles and the explanation. */
  text: { notFound: ParseKeys; notAvailable: ParseKeys; notAvailableBody: ParseKeys };
  /** Prefix of the test ids: `${testIdPrefix}-not-found`, `${testIdPrefix}-not-available`. */
  testIdPrefix: string;
}

/**
 * Why a region page cannot show its region: unknown or out of scope (404, with the server's message),
 * a kecamatan or desa/kelurahan where the feature stops at kabupaten/kota (400), or another failure
 * (the usual error notice with a retry). The region pages (vulnerability, readiness) share it.
 */
export function RegionProblem({ code, error, onRetry, back, notAvailableLink, text, testIdPrefix }: Props) {
  const { t } = useTranslation();
  const backLink = <Anchor component={Link} to={back.to} size="sm">‹ {t(back.label)}</Anchor>;
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Stack gap="sm" data-testid={`${testIdPrefix}-not-found`}>
        <Title order={1} size="h2">{t(text.notFound)}</Title>
        <Text>{error.message}</Text>
        {backLink}
      </Stack>
    );
  }
  // A code with two or more dots is a kecamatan or a desa/kelurahan: these pages stop at kabupaten/kota.
  if (error instanceof ApiError && error.status === 400 && code.split('.').length > 2) {
    return (
      <Stack gap="sm" data-testid={`${testIdPrefix}-not-available`}>
        <Title order={1} size="h2">{t(text.notAvailable)}</Title>
        <Text>{t(text.notAvailableBody)}</Text>
        <Anchor component={Link} to={notAvailableLink.to} size="sm">{t(notAvailableLink.label)}</Anchor>
        {backLink}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {backLink}
      <ErrorNotice error={error} onRetry={onRetry} />
    </Stack>
  );
}
