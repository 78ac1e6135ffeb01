import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useCurrentUser } from '../features/auth/session';
import { UserMenu } from '../features/auth/UserMenu';
import { useAccountLanguage } from '../features/auth/useAccountLanguage';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { Loading } from './QueryState';

export function Layout() {
  const { t } = useTranslation();
  useAccountLanguage();
  const signedIn = useCurrentUser() !== undefined;
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        {/* Wider than the page: a coordinator's eight links fit on one row on a laptop screen. */}
        <Container size="xl">
          <Group h={60} justify="space-between" wrap="nowrap">
            <Group className="header-start" wrap="nowrap">
              <Anchor component={Link} to="/" underline="never" className="brand">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <span className="brand-name">{t('app.name')}</span>
                {/* Signed in, the navigation is longer: the tagline gives way on all but wide screens. */}
                <Text span size="xs" c="dimmed" visibleFrom={signedIn ? 'xl' : 'sm'}>{t('app.tagline')}</Text>
              </Anchor>
              <MainNav />
            </Group>
            <Group gap="md" wrap="nowrap">
              <NotificationBell />
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </header>
      <Box component="main" id="main" className="app-main">
        <Container size="lg" py="lg">
          {/* Pages load on first visit (src/web/pages.ts): the header stays while one arrives. */}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
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
