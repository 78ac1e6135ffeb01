import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Incident } from './api';

const STATUS_COLOR: Record<Incident['status'], string> = {
  baru: 'blue', terverifikasi: 'teal', ditolak: 'gray', duplikat: 'gray', diteruskan: 'violet', ditindaklanjuti: 'orange', selesai: 'green',
};
const SEVERITY_COLOR: Record<Incident['severity'], string> = { rendah: 'gray', sedang: 'yellow', tinggi: 'orange', kritis: 'red' };

export function IncidentStatusBadge({ status }: { status: Incident['status'] }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={STATUS_COLOR[status]} data-testid="incident-status">{t(`incidents.status.${status}`)}</Badge>;
}

export function SeverityBadge({ severity }: { severity: Incident['severity'] }) {
  const { t } = useTranslation();
  return <Badge variant="outline" color={SEVERITY_COLOR[severity]}>{t(`incidents.severity.${severity}`)}</Badge>;
}
