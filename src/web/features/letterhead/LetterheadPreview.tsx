import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The lines as typed (blank ones are not printed). */
  lines: string[];
  address: string | null;
  /** The saved logo's address, or null without one. */
  logoUrl: string | null;
  logoAlt: string;
  /** Printed instead of the lines while there are none (the minutes do the same). */
  unitName: string;
}

/**
 * The kop surat as the minutes print it, scaled to the box: the logo on the left, the lines centred on
 * the page (the last one largest), the address, then a thick and a thin rule.
 */
export function LetterheadPreview({ lines, address, logoUrl, logoAlt, unitName }: Props) {
  const { t } = useTranslation();
  const printed = lines.length > 0 ? lines : [unitName];
  return (
    <figure className="kop-preview" aria-labelledby="kop-preview-caption">
      <figcaption id="kop-preview-caption" className="kop-caption">{t('letterhead.previewCaption')}</figcaption>
      <div className="kop-paper" data-testid="kop-preview">
        <div className="kop-head">
          <div className="kop-logo">{logoUrl && <PreviewLogo key={logoUrl} src={logoUrl} alt={logoAlt} />}</div>
          <div className="kop-text">
            {printed.map((line, i) => (
              <p key={i} className={i === printed.length - 1 ? 'kop-main' : 'kop-line'} data-fallback={lines.length === 0 || undefined}>{line}</p>
            ))}
            {address && <p className="kop-address">{address}</p>}
          </div>
          <div className="kop-logo" aria-hidden="true" />
        </div>
        <div className="kop-rule" />
        <div className="kop-body" aria-hidden="true"><span /><span /><span /></div>
      </div>
      {lines.length === 0 && <Text size="xs" c="dimmed" mt={6}>{t('letterhead.previewNoLines')}</Text>}
    </figure>
  );
}

/** The saved logo; one that does not load is left out, as the minutes leave out a logo that does not decode. */
function PreviewLogo({ src, alt }: { src: string; alt: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) return null;
  return <img src={src} alt={alt} onError={() => setBroken(true)} />;
}
