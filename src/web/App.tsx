import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ActionItemDrawer } from './features/action-items/ActionItemDrawer';
import { ActionItemsPage } from './features/action-items/ActionItemsPage';
import { AttendancePage } from './features/attendance/AttendancePage';
import { MANAGERS, READERS } from './features/auth/access';
import { LoginPage } from './features/auth/LoginPage';
import { RequireRole } from './features/auth/RequireRole';
import { AuditPage } from './features/audit/AuditPage';
import { AlertRulesPage } from './features/alerts/AlertRulesPage';
import { AlertsPage } from './features/alerts/AlertsPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { IncidentPage } from './features/incidents/IncidentPage';
import { IncidentsPage } from './features/incidents/IncidentsPage';
import { NewIncidentPage } from './features/incidents/NewIncidentPage';
import { TriagePage } from './features/incidents/TriagePage';
import { CategoriesPage } from './features/incident-categories/CategoriesPage';
import { ImportPage } from './features/incident-imports/ImportPage';
import { TRIAGERS } from './features/incidents/access';
import { LetterheadPage } from './features/letterhead/LetterheadPage';
import { AddArticlesPage } from './features/media/AddArticlesPage';
import { ArticlePage as MediaArticlePage } from './features/media/ArticlePage';
import { FeedsPage as MediaFeedsPage } from './features/media/FeedsPage';
import { MeetingCalendarPage } from './features/meetings/MeetingCalendarPage';
import { MeetingPage } from './features/meetings/MeetingPage';
import { MeetingsPage } from './features/meetings/MeetingsPage';
import { NewMeetingPage } from './features/meetings/NewMeetingPage';
import { ProfilePage } from './features/profile/ProfilePage';
import { AssessmentPage } from './features/readiness/AssessmentPage';
import { ReadinessHomePage } from './features/readiness/ReadinessHomePage';
import { ReadinessRegionPage } from './features/readiness/ReadinessRegionPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { TokensPage } from './features/tokens/TokensPage';
import { AdminUnitsPage } from './features/units/AdminUnitsPage';
import { UnitsPage } from './features/units/UnitsPage';
import { UsersPage } from './features/users/UsersPage';
import { ChannelsPage } from './features/notifications/ChannelsPage';
import { FailedDeliveriesPage } from './features/notifications/FailedDeliveriesPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { CampaignPage } from './features/pacts/CampaignPage';
import { CampaignsPage } from './features/pacts/CampaignsPage';
import { NewCampaignPage } from './features/pacts/NewCampaignPage';
import { PublicPactPage } from './features/pacts/PublicPactPage';
import { NewIncidentalPage } from './features/political-reports/NewIncidentalPage';
import { ReportPage as PoliticalReportPage } from './features/political-reports/ReportPage';
import { ReportsPage as PoliticalReportsPage } from './features/political-reports/ReportsPage';
import { SchedulesPage as PoliticalReportSchedulesPage } from './features/political-reports/SchedulesPage';
import { StatusBoardPage as PoliticalReportStatusPage } from './features/political-reports/StatusBoardPage';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';
import { Loading } from './shell/QueryState';

// The map and charts (ECharts) are large: their pages load on first visit, not with the app.
const VulnerabilityPage = lazy(() => import('./features/vulnerability/VulnerabilityPage').then((m) => ({ default: m.VulnerabilityPage })));
const RegionVulnerabilityPage = lazy(() => import('./features/vulnerability/RegionVulnerabilityPage').then((m) => ({ default: m.RegionVulnerabilityPage })));
const ModelsPage = lazy(() => import('./features/vulnerability/models/ModelsPage').then((m) => ({ default: m.ModelsPage })));
const OutlinesPage = lazy(() => import('./features/geo/OutlinesPage').then((m) => ({ default: m.OutlinesPage })));
const MediaPage = lazy(() => import('./features/media/MediaPage').then((m) => ({ default: m.MediaPage })));
const ModelEditorPage = lazy(() => import('./features/vulnerability/models/ModelEditorPage').then((m) => ({ default: m.ModelEditorPage })));

export function App() {
  return (
    <Routes>
      {/* An office's own pact link: no account, no desk navigation (the token is in the fragment). */}
      <Route path="pakta/:targetId" element={<PublicPactPage />} />
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/regions" replace />} />
        <Route path="regions" element={<RegionsPage />} />
        <Route path="regions/:code" element={<RegionPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireRole />}>
          <Route path="profile" element={<ProfilePage />} />
          {/* Reporters too: they submit reports and follow their own. */}
          <Route path="incidents" element={<IncidentsPage />} />
          <Route path="incidents/new" element={<NewIncidentPage />} />
          <Route path="incidents/:id" element={<IncidentPage />} />
        </Route>
        <Route element={<RequireRole allow={['admin']} />}>
          {/* The catalogue is the whole desk's: national administrators change it (the server refuses others). */}
          <Route path="incidents/categories" element={<CategoriesPage />} />
        </Route>
        <Route element={<RequireRole allow={TRIAGERS} />}>
          <Route path="incidents/triage" element={<TriagePage />} />
          <Route path="incidents/import" element={<ImportPage />} />
        </Route>
        <Route element={<RequireRole allow={READERS} />}>
          <Route path="units" element={<UnitsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="meetings" element={<MeetingsPage />} />
          <Route path="meetings/calendar" element={<MeetingCalendarPage />} />
          <Route path="meetings/new" element={<NewMeetingPage />} />
          <Route path="meetings/:id" element={<MeetingPage />} />
          <Route path="action-items" element={<ActionItemsPage />}>
            <Route path=":id" element={<ActionItemDrawer />} />
          </Route>
          <Route path="meetings/:id/attendance" element={<AttendancePage />} />
          <Route path="vulnerability" element={<Suspense fallback={<Loading />}><VulnerabilityPage /></Suspense>} />
          <Route path="vulnerability/regions/:code" element={<Suspense fallback={<Loading />}><RegionVulnerabilityPage /></Suspense>} />
          <Route path="vulnerability/models" element={<Suspense fallback={<Loading />}><ModelsPage /></Suspense>} />
          <Route path="vulnerability/models/:id" element={<Suspense fallback={<Loading />}><ModelEditorPage /></Suspense>} />
          <Route path="vulnerability/outlines" element={<Suspense fallback={<Loading />}><OutlinesPage /></Suspense>} />
          <Route path="alerts" element={<AlertsPage />} />
          <Route path="alerts/rules" element={<AlertRulesPage />} />
          <Route path="readiness" element={<ReadinessHomePage />} />
          <Route path="readiness/regions/:code" element={<ReadinessRegionPage />} />
          <Route path="readiness/assessments/:id" element={<AssessmentPage />} />
          <Route path="pakta-integritas" element={<CampaignsPage />} />
          <Route path="pakta-integritas/:id" element={<CampaignPage />} />
          <Route path="laporan-politik" element={<PoliticalReportsPage />} />
          <Route path="laporan-politik/baru" element={<NewIncidentalPage />} />
          <Route path="laporan-politik/status" element={<PoliticalReportStatusPage />} />
          <Route path="laporan-politik/:id" element={<PoliticalReportPage />} />
          <Route path="media" element={<Suspense fallback={<Loading />}><MediaPage /></Suspense>} />
          <Route path="media/tambah" element={<AddArticlesPage />} />
          <Route path="media/:articleId" element={<MediaArticlePage />} />
        </Route>
        <Route element={<RequireRole allow={MANAGERS} />}>
          <Route path="admin/users" element={<UsersPage />} />
          <Route path="admin/units" element={<AdminUnitsPage />} />
          <Route path="admin/units/:id/letterhead" element={<LetterheadPage />} />
          <Route path="admin/units/:id/notifications" element={<ChannelsPage />} />
          <Route path="notifications/failed" element={<FailedDeliveriesPage />} />
          <Route path="tokens" element={<TokensPage />} />
          <Route path="pakta-integritas/baru" element={<NewCampaignPage />} />
          <Route path="laporan-politik/jadwal" element={<PoliticalReportSchedulesPage />} />
          <Route path="media/sumber" element={<MediaFeedsPage />} />
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
