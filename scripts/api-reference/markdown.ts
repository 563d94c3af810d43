/**
 * The small, safe part of Markdown that the contract's descriptions use: paragraphs, bullet and
 * numbered lists, `code spans`, **bold**, and [links](https://…) to http(s), mailto, relative or
 * in-page addresses. Everything else is text: every `<`, `&` and quote is escaped, so a description
 * can never add markup, scripts or event handlers to the page.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A link target that cannot run script: http(s), mailto, an in-page anchor or a relative path. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|#|\/(?!\/)|\.{1,2}\/)/i.test(url) && !/[\s<>"'`]/.test(url);
}

/** Inline Markdown of one block of text → HTML. */
export function renderInline(text: string): string {
  let html = '';
  // Code spans first: their content is never interpreted.
  const parts = text.split(/(`+[^`]*?`+)/g);
  for (const part of parts) {
    const code = /^(`+)([^`]*?)\1$/.exec(part);
    if (code) {
      html += `<code>${escapeHtml(code[2]!.trim() === '' ? code[2]! : code[2]!.replace(/^ (.*) $/, '$1'))}</code>`;
      continue;
    }
    html += renderEmphasisAndLinks(part);
  }
  return html;
}

function renderEmphasisAndLinks(text: string): string {
  let html = '';
  let rest = text;
  const link = /\[([^\]\n]+)\]\(([^)\s]+)\)/;
  while (rest) {
    const match = link.exec(rest);
    if (!match) {
      html += renderBold(rest);
      break;
    }
    html += renderBold(rest.slice(0, match.index));
    const [, label, url] = match;
    html += isSafeUrl(url!) ? `<a href="${escapeHtml(url!)}">${renderBold(label!)}</a>` : renderBold(label!);
    rest = rest.slice(match.index + match[0].length);
  }
  return html;
}

function renderBold(text: string): string {
  return escapeHtml(text).replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** Block Markdown → HTML: paragraphs separated by blank lines, `- ` / `* ` and `1. ` lists. */
export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown) return '';
  const blocks = markdown.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const bullet = /^\s*[-*]\s+/;
      const numbered = /^\s*\d+[.)]\s+/;
      const listKind = lines.every((line, i) => bullet.test(line) || (i > 0 && /^\s{2,}\S/.test(line)))
        ? 'ul'
        : lines.every((line, i) => numbered.test(line) || (i > 0 && /^\s{2,}\S/.test(line)))
          ? 'ol'
          : undefined;
      if (listKind) {
        const marker = listKind === 'ul' ? bullet : numbered;
        const items: string[] = [];
        for (const line of lines) {
          if (marker.test(line)) items.push(line.replace(marker, ''));
          else items[items.length - 1] += ` ${line.trim()}`;
        }
        return `<${listKind}>${items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${listKind}>`;
      }
      return `<p>${renderInline(lines.map((line) => line.trim()).join(' '))}</p>`;
    })
    .join('\n');
}
