"""Light markdown for replies: bullet and numbered lists, **bold**, *italic*, `code`
and fenced code blocks, turned into the small HTML subset a Qt label shows.

Everything else is text: it is escaped first, so a reply can never inject markup (a
link, an image, a style) into the window. Plain replies come back as plain text
(``needs_markup`` is False) and stay a plain-text label."""

from __future__ import annotations

import html
import re

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_FENCE = "```"


def needs_markup(text: str) -> bool:
    """Whether ``text`` has any markdown this module renders."""
    if _FENCE in text or _CODE.search(text) or _BOLD.search(text) or _ITALIC.search(text):
        return True
    return any(_BULLET.match(line) or _NUMBERED.match(line) for line in text.splitlines())


def _inline(text: str) -> str:
    """Escape, then bold, italic and code spans (code spans are left as they are)."""
    out: list[str] = []
    last = 0
    for match in _CODE.finditer(text):
        out.append(_emphasis(html.escape(text[last : match.start()], quote=False)))
        out.append(f"<code>{html.escape(match.group(1), quote=False)}</code>")
        last = match.end()
    out.append(_emphasis(html.escape(text[last:], quote=False)))
    return "".join(out)


def _emphasis(escaped: str) -> str:
    escaped = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", escaped)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1)}</i>", escaped)


def to_html(text: str) -> str:
    """The reply as label HTML: paragraphs, lists, code blocks."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    list_tag = ""
    code: list[str] | None = None

    def end_paragraph() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>".join(_inline(line) for line in paragraph) + "</p>")
            paragraph.clear()

    def end_list() -> None:
        nonlocal list_tag
        if items:
            inner = "".join(f"<li>{item}</li>" for item in items)
            blocks.append(f"<{list_tag} style='margin: 0 0 0 -20px;'>{inner}</{list_tag}>")
            items.clear()
        list_tag = ""

    for line in text.splitlines():
        if line.strip().startswith(_FENCE):
            if code is None:
                end_paragraph()
                end_list()
                code = []
            else:
                body = html.escape("\n".join(code), quote=False)
                blocks.append(f"<pre>{body}</pre>")
                code = None
            continue
        if code is not None:
            code.append(line)
            continue
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        if bullet or numbered:
            end_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag and tag != list_tag:
                end_list()
            list_tag = tag
            items.append(_inline(bullet.group(1) if bullet else numbered.group(2)))  # type: ignore[union-attr]
            continue
        if not line.strip():
            end_paragraph()
            end_list()
            continue
        end_list()
        paragraph.append(line.strip())
    if code is not None:  # an unclosed fence (a reply still streaming): show it as code
        blocks.append(f"<pre>{html.escape(chr(10).join(code), quote=False)}</pre>")
    end_paragraph()
    end_list()
    return "".join(blocks)
