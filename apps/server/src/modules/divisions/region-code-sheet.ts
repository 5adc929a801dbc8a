import type { Division, Language } from '@shegong/domain';
import type { Actor } from '../../platform/access/actor';
import type { ReferenceSheet } from '../../platform/imports/import-template';
import type { DivisionService } from './divisions.service';

/** A city holds a few thousand divisions; a province or the country is cut off here. */
const maxRows = 20_000;

async function divisionsIn(
  divisions: Pick<DivisionService, 'get' | 'children'>,
  scope: string,
): Promise<Division[]> {
  const found: Division[] = scope === '' ? [] : [await divisions.get(scope)];
  // Depth first, in code order: each division is followed by those inside it.
  const stack = (await divisions.children(scope)).reverse();
  while (stack.length > 0 && found.length < maxRows) {
    const next = stack.pop()!;
    found.push(next);
    if (next.hasChildren) stack.push(...(await divisions.children(next.code)).reverse());
  }
  return found;
}

/**
 * The template's sheet of 区划代码: every division of the reader's scope with its code, name and
 * full path, so that a region column can be filled in without looking codes up elsewhere.
 */
export function regionCodeSheet(
  divisions: Pick<DivisionService, 'get' | 'children' | 'describeRegions'>,
) {
  return async (actor: Actor, language: Language): Promise<ReferenceSheet[]> => {
    const found = await divisionsIn(divisions, actor.regionCode);
    const paths = await divisions.describeRegions(
      found.map((d) => d.code),
      language,
    );
    const zh = language === 'zh-CN';
    return [
      {
        name: zh ? '区划代码' : 'Region codes',
        columns: [
          { header: zh ? '区划代码' : 'Region code', width: 16 },
          { header: zh ? '名称' : 'Name', width: 20 },
          { header: zh ? '完整名称' : 'Full name', width: 48 },
        ],
        rows: found.map((d) => [d.code, d.name, paths.get(d.code) ?? d.name]),
      },
    ];
  };
}
