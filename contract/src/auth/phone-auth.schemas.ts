import { type Static, Type } from 'typebox';
import { COURIER_COMPANY_KINDS } from '../enums/enums.js';
import { OneOf } from '../http/common.schemas.js';

// As typed: the server reads spaces, dashes and a +86 or 0086 prefix, and says which numbers it refuses.
const PhoneInput = Type.String({ minLength: 1, maxLength: 32 });

/** The one-time code of a text message (短信验证码): six digits. */
const Code = Type.String({ pattern: '^[0-9]{6}$' });

/** POST /api/auth/phone/code: send a sign-in code to this number. */
export const PhoneCodeBody = Type.Object({ phone: PhoneInput }, { additionalProperties: false });
export type PhoneCodeBody = Static<typeof PhoneCodeBody>;

/** 202: the code is on its way. */
export const PhoneCodeResponse = Type.Object({
  /** The number it goes to, masked (138****8000). */
  phone: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  /** How long before another code may be asked for this number. */
  resendAfterSeconds: Type.Integer({ minimum: 0 }),
  /** Only on a demo installation (NEEDLE_DEMO=1), which has no SMS gateway to send it. */
  demoCode: Type.Optional(Type.String()),
});
export type PhoneCodeResponse = Static<typeof PhoneCodeResponse>;

/** POST /api/auth/phone/sign-in */
export const PhoneSignInBody = Type.Object(
  { phone: PhoneInput, code: Code },
  { additionalProperties: false },
);
export type PhoneSignInBody = Static<typeof PhoneSignInBody>;

/** Who a courier rides for: a 快递 company or a 外卖 platform, by the name they give. */
export const CourierCompanySchema = Type.Object(
  {
    kind: OneOf(COURIER_COMPANY_KINDS),
    name: Type.String({ minLength: 1, maxLength: 60 }),
  },
  { additionalProperties: false },
);
export type CourierCompany = Static<typeof CourierCompanySchema>;

/** POST /api/auth/phone/sign-up: a resident, or a courier with their company. */
export const PhoneSignUpBody = Type.Object(
  {
    phone: PhoneInput,
    code: Code,
    /** 称呼: what staff call them (张女士, 李师傅). */
    displayName: Type.String({ minLength: 1, maxLength: 40 }),
    role: Type.Union([Type.Literal('resident'), Type.Literal('courier')]),
    company: Type.Optional(CourierCompanySchema),
  },
  { additionalProperties: false },
);
export type PhoneSignUpBody = Static<typeof PhoneSignUpBody>;
