import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBatchMarkdown } from '../../src/render/batch/markdown.js';
import { MENTION_BREAK, escapeMarkdown, escapeMarkdownBlock } from '../../src/render/markdown-escape.js';
import { reportWithName } from './batch-factories.js';

// A mention as GitHub links one: after the start or a non-word character, a letter or digit right after the @.
const LIVE_MENTION = /(?:^|[^A-Za-z0-9_])@[A-Za-z0-9]/;
const J = MENTION_BREAK;

describe('Markdown escaping of @mentions', () => {
  it.each([
    ['@octocat', `@${J}octocat`],
    ['ping @octocat please', `ping @${J}octocat please`],
    ['(@octocat)', `(@${J}octocat)`],
    ['*@octocat*', `\\*@${J}octocat\\*`],
    ['@github/security-team', `@${J}github/security-team`],
    ['line\n@octocat', `line @${J}octocat`],
    ['Jeff.Taylor@herts.pnn.police.uk', 'Jeff.Taylor@herts.pnn.police.uk'],
    ['user2@example.org', 'user2@example.org'],
    ['an @ sign alone, @-dash, @_under', 'an @ sign alone, @-dash, @\\_under'],
  ])('%j becomes %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('reads the same once the word joiner (no width, no glyph) is taken out', () => {
    expect(escapeMarkdown('@octocat and @hubot').replaceAll(J, '')).toBe('@octocat and @hubot');
  });

  it('leaves no live mention in escaped text, however it is made up', () => {
    const chars = fc.constantFrom('@', 'a', 'Z', '7', '_', ' ', '\n', '*', '\\', '&', '`', '.', '/', '-', '\u001b', 'é');
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((c) => c.join('')), (text) => {
      expect(escapeMarkdown(text)).not.toMatch(LIVE_MENTION);
      expect(escapeMarkdownBlock(text)).not.toMatch(LIVE_MENTION);
    }), { numRuns: 3000, seed: 13 });
  });

  it('neutralises a force named @someone in the batch Markdown tables', () => {
    const markdown = renderBatchMarkdown(reportWithName('@someone'), { color: false });
    expect(markdown).toContain(`| @${J}someone | Fair\\* | Poor |`);
    expect(markdown).not.toMatch(LIVE_MENTION);
  });
});
