import type { ProblemFiguresView } from '@needle/contract';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../i18n/formatRate';

const one = (n: number) => (Math.round(n * 10) / 10).toString();

/** The figures the problem was chosen by, as the rule (and the Excel sheet) names them. */
export function ProblemFigures({ top }: { top: ProblemFiguresView }) {
  const { t } = useTranslation();
  const growth = top.growth > 0 ? `+${one(top.growth)}` : one(top.growth);
  return (
    <Descriptions
      size="small"
      column={{ xs: 2, sm: 3, md: 3, lg: 6, xl: 6, xxl: 6 }}
      colon={false}
      layout="vertical"
      items={[
        {
          key: 'complaints',
          label: t('monthlyProblems.complaints'),
          children: (
            <span data-testid="problem-complaints">
              {t('monthlyProblems.complaintsValue', { count: top.complaints })}
            </span>
          ),
        },
        { key: 'baseline', label: t('monthlyProblems.baseline'), children: one(top.baseline) },
        { key: 'growth', label: t('monthlyProblems.growth'), children: growth },
        {
          key: 'growthRate',
          label: t('monthlyProblems.growthRate'),
          children:
            top.growthRate === null ? (
              <Tag color="volcano">{t('monthlyProblems.newProblem')}</Tag>
            ) : (
              formatRate(top.growthRate)
            ),
        },
        { key: 'share', label: t('monthlyProblems.share'), children: formatRate(top.share) },
        { key: 'score', label: t('monthlyProblems.score'), children: one(top.score) },
      ]}
    />
  );
}
