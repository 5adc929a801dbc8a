import type { FormRule } from 'antd';
import { getLanguage } from '../i18n/language-store';
import { translate } from '../i18n/messages';

/**
 * A required select, date or choice: "请选择学历" rather than antd's "请输入学历", naming the field by
 * its label (`${label}`, filled in by the form). A rule function, so it reads the language the
 * form validates in.
 */
export const chooseRequired: FormRule = () => ({
  required: true,
  message: translate(getLanguage(), 'form.chooseRequired'),
});
