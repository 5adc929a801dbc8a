import {
  creditCodeCategories,
  identifierErrorMessages,
  normalizeIdentifierInput,
  parseCreditCode,
} from '@shegong/domain';
import { Form, Input } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * 统一社会信用代码, checked while it is typed as an ID number is (length, characters, check
 * character, by the domain's validator), and read back once valid: the category it encodes.
 */
export function CreditCodeField() {
  const { language, t } = useLanguage();
  const value = Form.useWatch<string | undefined>('creditCode');
  const parsed = value ? parseCreditCode(value) : null;
  const category =
    parsed?.ok && parsed.value.category in creditCodeCategories
      ? creditCodeCategories[parsed.value.category as keyof typeof creditCodeCategories][language]
      : null;
  return (
    <Form.Item
      name="creditCode"
      label={t('organisations.creditCode')}
      normalize={(input: string) => normalizeIdentifierInput(input)}
      extra={
        parsed?.ok
          ? t('organisations.creditCode.derived', {
              category: category ?? parsed.value.category,
              division: parsed.value.divisionCode,
            })
          : t('organisations.creditCode.hint')
      }
      rules={[
        { required: true, message: identifierErrorMessages.creditCode.empty[language] },
        {
          validator: async (_rule, code: string | undefined) => {
            if (!code) return;
            const result = parseCreditCode(code);
            if (!result.ok)
              throw new Error(identifierErrorMessages.creditCode[result.error][language]);
          },
        },
      ]}
    >
      <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
    </Form.Item>
  );
}
