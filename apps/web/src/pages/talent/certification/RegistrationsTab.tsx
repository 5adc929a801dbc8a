import { PlusOutlined } from '@ant-design/icons';
import { certificateLevels, labelOf, type Registration, type WorkerDetail } from '@shegong/domain';
import { Button, Card, Descriptions, Empty, Flex, Space, Timeline, Typography } from 'antd';
import { TableToolbar } from '../../../components/TableToolbar';
import { formatDateTime } from '../../../format/date-time';
import { useDialog } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { NextReviewAction } from './NextReviewAction';
import { ReviewModal } from './ReviewModal';
import { ApplyRegistrationModal } from './ApplyRegistrationModal';
import { RegistrationSteps } from './RegistrationSteps';
import { RegistrationStatusTag } from '../registry/TalentTags';

/** 登记: each application with its way through the reviews; apply and review from here. */
export function RegistrationsTab({
  worker,
  mayWrite,
  mayReview,
}: {
  worker: WorkerDetail;
  mayWrite: boolean;
  mayReview: boolean;
}) {
  const { language, t } = useLanguage();
  const applying = useDialog();
  const reviewing = useDialog<Registration>();
  const registrations = [...worker.registrations].sort((a, b) =>
    b.appliedOn.localeCompare(a.appliedOn),
  );

  return (
    <Flex vertical gap="middle">
      <TableToolbar
        summary={<Typography.Text type="secondary">{t('registrations.rules')}</Typography.Text>}
        actions={
          mayWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={worker.certificates.length === 0}
              title={
                worker.certificates.length === 0
                  ? t('registrations.apply.noCertificate')
                  : undefined
              }
              onClick={() => applying.show(true)}
            >
              {t('registrations.apply')}
            </Button>
          )
        }
      />
      {registrations.length === 0 && <Empty description={t('registrations.empty')} />}
      {registrations.map((registration) => (
        <Card
          key={registration.id}
          size="small"
          title={
            <Space wrap>
              {labelOf(certificateLevels, registration.level, language)}
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {t(`registrations.kind.${registration.kind}`)}
              </Typography.Text>
              <RegistrationStatusTag status={registration.status} />
            </Space>
          }
          extra={
            mayReview && (
              <NextReviewAction registration={registration} onReview={reviewing.show} primary />
            )
          }
        >
          <Flex vertical gap="middle">
            <RegistrationSteps registration={registration} />
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'appliedOn',
                  label: t('registrations.appliedOn'),
                  children: registration.appliedOn,
                },
                {
                  key: 'validity',
                  label: t('registrations.validity'),
                  children:
                    registration.validFrom && registration.validUntil
                      ? `${registration.validFrom} ~ ${registration.validUntil}`
                      : '—',
                },
                {
                  key: 'ceHours',
                  label: t('registrations.ceHours'),
                  children:
                    registration.ceHours === null
                      ? '—'
                      : t('workers.hours', { hours: registration.ceHours }),
                },
              ]}
            />
            {registration.reviews.length > 0 && (
              <Timeline
                items={registration.reviews.map((review) => ({
                  key: `${review.stage}-${review.reviewedAt}`,
                  color: review.outcome === 'pass' ? 'green' : 'red',
                  content: (
                    <>
                      <Typography.Text strong>
                        {t(`registrations.review.${review.stage}`)} ·{' '}
                        {t(`registrations.review.${review.outcome}`)}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {' '}
                        {review.reviewerName} · {formatDateTime(review.reviewedAt)}
                      </Typography.Text>
                      {review.comment && <div>{review.comment}</div>}
                    </>
                  ),
                }))}
              />
            )}
          </Flex>
        </Card>
      ))}
      {applying.payload && <ApplyRegistrationModal {...applying.props} worker={worker} />}
      {reviewing.payload && <ReviewModal {...reviewing.props} registration={reviewing.payload} />}
    </Flex>
  );
}
