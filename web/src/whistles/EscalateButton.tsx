import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidateCase } from '../api/queryKeys';
import { escalateCase } from '../api/whistles';
import { useMe } from '../auth/AuthContext';
import { NoteModal } from '../common/NoteModal';
import { whistlingOffice } from './whistleRoles';

// A case still in the loop; a settled one has nothing left to hand up (CASE_NOT_OPEN).
const settled = ['closed', 'rejected', 'voided'];

/** On the case page, for a community office: hand the case up to the street (社区吹哨不灵，上报街道). */
export function EscalateButton({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const office = whistlingOffice(useMe());
  const [asking, setAsking] = useState(false);
  const escalate = useMutation({
    mutationFn: (reason: string) => escalateCase(caseId, reason),
    onSuccess: (_sent, _reason, _context, { client }) => invalidateCase(client, caseId),
  });
  if (office?.level !== 2 || settled.includes(status)) return null;
  return (
    <>
      <Button onClick={() => setAsking(true)} style={{ alignSelf: 'flex-start' }} data-testid="case-escalate">
        {t('whistle.escalate')}
      </Button>
      {asking && (
        <NoteModal
          title={t('whistle.escalate')}
          label={t('whistle.escalateReason')}
          requiredMessage={t('whistle.reasonRequired')}
          mutation={escalate}
          onCancel={() => setAsking(false)}
          onDone={({ notified }) => {
            message.success(t('whistle.escalated', { count: notified }));
            setAsking(false);
          }}
          testId="escalate"
        />
      )}
    </>
  );
}
