import { useTranslation } from 'react-i18next';
import { NotFound } from '../common/NotFound';

export function RegionNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('region.notFoundTitle')}
      subTitle={t('region.notFoundSubtitle', { code })}
      backTo="/map"
      backText={t('region.backToJurisdiction')}
      testId="region-not-found"
    />
  );
}
