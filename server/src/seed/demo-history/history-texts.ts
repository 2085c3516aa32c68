import type { Draw } from './history-random.js';

/**
 * What people say when they report, for the categories reported most; the long tail is described from
 * the category's own name. Written as residents and callers put it, not as the catalogue does.
 */
const SAID: Record<string, string[]> = {
  E0450: [
    '门口有人占道卖水果，行人只能走机动车道',
    '早市摊位摆到人行道上，收摊后垃圾没人管',
    '烧烤摊占了半条人行道',
  ],
  E0102: ['垃圾桶旁边堆了好几袋生活垃圾，味道很大', '小区门口有暴露垃圾，好几天没人清理'],
  E0406: ['共享单车把盲道堵死了', '地铁口电动车乱停，轮椅过不去'],
  E0405: ['有车长期停在消防通道上', '路口机动车乱停，公交车拐不过弯'],
  C0118: ['这一段路灯晚上全不亮，走路很危险', '路灯白天亮着晚上反而不亮'],
  E0201: ['单元门和电线杆上贴满了小广告', '楼道里刷了很多开锁、办证的小广告'],
  E0408: ['晚上十点以后还有人开着音响跳广场舞', '楼下商铺喇叭循环播放，吵得没法休息'],
  E0151: ['楼下饭店油烟直排，窗户都不敢开', '烧烤店排烟管道对着居民楼'],
  E0104: ['路面有油污，一下雨就打滑', '人行道上落叶和泥土很多，没人清扫'],
  E0550: ['人行道上井盖丢了，已经用树枝围上了', '路口的井盖不见了，晚上很危险'],
  E1003: ['物业不管楼道漏水，找了几次都没人来', '物业费交了但电梯坏了一个月没修'],
  E1205: ['家里暖气不热，室温只有十五度', '整栋楼暖气都不热，老人孩子受不了'],
  E0153: ['人行道结了冰，早上已经有老人摔倒', '小区出口坡道积雪结冰，车上不去'],
  E0101: ['一楼住户在绿地上私搭了一个棚子', '楼顶有人在加盖房子'],
  E0451: ['路边自发形成了马路市场，早晚堵得走不动', '马路市场摊位越摆越多，垃圾遍地'],
  E1102: ['消防通道上堆满了杂物和电动车', '消防通道被地锁和车辆占了'],
  E1103: ['有人从楼上拉电线给电动车充电', '电动车推进楼道里充电'],
};

const GENERIC_TAILS = [
  '请尽快处理',
  '影响居民正常生活，希望尽快解决',
  '已经好几天了，麻烦派人看看',
  '存在安全隐患',
];

/** A report's words: what people say of the category, or the category's name with a plea. */
export function describe(draw: Draw, code: string, nameZh: string, address: string): string {
  const said = SAID[code];
  if (said) return `${address}，${draw.pick(said)}`;
  return `${address}发现${nameZh}问题，${draw.pick(GENERIC_TAILS)}`;
}

/** Roads of 长春市朝阳区, to write addresses with; the demo city's geometry is drawn, not surveyed. */
const ROADS = [
  '义和路',
  '西安大路',
  '人民大街',
  '同志街',
  '湖西路',
  '红旗街',
  '建设街',
  '自由大路',
  '延安大街',
  '繁荣路',
  '开运街',
  '清和街',
  '桂林路',
  '南湖大路',
  '工农大路',
  '重庆路',
  '永昌路',
  '前进大街',
];

export function addressIn(draw: Draw, communityName: string): string {
  return draw.chance(0.6)
    ? `${draw.pick(ROADS)}${draw.int(1, 260)}号`
    : `${communityName}${draw.int(1, 24)}号楼${draw.chance(0.5) ? `${draw.int(1, 6)}单元` : ''}`;
}

export const CALLER_NAMES = [
  '王先生',
  '李女士',
  '刘先生',
  '张女士',
  '陈先生',
  '赵女士',
  '孙先生',
  '周女士',
  '吴先生',
  '郑女士',
];

export const NOTES = {
  verify: ['现场核实属实', '属实，已拍照'],
  accept: ['已签收，安排人员处理', '收到，马上安排'],
  feedback: ['已处理完毕，现场已恢复', '已清理完毕', '已修复', '已联系责任单位处理完毕'],
  check: ['现场核查已处理', '复核通过'],
  checkFail: ['现场核查未处理到位，请重新处理'],
  return: ['不属于本单位职责，退回重新派遣'],
  reject: ['经核实不属于城市管理问题'],
  void: ['重复上报，作废'],
  supervise: ['已超时，请加快办理并说明原因'],
  reply: ['已加派人手，预计两日内办结'],
  extension: ['需协调产权单位，申请延期'],
  callbackSolved: ['来电人表示问题已解决'],
  callbackUnsolved: ['来电人表示问题仍未解决'],
  callbackUnreached: ['电话无人接听'],
  contact: ['已电话联系来电人，约定上门时间'],
};
