import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../../../..');
const eslint = new ESLint({ cwd: root });

/** The boundary problems the project's lint config finds in `code` placed at `file`. */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'shegong/module-boundaries')
    .map((m) => m.message);
}

describe('module boundaries, as the linter enforces them', () => {
  it('refuses a query on another module’s table, naming the rule and the module', async () => {
    const problems = await boundaryProblems(
      'apps/server/src/modules/stations/probe.service.ts',
      "import { workers } from '../talent/registry/workers.table';\nexport const probe = workers;\n",
    );
    expect(problems).toEqual([
      expect.stringMatching(/^module-boundaries: the table .* belongs to module talent/),
    ]);
  });

  it('lets a table file name another module’s table for a foreign key', async () => {
    const problems = await boundaryProblems(
      'apps/server/src/modules/stations/probe.table.ts',
      "import { workers } from '../talent/registry/workers.table';\nexport const probe = workers;\n",
    );
    expect(problems).toEqual([]);
  });

  it('sends other modules through their index.ts, and keeps the platform free of modules', async () => {
    expect(
      await boundaryProblems(
        'apps/server/src/modules/stations/probe.ts',
        "import type { DivisionService } from '../divisions/divisions.service';\nexport type P = DivisionService;\n",
      ),
    ).toEqual([expect.stringContaining("through its index.ts ('../divisions')")]);
    expect(
      await boundaryProblems(
        'apps/server/src/modules/stations/probe.ts',
        "import type { DivisionService } from '../divisions';\nexport type P = DivisionService;\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryProblems(
        'apps/server/src/platform/probe.ts',
        "import { talentModule } from '../modules/talent';\nexport const p = talentModule;\n",
      ),
    ).toEqual([expect.stringContaining('platform/ imports no module')]);
  });
});
