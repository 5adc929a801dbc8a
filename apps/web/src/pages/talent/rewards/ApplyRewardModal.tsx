import {
  certificateLevels,
  labelOf,
  type CertificateLevel,
  type WorkerDetail,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Select, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { formatYuan } from '../../../format/money';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { getRewardRules, rewardKeys } from './rewards-api';
import { useTalentMutation } from '../registry/useTalentMutation';
import { applyReward } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

/**
 * 申请奖励 for a level the worker holds and has not applied for yet, at the amount in force in
 * the worker's region. The worker must be in post (the server checks).
 */
export function ApplyRewardModal({ worker, ...dialog }: DialogProps & { worker: WorkerDetail }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<{ level: CertificateLevel }>();
  const level = Form.useWatch('level', form);
  const rules = useQuery({
    queryKey: rewardKeys.rules(worker.regionCode),
    queryFn: ({ signal }) => getRewardRules(worker.regionCode, signal),
  });
  const applied = new Set(worker.rewards.map((r) => r.level));
  const options = worker.certificates.map((c) => ({
    value: c.level,
    label: labelOf(certificateLevels, c.level, language),
    disabled: applied.has(c.level),
  }));
  const amount = rules.data?.find((r) => r.level === level)?.amountFen;
  const save = useTalentMutation(
    (values: { level: CertificateLevel }) => applyReward(worker.id, values.level),
    { form, success: () => t('rewards.apply.done'), onDone: dialog.onClose },
  );

  return (
    <FormModal<{ level: CertificateLevel }>
      {...dialog}
      title={`${t('rewards.apply')} · ${worker.name}`}
      form={form}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      {!worker.employed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('rewards.apply.notEmployed')}
        />
      )}
      <Form.Item
        name="level"
        label={t('rewards.level')}
        rules={[chooseRequired]}
        extra={
          amount !== undefined && (
            <Typography.Text>
              {t('rewards.apply.amount', { amount: formatYuan(amount, language) })}
            </Typography.Text>
          )
        }
      >
        <Select options={options} />
      </Form.Item>
    </FormModal>
  );
}
