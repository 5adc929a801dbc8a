import { useQuery, type QueryKey } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

export interface SearchOption {
  value: string;
  label: string;
}

type Choice =
  | { multiple?: false; value?: string | null; onChange?: (id: string | null) => void }
  | { multiple: true; value?: string[]; onChange?: (ids: string[]) => void };

export type SearchSelectProps = Choice & {
  /** The cache key of the results for a search text. */
  queryKey: (q: string) => QueryKey;
  /** The first matches of a search text ('' for the first records), as options. */
  search: (q: string, signal: AbortSignal) => Promise<SearchOption[]>;
  /** Labels of values chosen before (when editing), which the first results may not hold. */
  current?: readonly SearchOption[];
  notFound: string;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
};

/**
 * Picks one record, or several, by typing part of its name; the server searches (the list can be
 * far too long to load whole). Works as an antd Form control (value: the record id or ids).
 */
export function SearchSelect(props: SearchSelectProps) {
  const { queryKey, search, current = [], notFound, id, placeholder, style, disabled } = props;
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<readonly SearchOption[]>(current);
  const q = useDebouncedValue(text.trim(), 300);
  const results = useQuery({
    queryKey: queryKey(q),
    queryFn: ({ signal }) => search(q, signal),
    staleTime: 60_000,
  });
  const found = results.data ?? [];
  const options = [...chosen.filter((o) => !found.some((f) => f.value === o.value)), ...found];

  return (
    <Select<string | string[], SearchOption>
      id={id}
      style={style}
      disabled={disabled}
      allowClear
      mode={props.multiple ? 'multiple' : undefined}
      placeholder={placeholder}
      value={props.value ?? undefined}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={results.isFetching ? <Spin size="small" /> : notFound}
      onChange={(next, option) => {
        const picked = (Array.isArray(option) ? option : [option]).filter(
          (o): o is SearchOption => typeof o?.value === 'string',
        );
        // Keep the labels of what is chosen, whatever the next search shows.
        setChosen((before) => [
          ...picked,
          ...before.filter(
            (o) =>
              !picked.some((p) => p.value === o.value) &&
              (Array.isArray(next) ? next.includes(o.value) : false),
          ),
        ]);
        if (props.multiple) props.onChange?.(Array.isArray(next) ? next : []);
        else props.onChange?.(typeof next === 'string' ? next : null);
        if (props.multiple) setText('');
      }}
    />
  );
}
