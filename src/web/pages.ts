import { lazy, type ComponentType } from 'react';

/**
 * Every page but the dashboard (the home page) and the sign-in form loads on first visit: the app's
 * first download stays small (issue 10: initial JavaScript at most 350 kB gzipped), and a page's
 * code, its charts and its maps come with it. The layout shows a loader meanwhile.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const ActionItemDrawer = lazyPage(() => import('./features/action-items/ActionItemDrawer'), 'ActionItemDrawer');
export const ActionItemsPage = lazyPage(() => import('./features/action-items/ActionItemsPage'), 'ActionItemsPage');
export const AttendancePage = lazyPage(() => import('./features/attendance/AttendancePage'), 'AttendancePage');
export const AuditPage = lazyPage(() => import('./features/audit/AuditPage'), 'AuditPage');
export const AlertRulesPage = lazyPage(() => import('./features/alerts/AlertRulesPage'), 'AlertRulesPage');
export const AlertsPage = lazyPage(() => import('./features/alerts/AlertsPage'), 'AlertsPage');
export const CalendarPage = lazyPage(() => import('./features/calendar/CalendarPage'), 'CalendarPage');
export const IncidentPage = lazyPage(() => import('./features/incidents/IncidentPage'), 'IncidentPage');
export const IncidentsPage = lazyPage(() => import('./features/incidents/IncidentsPage'), 'IncidentsPage');
export const NewIncidentPage = lazyPage(() => import('./features/incidents/NewIncidentPage'), 'NewIncidentPage');
export const TriagePage = lazyPage(() => import('./features/incidents/TriagePage'), 'TriagePage');
export const CategoriesPage = lazyPage(() => import('./features/incident-categories/CategoriesPage'), 'CategoriesPage');
export const ImportPage = lazyPage(() => import('./features/incident-imports/ImportPage'), 'ImportPage');
export const LetterheadPage = lazyPage(() => import('./features/letterhead/LetterheadPage'), 'LetterheadPage');
export const AddArticlesPage = lazyPage(() => import('./features/media/AddArticlesPage'), 'AddArticlesPage');
export const MediaArticlePage = lazyPage(() => import('./features/media/ArticlePage'), 'ArticlePage');
export const MediaFeedsPage = lazyPage(() => import('./features/media/FeedsPage'), 'FeedsPage');
export const MeetingCalendarPage = lazyPage(() => import('./features/meetings/MeetingCalendarPage'), 'MeetingCalendarPage');
export const MeetingPage = lazyPage(() => import('./features/meetings/MeetingPage'), 'MeetingPage');
export const MeetingsPage = lazyPage(() => import('./features/meetings/MeetingsPage'), 'MeetingsPage');
export const NewMeetingPage = lazyPage(() => import('./features/meetings/NewMeetingPage'), 'NewMeetingPage');
export const ProfilePage = lazyPage(() => import('./features/profile/ProfilePage'), 'ProfilePage');
export const AssessmentPage = lazyPage(() => import('./features/readiness/AssessmentPage'), 'AssessmentPage');
export const ReadinessHomePage = lazyPage(() => import('./features/readiness/ReadinessHomePage'), 'ReadinessHomePage');
export const ReadinessRegionPage = lazyPage(() => import('./features/readiness/ReadinessRegionPage'), 'ReadinessRegionPage');
export const RegionPage = lazyPage(() => import('./features/regions/RegionPage'), 'RegionPage');
export const RegionsPage = lazyPage(() => import('./features/regions/RegionsPage'), 'RegionsPage');
export const TokensPage = lazyPage(() => import('./features/tokens/TokensPage'), 'TokensPage');
export const AdminUnitsPage = lazyPage(() => import('./features/units/AdminUnitsPage'), 'AdminUnitsPage');
export const UnitsPage = lazyPage(() => import('./features/units/UnitsPage'), 'UnitsPage');
export const UsersPage = lazyPage(() => import('./features/users/UsersPage'), 'UsersPage');
export const ChannelsPage = lazyPage(() => import('./features/notifications/ChannelsPage'), 'ChannelsPage');
export const FailedDeliveriesPage = lazyPage(() => import('./features/notifications/FailedDeliveriesPage'), 'FailedDeliveriesPage');
export const NotificationsPage = lazyPage(() => import('./features/notifications/NotificationsPage'), 'NotificationsPage');
export const CampaignPage = lazyPage(() => import('./features/pacts/CampaignPage'), 'CampaignPage');
export const CampaignsPage = lazyPage(() => import('./features/pacts/CampaignsPage'), 'CampaignsPage');
export const NewCampaignPage = lazyPage(() => import('./features/pacts/NewCampaignPage'), 'NewCampaignPage');
export const PublicPactPage = lazyPage(() => import('./features/pacts/PublicPactPage'), 'PublicPactPage');
export const NewIncidentalPage = lazyPage(() => import('./features/political-reports/NewIncidentalPage'), 'NewIncidentalPage');
export const PoliticalReportPage = lazyPage(() => import('./features/political-reports/ReportPage'), 'ReportPage');
export const PoliticalReportsPage = lazyPage(() => import('./features/political-reports/ReportsPage'), 'ReportsPage');
export const PoliticalReportSchedulesPage = lazyPage(() => import('./features/political-reports/SchedulesPage'), 'SchedulesPage');
export const PoliticalReportStatusPage = lazyPage(() => import('./features/political-reports/StatusBoardPage'), 'StatusBoardPage');
export const VulnerabilityPage = lazyPage(() => import('./features/vulnerability/VulnerabilityPage'), 'VulnerabilityPage');
export const RegionVulnerabilityPage = lazyPage(() => import('./features/vulnerability/RegionVulnerabilityPage'), 'RegionVulnerabilityPage');
export const ModelsPage = lazyPage(() => import('./features/vulnerability/models/ModelsPage'), 'ModelsPage');
export const OutlinesPage = lazyPage(() => import('./features/geo/OutlinesPage'), 'OutlinesPage');
export const MediaPage = lazyPage(() => import('./features/media/MediaPage'), 'MediaPage');
export const ModelEditorPage = lazyPage(() => import('./features/vulnerability/models/ModelEditorPage'), 'ModelEditorPage');
export const SituationReportsPage = lazyPage(() => import('./features/sitrep/SituationReportsPage'), 'SituationReportsPage');
