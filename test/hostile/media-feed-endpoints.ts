/**
 * Media feeds (issue 9) in the hostile-input suite's endpoint table: list, follow, change, stop
 * following and poll now (family 'media-feeds'). The rows they name are in media-feed-fixtures.ts;
 * the poll example polls an address nothing answers at, which the endpoint reports (200 with
 * `error`) rather than failing.
 */
import { MEDIA_FEED_FIXTURES } from './media-feed-fixtures.js';
import { MAX_INT4, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'media-feeds';
const { feed, doomedFeed, createdUrl } = MEDIA_FEED_FIXTURES;
const feedId: FieldSpec = { in: 'path', name: 'feedId', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const feedFields: readonly FieldSpec[] = [
  { in: 'body', name: 'name', kind: 'text', maxLength: 200 },
  { in: 'body', name: 'url', kind: 'text', maxLength: 2000 },
  { in: 'body', name: 'source', kind: 'text', maxLength: 200 },
  { in: 'body', name: 'pollMinutes', kind: 'int', min: 5, max: 1440 },
  { in: 'body', name: 'enabled', kind: 'boolean' },
];

export const MEDIA_FEED_ENDPOINTS: readonly EndpointSpec[] = [
  { method: 'GET', url: '/api/v1/media/feeds', auth: 'session', family, fields: [], example: {} },
  {
    method: 'POST', url: '/api/v1/media/feeds', auth: 'session', family, writes: ['media_feeds'], restores: ['mediaCreatedFeed'],
    fields: feedFields.map((field) => (field.name === 'name' || field.name === 'url' ? { ...field, required: true } : field)),
    example: { body: { name: 'Umpan baru (hostile)', url: createdUrl, source: 'Warta Uji', pollMinutes: 60, enabled: false } },
  },
  {
    method: 'PUT', url: '/api/v1/media/feeds/:feedId', auth: 'session', family, writes: ['media_feeds'], restores: ['mediaFeed'],
    fields: [feedId, { in: 'body', name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 }, ...feedFields],
    example: { path: { feedId: String(feed.id) }, body: { version: 1, name: 'Warta Bangli diubah (hostile)', pollMinutes: 120 } },
  },
  {
    method: 'DELETE', url: '/api/v1/media/feeds/:feedId', auth: 'session', family, writes: ['media_feeds'], restores: ['mediaDoomedFeed'],
    fields: [feedId], example: { path: { feedId: String(doomedFeed.id) } },
  },
  {
    method: 'POST', url: '/api/v1/media/feeds/:feedId/poll', auth: 'session', family, writes: ['media_feeds', 'media_articles'], restores: ['mediaFeed'],
    fields: [feedId], example: { path: { feedId: String(feed.id) } },
  },
];
