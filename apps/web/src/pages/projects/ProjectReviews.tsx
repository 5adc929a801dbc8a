import { labelOf, reviewResults, type ProjectDetail } from '@shegong/domain';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/useLanguage';

/** 专家论证: each review held, its experts, opinion and result. */
export function ProjectReviews({
  project,
  compact,
}: {
  project: ProjectDetail;
  compact?: boolean;
}) {
  const { t, language } = useLanguage();
  if (project.reviews.length === 0)
    return compact ? null : <Empty description={t('projects.review.none')} />;
  return (
    <Flex vertical gap="small">
      {project.reviews.map((r) => (
        <Card
          key={r.id}
          size="small"
          title={`${t('projects.review.on')} ${r.reviewedOn}`}
          extra={
            <Tag color={r.result === 'passed' ? 'green' : 'red'}>
              {labelOf(reviewResults, r.result, language)}
            </Tag>
          }
        >
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('projects.review.reviewers')}：
            {r.reviewers
              .map((x) => (x.affiliation ? `${x.name}（${x.affiliation}）` : x.name))
              .join('、')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
            {r.opinion}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('projects.review.recordedBy', { name: r.recordedByName })} ·{' '}
            {formatDateTime(r.recordedAt)}
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
