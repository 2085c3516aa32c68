// Refusals of the hotspot proposals (未诉先办); spread into zh-CN.ts `errors`.
export const hotspotsErrorsZh = {
  PROPOSAL_NOT_FOUND: '该建议不存在或不在您的街道',
  PROPOSAL_DECIDED: '该建议已被处理（采纳或驳回），请刷新查看',
  WHISTLE_NOT_ALLOWED: '以吹哨方式采纳需要吹哨权限（街道或社区工作人员）',
  DETECTOR_BUSY: '正在分析中，请稍后再试',
};
