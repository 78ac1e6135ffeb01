import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionChooser } from '../regions/RegionChooser';
import { useCurrentUser } from './session';

function stopEnterSubmit(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  /** What "nothing chosen" means here; default: the whole country. */
  noneText?: string;
}

/**
 * A region inside the signed-in account's own scope, found with the region search. Clearing it goes
 * back to that scope (the whole country only for national accounts).
 */
export function ScopeField({ label, value, onChange, noneText }: Props) {
  const { t } = useTranslation();
  const floor = useCurrentUser()?.scopeRegionCode ?? null;
  return (
    // Enter in the search box picks nothing and must not submit the surrounding form.
    <div role="group" aria-label={label} onKeyDown={stopEnterSubmit}>
      <RegionChooser
        code={value ?? undefined}
        onChange={(code) => onChange(code ?? floor)}
        within={floor ?? undefined}
        clearable={value !== floor}
        labels={{ field: label, chosen: label, none: noneText ?? t('auth.national'), search: t('forms.searchRegion') }}
      />
    </div>
  );
}
