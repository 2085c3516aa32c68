/** The notification channel on which a change to the category catalogue is announced to every server process. */
export const CATEGORIES_CHANGED = 'needle_categories_changed';
