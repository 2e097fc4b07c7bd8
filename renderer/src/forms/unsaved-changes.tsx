import { Button, Group, List, Stack, Text } from '@mantine/core';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AppModal } from '../components/AppModal';

/*
 * One guard for every editor: an editor says "I have unsaved changes" (and
 * how to save them, where it can); leaving inside the app asks first, and a
 * reload or closing the window gets the browser's (and Electron's) unload
 * prompt. Editors register with a hook; the provider holds the one blocker,
 * the one dialog and the one `beforeunload` listener, so two dirty editors
 * on a page ask once.
 */

export interface UnsavedEditor {
  /** What is unsaved, in Swedish, e.g. "Närvaro: 10 ändringar". */
  label: string;
  /** Saves the editor; resolves once it is saved, rejects (and the user stays) when it cannot be. */
  save?: () => Promise<unknown>;
}

interface Registry {
  set(id: string, editor: UnsavedEditor | null, scope: string): void;
  /** Asks about the unsaved editors of one scope (a dialog being closed); resolves true when the dialog may close. */
  confirmClose(scope: string): Promise<boolean>;
}

/** A dialog's editors belong to it: closing the dialog asks about them, not about the page behind. */
const ScopeContext = createContext<string>('page');

export function UnsavedChangesScope({ scope, children }: { scope: string; children: React.ReactNode }) {
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

/** What an editor can do with its registration around a save that itself navigates (accept a tour, then open it). */
export interface UnsavedChangesHandle {
  /** Steps aside at once, before a navigation in the same tick is checked. */
  release(): void;
  /** Registers again (the save failed and the changes are still unsaved). */
  restore(): void;
}

const GuardContext = createContext<Registry | null>(null);

export function UnsavedChangesProvider({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const [editors, setEditors] = useState<ReadonlyMap<string, UnsavedEditor & { scope: string }>>(new Map());
  // The blocker reads the live set, not the last render's: a save that navigates right after it
  // succeeds has already stepped aside when the navigation is checked.
  const live = useRef(new Map<string, UnsavedEditor & { scope: string }>());
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  // A dialog asking to close: which scope, and how to answer it.
  const [closing, setClosing] = useState<{ scope: string; answer: (close: boolean) => void } | null>(null);
  const registry = useMemo<Registry>(
    () => ({
      set: (id, editor, scope) => {
        if (editor) live.current.set(id, { ...editor, scope });
        else live.current.delete(id);
        setEditors((prev) => {
          if (!editor && !prev.has(id)) return prev;
          const next = new Map(prev);
          if (editor) next.set(id, { ...editor, scope });
          else next.delete(id);
          return next;
        });
      },
      confirmClose: (scope) => {
        if (![...live.current.values()].some((e) => e.scope === scope)) return Promise.resolve(true);
        return new Promise<boolean>((resolve) => setClosing({ scope, answer: resolve }));
      },
    }),
    [],
  );
  const dirty = editors.size > 0;
  // Search-parameter changes (filters, tabs) stay on the page and keep the editor, so only a new path asks.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => live.current.size > 0 && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const list = [...editors.values()].filter((e) => !closing || e.scope === closing.scope);
  const savable = list.length > 0 && list.every((e) => e.save);
  const answer = (go: boolean) => {
    if (closing) {
      closing.answer(go);
      setClosing(null);
    } else if (go) blocker.proceed?.();
    else blocker.reset?.();
  };
  const stay = () => {
    setSaveFailed(false);
    answer(false);
  };
  const leave = () => {
    setSaveFailed(false);
    answer(true);
  };
  const saveAndLeave = async () => {
    setSaving(true);
    setSaveFailed(false);
    try {
      for (const editor of list) await editor.save?.();
      answer(true);
    } catch {
      // The editor shows its own field messages; the user stays to read them.
      setSaveFailed(true);
      answer(false);
    } finally {
      setSaving(false);
    }
  };

  return (
    <GuardContext.Provider value={registry}>
      {children}
      <AppModal opened={blocker.state === 'blocked' || closing !== null} onClose={stay} title={t('unsaved.title')} size="md" zIndex={400} guarded={false}>
        <Stack gap="sm">
          <Text>{t('unsaved.intro')}</Text>
          <List size="sm">
            {list.map((e, i) => (
              <List.Item key={i}>{e.label}</List.Item>
            ))}
          </List>
          {saveFailed && (
            <Text c="red.9" role="alert">
              {t('unsaved.saveFailed')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={stay} data-autofocus>
              {t('unsaved.stay')}
            </Button>
            <Button variant="light" color="red.9" onClick={leave}>
              {t('unsaved.discard')}
            </Button>
            {savable && (
              <Button onClick={() => void saveAndLeave()} loading={saving}>
                {t('unsaved.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </AppModal>
    </GuardContext.Provider>
  );
}

/**
 * Registers an editor's unsaved changes while `dirty` is true. `save` is kept
 * in a ref, so a new closure on every render does not re-register.
 */
export function useUnsavedChanges(dirty: boolean, label: string, save?: () => Promise<unknown>): UnsavedChangesHandle {
  const registry = useContext(GuardContext);
  const scope = useContext(ScopeContext);
  const id = useId();
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const hasSave = save !== undefined;
  const saveThroughRef = useCallback(() => saveRef.current?.() ?? Promise.resolve(), []);
  const entry = useMemo(() => ({ label, save: hasSave ? saveThroughRef : undefined }), [label, hasSave, saveThroughRef]);
  useEffect(() => {
    if (!registry) return;
    registry.set(id, dirty ? entry : null, scope);
  }, [registry, id, dirty, entry, scope]);
  useEffect(() => () => registry?.set(id, null, scope), [registry, id, scope]);
  return useMemo(
    () => ({
      release: () => registry?.set(id, null, scope),
      restore: () => {
        if (dirty) registry?.set(id, entry, scope);
      },
    }),
    [registry, id, dirty, entry, scope],
  );
}

/** For a dialog: resolves whether it may close, asking first when its editors hold unsaved changes. */
export function useConfirmClose(): (scope: string) => Promise<boolean> {
  const registry = useContext(GuardContext);
  return useCallback((scope: string) => registry?.confirmClose(scope) ?? Promise.resolve(true), [registry]);
}
