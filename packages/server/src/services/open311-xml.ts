// XML for the Open311 GeoReport v2 facade (`.xml`): the spec's element names, arrays as a wrapper
// element holding one element per item.

const singular: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
};

const escapeXml = (text: string): string =>
  // Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped (text only, no attributes).
  text
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function element(name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return `<${name}/>`;
  if (Array.isArray(value)) return `<${name}>${value.map((item) => element(singular[name] ?? 'item', item)).join('')}</${name}>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>).map(([key, v]) => element(key, v)).join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** `root` is the wrapper of a list (`services`, `service_requests`, `errors`) or a single object's name. */
export function toOpen311Xml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(root, value)}`;
}
