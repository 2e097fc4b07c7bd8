import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** Schema messages are catalogue keys; server messages are already text. */
export function useFieldError() {
  const { t, i18n } = useTranslation();
  return (error: FieldError | undefined): string | undefined => {
    if (!error?.message) return undefined;
    return i18n.exists(error.message) ? t(error.message) : error.message;
  };
}
