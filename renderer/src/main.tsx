import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultTransport } from './api/transport';
import { App } from './App';
import { i18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <StrictMode>
    <App transport={defaultTransport(i18n.t('errors.network'))} />
  </StrictMode>,
);
