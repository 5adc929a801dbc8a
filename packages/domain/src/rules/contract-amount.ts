/**
 * The most a purchase contract may come to: the award price (中标价) as drafted and signed; an
 * amendment (补充合同) may add up to 10% of it (《政府采购法》第四十九条). The server's rule, the
 * database check (`contract_award_price_check`) and the contract form all hold this.
 */
export const contractAmountCap = (awardPriceFen: number, amending: boolean): number =>
  amending ? Math.floor((awardPriceFen * 11) / 10) : awardPriceFen;
