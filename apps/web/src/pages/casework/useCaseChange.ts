import type { CaseFile } from '@shegong/domain';
import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { caseKeys } from './casework-api';

/**
 * A change to a case: the file the server answers shows at once (reading it again would be one
 * more audited read), the lists, the desk and the approvals are fetched again, and the dialog
 * closes. A version conflict fetches the file again.
 */
export function useCaseChange<Variables>(
  change: (variables: Variables) => Promise<CaseFile>,
  options: {
    form?: FormInstance;
    success: (file: CaseFile) => string;
    close?: () => void;
    caseId?: string;
  },
) {
  const queryClient = useQueryClient();
  return useRecordMutation(change, {
    form: options.form,
    invalidates: [['cases', 'list'], caseKeys.desk, caseKeys.pending],
    success: options.success,
    onDone: (file) => {
      queryClient.setQueryData(caseKeys.one(file.id), file);
      options.close?.();
    },
    onStale: () =>
      options.caseId &&
      void queryClient.invalidateQueries({ queryKey: caseKeys.one(options.caseId) }),
  });
}
