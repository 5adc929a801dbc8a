import type { EvaluationRoundDetail } from '@shegong/domain';
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space } from 'antd';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { evaluationKeys, stepRound, type RoundStep } from './evaluations-api';

const steps: RoundStep[] = ['lock', 'publish', 'finalise'];

/** 锁定 / 公示 / 定档, each shown when the round's `can` allows it; and the printable report. */
export function RoundSteps({ round }: { round: EvaluationRoundDetail }) {
  const { t } = useLanguage();
  const step = useRecordMutation((s: RoundStep) => stepRound(round.id, s, round.version), {
    invalidates: [evaluationKeys.all],
    success: (_, s) => t(`evaluations.step.${s}.done`),
  });
  return (
    <Space wrap>
      {steps
        .filter((s) => round.can[s])
        .map((s) => (
          <Popconfirm
            key={s}
            title={t(`evaluations.step.${s}.confirm`)}
            onConfirm={() => step.mutate(s)}
          >
            <Button type="primary" loading={step.isPending && step.variables === s}>
              {t(`evaluations.step.${s}`)}
            </Button>
          </Popconfirm>
        ))}
      <Button
        icon={<PrinterOutlined />}
        href={`/evaluations/rounds/${round.id}/print`}
        target="_blank"
      >
        {t('evaluations.print')}
      </Button>
    </Space>
  );
}
