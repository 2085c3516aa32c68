import type { offlineZh } from './offline.zh-CN';

export const offlineEn: typeof offlineZh = {
  photos: {
    camera: 'Take a photo',
  },
  report: {
    descriptionDefault: 'Optional: the category is used if left empty',
    sending: 'Sending…',
    waitingTitle: 'Waiting for the network',
    waitingHint: 'The report is saved on this phone and will be sent by itself when the network is back.',
    refused: 'The report was not accepted: correct it and send it again',
    sentTitle: 'Report sent',
    code: 'Case number',
    follow: 'Follow its progress',
    another: 'Report another',
    myReports: 'My reports',
  },
  outbox: {
    title: 'Reports waiting to be sent',
    waiting: 'Waiting for the network',
    sending: 'Sending',
    refused: 'Not accepted',
    photos: 'Photos: {{count}}',
    fix: 'Correct',
    discard: 'Delete',
    discardConfirm: 'Delete this unsent report? It cannot be restored.',
    fixMissing: 'This report has been sent or deleted',
  },
};
