import { RightOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryName } from '../categories/useCategoryName';
import { statusLabel } from '../i18n/labels';

export interface PickedCase {
  id: string;
  status: string;
  categoryCode: string;
}

/** The case whose mark was clicked, above the grid it lies in: one more click opens it. */
export function PickedCaseLink({ picked }: { picked: PickedCase }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  return (
    <Alert
      type="info"
      style={{ marginBottom: 8 }}
      title={
        <Link to={`/cases/${picked.id}`} data-testid="picked-case" data-case-id={picked.id}>
          {t('mapView.pickedCase', {
            category: categoryName(picked.categoryCode),
            status: statusLabel(t, picked.status),
          })}{' '}
          <RightOutlined />
        </Link>
      }
    />
  );
}
