import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import type { EligibilityVerdictView } from '@shegong/domain';
import { Flex, Tag, Typography } from 'antd';
import { useT } from '../../i18n/useT';

/** A bidder's verdict: eligible or not, and every rule with what the registry showed. */
export function EligibilityVerdict({ verdict }: { verdict: EligibilityVerdictView }) {
  const t = useT();
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color={verdict.eligible ? 'green' : 'red'}>
          {verdict.eligible ? t('tenders.eligible') : t('tenders.ineligible')}
        </Tag>
        <Typography.Text type="secondary">
          {t('tenders.asOf', { date: verdict.asOf })}
        </Typography.Text>
      </span>
      {verdict.checks.map((c) => (
        <Typography.Text key={c.rule} type={c.passed ? undefined : 'danger'}>
          {c.passed ? (
            <CheckCircleTwoTone twoToneColor="#52c41a" />
          ) : (
            <CloseCircleTwoTone twoToneColor="#ff4d4f" />
          )}{' '}
          {c.label}：{c.text}
        </Typography.Text>
      ))}
    </Flex>
  );
}
