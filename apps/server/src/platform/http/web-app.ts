import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type WebAppFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Serves the built web app from the API's own port, without registering routes of its own: the
 * not-found handler sends a built file when the path names one, else index.html so that the
 * browser router shows the page (or its own 404 page).
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDist: string,
): Promise<WebAppFallback | null> {
  if (!existsSync(join(webDist, 'index.html'))) {
    app.log.warn(
      `web app not built (${webDist}/index.html missing): serving the API only; run npm run build`,
    );
    return null;
  }
  await app.register(fastifyStatic, { root: webDist, serve: false });
  // The build does not change while the server runs: list its files once.
  const files = new Set(
    readdirSync(webDist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(
        (entry) =>
          '/' + relative(webDist, join(entry.parentPath, entry.name)).split('\\').join('/'),
      ),
  );
  return (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (request.method !== 'GET' || path.startsWith('/api/') || path === '/healthz') return false;
    if (files.has(path) && path !== '/index.html') {
      const immutable = path.startsWith('/assets/');
      void reply
        .header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(path.slice(1));
    } else {
      void reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return true;
  };
}
