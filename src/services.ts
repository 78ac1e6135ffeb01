import type { Database } from './db/client.js';
import { createElectionRepo } from './modules/elections/repo.js';
import { createElectionService } from './modules/elections/service.js';
import { createRegionRepo } from './modules/regions/repo.js';
import { createRegionService } from './modules/regions/service.js';
import { createStatsService } from './modules/health/service.js';
import { createAuthService } from './modules/auth/service.js';
import { createUserService } from './modules/users/service.js';
import { createTokenService } from './modules/tokens/service.js';
import { createUnitService } from './modules/units/service.js';
import { createAuditViewer } from './modules/audit/viewer.js';
import { createPeopleService } from './modules/people/service.js';
import { createMeetingService } from './modules/meetings/service.js';
import { createMeetingPartsService } from './modules/meetings/parts-service.js';
import { createActionItemService } from './modules/action-items/service.js';
import { createMeetingSheets } from './modules/meeting-sheets/service.js';
import { createLetterheadService } from './modules/letterheads/service.js';
import { createMinutesService } from './modules/minutes/service.js';
import { createVulnerabilityService } from './modules/vulnerability/service.js';
import { createValueImport } from './modules/vulnerability/import.js';
import { createVulnerabilityExports } from './modules/vulnerability/exports.js';
import { createOutlineStore } from './modules/geo/outlines.js';
import { createGeoService } from './modules/geo/service.js';
import { createLiveBus } from './modules/live/bus.js';
import { createReadinessService } from './modules/readiness/service.js';
import { createIncidentService } from './modules/incidents/service.js';
import { createCategoryCatalogue } from './modules/incident-categories/catalogue.js';
import { createIncidentCategoryService } from './modules/incident-categories/service.js';
import { createIncidentAttachmentService } from './modules/incident-attachments/service.js';
import { createDuplicateService } from './modules/incident-duplicates/service.js';
import { createGatewayService } from './modules/gateway/service.js';
import { createAlertService } from './modules/alerts/service.js';
import { createNeutralityCaseService } from './modules/neutrality-cases/service.js';
import { createTriageService } from './modules/gateway/triage-service.js';
import { createIncidentImportService } from './modules/incident-imports/service.js';
import { createIncidentExport } from './modules/incident-export/service.js';
import { createNotifications } from './modules/notifications/wiring.js';
import { createPoliticalReportService } from './modules/political-reports/service.js';
import { createPoliticalReportSetup } from './modules/political-reports/setup-service.js';
import { createPoliticalReportExports } from './modules/political-reports/exports.js';
import { createPactCompliance } from './modules/pact-compliance/wiring.js';
import { createPactService } from './modules/pacts/service.js';
import { createMediaFeeds } from './modules/media-feeds/wiring.js';
import { createMediaService } from './modules/media/service.js';
import { createLinkTargets } from './modules/media/link-targets.js';
import { createDashboardService } from './modules/dashboard/service.js';
import { createSitrep } from './modules/sitrep/wiring.js';

/** The source of "now": passed in so that tests and benchmarks can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * The clock for a server process: the system clock, or a fixed instant from SINERGI_CLOCK
 * (ISO 8601) so that demos and browser tests can show a cycle while it runs.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const fixed = env.SINERGI_CLOCK?.trim();
  if (!fixed) return systemClock;
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) throw new Error(`SINERGI_CLOCK is not an ISO 8601 instant: ${fixed}`);
  return { now: () => new Date(at) };
}

/** Builds every service over one database; the HTTP server and the CLI are thin doors to these. */
export function createServices(database: Database, clock: Clock = systemClock) {
  const regionRepo = createRegionRepo(database.db);
  const electionRepo = createElectionRepo(database.db);
  const meetings = createMeetingService(database.db, clock);
  const live = createLiveBus(database);
  /** The desk's effective incident categories, kept per process and dropped on any save (live bus). */
  const incidentCategoryCatalogue = createCategoryCatalogue(database.db, live);
  const vulnerability = createVulnerabilityService(database.db, clock, incidentCategoryCatalogue);
  const incidents = createIncidentService(database.db, clock, live, incidentCategoryCatalogue);
  const alerts = createAlertService(database.db, clock, live, incidentCategoryCatalogue);
  // Each new report is weighed against the early-warning rules once committed, without holding up intake.
  incidents.onCreated((report) => alerts.evaluator.schedule(report, (error) => console.error('alert evaluation failed (the sweep retries)', error)));
  const notifications = createNotifications(database.db, clock, live, incidents, incidentCategoryCatalogue);
  // An alert assigned to a unit notifies it (after the assignment committed; a failure never undoes the alert).
  alerts.onNotice((notice) => notifications.onAlertNotice(notice).then(() => undefined, (error: unknown) => console.error('alert notification failed', error)));
  const politicalReports = createPoliticalReportService(database.db, clock);
  /** News articles (issue 9): an article may be linked to a meeting or incident the caller can see. */
  const media = createMediaService(database.db, clock, createLinkTargets(database.db, incidents));
  const elections = createElectionService(electionRepo, regionRepo, clock);
  const actionItems = createActionItemService(database.db, clock);
  const readiness = createReadinessService(database.db, clock);
  const pactCompliance = createPactCompliance(database.db, clock);
  /** The situation room (issue 10): one read per panel, through the features above, for the web page and the situation report. */
  const dashboard = createDashboardService(database.db, clock, {
    elections, alerts, actionItems, readiness, vulnerability, media, politicalReports, pactCompliance: pactCompliance.service, categories: incidentCategoryCatalogue,
  });
  return {
    database,
    clock,
    regions: createRegionService(regionRepo),
    elections,
    stats: createStatsService(database, regionRepo, electionRepo),
    auth: createAuthService(database.db, clock),
    users: createUserService(database.db, clock),
    tokens: createTokenService(database.db, clock),
    units: createUnitService(database.db, clock),
    audit: createAuditViewer(database.db),
    people: createPeopleService(database.db, clock),
    meetings,
    meetingParts: createMeetingPartsService(database.db, clock),
    actionItems,
    meetingSheets: createMeetingSheets(database.db, clock),
    letterheads: createLetterheadService(database.db, clock),
    minutes: createMinutesService(database.db, meetings),
    vulnerability,
    vulnerabilityImport: createValueImport(database.db, clock, vulnerability),
    readiness,
    incidents,
    /** The ASN side of neutrality reports: office, official, outcome (issue 8). */
    neutralityCases: createNeutralityCaseService(database.db, clock),
    /** Early-warning rules and the alerts they raise (evaluated after each report, and swept every minute by serve). */
    alerts,
    /** The national administrator's settings of the category catalogue (names, keywords, clocks, on/off). */
    incidentCategories: createIncidentCategoryService(database.db, clock, incidentCategoryCatalogue, live),
    /** Photos and PDFs attached to reports, scoped like the report. */
    incidentAttachments: createIncidentAttachmentService(database.db, clock, live),
    /** Near-duplicate suggestions and bulk triage, moving reports through `incidents`. */
    incidentDuplicates: createDuplicateService(database.db, incidents),
    /** The SMS/WhatsApp gateway's webhook: messages become reports through `incidents`, or wait in triage. */
    gateway: createGatewayService(database.db, clock, incidents, incidentCategoryCatalogue),
    /** Gateway messages waiting for a person: made into reports through `incidents`, or set aside. */
    triage: createTriageService(database.db, clock, incidents),
    /** CSV/XLSX imports of reports, checked in the background and written through `incidents`. */
    incidentImports: createIncidentImportService(database.db, clock, incidents, (error) => console.error('incident import failed', error)),
    /** CSV/XLSX exports of the reports the list shows, streamed in keyset batches (HTTP and `sinergi export-incidents`). */
    incidentExport: createIncidentExport(database.db, clock, incidentCategoryCatalogue),
    vulnerabilityExports: createVulnerabilityExports(vulnerability, clock),
    /** Province and kabupaten/kota outlines: data/geo (read on first use) with the desk's imports in their place. */
    geo: createGeoService(database.db, clock, createOutlineStore()),
    /** The live feed: NOTIFY on write, one LISTEN per process, fanned out to its open streams. */
    live,
    /** Notifications to units (referrals, deadlines, alerts): in the app, and by e-mail/webhook through the delivery worker. */
    notifications,
    /** Political-development reports (Permendagri 61/2011): outlines, schedules, reports and their review, exports. */
    politicalReportSetup: createPoliticalReportSetup(database.db, clock),
    politicalReports,
    politicalReportExports: createPoliticalReportExports(database.db, politicalReports),
    /** Integrity-pact campaign compliance: figures, reminder lists, recap XLSX/PDF (read-only over the pact tables). */
    pactCompliance,
    /** Integrity-pact campaigns: targets, submission links (no account), submissions and reviews. */
    pacts: createPactService(database.db, clock),
    media,
    dashboard,
    /** RSS/Atom feeds of media monitoring (issue 9): configured by the desk, polled on schedule by serve's worker into `media`. */
    mediaFeeds: createMediaFeeds(database.db, clock, (actor, input, origin, feedId, context) => media.ingest(actor, input, origin, feedId, context)),
    /** Daily situation reports (issue 10) from the dashboard's panels: stored PDF/XLSX, and the schedule worker serve starts. */
    sitrep: createSitrep(database.db, clock, () => dashboard),
  };
}

export type Services = ReturnType<typeof createServices>;
