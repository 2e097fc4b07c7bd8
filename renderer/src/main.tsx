import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTransport } from './api/transport';
import { App } from './App';
import { i18n } from './i18n';

/*
 * Mantine's auto-growing textarea measures text in a hidden twin that it
 * labels "autosize measurement" in English. The twin is aria-hidden, so it
 * needs no name at all: drop the English one wherever it appears.
 */
new MutationObserver(() => {
  for (const twin of document.querySelectorAll('textarea[aria-label="autosize measurement"]')) twin.removeAttribute('aria-label');
}).observe(document.body, { childList: true, subtree: true });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <App transport={defaultTransport(i18n.t('errors.network'))} />
  </StrictMode>,
);
