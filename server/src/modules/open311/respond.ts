import type { FastifyReply } from 'fastify';
import { type Open311Document, renderJson } from './document.js';
import { renderXml } from './xml-writer.js';

export type Format = 'xml' | 'json';

/**
 * text/xml is what the GeoReport v2 spec's examples and most of its clients (FixMyStreet, the
 * Open311 client libraries) expect; application/xml would be as correct, but some clients compare the
 * type literally. The charset is named because the standard requires UTF-8 and Chinese text depends on it.
 */
export const CONTENT_TYPES: Record<Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The format a URL asks for by its extension; XML, the standard's required format, when it names none. */
export function formatOfUrl(url: string): Format {
  const path = url.split('?')[0] ?? '';
  return path.endsWith('.json') ? 'json' : 'xml';
}

/** Splits `220104004-20261123-0007.json` into the id and its format; null when the extension is neither. */
export function splitFormat(file: string): { id: string; format: Format } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = file.slice(dot + 1);
  if (ext !== 'xml' && ext !== 'json') return null;
  return { id: file.slice(0, dot), format: ext };
}

export function sendDocument(reply: FastifyReply, format: Format, doc: Open311Document): FastifyReply {
  return reply.type(CONTENT_TYPES[format]).send(format === 'xml' ? renderXml(doc) : renderJson(doc));
}
