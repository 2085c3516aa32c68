import antdEnglish from 'antd/locale/en_US';
import { en } from './en';

/**
 * Everything English: the app's texts and antd's (dates, pagination, empty tables). Loaded in its own
 * chunk when someone chooses English, so the Chinese majority never downloads it.
 */
export const english = { messages: en, antd: antdEnglish };
