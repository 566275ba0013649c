// Characters XML 1.0 does not allow at all, even escaped: C0 controls but tab, LF and CR;
// lone surrogates; U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeCommon(text: string): string {
  return text
    // Shown as visible escapes rather than dropped: the document stays well-formed and nothing vanishes unseen.
    .replace(NOT_XML, (ch) => {
      const code = ch.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Escapes text for XML element content (line feeds and tabs stay as they are). */
export function escapeXmlText(text: string): string {
  return escapeCommon(text);
}

/** Escapes text for a double- or single-quoted XML attribute, line ends and tabs included. */
export function escapeXmlAttribute(text: string): string {
  return escapeCommon(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // A parser turns raw line ends and tabs in attributes into spaces; character references survive.
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}
