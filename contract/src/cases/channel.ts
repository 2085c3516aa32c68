import { enumLabels, enumValues } from '../enums/enum-text.js';

/** Where a report came in. Every channel ends in the same kind of case. */
export const CHANNELS = enumValues('channel');
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: string): value is Channel => CHANNELS.some((c) => c === value);

export const CHANNEL_LABELS = enumLabels('channel');
