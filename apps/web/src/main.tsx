import type { Session } from '@shegong/domain';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setCsrfTokenSource } from './api/client';
import { createQueryClient } from './api/query-client';
import { App } from './app/App';
import { sessionQueryKey } from './auth/session-api';
import './global.css';

const queryClient = createQueryClient();
// The session lives in the query cache; the API client takes its CSRF token from there.
setCsrfTokenSource(
  () => queryClient.getQueryData<Session | null>(sessionQueryKey)?.csrfToken ?? null,
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
