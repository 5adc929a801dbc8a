import type { SearchOption } from '../../../components/SearchSelect';

/** `姓名（南明区 / 新华路街道 · 520102********1234）`: enough to tell namesakes apart. */
export function workerOption(worker: {
  id: string;
  name: string;
  regionName: string;
  idNumber: string;
}): SearchOption {
  const place = worker.regionName.split(' / ').slice(-2).join(' / ');
  return { value: worker.id, label: `${worker.name}（${place} · ${worker.idNumber}）` };
}
