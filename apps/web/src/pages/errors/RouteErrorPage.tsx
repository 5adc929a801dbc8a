import { useRouteError } from 'react-router';
import { RenderErrorPage } from './RenderErrorPage';

/** The router's error element: a render error (or a failed chunk load) inside a route. */
export function RouteErrorPage() {
  const error = useRouteError();
  console.error(error);
  return <RenderErrorPage />;
}
