import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/api-error';
import { applyFieldErrors } from '../api/form-errors';
import { useT } from '../i18n/useT';

export interface ReportOptions {
  /** Field errors from the server go onto this form. */
  form?: FormInstance;
  /** The field of an error that comes without details, by code (PASSWORD_POLICY → 'password'). */
  codeFields?: Partial<Record<string, string>>;
  /** Called on 409 VERSION_CONFLICT, typically to fetch the record again. */
  onVersionConflict?: () => void;
}

/**
 * Tells the user why an action failed: on the form fields when the server names them, otherwise
 * as a notice. Signing out and forced password changes are handled centrally, not here.
 */
export function useReportError() {
  const { message } = App.useApp();
  const t = useT();

  return useCallback(
    (error: unknown, options: ReportOptions = {}) => {
      if (isApiError(error, 'UNAUTHENTICATED', 'SESSION_EXPIRED', 'PASSWORD_CHANGE_REQUIRED')) {
        return;
      }
      if (isApiError(error, 'VERSION_CONFLICT')) {
        void message.warning(t('common.versionConflict'));
        options.onVersionConflict?.();
        return;
      }
      if (isApiError(error) && options.form) {
        if (applyFieldErrors(options.form, error, options.codeFields)) return;
      }
      void message.error(error instanceof Error ? error.message : String(error));
    },
    [message, t],
  );
}
