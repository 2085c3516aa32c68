/** The bottom tab bar's height above the safe area: a thumb's target (≥ 48 px) with its label. */
export const tabBarHeight = 56;

/** What the tab bar takes from the bottom of the screen, the home indicator's inset included. */
export const tabBarSpace = `calc(${tabBarHeight}px + env(safe-area-inset-bottom, 0px))`;
