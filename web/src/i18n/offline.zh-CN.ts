// The report page's sending and result, the offline outbox, photos picked on the phone; attached in
// zh-CN.ts as `offline`.
export const offlineZh = {
  photos: {
    camera: '拍照',
  },
  report: {
    descriptionDefault: '选填，留空则以问题类别作为描述',
    sending: '正在提交…',
    waitingTitle: '等待网络',
    waitingHint: '上报已保存在手机上，网络恢复后会自动发送，无需再次提交。',
    refused: '上报未被受理，请修改后重新提交',
    sentTitle: '上报成功',
    code: '案件编号',
    follow: '查看办理进度',
    another: '再报一件',
    myReports: '我的上报',
  },
  outbox: {
    title: '待发送的上报',
    waiting: '等待网络',
    sending: '发送中',
    refused: '未受理',
    photos: '{{count}} 张照片',
    fix: '修改',
    discard: '删除',
    discardConfirm: '删除这条未发送的上报？删除后无法恢复。',
    fixMissing: '这条上报已发送或已删除',
  },
};
