import type { CSSProperties } from 'react';
import { SearchSelect, type SearchOption } from '../../../components/SearchSelect';
import { useT } from '../../../i18n/useT';
import { workerOption } from './worker-option';
import { listWorkers, workerKeys } from './workers-api';

async function searchWorkers(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const { items } = await listWorkers({ q: q || undefined }, undefined, signal);
  return items.map(workerOption);
}

/**
 * Picks social workers in scope by typing a surname or name (or a whole ID or phone number); the
 * server searches. One by default, several with `multiple`; `exclude` leaves some out (the worker
 * whose supervisor is being chosen).
 */
export function WorkerSelect({
  exclude = [],
  ...props
}: {
  exclude?: readonly string[];
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
} & (
  | { multiple?: false; value?: string | null; onChange?: (id: string | null) => void }
  | { multiple: true; value?: string[]; onChange?: (ids: string[]) => void }
)) {
  const t = useT();
  return (
    <SearchSelect
      {...props}
      queryKey={(q) => [...workerKeys.search(q), exclude]}
      search={async (q, signal) =>
        (await searchWorkers(q, signal)).filter((o) => !exclude.includes(o.value))
      }
      placeholder={props.placeholder ?? t('workers.select.placeholder')}
      notFound={t('workers.select.noMatch')}
    />
  );
}
