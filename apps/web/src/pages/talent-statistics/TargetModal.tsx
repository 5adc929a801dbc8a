import { chinaToday, type TalentCensus } from '@shegong/domain';
import { Form, InputNumber, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import { RegionName } from '../../components/region-picker/RegionName';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { useTalentMutation } from '../workers/useTalentMutation';
import { setTalentTarget } from './talent-statistics-api';

interface TargetForm {
  year: number;
  targetWorkers: number;
  targetCertified: number;
}

/** 设定年度目标: how many workers, and how many certified, the region aims for by a year's end. */
export function TargetModal({
  region,
  target,
  ...dialog
}: DialogProps & { region: string; target: TalentCensus['target'] }) {
  const t = useT();
  const [form] = Form.useForm<TargetForm>();
  const thisYear = Number(chinaToday().slice(0, 4));
  const save = useTalentMutation((values: TargetForm) => setTalentTarget(region, values), {
    form,
    success: () => t('talent.target.saved'),
    onDone: dialog.onClose,
  });
  const count = (name: keyof TargetForm, label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, type: 'integer', min: 0, max: 10_000_000 }]}
    >
      <InputNumber
        min={0}
        max={10_000_000}
        precision={0}
        suffix={t('unit.people')}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
  return (
    <FormModal<TargetForm>
      {...dialog}
      title={
        <>
          {t('talent.target.edit')} · <RegionName code={region} />
        </>
      }
      form={form}
      initialValues={target ?? { year: thisYear }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">{t('talent.target.editHint')}</Typography.Paragraph>
      <Form.Item
        name="year"
        label={t('talent.target.year')}
        rules={[{ required: true, type: 'integer', min: 2000, max: 2100 }]}
      >
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      {count('targetWorkers', t('talent.target.workers'))}
      {count('targetCertified', t('talent.target.certified'))}
    </FormModal>
  );
}
