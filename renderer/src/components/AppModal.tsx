import { Modal, type ModalProps } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesScope, useConfirmClose } from '../forms/unsaved-changes';

/**
 * Mantine's Modal with a named close button (its icon button has no text of
 * its own), and a guard: closing by the cross, Esc or a click outside asks
 * first when a form inside holds unsaved changes. Its own "Avbryt" buttons
 * stay a deliberate discard.
 */
export function AppModal({ guarded = true, ...props }: ModalProps & { guarded?: boolean }) {
  const { t } = useTranslation();
  const scope = useId();
  const confirmClose = useConfirmClose();
  const onClose = guarded ? () => void confirmClose(scope).then((close) => close && props.onClose()) : props.onClose;
  return (
    <Modal {...props} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close'), ...props.closeButtonProps }}>
      <UnsavedChangesScope scope={scope}>{props.children}</UnsavedChangesScope>
    </Modal>
  );
}
