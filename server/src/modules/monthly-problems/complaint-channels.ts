import { CHANNELS } from '@needle/contract';

/**
 * The channels a complaint comes in by: all but the proactive cases staff open themselves (未诉先办),
 * which are the action taken, not the problem. Named one by one, not as "not proactive", so that an
 * index on the channel reads them as ranges.
 */
export const COMPLAINT_CHANNELS = CHANNELS.filter((c) => c !== 'proactive');
