import type { RegionalRateRule } from '../../components/RegionalRateCard';
import type { Translate } from '../../i18n/language-context';

/** 人员经费占比 of the contracts' reports, as the purchase rules page shows and sets it. */
export const personnelRule = (t: Translate): RegionalRateRule => ({
  key: 'personnel-share',
  path: '/contract-personnel-rule',
  title: t('contracts.personnelRule.title'),
  description: t('contracts.personnelRule.description'),
  configure: 'contracts:configure',
});
