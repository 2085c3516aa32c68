import { useTranslation } from 'react-i18next';
import { NotFound } from '../common/NotFound';

export function CaseNotFound() {
  const { t } = useTranslation();
  return (
    <NotFound
      title={t('caseDetail.notFoundTitle')}
      subTitle={t('caseDetail.notFoundSubtitle')}
      backTo="/cases"
      backText={t('caseDetail.backToList')}
      testId="case-not-found"
    />
  );
}
