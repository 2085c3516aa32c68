import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function RegionNotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('region.notFoundTitle')}
      subTitle={t('region.notFoundSubtitle', { code })}
      extra={
        <Link to="/map">
          <Button type="primary">{t('region.backToJurisdiction')}</Button>
        </Link>
      }
      data-testid="region-not-found"
    />
  );
}
