import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { prepareDatabase } from './db/bootstrap';
import { openDatabase, StartupError, type Database } from './db/connection';
import { demoAccounts, demoPassword } from './demo/demo-accounts';
import { seedDemo } from './demo/seed-demo';
import { seedDemoServices } from './demo/seed-demo-services';

const say = (line: string) => console.log(`shegong: ${line}`);

/** Stops start-up with one clear line and a non-zero exit. */
function fail(message: string): never {
  console.error(`shegong: cannot start — ${message}`);
  process.exit(1);
}

/** What is open so far, so that a signal at any moment closes it in order. */
const running: { app?: FastifyInstance; database?: Database } = {};
let stopping = false;

async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: finishing in-flight requests`);
  const force = setTimeout(() => fail('shutdown took longer than 10 s'), 10_000);
  force.unref();
  await running.app?.close();
  await running.database?.close();
  say('stopped');
  process.exit(0);
}

async function start() {
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let config;
  let seeded = false;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  try {
    running.database = await openDatabase(config.database);
    await prepareDatabase(running.database, say);
    seeded = config.seedDemo && (await seedDemo(running.database, say));
  } catch (error) {
    if (error instanceof StartupError) fail(error.message);
    fail(`database: ${(error as Error).message}`);
  }
  if (stopping) return;

  const app = await buildApp({ config, database: running.database, say });
  running.app = app;
  // The demo worker's cases, groups and referrals go through the API's write paths.
  if (seeded) await seedDemoServices(app, running.database);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await running.database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${config.port} is already in use (set PORT to choose another)`);
    if (code === 'EACCES') fail(`no permission to listen on port ${config.port}`);
    fail((error as Error).message);
  }

  // The modules' background jobs (the census upkeep); closing the app stops them.
  app.startJobs();

  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  say(
    `ready at http://${shown}:${port}  (API docs: /api/docs, database: ${running.database.kind})`,
  );
  if (config.seedDemo) {
    say(
      `demo accounts (password ${demoPassword}): ${demoAccounts.map((a) => a.username).join(', ')}`,
    );
  }
}

await start();
