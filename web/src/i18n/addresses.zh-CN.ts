// Address search (地址查询) and the hotline console for a call in progress; spread into zh-CN.ts.
export const addressesZh = {
  search: '地址',
  placeholder: '输入地址、楼栋或地标，支持拼音（如 yhl）',
  searching: '正在查询…',
  none: '地址库中没有匹配的地址，可直接在地图上点选位置',
  external: '城市地址服务',
  geocoderFailed: '城市地址服务暂未响应，仅显示本地地址库结果',
  outsideGrids: '不在任何网格内',
  kinds: { address: '门牌', building: '楼栋', landmark: '地标' },
};

export const callConsoleZh = {
  hint: '全程可用键盘：Tab 切换，↑↓ 选择地址，Enter 确认，Ctrl+Enter 保存并接下一个来电',
  saveAndNext: '保存并接下一个',
  shortcut: 'Ctrl+Enter',
  history: '来电人历史工单',
  historyHint: '输入来电号码后显示此前的工单',
  historyLoading: '正在查询历史工单…',
  historyNone: '此号码没有历史工单',
  historyCount: '此号码有 {{count}} 件历史工单',
  dueAt: '办结期限：{{time}}',
  dueHint: '按所选紧急程度，从现在起计算',
  pin: '定位点',
  pinCommunity: '定位点所在社区：{{name}}',
  pinOutside: '定位点不在任何网格内',
  mismatch: '地址与定位点不在同一社区',
  mismatchDetail: '地址属于「{{typed}}」，定位点在「{{pinned}}」。请与来电人核实，避免派错属地。',
  mismatchAck: '已与来电人核实，按定位点派单',
  mismatchAckRequired: '请先核实地址与定位点的社区',
  next: '已清空，可受理下一个来电',
};
