import { parseArgs } from 'node:util';
import { defaultSecurityPolicy, normalizeRegionCode, roleSchema } from '@shegong/domain';
import { loadConfig } from './config';
import { prepareDatabase } from './db/bootstrap';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import { insertAccount } from './platform/auth/account-records';
import { loadVillages } from './modules/divisions';
import { withSystemScope } from './platform/access/region-scope';
import { assertPasswordPolicy } from './platform/auth/passwords';

const usage = `usage: npm run shegong -- <command> [options]

  migrate                               apply database migrations and reference data
  create-admin --username NAME --real-name NAME --region CODE --password PASSWORD
               [--role system_admin]    create an account (must change password at first login)
  seed-demo                             fill an empty database with the demo region
  load-villages --province 52 [--file villages.csv]
                                        load village-level divisions of a province

The database is the one the server uses: DATABASE_URL, else the PGlite data in DATA_DIR.`;

const say = (line: string) => console.log(line);

async function run(argv: string[]) {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      'real-name': { type: 'string' },
      region: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'system_admin' },
      province: { type: 'string' },
      file: { type: 'string' },
    },
  });
  if (!command || command === 'help' || command === '--help') return say(usage);

  const database = await openDatabase(loadConfig().database);
  try {
    switch (command) {
      case 'migrate':
        await prepareDatabase(database, say);
        return say('migrations applied');
      case 'seed-demo':
        await prepareDatabase(database, say);
        return say(
          (await seedDemo(database, say))
            ? 'demo region seeded'
            : 'database already has accounts: nothing seeded',
        );
      case 'create-admin': {
        const { username, 'real-name': realName, region, password } = values;
        if (!username || !realName || region === undefined || !password)
          throw new Error('create-admin needs --username, --real-name, --region and --password');
        const regionCode = region === '' || region === '0' ? '' : normalizeRegionCode(region);
        if (regionCode === null) throw new Error(`--region ${region} is not a division code`);
        const role = roleSchema.parse(values.role);
        assertPasswordPolicy(password, defaultSecurityPolicy, '--password');
        await migrate(database);
        const account = await withSystemScope(database, (tx) =>
          insertAccount(tx, {
            username,
            realName,
            regionCode,
            roles: [role],
            password,
            mustChangePassword: true,
          }),
        );
        return say(
          `created ${account.username} (${role}, region ${regionCode || 'whole country'})`,
        );
      }
      case 'load-villages': {
        if (!values.province || !/^\d{2}$/.test(values.province))
          throw new Error('load-villages needs --province with a 2-digit code, e.g. 52');
        await prepareDatabase(database, say);
        const result = await loadVillages(database.drizzle, values.province, values.file);
        return say(
          result.loaded > 0
            ? `loaded ${result.loaded} villages from ${result.source}`
            : 'villages already loaded',
        );
      }
      default:
        throw new Error(`unknown command "${command}"\n\n${usage}`);
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).catch((error: Error) => {
  console.error(`shegong: ${error.message}`);
  process.exit(1);
});
