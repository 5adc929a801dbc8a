import { isRegionCode, regionAncestors, type Division } from '@shegong/domain';

/** One node of the cascader; children are loaded when the node is opened. */
export interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

export function optionOf(division: Division): RegionOption {
  return { value: division.code, label: division.name, isLeaf: !division.hasChildren };
}

/** The options tree with the children of the node at `path` filled in (unless they already are). */
export function withChildren(
  options: RegionOption[],
  path: readonly string[],
  children: RegionOption[],
): RegionOption[] {
  const [head, ...rest] = path;
  return options.map((option) => {
    if (option.value !== head) return option;
    if (rest.length === 0) {
      return option.children ? option : { ...option, children, isLeaf: children.length === 0 };
    }
    return { ...option, children: withChildren(option.children ?? [], rest, children) };
  });
}

/**
 * The cascader path of a code below a root: 5201 → 520102016 gives [5201, 520102, 520102016]
 * (the root itself is the top option unless it is the whole country).
 */
export function cascaderPath(root: string, code: string): string[] {
  if (code === '' || !isRegionCode(code) || !code.startsWith(root)) return [];
  return [...regionAncestors(code), code].filter((c) => c.length >= Math.max(root.length, 1));
}
