import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import type { DivisionWithPath } from '@shegong/domain';
import { divisionKeys, divisionStaleTime, searchDivisions } from '../../api/divisions';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useT } from '../../i18n/useT';
import styles from './region-picker.module.css';

/** Divisions matching a name or code within the root, shown as their full path. */
export function RegionSearchResults({
  text,
  within,
  onPick,
}: {
  text: string;
  within: string;
  onPick: (division: DivisionWithPath) => void;
}) {
  const t = useT();
  const q = useDebouncedValue(text.trim(), 300);
  const results = useQuery({
    queryKey: divisionKeys.search(q, within),
    queryFn: () => searchDivisions(q, within),
    enabled: q.length > 0,
    staleTime: divisionStaleTime,
  });

  if (q.length === 0 || results.isPending) {
    return (
      <div className={styles.hint}>
        <Spin size="small" />
      </div>
    );
  }
  if (results.isError) return <div className={styles.hint}>{results.error.message}</div>;
  if (results.data.length === 0) return <div className={styles.hint}>{t('region.noMatch')}</div>;
  return (
    <ul className={styles.results} role="listbox">
      {results.data.map((division) => (
        <li key={division.code} role="option" aria-selected={false}>
          <button
            type="button"
            className={styles.result}
            // Focus stays in the search box: a blur would let the cascader close its popup
            // between mouse down and click, and the click would be lost.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(division)}
          >
            {division.pathNames.join(' / ')}
          </button>
        </li>
      ))}
    </ul>
  );
}
