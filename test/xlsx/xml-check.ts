/**
 * Test support: a strict check that a string is well-formed XML 1.0 (no DTDs; names limited to
 * ASCII, which is all the writer emits). Returns why it is not, or null. Node has no XML parser,
 * and this is small enough to read.
 */
const NAME = /^[A-Za-z_:][\w.:-]*$/;
/* eslint-disable no-control-regex -- finding control characters is the point */
const BAD_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */
const BAD_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export function xmlProblem(xml: string): string | null {
  if (BAD_CHAR.test(xml)) return 'a character XML does not allow';
  let rest = xml.replace(/^\uFEFF?<\?xml\s[^?]*\?>/, '');
  const open: string[] = [];
  let roots = 0;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (text) {
      if (open.length === 0 && text.trim()) return `text outside the root: ${text.slice(0, 40)}`;
      if (BAD_AMP.test(text)) return `a bare & in text: ${text.slice(0, 40)}`;
      if (text.includes(']]>')) return ']]> in text';
    }
    if (lt < 0) break;
    rest = rest.slice(lt);
    const special = /^(<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>)/.exec(rest);
    if (special) {
      if (special[0].startsWith('<![CDATA[') && open.length === 0) return 'CDATA outside the root';
      rest = rest.slice(special[0].length);
      continue;
    }
    const end = /^<\/([^\s>]+)\s*>/.exec(rest);
    if (end) {
      const expected = open.pop();
      if (end[1] !== expected) return `</${end[1]}> closes <${expected ?? 'nothing'}>`;
      rest = rest.slice(end[0].length);
      continue;
    }
    const start = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(rest);
    if (!start) return `a malformed tag: ${rest.slice(0, 60)}`;
    const [whole, name = '', attrText = '', selfClosing] = start;
    if (!NAME.test(name)) return `a bad element name: ${name}`;
    const seen = new Set<string>();
    for (const a of attrText.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const [, key = '', doubleQuoted, singleQuoted] = a;
      const value = doubleQuoted ?? singleQuoted ?? '';
      if (!NAME.test(key)) return `a bad attribute name: ${key}`;
      if (seen.has(key)) return `attribute ${key} twice on <${name}>`;
      seen.add(key);
      if (value.includes('<') || BAD_AMP.test(value)) return `a bad attribute value: ${key}="${value}"`;
    }
    if (open.length === 0 && ++roots > 1) return `a second root element <${name}>`;
    if (!selfClosing) open.push(name);
    rest = rest.slice(whole.length);
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  return roots === 1 ? null : 'no root element';
}
