import {
  ErrorSchema,
  MeResponse,
  PhoneCodeBody,
  PhoneCodeResponse,
  PhoneSignInBody,
  PhoneSignUpBody,
} from '@needle/contract';
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import type { RegionsService } from '../regions/regions.service.js';
import { describeMe } from './me.js';
import { demoCodeLine, issueCode, proveCode } from './phone-codes.js';
import { mobileNumber } from './phone-number.js';
import { TryLater } from './phone-refusals.js';
import { publicRegionOf, signInByPhone, signUpByPhone, signUpOf } from './phone-sign-in.js';
import { setSessionCookie } from './session-cookie.js';

export interface PhoneAuthOptions {
  ttlHours: number;
  secureCookies: boolean;
  /** A demo installation has no SMS gateway: the code is answered and logged instead (NEEDLE_DEMO=1). */
  demo: boolean;
}

/** Waits the route must tell the client about go out in Retry-After as well as in the message. */
async function tellingWhenToRetry<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof TryLater) reply.header('retry-after', String(err.retryAfterSeconds));
    throw err;
  }
}

const refusals = {
  400: ErrorSchema,
  401: ErrorSchema,
  429: { ...ErrorSchema, description: 'Too many codes or wrong codes: wait as Retry-After says' },
};

export function registerPhoneAuthRoutes(
  app: App,
  db: Db,
  regions: RegionsService,
  opts: PhoneAuthOptions,
): void {
  app.post(
    '/api/auth/phone/code',
    {
      schema: {
        tags: ['auth'],
        summary: 'Text a one-time sign-in code to a mobile number (for sign-in or sign-up)',
        body: PhoneCodeBody,
        response: { 202: PhoneCodeResponse, ...refusals },
      },
    },
    (request, reply) =>
      tellingWhenToRetry(reply, async () => {
        const phone = mobileNumber(request.body.phone);
        // request.ip is the client's own address behind a proxy trusted by NEEDLE_TRUST_PROXY, and only then.
        const issued = await issueCode(db, { phone, address: request.ip, now: new Date() });
        if (opts.demo) request.log.info(demoCodeLine(phone, issued.code));
        return reply.status(202).send({
          phone: maskPhone(phone) ?? '',
          expiresAt: issued.expiresAt.toISOString(),
          resendAfterSeconds: issued.resendAfterSeconds,
          ...(opts.demo ? { demoCode: issued.code } : {}),
        });
      }),
  );

  app.post(
    '/api/auth/phone/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a code texted to the number; sets the session cookie',
        body: PhoneSignInBody,
        response: { 200: MeResponse, ...refusals, 403: ErrorSchema, 404: ErrorSchema },
      },
    },
    (request, reply) =>
      tellingWhenToRetry(reply, async () => {
        const phone = mobileNumber(request.body.phone);
        const proven = await proveCode(db, phone, request.body.code, new Date());
        const signedIn = await signInByPhone(db, proven, opts.ttlHours);
        setSessionCookie(request, reply, signedIn, opts.secureCookies);
        return { user: await describeMe(db, signedIn.user) };
      }),
  );

  app.post(
    '/api/auth/phone/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Sign up as a resident or a courier with a code texted to the number; sets the session cookie',
        body: PhoneSignUpBody,
        response: { 201: MeResponse, ...refusals, 409: ErrorSchema, 503: ErrorSchema },
      },
    },
    (request, reply) =>
      tellingWhenToRetry(reply, async () => {
        const { phone: typed, code, ...rest } = request.body;
        const phone = mobileNumber(typed);
        // Checked before the code, so that a form mistake costs no attempt at it.
        const signUp = signUpOf(rest);
        const regionCode = publicRegionOf(regions);
        const proven = await proveCode(db, phone, code, new Date());
        const signedIn = await signUpByPhone(db, proven, signUp, regionCode, opts.ttlHours);
        setSessionCookie(request, reply, signedIn, opts.secureCookies);
        return reply.status(201).send({ user: await describeMe(db, signedIn.user) });
      }),
  );
}
