/** The notification channel on which a change to the region tree is announced to every server process. */
export const REGIONS_CHANGED = 'needle_regions_changed';
