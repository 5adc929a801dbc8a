// The boundaries of the server's modules (docs/architecture.md, "Modules"):
// - from outside a module, only its index.ts is imported;
// - another module's *.table.ts may be imported by a table file alone, for a foreign key — a query
//   on another module's table goes through that module's service instead;
// - platform/ imports no module.
import { dirname, join, relative, resolve, sep } from 'node:path';

const serverSource = resolve(import.meta.dirname, '../apps/server/src');

/** `{ area: 'modules', module: 'talent', rest: 'workers.service' }` for a file under src/. */
function placeOf(file) {
  const inside = relative(serverSource, file);
  if (inside.startsWith('..')) return null;
  const [area, module, ...rest] = inside.split(sep);
  if (area === 'modules') return { area, module: rest.length === 0 ? null : module, rest };
  return { area, module: null, rest: [module, ...rest] };
}

export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'keeps modules behind their index.ts and the platform free of modules' },
    messages: {
      platformImportsModule:
        'module-boundaries: platform/ imports no module ({{target}}); define a port the module fills',
      deepImport:
        "module-boundaries: import module {{module}} through its index.ts ('{{suggestion}}'), not {{target}}",
      foreignTable:
        'module-boundaries: the table {{target}} belongs to module {{module}}: only a table file may name it (for a foreign key); ask {{module}}’s service instead',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = placeOf(file);
    // The one list of every table, for Drizzle and its migrations.
    if (!from || relative(serverSource, file) === join('db', 'schema.ts')) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = placeOf(resolve(dirname(file), source));
      if (!target || target.area !== 'modules' || target.module === null) {
        if (target?.area === 'modules' && from.area === 'platform')
          context.report({ node, messageId: 'platformImportsModule', data: { target: source } });
        return;
      }
      if (from.area === 'platform') {
        context.report({ node, messageId: 'platformImportsModule', data: { target: source } });
        return;
      }
      if (from.area === 'modules' && from.module === target.module) return;
      const path = target.rest.join('/').replace(/\.(ts|js)$/, '');
      if (path === '' || path === 'index') return;
      const isTable = /\.table$/.test(path);
      const fromTableFile = /\.table\.ts$/.test(file);
      if (isTable && fromTableFile) return;
      const to = relative(dirname(file), resolve(serverSource, 'modules', target.module));
      const suggestion = to.startsWith('.') ? to : `./${to}`;
      context.report({
        node,
        messageId: isTable ? 'foreignTable' : 'deepImport',
        data: { module: target.module, target: source, suggestion },
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default { rules: { 'module-boundaries': moduleBoundaries } };
