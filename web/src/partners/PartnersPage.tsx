import { Alert, Card, DatePicker, Flex, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPartnerUnits } from '../api/partners';
import { useResource } from '../api/useResource';
import { useMe } from '../auth/AuthContext';
import { can } from '../auth/can';
import { errorText } from '../i18n/errorText';
import { PageShell } from '../layout/PageShell';
import { EnrolPartnerForm } from './EnrolPartnerForm';
import { partnerColumns } from './partnerColumns';

// Below the promised minimum the row is tinted: the street sees at a glance whom to talk to.
const belowRow = { background: '#fff1f0' };

/** 联盟单位: each unit's whistles answered in the year against the responses it promised. */
export function PartnersPage() {
  const { t } = useTranslation();
  const mayEnrol = can(useMe(), 'partners:write');
  const [year, setYear] = useState(() => dayjs().year());
  const [reload, setReload] = useState(0);
  const load = useMemo(
    // `reload` is read only to make a new loader after an enrolment, which loads again.
    () => (reload >= 0 ? (signal: AbortSignal) => fetchPartnerUnits(year, signal) : null),
    [year, reload],
  );
  const units = useResource(load);
  const columns = useMemo(() => partnerColumns(t), [t]);
  return (
    <PageShell>
      <Flex vertical gap={12}>
        <Flex align="center" justify="space-between" wrap gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('partners.title')}
          </Typography.Title>
          <DatePicker
            picker="year"
            allowClear={false}
            value={dayjs().year(year)}
            onChange={(day) => day && setYear(day.year())}
            disabledDate={(day) => day.year() > dayjs().year()}
          />
        </Flex>
        {mayEnrol && (
          <Card size="small">
            <EnrolPartnerForm onEnrolled={() => setReload((count) => count + 1)} />
          </Card>
        )}
        {units.status === 'failed' && <Alert type="error" showIcon title={errorText(t, units.error)} />}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={units.status === 'ready' ? units.data : []}
          loading={units.status === 'loading'}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('partners.empty') }}
          onRow={(unit) => ({ style: unit.belowMinimum && unit.active ? belowRow : undefined })}
          data-testid="partner-table"
        />
      </Flex>
    </PageShell>
  );
}
