import { UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';

/**
 * A number that opens the notes behind it. Zero is plain text: there is
 * nothing to list. The label starts with the visible number so speech
 * input ("klicka 3") still finds the button.
 */
export function CountButton({ count, what, onOpen }: { count: number; what: string; onOpen: () => void }) {
  const { t } = useTranslation();
  // Same padding as the buttons, so zeros line up with the numbers in a column.
  if (count === 0) return <span style={{ color: 'var(--mantine-color-dimmed)', padding: '2px 8px' }}>0</span>;
  return (
    <UnstyledButton
      onClick={onOpen}
      aria-label={t('mapping.cellLabel', { count, what })}
      // Inherits the cell's text colour, which the heat scale picked for contrast.
      style={{ color: 'inherit', fontWeight: 700, textDecoration: 'underline', textUnderlineOffset: 2, padding: '2px 8px', borderRadius: 4 }}
    >
      {formatInteger(count)}
    </UnstyledButton>
  );
}
