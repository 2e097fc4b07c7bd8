import { Alert } from '@mantine/core';

export function ErrorAlert({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
