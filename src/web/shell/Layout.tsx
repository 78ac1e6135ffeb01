import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <Container size="lg">
          <Group h={60} justify="space-between" wrap="nowrap">
            <Group className="header-start" wrap="nowrap">
              <Anchor component={Link} to="/regions" underline="never" className="brand">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <span className="brand-name">{t('app.name')}</span>
                <Text span size="xs" c="dimmed" visibleFrom="sm">{t('app.tagline')}</Text>
              </Anchor>
              <nav aria-label={t('nav.label')} className="main-nav">
                <NavLink to="/regions" className="nav-link">{t('nav.regions')}</NavLink>
                <NavLink to="/calendar" className="nav-link">{t('nav.calendar')}</NavLink>
              </nav>
            </Group>
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <Box component="main" id="main" className="app-main">
        <Container size="lg" py="lg">
          <Outlet />
        </Container>
      </Box>
      <Footer />
    </div>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="app-footer">
      <Container size="lg" py="md">
        <Text size="xs" c="dimmed">
          {t('footer.boundaries')}: © 2024 Cahya DSN,{' '}
          <Anchor href="https://github.com/cahyadsn/wilayah_boundaries" size="xs" rel="noopener noreferrer">
            wilayah_boundaries
          </Anchor>{' '}
          (MIT), simplified
        </Text>
        <Text size="xs" c="dimmed">{t('footer.gazetteer')}</Text>
      </Container>
    </footer>
  );
}
