import { lookup } from 'node:dns/promises';
import nodemailer from 'nodemailer';
import { isPrivateHost } from '../../domain/notifications/channel-target.js';
import { signBody, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../domain/notifications/signature.js';
import type { ComposedMessage } from '../../i18n/notifications.js';
import type { ClaimedDelivery } from './repo.js';
import type { DeliverySettings } from './settings.js';

/** Sends one delivery; resolves when the channel accepted it, rejects with what went wrong. */
export type Sender = (delivery: ClaimedDelivery, message: ComposedMessage & { language: string; link: string | null }) => Promise<void>;

/** Errors kept short and on one line: they are shown in the failures list. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);

/** E-mail over SMTP (SINERGI_SMTP_URL), one transport per worker so connections are reused. */
export function createEmailSender(settings: Pick<DeliverySettings, 'smtpUrl' | 'smtpFrom' | 'timeoutMs'>) {
  const transport = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl, {
      connectionTimeout: settings.timeoutMs, greetingTimeout: settings.timeoutMs, socketTimeout: settings.timeoutMs,
    } as Parameters<typeof nodemailer.createTransport>[1])
    : null;
  const send: Sender = async (delivery, message) => {
    if (!transport) throw new Error('SMTP is not configured (SINERGI_SMTP_URL)');
    await transport.sendMail({
      from: settings.smtpFrom, to: delivery.channel.target, subject: message.subject, text: message.text,
      headers: { 'X-Sinergi-Notification': String(delivery.notification.id), 'Content-Language': message.language },
    });
  };
  return { send, close: () => transport?.close() };
}

/**
 * A name that resolves to a loopback or private address is refused at send time too: the check when
 * the channel was saved saw only the name. (A resolver that answers differently for fetch's own
 * lookup is beyond this check; the desk's firewall is the last word.)
 */
async function refusePrivateResolution(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = await lookup(host, { all: true }).catch((error: unknown) => {
    throw new Error(`cannot resolve ${host}: ${describeError(error)}`);
  });
  if (addresses.some((entry) => isPrivateHost(entry.address))) throw new Error(`refused: ${host} resolves to a private or loopback address`);
}

/**
 * The generic outbound webhook (an SMS/WhatsApp gateway): POST of JSON, signed with the channel's
 * secret (signature.ts). Any answer but 2xx is a failure; redirects are not followed, so a receiver
 * cannot send the desk's request somewhere it was not configured to go.
 */
export function createWebhookSender(settings: Pick<DeliverySettings, 'timeoutMs' | 'allowPrivateTargets'>, now: () => Date): Sender {
  return async (delivery, message) => {
    if (!settings.allowPrivateTargets) await refusePrivateResolution(new URL(delivery.channel.target).hostname);
    const { notification } = delivery;
    const body = JSON.stringify({
      deliveryId: delivery.id, notificationId: notification.id, kind: notification.kind, unit: { id: notification.unitId, name: delivery.unitName },
      incidentId: notification.incidentId, alertId: notification.alertId, regionCode: notification.regionCode, createdAt: notification.createdAt.toISOString(),
      language: message.language, subject: message.subject, text: message.text, link: message.link, payload: notification.payload,
    });
    const timestamp = String(Math.floor(now().getTime() / 1000));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Sinergi-Notifications/1', 'x-sinergi-delivery': String(delivery.id), [TIMESTAMP_HEADER]: timestamp };
    if (delivery.channel.secret) headers[SIGNATURE_HEADER] = signBody(delivery.channel.secret, timestamp, body);
    let response: Response;
    try {
      response = await fetch(delivery.channel.target, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(settings.timeoutMs) });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new Error(error instanceof Error && error.name === 'TimeoutError' ? `timeout after ${settings.timeoutMs} ms` : `${describeError(error)}${cause}`);
    }
    // The answer's body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  };
}
