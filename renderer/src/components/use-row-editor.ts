import { useState } from 'react';

/** Which row a section is editing ('new' for a new one) and which it is about to delete. */
export function useRowEditor<T>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  return {
    editing,
    deleting,
    openNew: () => setEditing('new'),
    openEdit: (row: T) => setEditing(row),
    close: () => setEditing(null),
    askDelete: (row: T) => setDeleting(row),
    cancelDelete: () => setDeleting(null),
  };
}

export type RowEditor<T> = ReturnType<typeof useRowEditor<T>>;
