// What a notice tells its reader is the contract's: the inbox and the SMS and WeChat gateway read it.
export { NOTICE_KINDS, type NoticeKind } from '@needle/contract';
