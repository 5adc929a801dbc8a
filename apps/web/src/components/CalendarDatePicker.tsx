import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

/**
 * A calendar date as the API writes it (`YYYY-MM-DD`), picked on a calendar. Works as an antd Form
 * control; no time zone can shift the day.
 */
export function CalendarDatePicker({
  value,
  onChange,
  id,
  style,
  disabled,
  placeholder,
}: {
  value?: string | null;
  onChange?: (date: string | undefined) => void;
  id?: string;
  style?: CSSProperties;
  disabled?: boolean;
  placeholder?: string;
}) {
  return (
    <DatePicker
      id={id}
      style={{ width: '100%', ...style }}
      disabled={disabled}
      placeholder={placeholder}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : undefined)}
    />
  );
}
