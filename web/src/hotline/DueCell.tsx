import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../i18n/formatTime';

interface Props {
  dueAt: string;
  doneAt: string | null;
  testId?: string;
}

/** A timed step of a ticket: when it was done and whether in time, or until when it may still be done. */
export function DueCell({ dueAt, doneAt, testId }: Props) {
  const { t } = useTranslation();
  const due = new Date(dueAt).getTime();
  const late = doneAt ? new Date(doneAt).getTime() > due : Date.now() > due;
  return (
    <Flex vertical gap={2} data-testid={testId} data-done={doneAt !== null} data-late={late}>
      <Flex gap={4} align="center">
        {(doneAt || late) && (
          <Tag color={late ? 'red' : 'green'} style={{ marginInlineEnd: 0 }}>
            {late ? t('hotline.late') : t('hotline.onTime')}
          </Tag>
        )}
        <Typography.Text style={{ fontSize: 12 }}>
          {doneAt
            ? t('hotline.doneAt', { time: formatTime(doneAt) })
            : t('hotline.dueBy', { time: formatTime(dueAt) })}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
