import { yuanToFen } from '../format/money';

/**
 * The props of a Form.Item that keeps an amount in fen (the field the server names, so that its
 * errors land there) while the user types and reads it in yuan.
 */
export const fenFieldProps = {
  getValueProps: (fen?: number | null) => ({ value: fen == null ? fen : fen / 100 }),
  normalize: (yuan?: number | null) => (yuan == null ? yuan : yuanToFen(yuan)),
};
