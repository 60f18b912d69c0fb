// The VS Code client, read as source (it cannot run outside VS Code): hovers quote source articles, so no
// Markdown it hands to VS Code is ever trusted or allowed HTML; and a crashing server is restarted a bounded
// number of times, with a message that matches the policy.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const CLIENT = path.join(__dirname, '..', '..', '..', 'client', 'src');

function sources(): ts.SourceFile[] {
  return readdirSync(CLIENT)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ts.createSourceFile(f, readFileSync(path.join(CLIENT, f), 'utf8'), ts.ScriptTarget.Latest, true));
}

function visit(node: ts.Node, f: (n: ts.Node) => void): void {
  f(node);
  node.forEachChild((c) => visit(c, f));
}

const where = (n: ts.Node) => {
  const sf = n.getSourceFile();
  return `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
};

describe('client source: trust and restarts', () => {
  it('never trusts Markdown nor allows HTML: isTrusted, supportHtml, enableCommandUris are false wherever they appear', () => {
    const risky = new Set(['isTrusted', 'supportHtml', 'enableCommandUris', 'enableScripts', 'supportThemeIcons']);
    let declared = 0;
    for (const sf of sources()) {
      visit(sf, (n) => {
        // { isTrusted: … } in an object literal
        if (ts.isPropertyAssignment(n) && risky.has(n.name.getText())) {
          assert.equal(n.initializer.kind, ts.SyntaxKind.FalseKeyword, `${n.name.getText()} must be false at ${where(n)}`);
          if (n.name.getText() === 'isTrusted' || n.name.getText() === 'supportHtml') declared++;
        }
        if (ts.isShorthandPropertyAssignment(n) && risky.has(n.name.getText())) assert.fail(`${n.name.getText()} set from a variable at ${where(n)}`);
        // x.isTrusted = …
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && risky.has(n.left.name.text)) {
          assert.equal(n.right.kind, ts.SyntaxKind.FalseKeyword, `${n.left.name.text} assigned at ${where(n)}`);
        }
        // new MarkdownString(…): the client builds no Markdown of its own.
        if (ts.isNewExpression(n) && /MarkdownString/.test(n.expression.getText())) assert.fail(`a MarkdownString is built at ${where(n)}`);
      });
    }
    assert.equal(declared, 2, 'the LanguageClient options say markdown: { isTrusted: false, supportHtml: false } explicitly');
  });

  it('restarts a crashed server a bounded number of times, and the give-up message states the same count', () => {
    const ext = sources().find((sf) => sf.fileName === 'extension.ts');
    assert.ok(ext);
    let restarts: number | undefined;
    let message = '';
    visit(ext, (n) => {
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'createDefaultErrorHandler') {
        const arg = n.arguments[0];
        assert.ok(arg && ts.isNumericLiteral(arg), 'an explicit restart count');
        restarts = Number(arg.text);
      }
      if (ts.isPropertyAssignment(n) && n.name.getText() === 'message' && (ts.isStringLiteral(n.initializer) || ts.isNoSubstitutionTemplateLiteral(n.initializer))) message = n.initializer.text;
    });
    assert.ok(restarts !== undefined && restarts >= 1 && restarts <= 10, `restart count ${restarts}`);
    // vscode-languageclient's default handler restarts `count` times and gives up on crash count + 1 within 3 minutes.
    assert.match(message, new RegExp(`stopped ${restarts + 1} times in 3 minutes`));
    assert.match(message, /will not be restarted/);
    // Documents are checked again by the new server: the client re-opens them (vscode-languageclient does on restart),
    // and nothing in the client keeps server state across a restart except the status item, which is re-read.
    assert.match(ext.getFullText(), /status\.refresh\(\)/);
  });
});
