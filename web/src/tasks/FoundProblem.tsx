import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCategoryName } from '../categories/useCategoryName';
import { useSuggestedCategories } from '../categories/useSuggestedCategories';

/** A row of chips a thumb can scan. */
const CHIPS = 8;
// A thumb's target: antd's large button is 40 px.
const touch = { minHeight: 44 };

/**
 * 发现问题 on patrol in three taps: a category chip (the worker's own latest, then what their area
 * usually reports) opens the report form with it chosen and the phone located; a photo; send. 当场处置
 * opens it for a problem fixed on the spot, closed with its before and after photos.
 */
export function FoundProblem() {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  // No point: the server falls back to the worker's own grid for what is usual.
  const { data } = useSuggestedCategories(null);
  const codes = [...new Set([...(data?.recent ?? []), ...(data?.common ?? [])])].slice(0, CHIPS);
  return (
    <Card size="small" title={t('tasks.found.title')} data-testid="found-problem">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('tasks.found.hint')}</Typography.Text>
        <Flex wrap gap={8}>
          {codes.map((code) => (
            <Link
              key={code}
              to={`/report?category=${code}`}
              data-testid="found-category"
              data-category={code}
            >
              <Button shape="round" size="large" style={touch}>
                {categoryName(code)}
              </Button>
            </Link>
          ))}
          <Link to="/report" data-testid="found-other">
            <Button shape="round" size="large" type="dashed" style={touch}>
              {t('tasks.found.otherCategory')}
            </Button>
          </Link>
        </Flex>
        <Link to="/report?selfHandled=1" data-testid="handle-on-spot">
          <Button block size="large" type="primary" ghost style={touch}>
            {t('tasks.found.onSpot')}
          </Button>
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tasks.found.onSpotHint')}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
