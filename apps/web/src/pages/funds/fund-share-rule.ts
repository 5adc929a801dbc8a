import type { RegionalRateRule } from '../../components/RegionalRateCard';
import type { Translate } from '../../i18n/language-context';

/** 社会救助资金 share cap, as the purchase rules page shows and sets it. */
export const fundShareRule = (t: Translate): RegionalRateRule => ({
  key: 'fund-share',
  path: '/fund-share-rule',
  title: t('funds.shareRule.title'),
  description: t('funds.shareRule.description'),
  configure: 'funds:configure',
});
