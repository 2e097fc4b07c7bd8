import { Anchor, FileInput, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  file: File | null;
  disabled: boolean;
  onChoose: (file: File | null) => void;
  onTemplate: () => void;
}

/** The file to import and, beside it, the feature's template with the right column headings. */
export function ImportFilePicker({ file, disabled, onChoose, onTemplate }: Props) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end">
      <FileInput label={t('imports.modal.file')} accept=".xlsx,.csv" value={file} onChange={onChoose} clearable disabled={disabled} style={{ flex: 1 }} />
      <Anchor component="button" type="button" pb={8} onClick={onTemplate}>
        {t('imports.modal.template')}
      </Anchor>
    </Group>
  );
}
