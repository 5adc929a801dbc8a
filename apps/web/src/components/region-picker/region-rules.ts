import type { FormRule } from 'antd';
import { getLanguage } from '../../i18n/language-store';
import { translate } from '../../i18n/messages';

/**
 * A division must be chosen ("请选择所属区划", naming the field by its label). Unlike antd's
 * `required`, '' (the whole country) counts as chosen.
 */
export const requiredRegion: FormRule = () => ({
  required: true,
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string') throw new Error(translate(getLanguage(), 'form.chooseRequired'));
  },
});
