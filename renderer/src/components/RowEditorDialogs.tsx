import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from './AppModal';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { notify } from './notify';
import type { RowEditor } from './use-row-editor';

interface Props<T extends { id: string }> {
  editor: RowEditor<T>;
  addTitle: string;
  editTitle: string;
  /** The form for a new row (null) or an existing one; call `saved` after a successful save. */
  renderForm: (row: T | null, saved: () => void) => ReactNode;
  deleteMessage: (row: T) => string;
  remove: { mutate: (input: { id: string }, options: { onSuccess: () => void }) => void; isPending: boolean; error: Error | null; reset: () => void };
  onDeleted?: () => void;
}

/** The dialogs of a table of editable rows: add or edit in a modal, delete after confirmation. */
export function RowEditorDialogs<T extends { id: string }>({ editor, addTitle, editTitle, renderForm, deleteMessage, remove, onDeleted }: Props<T>) {
  const { t } = useTranslation();
  const { editing, deleting } = editor;
  const saved = () => {
    notify(t, t('common.saved'));
    editor.close();
  };
  return (
    <>
      <AppModal opened={editing !== null} onClose={editor.close} title={editing === 'new' ? addTitle : editTitle} size="lg">
        {editing !== null && renderForm(editing === 'new' ? null : editing, saved)}
      </AppModal>
      <ConfirmDeleteModal
        opened={deleting !== null}
        message={deleting ? deleteMessage(deleting) : ''}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          remove.reset();
          editor.cancelDelete();
        }}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(
            { id: deleting.id },
            {
              onSuccess: () => {
                onDeleted?.();
                editor.cancelDelete();
              },
            },
          );
        }}
      />
    </>
  );
}
