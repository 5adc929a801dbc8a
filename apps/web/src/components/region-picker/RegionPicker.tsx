import { useQuery } from '@tanstack/react-query';
import { Cascader } from 'antd';
import type { CSSProperties } from 'react';
import {
  divisionKeys,
  divisionStaleTime,
  fetchDivisionChildren,
  fetchDivisionPath,
} from '../../api/divisions';
import { useSession } from '../../auth/useSession';
import { optionOf, type RegionOption } from './region-options';
import { RegionCascader } from './RegionCascader';

export interface RegionPickerProps {
  /** A division code; '' is the whole country; undefined is nothing chosen. */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The region the choice is limited to; by default the signed-in user's scope. */
  root?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

async function rootOptions(root: string): Promise<{ options: RegionOption[]; depth: number }> {
  if (root === '') return { options: (await fetchDivisionChildren('')).map(optionOf), depth: 0 };
  const division = await fetchDivisionPath(root);
  return { options: [optionOf(division)], depth: division.pathNames.length - 1 };
}

/**
 * Chooses a division at any level within a scope: browse the tree level by level, or search by
 * name or code. Works as an antd Form control (value / onChange).
 */
export function RegionPicker({ root, ...props }: RegionPickerProps) {
  const { session } = useSession();
  const scope = root ?? session?.account.regionCode ?? '';
  const start = useQuery({
    queryKey: divisionKeys.root(scope),
    queryFn: () => rootOptions(scope),
    staleTime: divisionStaleTime,
  });

  if (!start.data) {
    return (
      <Cascader
        id={props.id}
        style={props.style}
        disabled
        placeholder={start.isError ? start.error.message : props.placeholder}
      />
    );
  }
  return (
    <RegionCascader
      key={scope}
      root={scope}
      rootDepth={start.data.depth}
      initialOptions={start.data.options}
      {...props}
    />
  );
}
