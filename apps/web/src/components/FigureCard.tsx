import { Card, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * One figure people compare (a count, a share), with what it is made of underneath. With `to`,
 * the card leads to the list behind the figure.
 */
export function FigureCard({
  title,
  value,
  suffix,
  note,
  danger,
  to,
  children,
}: {
  title: string;
  value: ReactNode;
  suffix?: string;
  note?: ReactNode;
  danger?: boolean;
  /** Where the records counted are listed. */
  to?: string;
  /** More below the note (a progress bar). */
  children?: ReactNode;
}) {
  const card = (
    <Card size="small" hoverable={to !== undefined} style={{ height: '100%' }}>
      <Statistic
        title={title}
        value={value as string}
        suffix={suffix}
        styles={danger ? { content: { color: '#cf1322' } } : undefined}
      />
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      )}
      {children}
    </Card>
  );
  return to === undefined ? (
    card
  ) : (
    <Link to={to} style={{ display: 'block', height: '100%' }}>
      {card}
    </Link>
  );
}
