import { creditSources, labelOf, type CreditRule, type CreditSource } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  InputNumber,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { FormModal } from '../../../components/FormModal';
import { RegionName } from '../../../components/region-picker/RegionName';
import { useDialog, type DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { educationKeys, getCreditRule, setCreditRule } from './education-api';

/**
 * 学时认定规则 of the province: which sources of hours count toward a registration cycle and up to
 * how many hours each. Read by all; set by a province-level user with the settings permission.
 */
export function CreditRulePanel({ province }: { province: string }) {
  const { language, t } = useLanguage();
  const { can, session } = useSession();
  const rule = useQuery({
    queryKey: educationKeys.creditRule(province),
    queryFn: ({ signal }) => getCreditRule(province, signal),
  });
  const editing = useDialog();
  const mayEdit = can('talent:settings') && session?.account.regionCode === province;

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('education.rule.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            <RegionName code={province} />
          </Typography.Text>
        </Space>
      }
      extra={
        mayEdit &&
        rule.data && (
          <Button size="small" onClick={() => editing.show(true)}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      {rule.isError ? (
        <ErrorResult error={rule.error} onRetry={() => void rule.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('education.rule.hint')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={creditSources.map((source) => {
              const counted = rule.data?.countedSources.includes(source.code);
              const cap = rule.data?.capsPerCycle[source.code];
              return {
                key: source.code,
                label: labelOf(creditSources, source.code, language),
                children: !rule.data ? (
                  '…'
                ) : counted ? (
                  <Space>
                    <Tag color="success">{t('education.rule.counted')}</Tag>
                    {source.code === 'degree'
                      ? t('education.rule.degree')
                      : cap === undefined
                        ? t('education.rule.noCap')
                        : t('education.rule.cap', { hours: cap })}
                  </Space>
                ) : (
                  <Tag>{t('education.credit.notCounted')}</Tag>
                ),
              };
            })}
          />
          {!mayEdit && (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t('education.rule.readOnly')}
            </Typography.Paragraph>
          )}
        </>
      )}
      {editing.payload && rule.data && (
        <CreditRuleModal {...editing.props} province={province} rule={rule.data} />
      )}
    </Card>
  );
}

interface RuleForm {
  countedSources: CreditSource[];
  caps: Partial<Record<CreditSource, number | null>>;
}

function CreditRuleModal({
  province,
  rule,
  ...dialog
}: DialogProps & { province: string; rule: CreditRule }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<RuleForm>();
  const counted = Form.useWatch('countedSources', form) ?? rule.countedSources;
  const save = useTalentMutation(
    (values: RuleForm) => {
      const capsPerCycle: Partial<Record<CreditSource, number>> = {};
      for (const source of values.countedSources) {
        const cap = values.caps[source];
        if (cap !== undefined && cap !== null && source !== 'degree') capsPerCycle[source] = cap;
      }
      return setCreditRule(province, { countedSources: values.countedSources, capsPerCycle });
    },
    { form, success: () => t('education.rule.saved'), onDone: dialog.onClose },
  );
  return (
    <FormModal<RuleForm>
      {...dialog}
      title={t('education.rule.edit')}
      form={form}
      initialValues={{ countedSources: [...rule.countedSources], caps: { ...rule.capsPerCycle } }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="countedSources" label={t('education.rule.countedSources')}>
        <Checkbox.Group
          options={creditSources.map((s) => ({
            value: s.code,
            label: labelOf(creditSources, s.code, language),
          }))}
        />
      </Form.Item>
      {creditSources
        .filter((s) => s.code !== 'degree' && counted.includes(s.code))
        .map((s) => (
          <Form.Item
            key={s.code}
            name={['caps', s.code]}
            label={t('education.rule.capOf', { source: labelOf(creditSources, s.code, language) })}
            extra={t('education.rule.capHint')}
          >
            <InputNumber min={0} max={500} precision={1} suffix={t('unit.creditHours')} />
          </Form.Item>
        ))}
    </FormModal>
  );
}
