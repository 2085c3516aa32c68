/**
 * One response, written once and rendered as XML or JSON. GeoReport v2 names the elements of a list
 * in XML (`<services><service>…`) where JSON has a bare array, so a list carries its item name.
 */
export type Node = string | number | boolean | null | NodeList | NodeObject;
export interface NodeObject {
  [key: string]: Node;
}

export class NodeList {
  constructor(
    readonly itemName: string,
    readonly items: readonly Node[],
  ) {}
}

export const list = (itemName: string, items: readonly Node[]): NodeList => new NodeList(itemName, items);

/**
 * The whole response: a list (`<service_requests><request>…`) or a single object under its root
 * (`<service_definition>…`, `<discovery>…`). JSON follows the GeoReport v2 examples: a list is a
 * top-level array (one request, one token and the errors included), a single object is a bare object;
 * validators written from the standard refuse an object wrapped in an array.
 */
export interface Open311Document {
  root: string;
  body: NodeList | NodeObject;
}

function toJson(node: Node): unknown {
  if (node instanceof NodeList) return node.items.map(toJson);
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toJson(v)]));
  }
  return node;
}

export function renderJson(doc: Open311Document): string {
  return JSON.stringify(toJson(doc.body));
}
