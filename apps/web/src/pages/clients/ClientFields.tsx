import { clientAgeBands, consentGivers, populationGroups, riskLevels } from '@shegong/domain';
import { Divider, Form, Input, Radio, Select } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { chooseRequired } from '../../components/choose-required';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';

/** Sex, age, residence, groups, risk, contacts and guardian: the fields of a client's file. */
export function ClientProfileFields({ minorHint }: { minorHint: boolean }) {
  const t = useT();
  const bandOptions = useEnumOptions(clientAgeBands);
  const groupOptions = useEnumOptions(populationGroups);
  const riskOptions = useEnumOptions(riskLevels);
  return (
    <>
      <Form.Item name="sex" label={t('clients.sex')} rules={[chooseRequired]}>
        <Radio.Group
          options={[
            { value: 'male', label: t('clients.sex.male') },
            { value: 'female', label: t('clients.sex.female') },
          ]}
        />
      </Form.Item>
      <Form.Item name="ageBand" label={t('clients.ageBand')} extra={t('clients.ageBand.hint')}>
        <Select allowClear options={bandOptions} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('clients.region')} rules={[chooseRequired]}>
        <RegionPicker />
      </Form.Item>
      <Form.Item name="populationGroups" label={t('clients.populationGroups')}>
        <Select mode="multiple" options={groupOptions} />
      </Form.Item>
      <Form.Item name="riskLevel" label={t('clients.riskLevel')} rules={[chooseRequired]}>
        <Radio.Group options={riskOptions} />
      </Form.Item>
      <Form.Item name="address" label={t('clients.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Divider titlePlacement="start">{t('clients.guardian')}</Divider>
      {minorHint && <p style={{ color: '#722ed1' }}>{t('clients.guardian.required')}</p>}
      <Form.Item name={['guardian', 'name']} label={t('clients.guardian.name')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={['guardian', 'relation']} label={t('clients.guardian.relation')}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name={['guardian', 'phone']} label={t('clients.guardian.phone')}>
        <Input maxLength={11} />
      </Form.Item>
    </>
  );
}

/** Who gave a consent and when, and where the signed form is kept. */
export function ConsentGivenFields({ prefix }: { prefix?: string }) {
  const t = useT();
  const giverOptions = useEnumOptions(consentGivers);
  const name = (field: string) => (prefix ? [prefix, field] : [field]);
  return (
    <>
      <Form.Item
        name={name('givenBy')}
        label={t('clients.consent.givenBy')}
        rules={[chooseRequired]}
      >
        <Radio.Group options={giverOptions} />
      </Form.Item>
      <Form.Item
        name={name('givenOn')}
        label={t('clients.consent.givenOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item name={name('evidenceNote')} label={t('clients.consent.evidenceNote')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
