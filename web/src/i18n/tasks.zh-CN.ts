// The phone's "my tasks" and its steps (核查 with a photo, 报到 on site, the resident's rating); spread
// into zh-CN.ts under `tasks`.
export const tasksZh = {
  title: '我的任务',
  queueHints: {
    verify: '到现场核实群众上报的问题',
    check: '到现场核查处置结果并拍照',
    dispatched: '接收，或说明原因退回',
    in_progress: '处置后拍照反馈',
    supervision: '回复领导督办意见',
    whistles: '收到、到场报到、完成',
  },
  empty: '暂无任务',
  more: '共 {{count}} 件，查看全部',
  callSteps: {
    acknowledge: '待收到',
    arrive: '待报到',
    complete: '待完成',
  },
  reportBy: '报到时限 {{time}}',
  stepDue: '时限 {{time}}',
  overdue: '已超时',
  found: {
    title: '发现问题',
    hint: '选择类别，拍照即可上报',
    otherCategory: '其他类别',
    onSpot: '当场处置',
    onSpotHint: '小问题当场解决：拍下处置前后照片，上报即结案',
  },
  photos: {
    onSite: '现场照片',
    onSiteHint: '在现场拍摄，至少一张',
    onSiteRequired: '请上传至少一张现场照片',
    after: '处置后照片',
    afterHint: '拍下处置后的现场，至少一张',
  },
  rate: {
    question: '您对处理结果满意吗？',
  },
  arrive: {
    locating: '正在获取您的位置…',
    located: '已定位：{{lat}}, {{lng}}',
    relocate: '重新定位',
    onMap: '在地图上选择',
  },
};
