import { DEFAULT_MAX_ATTEMPTS } from '../../domain/notifications/delivery-schedule.js';

/** How notifications leave the server; from the environment (README: Notifications). */
export interface DeliverySettings {
  /** smtp(s)://user:pass@host:port; without it e-mail deliveries fail with a clear error (and are listed). */
  smtpUrl: string | null;
  /** The From of every mail. */
  smtpFrom: string;
  /** Attempts before a delivery is failed and listed for a person. */
  maxAttempts: number;
  /** How long one webhook call or SMTP conversation may take. */
  timeoutMs: number;
  /** How often the worker looks for due deliveries, and for deadlines drawing near. */
  intervalMs: number;
  deadlineScanIntervalMs: number;
  /** A running legal clock this close to its deadline notifies the unit the report was referred to. */
  deadlineLeadMs: number;
  /** The app's address as people open it (links in mails); none: no link. */
  publicUrl: string | null;
  /** Webhooks on loopback or private addresses may be configured. */
  allowPrivateTargets: boolean;
}

const positive = (raw: string | undefined, fallback: number, name: string): number => {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got ${raw})`);
  return value;
};

export function deliverySettingsFromEnv(env: NodeJS.ProcessEnv): DeliverySettings {
  return {
    smtpUrl: env.SINERGI_SMTP_URL?.trim() || null,
    smtpFrom: env.SINERGI_SMTP_FROM?.trim() || 'Sinergi <sinergi@localhost>',
    maxAttempts: Math.floor(positive(env.SINERGI_NOTIFY_MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS, 'SINERGI_NOTIFY_MAX_ATTEMPTS')),
    timeoutMs: positive(env.SINERGI_NOTIFY_TIMEOUT_MS, 10_000, 'SINERGI_NOTIFY_TIMEOUT_MS'),
    intervalMs: positive(env.SINERGI_NOTIFY_INTERVAL_MS, 15_000, 'SINERGI_NOTIFY_INTERVAL_MS'),
    deadlineScanIntervalMs: positive(env.SINERGI_DEADLINE_SCAN_INTERVAL_MS, 5 * 60_000, 'SINERGI_DEADLINE_SCAN_INTERVAL_MS'),
    deadlineLeadMs: positive(env.SINERGI_DEADLINE_LEAD_HOURS, 24, 'SINERGI_DEADLINE_LEAD_HOURS') * 3_600_000,
    publicUrl: env.SINERGI_PUBLIC_URL?.trim().replace(/\/+$/, '') || null,
    allowPrivateTargets: ['1', 'true', 'yes'].includes((env.SINERGI_WEBHOOK_ALLOW_PRIVATE ?? '').trim().toLowerCase()),
  };
}
