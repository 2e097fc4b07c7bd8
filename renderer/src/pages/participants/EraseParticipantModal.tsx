import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantHistory } from '../../../../shared/domain/participants';
import { ApiFailure } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { notify } from '../../components/notify';
import { useEraseParticipant } from './api';

/** The server compares the same way: trimmed, case-insensitive. */
const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

interface Props {
  history: ParticipantHistory;
  onClose: () => void;
}

/**
 * GDPR erasure on request. Typing the full name guards against erasing the
 * wrong person: the step cannot be undone.
 */
export function EraseParticipantModal({ history, onClose }: Props) {
  const { t } = useTranslation();
  const p = history.participant;
  const name = `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim();
  const [typed, setTyped] = useState('');
  const erase = useEraseParticipant();
  const fieldError = erase.error instanceof ApiFailure ? erase.error.error.fieldErrors?.confirmName : undefined;
  const otherError = erase.error && !fieldError ? erase.error.message : null;

  const confirm = async () => {
    try {
      await erase.mutateAsync({ id: p.id, confirmName: typed });
      notify(t, t('participants.erased'));
      onClose();
    } catch {
      // The message is shown from the mutation's error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('participants.eraseTitle', { name })} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (fold(typed) === fold(name)) void confirm();
        }}
        noValidate
      >
        <Stack>
          <Text>{t('participants.eraseIntro')}</Text>
          <List spacing="xs">
            <List.Item>{t('participants.erasePersonal')}</List.Item>
            <List.Item>{t('participants.eraseHoursKept', { count: history.rows.length })}</List.Item>
          </List>
          <Text fw={700}>{t('participants.eraseFinal')}</Text>
          {otherError && (
            <Alert color="red" role="alert">
              {otherError}
            </Alert>
          )}
          <TextInput
            label={t('participants.eraseConfirmLabel')}
            description={t('participants.eraseConfirmHint', { name })}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={erase.isPending} disabled={fold(typed) !== fold(name)}>
              {t('participants.eraseButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
