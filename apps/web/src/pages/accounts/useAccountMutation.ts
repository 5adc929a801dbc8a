import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useReportError, type ReportOptions } from '../../hooks/useReportError';
import { accountKeys } from './accounts-api';

/**
 * A change to accounts: on success a notice, every account query fetched again and `onDone`;
 * on failure the server's field errors on the form, and a reload on a version conflict.
 */
export function useAccountMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Pick<ReportOptions, 'form' | 'codeFields'> & {
    success: (result: Result, variables: Variables) => string;
    onDone?: (result: Result) => void;
    /** Someone else changed the account first: fetch it again (the form keeps what was typed). */
    onStale?: () => void;
  },
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const refetch = () => queryClient.invalidateQueries({ queryKey: accountKeys.all });

  return useMutation({
    mutationFn,
    onSuccess: async (result, variables) => {
      void message.success(options.success(result, variables));
      options.onDone?.(result);
      await refetch();
    },
    onError: (error) =>
      reportError(error, {
        form: options.form,
        codeFields: options.codeFields,
        onVersionConflict: () => {
          void refetch();
          options.onStale?.();
        },
      }),
  });
}
