// The report counts China-time days (as the server does): a browser set to another zone must not ask
// for yesterday's day when it is already tomorrow in the city.
const cityDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** The city's day at this instant, YYYY-MM-DD. */
export const cityDay = (at: Date = new Date()): string => cityDays.format(at);
