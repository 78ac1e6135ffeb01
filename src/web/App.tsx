import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { MANAGERS, READERS } from './features/auth/access';
import { LoginPage } from './features/auth/LoginPage';
import { RequireRole } from './features/auth/RequireRole';
import { TRIAGERS } from './features/incidents/access';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';
import { Loading } from './shell/QueryState';
import {
  ActionItemDrawer, ActionItemsPage, AddArticlesPage, AdminUnitsPage, AlertRulesPage, AlertsPage, AssessmentPage, AttendancePage, AuditPage, CalendarPage, CampaignPage, CampaignsPage, CategoriesPage, ChannelsPage, FailedDeliveriesPage, ImportPage, IncidentPage, IncidentsPage, LetterheadPage, MediaArticlePage, MediaFeedsPage, MediaPage, MeetingCalendarPage, MeetingPage, MeetingsPage, ModelEditorPage, ModelsPage, NewCampaignPage, NewIncidentPage, NewIncidentalPage, NewMeetingPage, NotificationsPage, OutlinesPage, PoliticalReportPage, PoliticalReportSchedulesPage, PoliticalReportStatusPage, PoliticalReportsPage, ProfilePage, PublicPactPage, ReadinessHomePage, ReadinessRegionPage, RegionPage, RegionVulnerabilityPage, RegionsPage, SituationReportsPage, TokensPage, TriagePage, UnitsPage, UsersPage, VulnerabilityPage,
} from './pages';


export function App() {
  return (
    // Pages load on first visit (./pages); the layout has its own loader, this one covers the public pact page.
    <Suspense fallback={<Loading />}>
      <Routes>
        {/* An office's own pact link: no account, no desk navigation (the token is in the fragment). */}
        <Route path="pakta/:targetId" element={<PublicPactPage />} />
        <Route element={<Layout />}>
          <Route index element={<DashboardPage />} />
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
              {/* Over the list: while its code loads, the list stays as it is. */}
              <Route path=":id" element={<Suspense fallback={null}><ActionItemDrawer /></Suspense>} />
            </Route>
            <Route path="meetings/:id/attendance" element={<AttendancePage />} />
            <Route path="vulnerability" element={<VulnerabilityPage />} />
            <Route path="vulnerability/regions/:code" element={<RegionVulnerabilityPage />} />
            <Route path="vulnerability/models" element={<ModelsPage />} />
            <Route path="vulnerability/models/:id" element={<ModelEditorPage />} />
            <Route path="vulnerability/outlines" element={<OutlinesPage />} />
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
            <Route path="media" element={<MediaPage />} />
            <Route path="media/tambah" element={<AddArticlesPage />} />
            <Route path="media/:articleId" element={<MediaArticlePage />} />
            <Route path="laporan-situasi" element={<SituationReportsPage />} />
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
    </Suspense>
  );
}
