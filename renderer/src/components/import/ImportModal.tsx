import { Alert, Button, Group, Loader, Stack, Text, type ModalProps } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewSummary } from '../../../../shared/domain/imports';
import { AppModal } from '../AppModal';
import { readFileBase64, saveFile } from '../files';
import { notify } from '../notify';
import type { ImportFeature, ImportFile } from './import-feature';
import { ImportErrors } from './ImportErrors';
import { ImportFilePicker } from './ImportFilePicker';

interface Props<P extends ImportPreviewSummary, R, C> {
  opened: boolean;
  onClose: () => void;
  title: string;
  help: string;
  feature: ImportFeature<P, R, C>;
  /** The confirmation once the rows are in. */
  done: (result: R) => string;
  size?: ModalProps['size'];
  /** The feature's own part under the errors (attendance: the first rows; participants: the duplicates to choose for). */
  children?: (preview: P, choices: C, setChoices: (choices: C) => void) => ReactNode;
}

type Busy = 'reading' | 'importing' | null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Every spreadsheet import: choose a file, see how many rows can be imported
 * and every problem, then import all rows, or only the valid ones when some
 * have errors. Nothing is written before the button; while writing the
 * dialog cannot be closed.
 */
export function ImportModal<P extends ImportPreviewSummary, R, C = undefined>({ opened, onClose, title, help, feature, done, size = 'xl', children }: Props<P, R, C>) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<{ file: ImportFile; preview: P } | null>(null);
  const [choices, setChoices] = useState<C>(feature.noChoices);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  // Counts the files chosen: a slow preview of an earlier file, or one still on its way when the dialog closed, is dropped.
  const generation = useRef(0);

  const reset = () => {
    generation.current += 1;
    setPicked(null);
    setLoaded(null);
    setChoices(feature.noChoices);
    setError(null);
    setBusy(null);
  };

  const close = () => {
    if (busy === 'importing') return;
    reset();
    onClose();
  };

  const choose = async (chosen: File | null) => {
    reset();
    setPicked(chosen);
    if (!chosen) return;
    const current = generation.current;
    setBusy('reading');
    try {
      const file = { fileName: chosen.name, contentBase64: await readFileBase64(chosen) };
      const preview = await feature.preview(file);
      if (current === generation.current) setLoaded({ file, preview });
    } catch (e) {
      if (current === generation.current) setError(messageOf(e));
    } finally {
      if (current === generation.current) setBusy(null);
    }
  };

  const run = async () => {
    if (!loaded) return;
    setBusy('importing');
    setError(null);
    try {
      const result = await feature.commit(loaded.file, loaded.preview.invalidRows > 0, choices);
      notify(t, done(result));
      reset();
      onClose();
    } catch (e) {
      setError(messageOf(e));
      setBusy(null);
    }
  };

  const downloadTemplate = () => void feature.template().then(saveFile, (e: unknown) => setError(messageOf(e)));

  return (
    <AppModal opened={opened} onClose={close} title={title} size={size}>
      <Stack>
        <Text size="sm">{help}</Text>
        <ImportFilePicker file={picked} disabled={busy !== null} onChoose={(f) => void choose(f)} onTemplate={downloadTemplate} />
        {busy && (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{busy === 'reading' ? t('imports.modal.reading') : t('imports.modal.importing')}</Text>
          </Group>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {loaded && (
          <>
            <Text role="status" fw={600} data-testid="import-summary">
              {t('imports.modal.summary', { valid: loaded.preview.valid, total: loaded.preview.totalRows })}
            </Text>
            {loaded.preview.invalidRows > 0 && <ImportErrors preview={loaded.preview} />}
            {children?.(loaded.preview, choices, setChoices)}
            {loaded.preview.invalidRows > 0 && <Text size="sm">{t('imports.modal.errorsBlock')}</Text>}
            <ImportButtons preview={loaded.preview} importing={busy === 'importing'} onCancel={close} onImport={() => void run()} />
          </>
        )}
      </Stack>
    </AppModal>
  );
}

/** One import button: all rows when there are no errors, else only the valid ones (with how many); none to import, none to press. */
function ImportButtons({ preview, importing, onCancel, onImport }: { preview: ImportPreviewSummary; importing: boolean; onCancel: () => void; onImport: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={importing}>
        {t('common.cancel')}
      </Button>
      <Button onClick={onImport} loading={importing} disabled={preview.valid === 0}>
        {preview.invalidRows > 0 ? t('imports.modal.importValid', { count: preview.valid }) : t('imports.modal.importAll')}
      </Button>
    </Group>
  );
}
