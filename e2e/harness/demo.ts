/** Every demo account the server seeds shares this password. */
export const demoPassword = 'Needle@2026';
