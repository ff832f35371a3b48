import fs from 'node:fs';
import path from 'node:path';
import { getNullableType, isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildContentGraphSchemaSync } from '../../src/schema/build-schema';
import { ErrorCode } from '../../src/core/errors';

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * A code spelled as a string where an error is made or read, instead of through ErrorCode (which
 * the type system checks): `code: 'X'` in an object that also has a message or is an error's
 * extensions, and `extensions.code === 'X'`. Other `code`s (ISO country codes, driver error codes)
 * are not error codes of this API. One `file: literal` per finding.
 */
const EMITTED = /\bcode\s*:\s*(['"`])([A-Z][A-Z0-9_]*)\1/g;
const COMPARED = /extensions\??\.code\s*[!=]==?\s*(['"`])([A-Z][A-Z0-9_]*)\1/g;

function codeLiterals(source: string): string[] {
  const emitted = [...source.matchAll(EMITTED)].filter((match) =>
    /message|extensions/.test(source.slice(Math.max(0, match.index - 300), match.index)),
  );
  return [...emitted, ...source.matchAll(COMPARED)].map((match) => match[2]);
}

describe('error codes', () => {
  it("the schema's ErrorCode enum holds exactly the TypeScript enum's codes", () => {
    const type = buildContentGraphSchemaSync().getType('ErrorCode');
    if (!isEnumType(type)) throw new Error('the schema has no enum ErrorCode');
    expect(type.getValues().map((value) => value.value as string)).toEqual(Object.values(ErrorCode));
    expect(type.getValues().every((value) => value.name === value.value)).toBe(true);
  });

  it('UserError.code is that enum', () => {
    const userError = buildContentGraphSchemaSync().getType('UserError');
    if (!isObjectType(userError)) throw new Error('the schema has no type UserError');
    expect(String(getNullableType(userError.getFields().code.type))).toBe('ErrorCode');
  });

  it('every code in src/ goes through ErrorCode, never a string literal', () => {
    // The scan finds the forms it looks for, and leaves country codes alone.
    expect(codeLiterals("{ message: 'busy', extensions: { code: 'OVERLOADED' } }")).toEqual(['OVERLOADED']);
    expect(codeLiterals("if (error.extensions?.code === 'REQUEST_TIMEOUT')")).toEqual(['REQUEST_TIMEOUT']);
    expect(codeLiterals("{ field, message: 'x', code: 'INVALID' }")).toEqual(['INVALID']);
    expect(codeLiterals("const place = { name: 'Tbilisi', code: 'GE' };")).toEqual([]);
    const found = sourceFiles(SRC).flatMap((file) =>
      codeLiterals(fs.readFileSync(file, 'utf8')).map((code) => `${path.relative(SRC, file)}: ${code}`),
    );
    expect(found).toEqual([]);
  });
});
