import { Button, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/AuthContext';
import { PageHeading } from '../common/PageHeading';
import { PageShell } from '../layout/PageShell';
import { EvaluationsTab } from './EvaluationsTab';
import { IssueWhistleDrawer } from './IssueWhistleDrawer';
import { WhistleTable } from './WhistleTable';
import { whistlingOffice } from './whistleRoles';

/** 吹哨报到: the orders in view, the button to blow the whistle for those who may, and 双向考核. */
export function WhistleListPage() {
  const { t } = useTranslation();
  const office = whistlingOffice(useMe());
  const [issuing, setIssuing] = useState(false);
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('whistle.title')}>
          <Flex gap={8}>
            <Link to="/partners">
              <Button data-testid="open-partners">{t('whistle.partners')}</Button>
            </Link>
            {office && (
              <Button type="primary" danger onClick={() => setIssuing(true)} data-testid="whistle-issue">
                {t('whistle.issue')}
              </Button>
            )}
          </Flex>
        </PageHeading>
        <Tabs
          items={[
            { key: 'orders', label: t('whistle.orders'), children: <WhistleTable /> },
            { key: 'evaluations', label: t('whistle.evaluations'), children: <EvaluationsTab /> },
          ]}
        />
      </Flex>
      {issuing && office && <IssueWhistleDrawer office={office} onClose={() => setIssuing(false)} />}
    </PageShell>
  );
}
