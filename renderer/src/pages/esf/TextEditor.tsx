import { Badge, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../forms/unsaved-changes';

/**
 * One report text with its own Save button, so a long text is never lost to
 * another text's error, and a mark while it holds changes not yet saved.
 */
export function TextEditor({ label, initial, onSave }: { label: string; initial: string; onSave: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = text !== saved;
  const save = async (): Promise<boolean> => {
    setSaving(true);
    setError(null);
    try {
      await onSave(text);
      setSaved(text);
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setSaving(false);
    }
  };
  useUnsavedChanges(dirty, label, async () => {
    if (!(await save())) throw new Error('not saved');
  });
  return (
    <Stack gap="xs">
      <Textarea label={label} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={4} maxRows={20} error={error} />
      <Group justify="flex-end">
        {/* A live region, so a screen reader hears once that the text now differs from the saved one. */}
        <div role="status">
          {dirty && (
            <Badge color="yellow" variant="light" aria-label={t('esf.reports.unsavedLabel', { label })}>
              {t('esf.reports.unsaved')}
            </Badge>
          )}
        </div>
        <Button variant={dirty ? 'filled' : 'light'} aria-label={t('esf.reports.saveText', { label })} loading={saving} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
