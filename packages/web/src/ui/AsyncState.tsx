import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import type { Resource } from '../api/use-resource';
import { Alert } from './Alert';
import { Button } from './Button';
import { NotFoundPage } from '../app/NotFoundPage';

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** French text of any error (API problem, network, bug). */
export function errorText(error: unknown): string {
  if (isApiError(error)) return error.detail;
  if (error instanceof Error) return `Erreur inattendue : ${error.message}`;
  return 'Erreur inattendue.';
}

export function ErrorState({ error, onRetry, title = 'Le chargement a échoué.' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert tone="error" title={title} live>
      <p>{errorText(error)}</p>
      {onRetry && (
        <Button variant="secondary" small onPress={onRetry}>
          Réessayer
        </Button>
      )}
    </Alert>
  );
}

/**
 * Renders a resource: spinner while the first load runs, error with retry (a 404 becomes the not-found page),
 * then the children with the data.
 */
export function Async<T>({ resource, children, label }: { resource: Resource<T>; children: (data: T) => ReactNode; label?: string }) {
  if (resource.data !== undefined) return <>{children(resource.data)}</>;
  if (resource.error) {
    if (isApiError(resource.error) && resource.error.status === 404) return <NotFoundPage />;
    return <ErrorState error={resource.error} onRetry={resource.reload} />;
  }
  return <Loading label={label} />;
}
