import { type TalentCensus } from '@shegong/domain';
import { Form, InputNumber, Select, Typography, type FormRule } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { RegionName } from '../../../components/region-picker/RegionName';
import type { DialogProps } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { useTalentMutation } from '../registry/useTalentMutation';
import { setTalentTarget } from './talent-statistics-api';
import { targetYearOptions } from './TargetYearSelect';
import { chooseRequired } from '../../../components/choose-required';

interface TargetForm {
  year: number;
  targetWorkers: number;
  targetCertified: number;
}

/**
 * 设定年度目标: how many workers, and how many certified, the region aims for by a year's end — for
 * the year picked on the page or another (at least one of each, no more certified than workers).
 */
export function TargetModal({
  region,
  year,
  target,
  onSaved,
  ...dialog
}: DialogProps & {
  region: string;
  year: number;
  target: TalentCensus['target'];
  onSaved: (year: number) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<TargetForm>();
  const save = useTalentMutation((values: TargetForm) => setTalentTarget(region, values), {
    form,
    success: () => t('talent.target.saved'),
    onDone: (census) => {
      if (census.target) onSaved(census.target.year);
      dialog.onClose();
    },
  });
  const count = (name: keyof TargetForm, label: string, check?: FormRule) => (
    <Form.Item
      name={name}
      label={label}
      dependencies={check ? ['targetWorkers'] : undefined}
      rules={[
        { required: true, type: 'integer', min: 1, max: 10_000_000 },
        ...(check ? [check] : []),
      ]}
    >
      <InputNumber
        min={1}
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
      initialValues={target ?? { year }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">{t('talent.target.editHint')}</Typography.Paragraph>
      <Form.Item name="year" label={t('talent.target.year')} rules={[chooseRequired]}>
        <Select<number> options={targetYearOptions()} />
      </Form.Item>
      {count('targetWorkers', t('talent.target.workers'))}
      {count('targetCertified', t('talent.target.certified'), ({ getFieldValue }) => ({
        validator: (_rule, value: number | undefined) =>
          value === undefined || value <= (getFieldValue('targetWorkers') as number)
            ? Promise.resolve()
            : Promise.reject(new Error(t('talent.target.certifiedOverWorkers'))),
      }))}
    </FormModal>
  );
}
