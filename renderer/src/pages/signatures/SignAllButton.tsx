import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyCode } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { AppModal } from '../../components/AppModal';
import { notify } from '../../components/notify';
import { formatMonth } from '../participants/format';
import { useSignAllParticipants } from './api';

interface Props {
  month: string;
  countyCode: CountyCode | undefined;
  countyName: string | undefined;
  /** The month's unsigned participants in the county (all counties when none is chosen); unknown while loading. */
  count: number | undefined;
}

/** "Markera alla som signerade": the pile of signed certificates came back; asked once, then one change. */
export function SignAllButton({ month, countyCode, countyName, count }: Props) {
  const { t } = useTranslation();
  const signAll = useSignAllParticipants();
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    signAll.reset();
  };
  const confirm = async () => {
    try {
      const { signed } = await signAll.mutateAsync({ month, countyCode });
      close();
      notify(t, t('signatures.signAllDone', { count: signed, formattedCount: formatInteger(signed) }));
    } catch {
      // The refusal is shown in the dialog; nothing was changed.
    }
  };
  return (
    <>
      <Button disabled={!count} onClick={() => setOpen(true)}>
        {t('signatures.signAll')}
      </Button>
      <AppModal opened={open} onClose={close} title={t('signatures.signAllTitle')} centered guarded={false}>
        <Text mb="md">
          {t('signatures.signAllText', {
            count: count ?? 0,
            formattedCount: formatInteger(count ?? 0),
            scope: countyName ?? t('signatures.signAllScopeAll'),
            month: formatMonth(month),
          })}
        </Text>
        {signAll.error && (
          <Alert color="red" mb="md" role="alert">
            {signAll.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()} loading={signAll.isPending}>
            {t('signatures.signAllConfirm')}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}
