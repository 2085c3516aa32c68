import { DatePicker, Flex, Form, InputNumber, Radio } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { IssueValues } from './issueInput';

// The server accepts a report-in window of one hour to a week (MAX_WHISTLE_REPORT_HOURS).
const maxHours = 168;

/** 报到时限: so many hours after the whistle (the usual way), or a set time within the week. */
export function DeadlineField() {
  const { t } = useTranslation();
  const mode = Form.useWatch<IssueValues['deadlineMode']>('deadlineMode');
  return (
    <Form.Item label={t('whistle.deadline')} required>
      <Flex gap={8} wrap align="center">
        <Form.Item name="deadlineMode" noStyle>
          <Radio.Group
            options={[
              { value: 'hours', label: t('whistle.deadlineHours') },
              { value: 'at', label: t('whistle.deadlineAt') },
            ]}
          />
        </Form.Item>
        {mode === 'at' ? (
          <Form.Item
            name="deadlineAt"
            noStyle
            rules={[{ required: true, message: t('whistle.deadlineAtRequired') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              disabledDate={(day) =>
                day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(7, 'day'), 'day')
              }
            />
          </Form.Item>
        ) : (
          <Form.Item name="deadlineHours" noStyle>
            <InputNumber
              min={1}
              max={maxHours}
              precision={0}
              suffix={t('whistle.hours')}
              style={{ width: 140 }}
            />
          </Form.Item>
        )}
      </Flex>
    </Form.Item>
  );
}
