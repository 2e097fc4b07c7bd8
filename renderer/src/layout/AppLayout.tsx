import { AppShell, Group, NativeSelect, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet } from 'react-router';
import { locales, type Locale } from '../../../shared/i18n';
import { changeLocale } from '../i18n';
import { activitiesNav } from '../pages/activities/routes';
import { areasNav } from '../pages/areas/routes';
import { backupsNav } from '../pages/backups/routes';
import { esfNav } from '../pages/esf/routes';
import { mappingNav } from '../pages/mapping/routes';
import { municipalitiesNav } from '../pages/municipalities/routes';
import { participantsNav } from '../pages/participants/routes';
import { surveysNav } from '../pages/surveys/routes';
import { syncNav } from '../pages/sync/routes';
import { timelineNav } from '../pages/timeline/routes';
import { toursNav } from '../pages/tours/routes';
import { visitsNav } from '../pages/visits/routes';
import { ViewDatePicker } from './ViewDatePicker';

/** The app frame: header, the main navigation landmark, and the page in <main>. Each section declares its links in its routes.tsx. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const sections = [
    ...esfNav,
    ...municipalitiesNav,
    ...visitsNav,
    ...toursNav,
    ...areasNav,
    ...mappingNav,
    ...timelineNav,
    ...activitiesNav,
    ...participantsNav,
    ...surveysNav,
    ...syncNav,
    ...backupsNav,
  ].map((n) => ({ to: n.to, label: t(n.labelKey) }));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Text fw={700} size="lg">
              {t('app.title')}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {t('app.subtitle')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <ViewDatePicker />
            <NativeSelect
              aria-label={t('app.language')}
              size="xs"
              value={i18n.language}
              onChange={(e) => changeLocale(e.currentTarget.value as Locale)}
              data={locales.map((l) => ({ value: l, label: l === 'sv' ? 'Svenska' : 'English' }))}
            />
          </Group>
        </Group>
      </AppShell.Header>
      {/* The menu scrolls on its own when its entries are taller than the window (22 entries at 1366×768). */}
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.mainNav')} style={{ overflowY: 'auto' }}>
        {sections.map((s) => (
          <NavLink key={s.to} component={RouterNavLink} to={s.to} label={s.label} className="nav-link" />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
