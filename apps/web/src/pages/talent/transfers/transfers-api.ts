import type { TransferStatus, WorkerTransfer, WorkerTransferInput } from '@shegong/domain';
import { api } from '../../../api/client';

export type TransferQuery = {
  page: number;
  pageSize: number;
  side?: 'receiving' | 'releasing';
  status?: TransferStatus;
};

export const transferKeys = {
  all: ['worker-transfers'] as const,
  list: (query: TransferQuery) => ['worker-transfers', 'list', query] as const,
};

export function listTransfers(query: TransferQuery, signal?: AbortSignal) {
  return api.get<{ items: WorkerTransfer[]; total: number }>('/worker-transfers', {
    query,
    signal,
  });
}

/** Filed whether or not the ID number and name match anyone: the answer never says. */
export function requestTransfer(input: WorkerTransferInput) {
  return api.post<WorkerTransfer>('/worker-transfers', input);
}

const decision = (transfer: WorkerTransfer, action: 'approve' | 'refuse' | 'withdraw') =>
  `/worker-transfers/${encodeURIComponent(transfer.id)}/${action}`;

export function approveTransfer(transfer: WorkerTransfer) {
  return api.post<WorkerTransfer>(decision(transfer, 'approve'), { version: transfer.version });
}

export function refuseTransfer(transfer: WorkerTransfer, reason: string) {
  return api.post<WorkerTransfer>(decision(transfer, 'refuse'), {
    version: transfer.version,
    reason,
  });
}

export function withdrawTransfer(transfer: WorkerTransfer) {
  return api.post<WorkerTransfer>(decision(transfer, 'withdraw'), { version: transfer.version });
}
