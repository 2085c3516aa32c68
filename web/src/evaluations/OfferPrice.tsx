import { useTranslation } from 'react-i18next';
import { yuanOf } from './evaluationForm';

/** An offer's price in yuan, with what it is for (元/餐). */
export function useOfferPrice(): (offer: { priceFen: number; priceUnit: string }) => string {
  const { t } = useTranslation();
  return ({ priceFen, priceUnit }) =>
    priceUnit
      ? t('evaluations.priceWithUnit', { price: yuanOf(priceFen), unit: priceUnit })
      : t('evaluations.price', { price: yuanOf(priceFen) });
}
