import { Anchor, Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../shell/useLang';
import { formatInZone } from '../../shell/zonedTime';
import type { Incident } from './api';
import type { RowSelection } from '../incident-duplicates/useSelection';
import { IncidentStatusBadge, SeverityBadge } from './Badges';
import { NearestDeadline } from './NearestDeadline';

/** A row's usual height; rows that wrap (a phone, a long region name) are measured as they render. */
const ROW_ESTIMATE = 52;

/**
 * The page of reports (up to 500) in a scrolling box that renders only the rows in view, so a long
 * page stays smooth. ARIA table roles keep it a table for screen readers and tests.
 */
/** With `selection`, each row starts with a checkbox and the header with one for every row shown (bulk triage). */
export function IncidentTable({ incidents, label, selection }: { incidents: Incident[]; label: string; selection?: RowSelection }) {
  const { t } = useTranslation();
  const { locale, lang } = useLang();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: incidents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 10,
    getItemKey: (index) => incidents[index]!.id,
  });
  return (
    <div role="table" aria-label={label} aria-rowcount={incidents.length + 1} className="incident-table">
      <div role="rowgroup">
        <div role="row" className={`incident-row incident-head${selection ? ' selectable' : ''}`}>
          {selection && (
            <span role="columnheader">
              <Checkbox aria-label={t('incidentDuplicates.selectAll')} checked={selection.allSelected} indeterminate={selection.someSelected}
                onChange={selection.toggleAll} data-testid="select-all" />
            </span>
          )}
          {(['reference', 'category', 'region', 'occurred', 'status', 'severity', 'deadline'] as const).map((column) => (
            <span role="columnheader" key={column}>{t(`incidents.col.${column}`)}</span>
          ))}
        </div>
      </div>
      <div ref={scroller} className="incident-scroller" data-testid="incident-scroller">
        <div role="rowgroup" style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {rows.getVirtualItems().map((item) => {
            const incident = incidents[item.index]!;
            return (
              <div role="row" key={item.key} data-index={item.index} ref={rows.measureElement} aria-rowindex={item.index + 2}
                className={`incident-row${selection ? ' selectable' : ''}`} data-testid="incident-row" style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}>
                {selection && (
                  <span role="cell">
                    <Checkbox aria-label={t('incidentDuplicates.selectRow', { reference: incident.reference })} checked={selection.selected.has(incident.id)}
                      onChange={() => selection.toggle(incident.id)} data-testid="select-row" />
                  </span>
                )}
                <span role="cell"><Anchor component={Link} to={`/incidents/${incident.id}`} fw={600} size="sm" className="mono">{incident.reference}</Anchor></span>
                <span role="cell"><Text size="sm">{incident.category.name[lang]}</Text></span>
                <span role="cell"><Text size="sm">{incident.region.name}</Text></span>
                <span role="cell"><Text size="sm">{formatInZone(locale, incident.occurredAt, incident.region.timeZone)}</Text></span>
                <span role="cell"><IncidentStatusBadge status={incident.status} /></span>
                <span role="cell"><SeverityBadge severity={incident.severity} /></span>
                <span role="cell"><NearestDeadline incident={incident} /></span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
