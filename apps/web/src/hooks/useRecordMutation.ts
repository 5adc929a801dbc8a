import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';
import { useReportError, type ReportOptions } from './useReportError';

export interface RecordMutationOptions<Variables, Result> extends Pick<
  ReportOptions,
  'form' | 'codeFields'
> {
  /** The queries that show what changed: fetched again after success and after a conflict. */
  invalidates: readonly QueryKey[];
  /** The notice on success. */
  success: (result: Result, variables: Variables) => string;
  onDone?: (result: Result) => void;
  /** Someone else changed the record first: fetch it again (the form keeps what was typed). */
  onStale?: () => void;
}

/**
 * A change to records: on success a notice, the queries that show them fetched again and
 * `onDone`; on failure the server's field errors on the form, and a reload on a version conflict.
 */
export function useRecordMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: RecordMutationOptions<Variables, Result>,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const refetch = () =>
    Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

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
