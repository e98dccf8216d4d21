"""Pagers that only a script follows: ``<a href="javascript:void(0)" onclick="LoadList(12, 2)">2</a>``
where ``LoadList`` asks a handler for the list's next page (``$.ajax({url: '/Ajax/List.ashx',
data: {cid: cid, page: page}})``) and writes the answer into the page. Vietnamese vendor portals
page their category lists this way; there is no address of page 2 in the page itself.

What a browser would request is read from the function's source (an inline script, or one of the
page's own script files): the handler's address and how the call's arguments fill its query, in
the three shapes such pagers are written in:

- an options object or argument: ``$.ajax({url: '/h.ashx', data: {cid: cid, page: p, size: 6}})``,
  ``$.get('/h.ashx', {cid: cid, page: p}, …)``, ``$('#list').load('/h.ashx', {…})``;
- an address built by concatenation: ``$('#list').load('/h.ashx?cid=' + cid + '&page=' + p)``,
  ``fetch("/tin/trang/" + p)``;
- the same with a template literal: ``fetch(`/h.ashx?cid=${cid}&page=${p}`)``.

Only GET requests (a POST handler is not followed: it may change state) and literal arguments
(numbers and strings) are used. Hand-rolled because no maintained Python library reads this much
of JavaScript without running it (a JS engine is a heavy dependency for a few lines of pattern).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

#: a call in an ``onclick``/``javascript:`` with literal arguments only: LoadList(12, 2), go('tin', 3)
_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\(((?:\s*(?:-?\d+|'[^'\\]*'|\"[^\"\\]*\")\s*,?)*)\)")
_ARG = re.compile(r"-?\d+|'([^'\\]*)'|\"([^\"\\]*)\"")
_NOT_PAGERS = frozenset({"void", "alert", "confirm", "history.go", "history.back", "window.print", "print", "window.open", "return"})

#: a function's header: ``function Name(a, b) {`` or ``Name = function (a, b) {`` (or an arrow)
_FUNCTION = re.compile(
    r"function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)\s*\{"
    r"|([A-Za-z_$][\w$.]*)\s*[:=]\s*(?:async\s+)?function\s*\(([^)]*)\)\s*\{"
    r"|([A-Za-z_$][\w$.]*)\s*=\s*(?:async\s+)?\(([^)]*)\)\s*=>\s*\{"
)
_STRING = r"(?:'([^'\\]*)'|\"([^\"\\]*)\"|`([^`\\]*)`)"
_URL_OPTION = re.compile(r"\burl\s*:\s*" + _STRING)
_URL_CALL = re.compile(r"(?:\$\.get|jQuery\.get|\$\.ajax|jQuery\.ajax|\.load|\bfetch|axios\.get|\$\.getJSON)\s*\(\s*" + _STRING)
#: a page opened by assigning the window's address: ``window.location.href = 'index.php?id=' + id``,
#: ``location.assign("/tin/" + id)``, or in a popup, ``window.open('tintuc.asp?id=' + id, 'tin',
#: 'width=820')`` (a function that opens a list's page or a post)
_URL_NAVIGATION = re.compile(r"(?:(?<![\w$])(?:(?:window|document|self|top)\.)?location(?:\.href)?\s*(?:=(?!=)|\.(?:assign|replace)\()|\bwindow\.open\()\s*" + _STRING)
_POSTS = re.compile(r"\btype\s*:\s*['\"]post['\"]|\bmethod\s*:\s*['\"]post['\"]|\$\.post\b|jQuery\.post\b|axios\.post\b", re.I)
_DATA_OPTION = re.compile(r"\bdata\s*:\s*\{([^{}]*)\}")
_DATA_ARGUMENT = re.compile(r"^\s*,\s*\{([^{}]*)\}")
_PAIR = re.compile(r"['\"]?([A-Za-z_$][\w$-]*)['\"]?\s*:\s*(-?\d+|'[^'\\]*'|\"[^\"\\]*\"|[A-Za-z_$][\w$]*)")
_CONCAT_PART = re.compile(r"\s*\+\s*(?:([A-Za-z_$][\w$]*)|" + _STRING + ")")
_TEMPLATE_SLOT = re.compile(r"\$\{\s*([A-Za-z_$][\w$]*)\s*\}")


#: marks a slot filled by a variable the page's own script sets ("var MUC = 5;"), not by the call
PAGE_VAR = "\x00"
#: a page's script setting a variable to a literal: ``var MUC = 5;``, ``const cid = '12'``
_PAGE_VARIABLE = re.compile(r"""(?:\bvar|\blet|\bconst|[;{,]|^)\s*([A-Za-z_$][\w$]*)\s*=\s*(-?\d+|'[^'\\\n]*'|"[^"\\\n]*")\s*(?=[;,\n]|$)""", re.M)


def page_variables(source: str) -> dict[str, str]:
    """The variables a page's inline script sets to a literal, by name (the values a pager's
    function may read beside its arguments: ``'/ajax.php?muc=' + MUC + '&p=' + p``)."""
    return {name: value.strip("'\"") for name, value in _PAGE_VARIABLE.findall(source)}


@dataclass(frozen=True)
class ScriptCall:
    """A pager link's script call: the function's name, its literal arguments, the link's text."""

    function: str
    args: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class ScriptPager:
    """How a pager function turns its arguments into the address it loads: ``parts`` are literal
    text and parameter positions (ints) in order; ``query`` the pairs of a data object."""

    function: str
    parts: tuple[str | int, ...]
    query: tuple[tuple[str, str | int], ...] = ()
    #: a click handler bound to a selector: its parameters are the clicked element's data-*
    #: attributes by these names (jQuery's ``$(this).data("trang")``)
    data_names: tuple[str, ...] = ()

    @property
    def bound(self) -> bool:
        return bool(self.data_names)

    def url(self, args: tuple[str, ...], base_url: str, page_vars: dict[str, str] | None = None) -> str | None:
        """The address a call loads, or None when it needs an argument the call lacks (or a
        variable the calling page's script does not set)."""
        data = dict(a.split("=", 1) for a in args if "=" in a) if self.bound else {}

        def value(slot: str | int) -> str | None:
            if self.bound and isinstance(slot, int):
                return data.get(self.data_names[slot])  # a handler reads the clicked element's data-*
            if isinstance(slot, str):
                return (page_vars or {}).get(slot[1:]) if slot.startswith(PAGE_VAR) else slot
            return args[slot] if slot < len(args) else None

        pieces = [value(p) for p in self.parts]
        pairs = [(k, value(v)) for k, v in self.query]
        if any(p is None for p in pieces) or any(v is None for _, v in pairs):
            return None
        address = "".join(p if isinstance(part, str) and not part.startswith(PAGE_VAR) else quote(p, safe="") for part, p in zip(self.parts, pieces, strict=True))  # type: ignore[arg-type]
        if pairs:
            query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)  # type: ignore[arg-type]
            address += ("&" if "?" in address else "?") + query
        return urljoin(base_url, address)


def script_call(script: str, text: str) -> ScriptCall | None:
    """The pager call in a link's ``href="javascript:…"`` and ``onclick`` ("LoadList(12, 2); return
    false;"), or None when it calls nothing with literal arguments."""
    for m in _CALL.finditer(script):
        name = m.group(1)
        if name in _NOT_PAGERS or name.startswith(("window.", "document.", "history.", "location.", "console.")):
            continue
        args = tuple(a.group(1) if a.group(1) is not None else a.group(2) if a.group(2) is not None else a.group(0) for a in _ARG.finditer(m.group(2)))
        if args:
            return ScriptCall(name, args, text)
    return None


def script_pagers(source: str) -> dict[str, ScriptPager]:
    """The pager functions defined in a script's source, by name: those whose body loads an
    address by GET that their parameters fill."""
    found: dict[str, ScriptPager] = {}
    for m in _FUNCTION.finditer(source):
        name = m.group(1) or m.group(3) or m.group(5)
        params = [p.strip().split("=")[0].strip() for p in (m.group(2) or m.group(4) or m.group(6) or "").split(",") if p.strip()]
        body = _body(source, m.end() - 1)
        if not params or body is None or _POSTS.search(body):
            continue
        pager = _pager(name.rsplit(".", 1)[-1] if "." in name else name, params, body)
        if pager is not None:
            found[pager.function] = pager
            if "." in name:
                found[name] = ScriptPager(name, pager.parts, pager.query)
    return found


#: a click handler bound to an id or a class: ``$("#more").on("click", function () {``,
#: ``$(".more").click(function(){``, ``$(document).on("click", "#more", function(){``
_BOUND = re.compile(
    r"""\$\(\s*(['"])([#.][\w-]+)\1\s*\)\s*\.\s*(?:on\(\s*['"]click['"]\s*,\s*|click\(\s*)function\s*\([^)]*\)\s*\{"""
    r"""|\$\(\s*(?:document|window|['"][^'"]+['"])\s*\)\s*\.\s*on\(\s*['"]click['"]\s*,\s*(['"])([#.][\w-]+)\3\s*,\s*function\s*\([^)]*\)\s*\{"""
)
#: a handler's variable read from the clicked element: ``t = $(this).data("trang")``
_DATA_READ = re.compile(r"""([A-Za-z_$][\w$]*)\s*=\s*(?:parseInt\(\s*)?\$\(\s*this\s*\)\s*\.\s*(?:data\(\s*['"]([\w-]+)['"]\s*\)|attr\(\s*['"]data-([\w-]+)['"]\s*\))""")


def bound_pagers(source: str) -> dict[str, ScriptPager]:
    """Click handlers bound to a selector ("#btnXemThem") that load an address by GET filled from
    the clicked element's data-* attributes ("Xem thêm tin" with data-trang="2"), by selector."""
    found: dict[str, ScriptPager] = {}
    for m in _BOUND.finditer(source):
        selector = m.group(2) or m.group(4)
        body = _body(source, m.end() - 1)
        if body is None or _POSTS.search(body):
            continue
        reads = [(var, _kebab(a or b)) for var, a, b in _DATA_READ.findall(body)]
        if not reads:
            continue
        pager = _pager(selector, [var for var, _ in reads], body)
        if pager is not None:
            found[selector] = ScriptPager(selector, pager.parts, pager.query, tuple(name for _, name in reads))
    return found


def _kebab(name: str) -> str:
    """jQuery's ``.data("danhMuc")`` reads ``data-danh-muc``."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name).lower()


def bound_call(attributes: dict[str, str], text: str) -> ScriptCall | None:
    """A load-more or pager element that a bound handler may serve: its selectors ("#id", ".class")
    as the call's name and its data-* attributes as the arguments ("trang=2")."""
    data = tuple(f"{k[5:]}={v}" for k, v in attributes.items() if k.startswith("data-") and v.strip())
    selectors = ([f"#{attributes['id']}"] if attributes.get("id") else []) + [f".{c}" for c in (attributes.get("class") or "").split()]
    if not data or not selectors:
        return None
    return ScriptCall("|".join(selectors), data, text)


def pager_for(pagers: dict[str, ScriptPager], call: ScriptCall) -> ScriptPager | None:
    """The pager a call runs: a function by its name, or a bound handler by one of its selectors."""
    return next((pagers[name] for name in call.function.split("|") if name in pagers), None)


def _body(source: str, brace: int) -> str | None:
    """The text between the brace at ``brace`` and its match (strings skipped), or None."""
    depth, i, quote_char = 0, brace, ""
    while i < len(source):
        ch = source[i]
        if quote_char:
            if ch == "\\":
                i += 1
            elif ch == quote_char:
                quote_char = ""
        elif ch in "'\"`":
            quote_char = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return source[brace + 1 : i]
        i += 1
    return None


def _pager(name: str, params: list[str], body: str) -> ScriptPager | None:
    m = _URL_OPTION.search(body) or _URL_CALL.search(body) or _URL_NAVIGATION.search(body)
    if m is None:
        return None
    literal = next(g for g in m.groups() if g is not None)
    if m.group(3) is not None:  # a template literal: `…${page}…`
        parts = _template_parts(literal, params)
    else:
        added = _concatenated(body[m.end() :], params)
        parts = None if added is None else [literal, *added]
    if parts is None:
        return None
    data = _DATA_OPTION.search(body) if m.re is _URL_OPTION else _DATA_ARGUMENT.search(body[m.end() :])
    query: list[tuple[str, str | int]] = []
    if data is not None:
        for key, raw in _PAIR.findall(data.group(1)):
            if raw in params:
                query.append((key, params.index(raw)))
            elif raw[:1] in "'\"":
                query.append((key, raw[1:-1]))
            elif re.fullmatch(r"-?\d+", raw):
                query.append((key, raw))
            else:
                query.append((key, PAGE_VAR + raw))  # a variable of the page, read where it is called
    if not any(isinstance(p, int) for p in parts) and not any(isinstance(v, int) for _, v in query):
        return None  # the arguments change nothing: no pager
    return ScriptPager(name, tuple(parts), tuple(query))


def _concatenated(rest: str, params: list[str]) -> list[str | int] | None:
    """The pieces added to the address literal: ``+ cid + '&page=' + p`` (a name that is no
    parameter is a variable of the page: ``+ MUC +``)."""
    parts: list[str | int] = []
    for m in _iter_concat(rest):
        if m.group(1) is not None:
            parts.append(params.index(m.group(1)) if m.group(1) in params else PAGE_VAR + m.group(1))
        else:
            parts.append(next(g for g in m.groups()[1:] if g is not None))
    return parts


def _iter_concat(rest: str):  # type: ignore[no-untyped-def]
    at = 0
    while True:
        m = _CONCAT_PART.match(rest, at)
        if m is None:
            return
        yield m
        at = m.end()


def _template_parts(literal: str, params: list[str]) -> list[str | int] | None:
    parts: list[str | int] = []
    at = 0
    for m in _TEMPLATE_SLOT.finditer(literal):
        parts.extend([literal[at : m.start()], params.index(m.group(1)) if m.group(1) in params else PAGE_VAR + m.group(1)])
        at = m.end()
    parts.append(literal[at:])
    return [p for p in parts if p != ""]


#: Livewire's pagination calls (``WithPagination``): the page is also the query value of the
#: paginator's name ("?page=2"), which the component reads on a plain GET
_LIVEWIRE_PAGE = re.compile(r"^\s*(?:\$wire\.)?(?:gotoPage|setPage)\(\s*(\d{1,4})\s*(?:,\s*['\"]([\w-]+)['\"]\s*)?\)")
_LIVEWIRE_STEP = re.compile(r"^\s*(?:\$wire\.)?(nextPage|previousPage)\(\s*(?:['\"]([\w-]+)['\"])?\s*\)")


def framework_page_url(attributes: dict[str, str], page_url: str) -> str | None:
    """The address a framework's pager element loads by GET, read from its attributes: htmx's
    ``hx-get``/``data-hx-get`` (a button "Xem thêm" with ``hx-get="?trang=2"``: the same address
    without htmx's header answers the whole page), Livewire's ``wire:click="gotoPage(2, 'page')"``
    (the component reads ``?page=2``). None for anything else (a POST, a state change)."""
    target = attributes.get("hx-get") or attributes.get("data-hx-get")
    if target:
        return urljoin(page_url, target.strip())
    click = attributes.get("wire:click") or attributes.get("wire:click.prevent")
    if not click:
        return None
    m = _LIVEWIRE_PAGE.match(click)
    if m:
        return _with_query(page_url, m.group(2) or "page", int(m.group(1)))
    m = _LIVEWIRE_STEP.match(click)
    if m:
        name = m.group(2) or "page"
        current = _query_value(page_url, name)
        page = (current or 1) + (1 if m.group(1) == "nextPage" else -1)
        return _with_query(page_url, name, page) if page >= 1 else None
    return None


def _query_value(url: str, name: str) -> int | None:
    value = dict(parse_qsl(urlsplit(url).query)).get(name, "")
    return int(value) if value.isdigit() else None


def _with_query(url: str, name: str, page: int) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != name]
    query.append((name, str(page)))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


#: a widget's data source that pages on the server and reads its pages by GET (Kendo UI's
#: ``transport: { read: { url: "/TinTuc/DocDanhSach", type: "GET", data: { danhMucId: 5 } } },
#: pageSize: 10, serverPaging: true``; DevExtreme and other grids word theirs alike)
_READ_TRANSPORT = re.compile(r"\bread\s*:\s*\{")
_PAGE_SIZE = re.compile(r"\bpageSize\s*:\s*(\d{1,3})\b")
_SERVER_PAGING = re.compile(r"\bserverPaging\s*:\s*true\b")


@dataclass(frozen=True)
class DataSourcePager:
    """A server-paged data source: the address its pages are read from, its fixed parameters and
    its page size. Page N is read with the paging parameters the widget sends (``take``, ``skip``,
    ``page``, ``pageSize``)."""

    url: str
    query: tuple[tuple[str, str], ...]
    size: int

    def page_url(self, page: int, base_url: str) -> str:
        pairs = [*self.query, ("take", str(self.size)), ("skip", str((page - 1) * self.size)), ("page", str(page)), ("pageSize", str(self.size))]
        address = self.url + ("&" if "?" in self.url else "?") + "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
        return urljoin(base_url, address)


def data_source_pagers(source: str) -> list[DataSourcePager]:
    """The server-paged data sources a page's inline script sets up, read by GET with literal
    parameters; a POST or a parameter a function computes leads nowhere."""
    found: list[DataSourcePager] = []
    if not _SERVER_PAGING.search(source):
        return found
    for m in _READ_TRANSPORT.finditer(source):
        body = _body(source, m.end() - 1)
        if body is None or _POSTS.search(body):
            continue
        url = _URL_OPTION.search(body)
        after = source[m.end() : m.end() + 2000]
        size = _PAGE_SIZE.search(after)
        if url is None or size is None:
            continue
        data = _DATA_OPTION.search(body)
        pairs = []
        for k, v in _PAIR.findall(data.group(1)) if data else []:
            if v[:1] not in "'\"" and not v.lstrip("-").isdigit():
                break  # a value the script computes: the read cannot be reproduced
            pairs.append((k, v.strip("'\"")))
        else:
            found.append(DataSourcePager(next(g for g in url.groups() if g is not None), tuple(pairs), int(size.group(1))))
    return found


#: a variable set from another one (``var cat = CAT_MAC_DINH;``) or from the clicked element's data
#: (``cat = $(this).data('cat')``, ``this.dataset.cat``, ``this.getAttribute('data-cat')``)
_ALIAS = r"\b{name}\s*=\s*([A-Za-z_$][\w$]*)\s*[;,\n]"
_FROM_DATA = r"\b{name}\s*=\s*(?:\$\(\s*this\s*\)|jQuery\(\s*this\s*\))\.data\(\s*['\"]([\w-]+)['\"]\s*\)|\b{name}\s*=\s*this\.dataset\.([\w$]+)|\b{name}\s*=\s*this\.getAttribute\(\s*['\"]data-([\w-]+)['\"]\s*\)"
#: at most this many addresses from one inline loader (a tab per category, a handful)
MAX_LOADED_LISTS = 24


def loaded_lists(source: str, page_vars: dict[str, str], data_values: Callable[[str], list[str]]) -> list[str]:
    """The addresses an inline script loads into the page outside any pager function: the list a
    page fills on load or when a tab is clicked ("$('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat +
    '&page=1')"), each variable read from the page's literals ("var CAT_MAC_DINH = 2;", "cat =
    CAT_MAC_DINH") or from the data attribute a click handler reads ("cat = $(this).data('cat')":
    every ``data-cat`` on the page). GET requests only, as for pagers; None of a function's
    parameters (those are script_pagers')."""
    found: list[str] = []
    for m in _URL_CALL.finditer(source):
        if _POSTS.search(source[max(0, m.start() - 200) : m.end() + 200]):
            continue
        literal = next(g for g in m.groups() if g is not None)
        if m.group(3) is not None:
            continue  # (a template literal's slots are read by script_pagers)
        parts: list[str] = [literal]
        names: list[str] = []
        for piece in _iter_concat(source[m.end() :]):
            if piece.group(1) is not None:
                names.append(piece.group(1))
                parts.append("\x00" + piece.group(1))
            else:
                parts.append(next(g for g in piece.groups()[1:] if g is not None))
        if not names or len(set(names)) > 2:
            continue
        choices: dict[str, list[str]] = {}
        for name in dict.fromkeys(names):
            values = _values_of(name, source, page_vars, data_values)
            if not values:
                break
            choices[name] = values
        else:
            combos = [dict()]
            for name, values in choices.items():
                combos = [{**c, name: v} for c in combos for v in values][:MAX_LOADED_LISTS]
            for combo in combos:
                url = "".join(combo[p[1:]] if p.startswith("\x00") else p for p in parts)
                if url not in found:
                    found.append(url)
    return found[:MAX_LOADED_LISTS]


def _values_of(name: str, source: str, page_vars: dict[str, str], data_values: Callable[[str], list[str]]) -> list[str]:
    values: list[str] = []
    if name in page_vars:
        values.append(page_vars[name])
    for other in re.findall(_ALIAS.format(name=re.escape(name)), source):
        if other in page_vars and page_vars[other] not in values:
            values.append(page_vars[other])
    for groups in re.findall(_FROM_DATA.format(name=re.escape(name)), source):
        attr = next((g for g in groups if g), "")
        for value in data_values(_kebab(attr)):
            if value not in values:
                values.append(value)
    return values
