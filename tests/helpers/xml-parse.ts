import { execFileSync } from 'node:child_process';

/** An element as an independent parser (Python's expat, through ElementTree) read it: local name, namespace, text. */
export interface XmlNode {
  tag: string;
  ns: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

const PARSE = `
import sys, json, xml.etree.ElementTree as ET
def split(name):
    return (name[1:].split('}', 1) if name.startswith('{') else ['', name])
def node(e):
    ns, tag = split(e.tag)
    return {'tag': tag, 'ns': ns, 'attrs': {split(k)[1]: v for k, v in e.attrib.items()}, 'text': (e.text or '').strip(), 'children': [node(c) for c in e]}
data = sys.stdin.buffer.read()
if not data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
    raise SystemExit('missing XML declaration')
print(json.dumps(node(ET.fromstring(data))))
`;

/** Parses XML bytes (throws on anything not well-formed, or without the UTF-8 declaration). */
export const parseXml = (bytes: Buffer | string): XmlNode => JSON.parse(execFileSync('python3', ['-c', PARSE], { input: bytes, encoding: 'utf8' })) as XmlNode;

/** Every element reached by a path of local names ("IdDoc/Identificativo"), in document order. */
export function select(node: XmlNode, path: string): XmlNode[] {
  return path.split('/').reduce<XmlNode[]>((found, step) => found.flatMap((n) => n.children.filter((c) => c.tag === step)), [node]);
}

/** The text of the single element at `path`; fails the test if there is none or more than one. */
export function textAt(node: XmlNode, path: string): string {
  const found = select(node, path);
  if (found.length !== 1) throw new Error(`${path}: expected one element, found ${found.length}`);
  return found[0]!.text;
}
