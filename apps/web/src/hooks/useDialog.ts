import { useCallback, useMemo, useState } from 'react';

/** What every drawer or modal opened by a page is given. */
export interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** After the closing animation: the dialog is then removed, so each opening starts afresh. */
  afterClose: () => void;
}

/**
 * One drawer or modal of a page and what it was opened for. It stays mounted while it animates
 * closed, then goes.
 */
export function useDialog<Payload = true>(): {
  show: (payload: Payload) => void;
  /** What the dialog was opened for; undefined while it is not shown. */
  payload: Payload | undefined;
  /** Replaces the payload of the open dialog (a record fetched again after a conflict). */
  update: (change: (payload: Payload) => Payload) => void;
  props: DialogProps;
} {
  const [state, setState] = useState<{ payload: Payload; open: boolean } | null>(null);
  const show = useCallback((payload: Payload) => setState({ payload, open: true }), []);
  const update = useCallback(
    (change: (payload: Payload) => Payload) =>
      setState((current) => current && { ...current, payload: change(current.payload) }),
    [],
  );
  const props = useMemo<DialogProps>(
    () => ({
      open: state?.open ?? false,
      onClose: () => setState((current) => current && { ...current, open: false }),
      afterClose: () => setState(null),
    }),
    [state?.open],
  );
  return { show, payload: state?.payload, update, props };
}
