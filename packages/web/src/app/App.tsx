import { Suspense } from 'react';
import { RouterProvider, Routes } from '../router';
import { Loading } from '../ui/AsyncState';
import { SessionProvider } from '../features/auth/session';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { routes } from './routes';

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes routes={routes} fallback={<NotFoundPage />} />
          </Suspense>
        </Layout>
      </SessionProvider>
    </RouterProvider>
  );
}
