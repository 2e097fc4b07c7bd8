import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A short confirmation; its close button is named (Mantine's icon button has no text). */
export function notify(t: TFunction, message: string, color: 'green' | 'gray' = 'green'): void {
  notifications.show({ message, color, autoClose: 3000, closeButtonProps: { 'aria-label': t('common.close') } });
}
