import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { allows, MANAGERS, READERS } from '../features/auth/access';
import { useCurrentUser } from '../features/auth/session';
import { OpenAlertsBadge } from '../features/alerts/OpenAlertsBadge';

/** The main links; pages a role cannot use are not offered (the server refuses them anyway). */
export function MainNav() {
  const { t } = useTranslation();
  const role = useCurrentUser()?.role;
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      {allows(READERS, role) && <NavLink to="/" end className="nav-link">{t('nav.dashboard')}</NavLink>}
      <NavLink to="/regions" className="nav-link">{t('nav.regions')}</NavLink>
      <NavLink to="/calendar" className="nav-link">{t('nav.calendar')}</NavLink>
      {allows(READERS, role) && <NavLink to="/units" end className="nav-link">{t('nav.units')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/meetings" className="nav-link">{t('meetings.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/action-items" className="nav-link">{t('actionItems.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/vulnerability" className="nav-link">{t('vulnerability.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/readiness" className="nav-link">{t('readiness.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/pakta-integritas" className="nav-link">{t('pacts.nav')}</NavLink>}
      {role !== undefined && <NavLink to="/incidents" className="nav-link">{t('incidents.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/laporan-politik" className="nav-link">{t('politicalReports.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/laporan-situasi" className="nav-link">{t('nav.sitrep')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/media" className="nav-link">{t('media.nav')}</NavLink>}
      {allows(READERS, role) && <NavLink to="/alerts" className="nav-link nav-link-badged">{t('alerts.nav')}<OpenAlertsBadge /></NavLink>}
      {allows(MANAGERS, role) && (
        <>
          <NavLink to="/admin/users" className="nav-link">{t('nav.users')}</NavLink>
          <NavLink to="/admin/units" className="nav-link">{t('nav.adminUnits')}</NavLink>
          <NavLink to="/audit" className="nav-link">{t('nav.audit')}</NavLink>
        </>
      )}
    </nav>
  );
}
