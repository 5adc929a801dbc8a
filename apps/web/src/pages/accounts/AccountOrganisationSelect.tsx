import type { AccountOrganisationOption } from '@shegong/domain';
import { Form } from 'antd';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { accountKeys, organisationOptions } from './accounts-api';

const optionOf = (o: AccountOrganisationOption): SearchOption => ({
  value: o.id,
  label: `${o.name}（${o.creditCode}）`,
});

/**
 * The organisation a 机构管理员 account manages: active organisations inside the account's scope
 * (`region`) and the administrator's, found by name or credit code (a security administrator may
 * not read the registry itself).
 */
export function AccountOrganisationSelect({
  region,
  value,
  onChange,
  current,
  id,
}: {
  region: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  current?: SearchOption;
  id?: string;
}) {
  const t = useT();
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      current={current ? [current] : undefined}
      queryKey={(q) => accountKeys.organisationOptions(region, q)}
      search={async (q, signal) => (await organisationOptions(region, q, signal)).map(optionOf)}
      placeholder={t('organisations.select.placeholder')}
      notFound={t('organisations.select.noMatch')}
    />
  );
}

/** The form field of a 机构管理员 account's organisation, required with that role. */
export function AccountOrganisationField({
  region,
  current,
}: {
  region: string;
  current?: SearchOption;
}) {
  const t = useT();
  return (
    <Form.Item
      name="organisationId"
      dependencies={['regionCode']}
      label={t('accounts.organisation')}
      extra={t('accounts.organisation.hint')}
      rules={[{ required: true, message: t('accounts.organisation.required') }]}
    >
      <AccountOrganisationSelect region={region} current={current} />
    </Form.Item>
  );
}
