import { Center, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** What a page shows while its code is fetched: a few milliseconds on this computer, announced to screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return <ErrorAlert error={new Error(t('errors.network'))} />;
}

/**
 * A component whose code is a chunk of its own, fetched the first time it is
 * shown; `fallback` meanwhile. Once fetched it renders at once, on every
 * later visit too.
 *
 * Not React.lazy with Suspense: React holds back content that replaces a
 * Suspense fallback until 300 ms after the fallback appeared (its reveal
 * throttle), which made every first visit to a page 300 ms slower than the
 * chunk takes to arrive from this computer. A state update has no such wait.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode, name: string): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A later visit tries again (a chunk that failed to arrive, say after the app was rebuilt).
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  function Lazy(props: P) {
    const [state, setState] = useState<{ component: ComponentType<P> | null; failed: boolean }>(() => {
      // Fetching starts with the first render rather than after it commits (start() is idempotent).
      if (!loaded) void start().catch(() => undefined);
      return { component: loaded, failed: false };
    });
    useEffect(() => {
      if (state.component) return;
      let live = true;
      start().then(
        (component) => live && setState({ component, failed: false }),
        () => live && setState({ component: null, failed: true }),
      );
      return () => {
        live = false;
      };
    }, [state.component]);
    if (state.failed) return <LoadFailed />;
    const Component = state.component;
    return Component ? <Component {...props} /> : fallback;
  }
  Lazy.displayName = `Lazy(${name})`;
  return Lazy;
}

/**
 * A page of the app as a chunk of its own (see lazyComponent): the app starts
 * on the shell and the page it opens on, and the maps, charts, calendars and
 * the SWOT board come when asked for. `name` is the page's named export.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): ComponentType {
  return lazyComponent(() => load().then((module) => module[name]), <PageLoading />, name);
}
