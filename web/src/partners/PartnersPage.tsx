import { Alert, Card, DatePicker, Empty, Flex, Skeleton, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { useIsPhone } from '../layout/useIsPhone';
import { EnrolPartnerForm } from './EnrolPartnerForm';
import { PartnerCard } from './PartnerCard';
import { partnerColumns } from './partnerColumns';
import { usePartnerUnits } from './partnerQueries';

// Below the promised minimum the row is tinted: the street sees at a glance whom to talk to.
const belowRow = { background: '#fff1f0' };

/** 联盟单位: each unit's whistles answered in the year against the responses it promised. */
export function PartnersPage() {
  const { t } = useTranslation();
  const mayEnrol = can(useMe(), 'partners:write');
  const [year, setYear] = useState(() => dayjs().year());
  const units = usePartnerUnits(year);
  const columns = useMemo(() => partnerColumns(t), [t]);
  const phone = useIsPhone();
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <PageHeading title={t('partners.title')}>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs().year(year)}
            onChange={(day) => day && setYear(day.year())}
            disabledDate={(day) => day.year() > dayjs().year()}
          />
        </PageHeading>
        {mayEnrol && (
          <Card size="small">
            <EnrolPartnerForm />
          </Card>
        )}
        {units.error !== null && <Alert type="error" showIcon title={errorText(t, units.error)} />}
        {phone ? (
          <Flex vertical gap={8} data-testid="partner-cards">
            {(units.data ?? []).map((unit) => (
              <PartnerCard key={unit.id} unit={unit} />
            ))}
            {units.data?.length === 0 && <Empty description={t('partners.empty')} />}
            {units.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
          </Flex>
        ) : (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={units.data ?? []}
            loading={units.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('partners.empty') }}
            onRow={(unit) => ({ style: unit.belowMinimum && unit.active ? belowRow : undefined })}
            data-testid="partner-table"
          />
        )}
      </Flex>
    </PageShell>
  );
}
