import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';

interface Props {
  count: number;
  /** The filtered list behind the number, as the API gives it. */
  to: string;
  /** The whole sentence a screen reader says, e.g. "12 insiden terbuka kategori politik uang". */
  label: string;
  size?: 'lg' | 'md';
}

/** A dashboard number: a link to the rows it counts. */
export function CountLink({ count, to, label, size = 'md' }: Props) {
  const { locale } = useLang();
  return (
    <Anchor component={Link} to={to} aria-label={label} className={`dash-count dash-count-${size}`}>
      {new Intl.NumberFormat(locale).format(count)}
    </Anchor>
  );
}
