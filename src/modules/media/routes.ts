import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorSchema } from '../../contracts/common.js';
import {
  articleCreateResultSchema, articleCreateSchema, articleFieldsUpdateSchema, articleLinkSchema, articleListQuerySchema, articleListSchema, articleParamsSchema,
  articleSchema, articleStateUpdateSchema, articleUploadResultSchema, incidentDraftSchema, mediaOverviewSchema, meetingDraftSchema, overviewQuerySchema,
} from '../../contracts/media.js';
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILES } from '../../domain/media/article-file.js';
import { languageFromHeader } from '../../i18n/messages.js';
import { requestContext, requireActor } from '../../server/auth.js';
import type { MediaService } from './service.js';
import { readArticleUploads } from './upload.js';

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ['media'];
/** 200,000 characters of body, even written as JSON escapes, with room for the other members. */
const ARTICLE_BODY_LIMIT = 2 * 1024 * 1024;
const MiB = MAX_ARTICLE_FILE_BYTES / (1024 * 1024);

/** News articles (issue 9): added, deduplicated, read by the extractor, reviewed, and made into meetings or incidents. */
export function mediaRoutes(service: MediaService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/media/articles', {
      bodyLimit: ARTICLE_BODY_LIMIT,
      schema: {
        tags, summary: 'Add an article (pasted; from an API token: origin api). 201 when stored (duplicateOf set for a near-identical text); 200 with duplicate url|text and the stored article when the desk has it already',
        body: articleCreateSchema, response: { 200: articleCreateResultSchema, 201: articleCreateResultSchema, ...errors },
      },
    }, async (request, reply) => {
      const result = await service.create(requireActor(request), request.body, requestContext(request));
      return reply.code(result.duplicate ? 200 : 201).send(result);
    });

    app.post('/media/articles/upload', {
      schema: {
        tags, summary: `Add articles from files (multipart, up to ${MAX_ARTICLE_FILES} files of ${MiB} MiB): .txt, .md, .html/.htm (reduced to text); the first short line is the title. Each file is created, found to be a duplicate, or rejected with its reason`,
        response: { 200: articleUploadResultSchema, ...errors, 413: errorSchema },
      },
    }, async (request) => {
      const actor = requireActor(request);
      return service.upload(actor, await readArticleUploads(request), requestContext(request));
    });

    app.get('/media/articles', {
      schema: { tags, summary: 'Articles, newest first, filtered by state, region (subtree), threat, event type, words, dates (event, else publication) and age', querystring: articleListQuerySchema, response: { 200: articleListSchema, ...errors } },
    }, async (request) => service.list(requireActor(request), request.query));

    app.get('/media/articles/:articleId', {
      schema: { tags, summary: 'One article: its text, the extraction with evidence offsets into `text`, the fields the desk holds, and the corrections', params: articleParamsSchema, response: { 200: articleSchema, ...errors } },
    }, async (request) => service.get(requireActor(request), request.params.articleId));

    app.put('/media/articles/:articleId/fields', {
      schema: {
        tags, summary: 'Save the reviewed fields at the version read (409 when stale): every value checked, one correction kept per changed field, the article becomes ditinjau',
        params: articleParamsSchema, body: articleFieldsUpdateSchema, response: { 200: articleSchema, ...errors, 409: errorSchema },
      },
    }, async (request) => service.updateFields(requireActor(request), request.params.articleId, request.body, requestContext(request), languageFromHeader(request.headers['accept-language'])));

    app.post('/media/articles/:articleId/state', {
      schema: { tags, summary: 'Dismiss an article (diabaikan) or bring it back (baru), at the version read', params: articleParamsSchema, body: articleStateUpdateSchema, response: { 200: articleSchema, ...errors, 409: errorSchema } },
    }, async (request) => service.setState(requireActor(request), request.params.articleId, request.body, requestContext(request)));

    app.post('/media/articles/:articleId/reextract', {
      schema: { tags, summary: 'Read the article again with the current extractor; the fields follow only while the article is unreviewed', params: articleParamsSchema, response: { 200: articleSchema, ...errors } },
    }, async (request) => service.reextract(requireActor(request), request.params.articleId, requestContext(request)));

    app.get('/media/articles/:articleId/meeting-draft', {
      schema: { tags, summary: 'What the meeting form needs from the article’s fields: title, date, regions, agencies, people, legal basis, summary and source', params: articleParamsSchema, response: { 200: meetingDraftSchema, ...errors } },
    }, async (request) => service.meetingDraft(requireActor(request), request.params.articleId));

    app.get('/media/articles/:articleId/incident-draft', {
      schema: { tags, summary: 'What the incident form needs from the article’s fields: category, most specific region, day, description and source', params: articleParamsSchema, response: { 200: incidentDraftSchema, ...errors } },
    }, async (request) => service.incidentDraft(requireActor(request), request.params.articleId));

    app.post('/media/articles/:articleId/link', {
      schema: { tags, summary: 'Record the meeting or the incident made of the article ({meetingId} or {incidentId}, one you can see)', params: articleParamsSchema, body: articleLinkSchema, response: { 200: articleSchema, ...errors } },
    }, async (request) => service.link(requireActor(request), request.params.articleId, request.body, requestContext(request)));

    app.get('/media/overview', {
      schema: { tags, summary: 'Articles per day, region, threat and event type over the last days (local days of the region; by default your own), and what is new in the last 24 hours', querystring: overviewQuerySchema, response: { 200: mediaOverviewSchema, ...errors } },
    }, async (request) => service.overview(requireActor(request), request.query));
  };
}
