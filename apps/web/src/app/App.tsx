import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import { RouterProvider } from 'react-router/dom';
import { SessionProvider } from '../auth/SessionProvider';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { AppErrorBoundary } from '../pages/errors/AppErrorBoundary';
import { router } from './routes';
import { appTheme } from './theme';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider theme={appTheme}>
        <LanguageProvider>
          <AntApp>
            <AppErrorBoundary>
              <SessionProvider>
                <RouterProvider router={router} />
              </SessionProvider>
            </AppErrorBoundary>
          </AntApp>
        </LanguageProvider>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
