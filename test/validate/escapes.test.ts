import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/render/github-commands.js';
import { artifactUri } from '../../src/render/sarif-log.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/render/xml-escape.js';

describe('GitHub workflow-command escaping', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['dir:a,b/file.json', 'dir:a,b/file.json', 'dir%3Aa%2Cb/file.json'],
    ['%0A', '%250A', '%250A'], // an escape written literally is not decoded into a line break
  ])('%j', (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });
});

describe('XML escaping', () => {
  const hostile = 'a<b>&"c\'\u0000\u0008\u000b\ufffe\ud800 tab\there\r\nnew line 😀';

  it('keeps a document well-formed whatever the text, and round-trips what XML can carry', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<r a="${escapeXmlAttribute(hostile)}">${escapeXmlText(hostile)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, htmlEntities: true }).parse(xml);
    const expected = 'a<b>&"c\'\\x00\\x08\\x0b\\u{fffe}\\u{d800} tab\there\r\nnew line 😀';
    expect(parsed.r['#text']).toBe(expected);
    expect(parsed.r.a).toBe(expected);
  });
});

describe('SARIF artifact URIs', () => {
  it.each([
    ['criteria/child-abuse.yaml', 'criteria/child-abuse.yaml'],
    ['evidence/my force/a#1.json', 'evidence/my%20force/a%231.json'],
    ['/tmp/x y.json', 'file:///tmp/x%20y.json'],
  ])('%s', (file, uri) => {
    expect(artifactUri(file)).toBe(uri);
  });
});
