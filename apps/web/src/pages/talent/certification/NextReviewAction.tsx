import type { Registration } from '@shegong/domain';
import { Button, Tooltip, Typography } from 'antd';
import { useT } from '../../../i18n/useT';

/**
 * The review a registration awaits, as the server says this reader stands to it: a button when
 * they may make it, else who may (the first reviewer is not offered the final review).
 */
export function NextReviewAction({
  registration,
  onReview,
  primary = false,
}: {
  registration: Registration;
  onReview: (registration: Registration) => void;
  /** A filled small button (on a card), rather than a link (in a table row). */
  primary?: boolean;
}) {
  const t = useT();
  const next = registration.nextReview;
  if (!next) return null;
  if (next.may)
    return (
      <Button
        size="small"
        type={primary ? 'primary' : 'link'}
        style={primary ? undefined : { paddingInline: 0 }}
        onClick={() => onReview(registration)}
      >
        {t(`registrations.review.${next.stage}`)}
      </Button>
    );
  return (
    <Tooltip title={next.whoMay}>
      <Typography.Text type="secondary" aria-description={next.whoMay ?? undefined}>
        {t(`registrations.review.awaiting.${next.stage}`)}
      </Typography.Text>
    </Tooltip>
  );
}
