/**
 * Media articles (issue 9) in the hostile-input suite's endpoint table (family 'media'): paste,
 * upload, list, read, review, dismiss, re-extract, drafts, link and the overview. The article they
 * name is in test/hostile/media-fixtures.ts; examples that change it put it back after each case.
 * The paste and upload examples store an article the first time and are answered as duplicates after.
 */
import { EVENT_TYPES, THREATS } from '../../src/domain/extraction/vocabulary.js';
import { MAX_ARTICLE_BODY_CHARS, MAX_ARTICLE_FILE_BYTES } from '../../src/domain/media/article-file.js';
import { ARTICLE_STATES } from '../../src/domain/media/vocabulary.js';
import { MEDIA_FIXTURES } from './media-fixtures.js';
import { HOSTILE_FIXTURES, MAX_INT4, limit, offset, type EndpointSpec, type FieldSpec } from './spec.js';

const family = 'media';
const { article } = MEDIA_FIXTURES;
const ARTICLE = '/api/v1/media/articles/:articleId';
const articleId: FieldSpec = { in: 'path', name: 'articleId', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const version: FieldSpec = { in: 'body', name: 'version', kind: 'int', required: true, min: 1, max: MAX_INT4 };
const path = { articleId: String(article.id) };
const articleWrites = ['media_articles', 'media_article_regions', 'media_article_threats'];

export const MEDIA_ENDPOINTS: readonly EndpointSpec[] = [
  {
    method: 'POST', url: '/api/v1/media/articles', auth: 'session', family, writes: articleWrites,
    fields: [
      { in: 'body', name: 'title', kind: 'text', maxLength: 500 },
      { in: 'body', name: 'body', kind: 'text', required: true, maxLength: MAX_ARTICLE_BODY_CHARS },
      { in: 'body', name: 'url', kind: 'text', maxLength: 2000 },
      { in: 'body', name: 'source', kind: 'text', maxLength: 200 },
      { in: 'body', name: 'publishedAt', kind: 'datetime' },
    ],
    example: {
      body: {
        title: 'KPU Bangli sosialisasi pemilih pemula (hostile suite)', body: 'KPU Kabupaten Bangli menyosialisasikan tata cara mencoblos kepada pemilih pemula di balai banjar.',
        url: 'https://warta.example.id/hostile/sosialisasi', source: 'Warta Bangli', publishedAt: '2024-09-02T09:00:00+08:00',
      },
    },
  },
  {
    method: 'POST', url: '/api/v1/media/articles/upload', auth: 'session', family, writes: articleWrites,
    fields: [{ in: 'file', name: 'files', kind: 'text', required: true, maxLength: MAX_ARTICLE_FILE_BYTES }],
    example: {
      files: { files: { filename: 'patroli.txt', contentType: 'text/plain', content: 'Patroli masa tenang di Bangli (hostile suite)\n\nPolres Bangli berpatroli di desa rawan pada malam hari.' } },
    },
  },
  {
    method: 'GET', url: '/api/v1/media/articles', auth: 'session', family,
    fields: [
      { in: 'query', name: 'state', kind: 'enum', values: ARTICLE_STATES },
      { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 },
      { in: 'query', name: 'threat', kind: 'enum', values: THREATS },
      { in: 'query', name: 'eventType', kind: 'enum', values: EVENT_TYPES },
      { in: 'query', name: 'q', kind: 'text', maxLength: 200 },
      { in: 'query', name: 'from', kind: 'date' },
      { in: 'query', name: 'to', kind: 'datetime' },
      { in: 'query', name: 'sinceHours', kind: 'int', min: 1, max: 24 * 366 },
      { in: 'query', name: 'since', kind: 'datetime' },
      { in: 'query', name: 'stories', kind: 'enum', values: ['true', 'false'] },
      limit(200),
      offset(1_000_000),
    ],
    example: { query: { state: 'baru', region: '51', threat: 'politik_uang', eventType: 'pemetaan_kerawanan', q: 'politik uang', from: '2024-08-01', to: '2024-09-30T23:59:00+08:00', limit: '10', offset: '0' } },
  },
  { method: 'GET', url: ARTICLE, auth: 'session', family, fields: [articleId], example: { path } },
  {
    method: 'PUT', url: `${ARTICLE}/fields`, auth: 'session', family, writes: [...articleWrites, 'media_article_corrections'], restores: ['mediaArticle'],
    fields: [
      articleId, version,
      { in: 'body', name: 'fields.event_type', kind: 'enum', required: true, values: EVENT_TYPES },
      { in: 'body', name: 'fields.event_date', kind: 'date', required: true },
      { in: 'body', name: 'fields.regions.0.code', kind: 'regionCode', required: true, maxLength: 20 },
      { in: 'body', name: 'fields.threats.0', kind: 'enum', required: true, values: THREATS },
      { in: 'body', name: 'fields.people.0.name', kind: 'text', required: true, maxLength: 200 },
      { in: 'body', name: 'fields.people.0.position', kind: 'text', maxLength: 300 },
      { in: 'body', name: 'fields.deadlines.0.date', kind: 'date', required: true },
      { in: 'body', name: 'fields.deadlines.0.what', kind: 'text', required: true, maxLength: 500 },
    ],
    example: {
      path,
      body: {
        version: 1,
        fields: {
          event_type: 'pemetaan_kerawanan', event_date: '2024-08-30', regions: [{ code: '51.06' }], agencies: ['BAWASLU'], threats: ['politik_uang'], regulations: ['UU 7/2017'],
          people: [{ name: 'I Made Hostile', position: 'Ketua Bawaslu Kabupaten Bangli' }], deadlines: [{ date: '2024-09-10', what: 'Laporan pemetaan' }],
        },
      },
    },
  },
  {
    method: 'POST', url: `${ARTICLE}/state`, auth: 'session', family, writes: ['media_articles'], restores: ['mediaArticle'],
    fields: [articleId, version, { in: 'body', name: 'state', kind: 'enum', required: true, values: ['baru', 'diabaikan'] }],
    example: { path, body: { version: 1, state: 'diabaikan' } },
  },
  { method: 'POST', url: `${ARTICLE}/reextract`, auth: 'session', family, writes: articleWrites, restores: ['mediaArticle'], fields: [articleId], example: { path } },
  { method: 'GET', url: `${ARTICLE}/meeting-draft`, auth: 'session', family, fields: [articleId], example: { path } },
  { method: 'GET', url: `${ARTICLE}/incident-draft`, auth: 'session', family, fields: [articleId], example: { path } },
  {
    method: 'POST', url: `${ARTICLE}/link`, auth: 'session', family, writes: ['media_articles'], restores: ['mediaArticle'],
    fields: [articleId, { in: 'body', name: 'meetingId', kind: 'int', min: 1, max: MAX_INT4 }],
    example: { path, body: { meetingId: HOSTILE_FIXTURES.meeting.id } },
  },
  {
    method: 'GET', url: '/api/v1/media/overview', auth: 'session', family,
    fields: [{ in: 'query', name: 'days', kind: 'int', min: 1, max: 90 }, { in: 'query', name: 'region', kind: 'regionCode', maxLength: 13 }],
    example: { query: { days: '14', region: '51.06' } },
  },
];
