import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Outside your jurisdiction" looks exactly like "does not exist", as the server answers both. */
export function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('caseDetail.notFoundTitle')}
      subTitle={t('caseDetail.notFoundSubtitle')}
      extra={
        <Link to="/cases">
          <Button type="primary">{t('caseDetail.backToList')}</Button>
        </Link>
      }
      data-testid="case-not-found"
    />
  );
}
