import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

const repo = path.resolve(import.meta.dirname, '../../..');

/**
 * Every error code the server can refuse with, read from its source: the code passed to AppError and
 * to its shorthands (badRequest, notFound, forbidden, conflict). A code added there without a text here
 * would reach the user as the server's English message, whatever their language.
 */
function serverErrorCodes(): string[] {
  const files = execFileSync('git', ['ls-files', 'server/src/*.ts', 'server/src/**/*.ts'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const codes = new Set<string>();
  const refusal =
    /(?:AppError\(\s*\d+\s*,|\b(?:badRequest|notFound|forbidden|conflict)\()\s*'([A-Z][A-Z0-9_]+)'/g;
  for (const file of files) {
    for (const m of readFileSync(path.join(repo, file), 'utf8').matchAll(refusal)) codes.add(m[1] as string);
  }
  return [...codes].sort();
}

describe('error texts', () => {
  const codes = serverErrorCodes();

  it('finds the server’s error codes (the scan itself works)', () => {
    expect(codes.length).toBeGreaterThan(100);
    expect(codes).toContain('CASE_NOT_FOUND');
  });

  it('has a zh-CN and an English text for every code the server refuses with', () => {
    expect(codes.filter((code) => !Object.hasOwn(zhCN.errors, code))).toEqual([]);
    expect(codes.filter((code) => !Object.hasOwn(en.errors, code))).toEqual([]);
  });
});
