import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Cascader, Input } from 'antd';
import { useState, type CSSProperties } from 'react';
import {
  divisionKeys,
  divisionStaleTime,
  fetchDivisionChildren,
  fetchDivisionPath,
} from '../../api/divisions';
import { useT } from '../../i18n/useT';
import { cascaderPath, optionOf, withChildren, type RegionOption } from './region-options';
import styles from './region-picker.module.css';
import { RegionSearchResults } from './RegionSearchResults';

export interface RegionCascaderProps {
  root: string;
  /** How many leading names of a path belong above the root (its ancestors), to leave out. */
  rootDepth: number;
  initialOptions: RegionOption[];
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

/** The cascader itself, once the root's options are known; the tree grows as nodes are opened. */
export function RegionCascader({
  root,
  rootDepth,
  initialOptions,
  value,
  onChange,
  placeholder,
  allowClear = true,
  disabled,
  style,
  id,
}: RegionCascaderProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [options, setOptions] = useState(initialOptions);
  const [open, setOpen] = useState(false);
  const [searchText, setSearchText] = useState('');

  // The path of the chosen code, for its label when its branch of the tree is not loaded yet.
  const chosenPath = useQuery({
    queryKey: divisionKeys.path(value ?? ''),
    queryFn: () => fetchDivisionPath(value ?? ''),
    enabled: Boolean(value),
    staleTime: divisionStaleTime,
  });

  /** Loads the children of the node at `path` into the tree. */
  const loadChildren = async (path: string[]) => {
    const parent = path.at(-1);
    if (parent === undefined) return;
    const children = await queryClient.fetchQuery({
      queryKey: divisionKeys.children(parent),
      queryFn: () => fetchDivisionChildren(parent),
      staleTime: divisionStaleTime,
    });
    setOptions((current) => withChildren(current, path, children.map(optionOf)));
  };

  /** Opens the tree down to the chosen code, so that the menus show where it is. */
  const expandToValue = async () => {
    if (!value) return;
    const path = cascaderPath(root, value);
    for (let depth = 1; depth < path.length; depth++) await loadChildren(path.slice(0, depth));
  };

  const pick = (code: string | undefined) => {
    onChange?.(code);
    setSearchText('');
  };

  const label = (fallback: string[]) => {
    if (value === '') return t('region.country');
    const chosen = chosenPath.data;
    const names = chosen && chosen.code === value ? chosen.pathNames : undefined;
    return (names ? names.slice(rootDepth) : fallback).join(' / ');
  };

  return (
    <Cascader<RegionOption>
      id={id}
      style={style}
      options={options}
      loadData={(selected) => loadChildren(selected.map((option) => option.value))}
      changeOnSelect
      value={value === undefined ? undefined : cascaderPath(root, value)}
      onChange={(path) => pick(path?.at(-1))}
      displayRender={(labels) => label(labels)}
      // The whole country has no place in the tree: it shows in the empty selector.
      placeholder={value === '' ? t('region.country') : (placeholder ?? t('region.placeholder'))}
      allowClear={allowClear}
      disabled={disabled}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) expandToValue().catch(() => undefined);
        else setSearchText('');
      }}
      classNames={{ popup: { root: styles.popup } }}
      popupRender={(menus) => (
        <div>
          <div className={styles.searchBox}>
            <Input.Search
              size="small"
              allowClear
              placeholder={t('region.searchPlaceholder')}
              value={searchText}
              onChange={(event) => setSearchText(event.target.value)}
              // The cascader listens for arrow and enter keys; typing here is for the search.
              onKeyDown={(event) => event.stopPropagation()}
            />
          </div>
          {searchText.trim() ? (
            <RegionSearchResults
              text={searchText}
              within={root}
              onPick={(division) => {
                // The result already holds the path the label needs: no request to wait for.
                queryClient.setQueryData(divisionKeys.path(division.code), division);
                pick(division.code);
                setOpen(false);
              }}
            />
          ) : (
            menus
          )}
        </div>
      )}
    />
  );
}
