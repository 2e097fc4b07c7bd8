import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ApiResult, CallApi } from '../../shared/contract';
import { AppProviders, appRouteObjects } from '../../renderer/src/App';
import { openTestProject, type TestProject } from '../helpers/db';

/**
 * The real app routes over the real dispatcher and a real SQLite file; the
 * payload makes a JSON round trip, as it would over HTTP or IPC.
 */
export function inProcessTransport(project: TestProject, calls: string[] = []): CallApi {
  return async (method, input) => {
    calls.push(method);
    const result = await project.dispatch(method, JSON.parse(JSON.stringify(input ?? {})));
    return JSON.parse(JSON.stringify(result)) as ApiResult<never>;
  };
}

export async function renderApp(path: string, options: { project?: TestProject } = {}) {
  const project = options.project ?? (await openTestProject());
  const calls: string[] = [];
  const router = createMemoryRouter(appRouteObjects, { initialEntries: [path] });
  const view = render(
    <AppProviders transport={inProcessTransport(project, calls)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, project, calls, router };
}
