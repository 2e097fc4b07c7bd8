import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The form-level message (one not about a single field), announced to screen readers. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}

/** Cancel (when the form can be left) and Save, at the end of every form; in a dialog they stay in view (app.css). */
export function FormActions({ onCancel, submitting }: { onCancel?: (() => void) | undefined; submitting: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" className="form-actions">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
