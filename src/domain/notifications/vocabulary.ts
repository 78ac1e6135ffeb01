/** What a unit is told about (issue 7): a report referred to it, an alert, a legal deadline drawing near. */
export const NOTIFICATION_KINDS = ['referral', 'alert', 'deadline'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Ways out besides the app itself, which always shows every notification. */
export const NOTIFICATION_CHANNEL_KINDS = ['email', 'webhook'] as const;
export type NotificationChannelKind = (typeof NOTIFICATION_CHANNEL_KINDS)[number];

/**
 * pending: waiting for its (next) attempt; sent: the channel accepted it; failed: retries used up,
 * listed for a person; dismissed: a person looked at the failure and set it aside.
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'dismissed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
