import type { EnumLabels } from '../labels.js';

/** Where a report came in. Every channel ends in the same kind of case. */
export const CHANNELS = ['hotline', 'resident_app', 'courier', 'patrol', 'open311', 'proactive'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: string): value is Channel => CHANNELS.some((c) => c === value);

export const CHANNEL_LABELS: EnumLabels<Channel> = {
  'zh-CN': {
    hotline: '12345热线',
    resident_app: '居民随手拍',
    courier: '快递员上报',
    patrol: '网格员巡查',
    open311: '开放接口',
    proactive: '主动发现',
  },
  en: {
    hotline: '12345 hotline',
    resident_app: 'Resident app',
    courier: 'Courier',
    patrol: 'Grid patrol',
    open311: 'Open311',
    proactive: 'Found by staff',
  },
};
