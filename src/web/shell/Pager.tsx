import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageCount } from './pageCount';
import { useLang } from './useLang';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  onChange: (page: number) => void;
  /** The server stopped counting at `total` ("10,000+"); `hasNext` says whether the page after this one exists. */
  totalCapped?: boolean;
  hasNext?: boolean;
}

/** "1–50 of 120" (or "of 10,000+") and page buttons (hidden when everything fits on one page). */
export function Pager({ page, pageSize, total, shown, onChange, totalCapped = false, hasNext = false }: Props) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const number = new Intl.NumberFormat(locale);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const pages = pageCount({ total, pageSize, page, totalCapped, hasNext });
  return (
    <Group justify="space-between" mt="sm" gap="xs">
      <Text size="sm" c="dimmed">
        {t(totalCapped ? 'common.rangeMore' : 'common.range', { first: number.format(first), last: number.format(first + shown - 1), total: number.format(total) })}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={page} onChange={onChange} aria-label={t('common.pages')} />}
    </Group>
  );
}
