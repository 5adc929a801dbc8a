import { fundingSources, type CreateFundSource, type FundSource } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useSession } from '../../auth/useSession';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { fenFieldProps } from '../../components/fen-field';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { createFundSource, fundKeys, getShareRule, updateFundSource } from './funds-api';

/** 登记 / 修改资金来源: kind, division, year, amount; the social-assistance share with its base. */
export function FundSourceDrawer({ source, ...dialog }: DialogProps & { source?: FundSource }) {
  const t = useT();
  const { session } = useSession();
  const [form] = Form.useForm<CreateFundSource>();
  const kind = Form.useWatch('kind', form) ?? source?.kind;
  const region = Form.useWatch('regionCode', form) ?? source?.regionCode ?? '';
  const kindOptions = useEnumOptions(fundingSources);
  const assistance = kind === 'social_assistance_fund';
  const rule = useQuery({
    queryKey: fundKeys.rule(region),
    queryFn: ({ signal }) => getShareRule(region, signal),
    enabled: assistance && region !== '',
  });
  const save = useRecordMutation(
    (values: CreateFundSource) => {
      const baseFen = assistance ? (values.baseFen ?? null) : null;
      return source
        ? updateFundSource(source.id, {
            name: values.name,
            amountFen: values.amountFen,
            baseFen,
            note: values.note,
            version: source.version,
          })
        : createFundSource({ ...values, baseFen });
    },
    {
      form,
      invalidates: [fundKeys.all],
      success: () => t(source ? 'funds.source.edit.done' : 'funds.source.new.done'),
      onDone: () => dialog.onClose(),
    },
  );
  const share = rule.data?.rateBp;
  return (
    <FormDrawer
      {...dialog}
      title={t(source ? 'funds.source.edit' : 'funds.source.new')}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<CreateFundSource>
        form={form}
        layout="vertical"
        initialValues={
          source ?? {
            regionCode: session?.account.regionCode,
            year: new Date().getFullYear(),
            kind: 'public_budget',
            note: '',
          }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item
              name="regionCode"
              label={t('funds.source.region')}
              rules={[{ required: true }]}
            >
              <RegionPicker disabled={!!source} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('funds.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} disabled={!!source} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="kind" label={t('funds.source.kind')} rules={[{ required: true }]}>
          <Select options={kindOptions} disabled={!!source} />
        </Form.Item>
        <Form.Item name="name" label={t('funds.source.name')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="amountFen"
          label={t('funds.source.amount')}
          rules={[{ required: true, type: 'number', min: 0 }]}
          {...fenFieldProps}
        >
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        {assistance && (
          <Form.Item
            name="baseFen"
            label={t('funds.source.base')}
            extra={
              share == null
                ? t('funds.source.base.hint')
                : t('funds.source.rule', {
                    share: `${share / 100}%`,
                    region: rule.data?.ruleRegionCode ?? '',
                  })
            }
            rules={[{ required: true, type: 'number', min: 0 }]}
            {...fenFieldProps}
          >
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('funds.source.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
