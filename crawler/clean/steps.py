"""The cleaning steps, in order. Each takes a record dict (extraction output, with work fields) and
returns it changed, plus counts of what it did. Pipelines wrap them one by one; ``extract_article``
runs them all. One home for every rule: a newcomer looks here first.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from datetime import date, time, timedelta
from itertools import pairwise, takewhile
from typing import Any

from crawler import SCHEMA_VERSION
from crawler.core.bylines import (
    SIGNATURE_DASHES,
    Byline,
    bare_name,
    bare_names,
    caption_credit,
    folded_labels,
    is_account_name,
    is_byline_label,
    is_closing_line,
    is_file_name,
    is_no_person,
    is_post_line,
    looks_like_bare_name,
    parse_byline,
    parse_signature,
    untitled,
)
from crawler.core.dates import FoundDate, parse_meta_datetime
from crawler.core.lines import (
    DAY_BADGE,
    PICTURE_WORDS,
    contact_label,
    folded_phrases,
    is_boilerplate_line,
    is_comments_heading,
    is_counter,
    is_date_line,
    is_day_badge,
    is_fields_line,
    is_file_line,
    is_file_size_line,
    is_meta_field_line,
    is_part_link_label,
    is_related_heading,
    is_toc_heading,
    names_a_file,
)
from crawler.core.text import PICTOGRAPHS, clean_line, fold, nfc, slugify
from crawler.phrases import phrase_list, phrase_set

Record = dict[str, Any]
Step = Callable[[Record, Counter], Record]

MAX_CAPTION_LEN = 320
#: a label before a link set off by arrows, not a colon: "Xem thêm >> <a>…</a>", "Đọc thêm » <a>…</a>"
_ARROW_LABEL = re.compile(r"^\s*(.{2,30}?)\s*(?:>>|»|›|→)\s*\S")
_PARENS = re.compile(r"^\((?P<inner>.+)\)\.?$", re.S)


def _texts(blocks: list[dict]) -> list[dict]:
    return [b for b in blocks if b["kind"] == "text"]


# --- 1. boilerplate ---------------------------------------------------------------------------


#: the word a "filed in" line opens with before its linked section ("trong <a>Thông báo</a>")
_FILED_IN = re.compile(r"^\s*(?:trong|thuộc|đăng trong|in|posted in|filed under)\s+\S", re.I)


#: a CMS account's handle opening a meta line with the post's day ("@quantri.sgd · 03/12/2026")
_HANDLE_META = re.compile(r"^@[\w.-]{2,40}\s*[·•|-]?\s*\d{1,2}/\d{1,2}/\d{4}")
#: the account's handle alone, its day in a box of its own beside it ("@quantri.sgd")
_HANDLE_ALONE = re.compile(r"^@[\w.-]{2,40}$")
#: a line of reaction symbols, each with its count ("👍 2 ❤️ 0 👏 0")
_REACTIONS = re.compile(r"^(?:\s*[^\w\s.,:;!?()\[\]\"'“”‘’/|+-]{1,4}\s*\d[\d.,]*){2,}\s*$")


#: the longest run of lines a builder prints twice in a row, and the least text it must hold
_REPEAT_RUN = 4
_REPEAT_CHARS = 80


def _without_repeated_run(blocks: list[dict], stats: Counter) -> list[dict]:
    """A run of text lines printed again right after itself, line for line: a builder's copy of
    a text module for another screen size, each copy hidden by a CSS media rule of the page
    (Divi's "Disable on", Elementor's and WPBakery's responsive duplicates), which a reader sees
    once. Only runs of a sentence or more: a short line repeated is left to the other rules."""
    out: list[dict] = []
    i = 0
    while i < len(blocks):
        k = _repeated_at(blocks, i)
        if k:
            stats["boilerplate/repeated_run"] += 1
            out.extend(blocks[i : i + k])
            i += 2 * k
        else:
            out.append(blocks[i])
            i += 1
    return out


def _repeated_at(blocks: list[dict], i: int) -> int:
    """The length of the run of text lines from ``i`` printed again right after it (0: none)."""
    for k in range(1, _REPEAT_RUN + 1):
        run, again = blocks[i : i + k], blocks[i + k : i + 2 * k]
        if len(again) < k or any(b["kind"] != "text" for b in run + again):
            return 0
        if [b["text"] for b in run] == [b["text"] for b in again] and sum(len(b["text"]) for b in run) >= _REPEAT_CHARS:
            return k
    return 0


def _kicker_over_date(blocks: list[dict], i: int, out: list[dict]) -> bool:
    """A short line in capitals opening the text, right over the post's date line (a vendor's
    "tít phụ", "<div class=ctn-tp>CHUYÊN ĐỀ CẤP THÀNH PHỐ</div>" between the headline and the day):
    the kicker over the headline, set in the text's box."""
    text = blocks[i]["text"]
    if any(b["kind"] == "text" for b in out) or not (len(text) <= 80 and len(text.split()) >= 2 and text.isupper()):
        return False
    nxt = next((b for b in blocks[i + 1 :] if b["kind"] == "text"), None)
    return nxt is not None and len(nxt["text"]) <= 80 and is_date_line(nxt["text"])


#: the bars and bullets parting a meta line's fields
_META_ROW_SEPARATOR = re.compile(r"\s*[|•·]\s*")
#: a time counted back from now as a meta line prints it ("Cách đây 1 ngày", Liferay's; "3 giờ trước")
_TIME_AGO = re.compile(r"^(?:cách đây\s+\d{1,2}\s*(?:phút|giờ|ngày|tuần|tháng)|\d{1,2}\s*(?:phút|giờ|ngày|tuần|tháng)\s+trước)$", re.I)


def is_meta_row(text: str) -> bool:
    """A meta line over the text: separators alone ("|", a theme's bar between its fields), or
    fields parted by bars, each a date, a counter or a byline ("Cách đây 1 ngày | Lượt xem: 898 |
    Đăng bởi: Quản trị viên")."""
    parts = [p.strip() for p in _META_ROW_SEPARATOR.split(text) if p.strip()]
    if not any(ch.isalnum() for ch in text):
        return True
    return len(parts) >= 2 and all(is_date_line(p) or _TIME_AGO.match(p) or is_boilerplate_line(p) or parse_byline(p) is not None for p in parts)


#: the longest pointer line ("Các tin khác … xem tại chuyên mục <a>…</a>.")
_POINTER_CHARS = 160


def _pointer_line(text: str, block: dict) -> bool:
    """A short line that opens with a pointer's words (phrases/pointers.txt) and goes on to point
    elsewhere: with a link in it, or closing on a colon over what it points to (an embedded post,
    a list)."""
    if len(text) > _POINTER_CHARS or not (block.get("link_ratio", 0) > 0 or text.rstrip().endswith((":", "："))):
        return False
    key = fold(text)
    return any(key.startswith((f"{phrase} ", f"{phrase}:")) for phrase in folded_phrases("pointers"))  # ("Xem văn bản: <a>…</a>")


def _field_box(blocks: list[dict], stats: Counter) -> list[dict]:
    """A box of the post's own fields over its text, printed as a table of label and value rows
    under a title row (a wiki's info box "Thông tin bài viết" / "Ngày đăng | …" / "Người viết |
    …" / "Chuyên mục | Tin tức"): its rows read as the labelled lines they are ("Người viết: …",
    a byline; "Chuyên mục: …", a field), its title dropped with it. Every row must be a field's."""
    rows = list(takewhile(lambda b: b["kind"] == "text" and b.get("table_row"), blocks))
    title = rows[0] if rows and " | " not in rows[0]["text"] else None
    pairs = rows[1:] if title is not None else rows
    fields: list[dict] = []
    for row in pairs:
        label, sep, value = row["text"].partition(" | ")
        line = f"{label.strip(' :：')}: {value.strip()}"
        if not sep or " | " in value or not value.strip():
            return blocks
        if not (is_byline_label(label) or is_meta_field_line(line) or is_date_line(line)):
            return blocks
        fields.append({**row, "text": line, "table_row": False, "field_box": True})
    if len(fields) < 2:
        return blocks
    stats["boilerplate/field_box"] += 1
    return [*fields, *blocks[len(rows) :]]


#: a pictograph glued to the word before it, where a meta line's fields meet ("động✍ Đoàn …")
_GLUED_ICON = re.compile(f"(?<=\\S)(?=[{PICTOGRAPHS}])")
_ICON_LINE_CHARS = 200


def _icon_fields(blocks: list[dict], category_key: str, stats: Counter) -> list[dict]:
    """A meta line whose fields a template prints side by side with an icon each and no space
    between them ("Tin hoạt động✍ Đoàn Thị Ngọc Ánh - Khoa Dân vận👁 -- lượt xem", VitePress's
    spans): its fields as the lines they are, read by the steps below (the section's badge, the
    writer, the counter). Only a line at least two of whose pieces are fields."""
    out: list[dict] = []
    for block in blocks:
        text = block.get("text") or ""
        if block["kind"] != "text" or len(text) > _ICON_LINE_CHARS or block.get("heading") or not _GLUED_ICON.search(text):
            out.append(block)
            continue
        pieces = [p.strip() for p in _GLUED_ICON.split(text) if p.strip()]
        fields = sum(1 for p in pieces if fold(p) == category_key or is_counter(p) or is_date_line(p) or parse_byline(p) is not None)
        if len(pieces) < 2 or fields < 2:
            out.append(block)
            continue
        stats["boilerplate/icon_fields"] += 1
        # (the section's name was the line's link)
        out.extend({**block, "text": p, "link_ratio": 1.0 if fold(p) == category_key and block.get("link_ratio", 0) > 0 else 0.0} for p in pieces)
    return out


#: a PHP error's report printed into a page: CodeIgniter's box ("A PHP Error was encountered",
#: then its fields), or PHP's own line ("Notice: Undefined index: anh in … on line 57")
_PHP_ERROR_START = re.compile(r"^(?:A PHP Error was encountered|An uncaught Exception was encountered|A Database Error Occurred|(?:Notice|Warning|Deprecated|Fatal error|Parse error): .+ on line \d+)$")
_PHP_ERROR_FIELD = re.compile(r"^(?:Severity|Message|Filename|Line Number|Backtrace|File|Line|Function|Type|Error Number):")

#: a category field's line: its label and a short name
_CLOSING_CATEGORY = re.compile(r"^\s*(?:chuyên mục|danh mục)\s*[:：]\s*\S[^.!?]{0,60}$", re.I)

#: a figure alone on its line, thousands parted or not ("1993", "1.204")
_BARE_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+")


def strip_boilerplate(record: Record, stats: Counter) -> Record:
    """Drop counter, notice, tool and chrome lines, date lines, the repeated headline, and
    everything from a related-list heading ("Các tin khác", "Tin liên quan" …) on."""
    category_key = fold(record.get("category") or "")
    blocks: list[dict] = _icon_fields(_field_box(_without_repeated_run(record.get("blocks") or [], stats), stats), category_key, stats)
    title_key = fold(record.get("title") or "")
    out: list[dict] = []
    # True: a related list's heading was read; "links": an inline "Xem thêm: <a>"; "comments": the
    # readers' comments' heading (nothing after it is the post's)
    cut: bool | str = False
    listed = False  # a linked title of the related list was read
    repeated: dict | None = None  # the headline typed again at the top of the text
    broken_title: set[int] = set()  # the second line of a headline typed again in two
    edited = False  # the line before was a platform's edit note ("Sửa lần cuối … bởi bientap")
    php_error = False  # the lines before were a PHP error's report ("A PHP Error was encountered", "Severity: Notice" …)
    for i, block in enumerate(blocks):
        if block["kind"] != "text":
            if cut == "links" or (cut is True and listed and block["kind"] == "image" and not block.get("linked")):
                # (a photo after an inline "Xem thêm: <a>…</a>" line is the text's again; so is a
                # photo linked nowhere after a related list's linked titles: the list's thumbnails
                # lead to their posts, and a module set inside the text has ended, Microweber's
                # "Có thể bạn quan tâm" between two paragraphs)
                cut = False
            if not cut:
                out.append(block)
            continue
        text = block["text"]
        settings = _WORD_SETTINGS.match(text)
        if settings:
            stats["boilerplate/word_settings"] += 1
            text = text[settings.end() :]
            if not text:
                continue  # "Normal 0 false false false MicrosoftInternetExplorer4": Word's settings shown as text
            block = {**block, "text": text}
        if _WORD_STYLES.search(text):
            stats["boilerplate/word_settings"] += 1  # "/* Style Definitions */ table.MsoNormalTable {mso-style-name: …}"
            continue
        if is_day_badge(text):
            stats["boilerplate/day_badge"] += 1  # "09 Th10": a theme's date tile, the year elsewhere
            continue
        if _PHP_ERROR_START.match(text) or (php_error and _PHP_ERROR_FIELD.match(text)):
            php_error = True  # a PHP error the framework printed into the page (CodeIgniter's box), no text
            stats["boilerplate/php_error"] += 1
            continue
        php_error = False
        if _BARE_FIGURE.fullmatch(text) and not any(b["kind"] == "text" for b in out):
            stats["boilerplate/counter"] += 1  # "1993" over the text: a view count its eye icon labels ("<em class='fa fa-eye'></em> 1993")
            continue
        if _DIVIDER.match(text):
            stats["boilerplate/divider"] += 1  # "-----", "* * *": a rule drawn in text, not a paragraph
            continue
        if _kicker_over_date(blocks, i, out):
            stats["boilerplate/kicker"] += 1  # "CHUYÊN ĐỀ CẤP THÀNH PHỐ" over the post's date line: the kicker, no text
            continue
        if block.get("link_ratio", 0) > 0 and len(text) <= 120 and _SOCIAL_POINTER.match(text):
            stats["boilerplate/social_pointer"] += 1  # "Xem bài viết trên Facebook Đoàn phường": the post elsewhere, a link
            continue
        if text.startswith(_PAPERCLIPS) and len(text) <= 200 and names_a_file(text):
            stats["boilerplate/file"] += 1  # "📎 Mẫu đăng ký: mau-dang-ky-hsg12.docx": an attached file, named
            continue
        if len(text) <= 300 and _original_pointer(text, block):
            stats["boilerplate/original_link"] += 1  # "Link bài gốc: https://baoquangtri.vn/…": where the copy came from, an address
            continue
        if "{{" in text and _TEMPLATE_BINDING.search(text) and len(_TEMPLATE_BINDING.sub(" ", text).split()) <= _TEMPLATE_LINE_WORDS:
            stats["boilerplate/template"] += 1  # "{{ ngay_dang }} Người đăng: {{ nguoi_dang }}": a script template's bindings, never rendered
            continue
        if _SLIDE_COUNTER.match(text):
            stats["boilerplate/slide_counter"] += 1  # "1 / 3": a slideshow's counter over its photos
            continue
        if not any(ch.isalnum() for ch in text):
            stats["boilerplate/symbols"] += 1  # a callout's emoji ("📌", "💡"), a bullet alone: no words
            continue
        if _REACTIONS.match(text):
            stats["boilerplate/reactions"] += 1  # "👍 2 ❤️ 0 👏 0": the readers' reactions and their counts
            continue
        if len(text) <= 100 and (_HANDLE_META.match(text) or (_HANDLE_ALONE.match(text) and _above_text(out))):
            stats["boilerplate/meta_fields"] += 1  # "@vanphong.sgd 02/12/2026 10:10 393 lượt xem": the account's meta line
            continue
        if text.startswith("#") and block.get("link_ratio", 0) >= 0.9 and len(text) <= 200:
            stats["boilerplate/tags"] += 1  # "#Gương sáng đội viên": the post's tags, linked to their lists
            continue
        if _SHORTCODES.match(text):
            stats["boilerplate/shortcode"] += 1  # "[gap]", "[ux_image id=”1874″]": a theme's code printed raw
            continue
        if block.get("anchor_ratio", 0) >= 0.9 or (is_toc_heading(text) and _next_is_anchor(blocks, i)):
            stats["boilerplate/toc"] += 1  # a table of contents: in-page anchors and their heading
            continue
        if cut == "comments":
            stats["boilerplate/comments"] += 1  # the readers' comments: sentences, but no text of the post's
            continue
        if cut:
            # a related list runs on while its lines are links, short dated titles or tools
            # (a sentence of the text or a byline after a module printed inside the text, Joomla's
            # "Bài viết liên quan", ends the list: the text goes on)
            links_only = cut == "links"
            # (a name set right after the list, its last line, signs the text: "Tin liên quan:", its
            # links, then "Lê Minh Khoa" right-aligned, HTMLy's Markdown)
            signs = block.get("align") == "right" and _last_text(blocks, i) and (looks_like_bare_name(text) or parse_signature(text, closing=True) is not None)
            if block.get("link_ratio", 0) >= 0.5 or (not links_only and not signs and (is_boilerplate_line(text) or is_date_line(text) or (len(text) < 120 and not _text_resumes(text)))):
                stats["boilerplate/related"] += 1
                listed = listed or block.get("link_ratio", 0) >= 0.5
                continue
            cut = False
        media = _MEDIA_LABEL.match(text) if len(text) <= 160 and (block.get("italic") or block.get("align") == "center" or block.get("caption_hint")) else None
        if media and block.get("align") != "right" and not looks_like_bare_name(text[media.end() :].strip(" )")):
            # (a credit for the clip signs it: "Clip: Tổ Truyền thông", right-aligned, a byline's)
            stats["boilerplate/media_caption"] += 1  # "Video: Lễ khai giảng …" under an embedded video: no photo's, no text
            continue
        was_edited, edited = edited, False
        if was_edited and len(text) <= 100 and not text.rstrip().endswith((".", "!", "?")) and not block.get("bold") and parse_byline(text) is None and _last_text(blocks, i):
            stats["boilerplate/edit_reason"] += 1  # "Bổ sung kết quả môn kéo co": the edit note's reason under it
            continue
        family = is_boilerplate_line(text)
        if family:
            stats[f"boilerplate/{family}"] += 1
            edited = _EDIT_NOTE.match(text) is not None
            if is_related_heading(text) and (text.rstrip().endswith((":", "：")) or _next_is_linked(blocks, i, 0.9)):
                # "Xem thêm:" alone on its line (or "Xem thêm" over a line wholly linked: a note
                # box's title over its list, Quarto's callout): the linked titles under it are a
                # related list
                cut = "links"
            continue
        if block.get("link_ratio", 0) >= 0.9 and len(text) <= 200 and i + 1 < len(blocks) and blocks[i + 1]["kind"] == "text" and is_file_size_line(blocks[i + 1]["text"]):
            stats["boilerplate/file"] += 1  # a download card's linked title over its size ("Thông báo 512/TB-PGDĐT" / "1 tệp 245.6 KB")
            continue
        if _listed_reference(out, block):
            out.append({**block, "reference": True})  # "1. <a href=nq-45.pdf>Nghị quyết số 45-NQ/TW …</a>" under "Các văn bản tham khảo:"
            continue
        if block.get("file_link") and len(text) <= 200:
            stats["boilerplate/file"] += 1  # "<a href=ke-hoach.pdf>Kế hoạch đào tạo lớp K42</a>": a file offered by its name
            continue
        if _file_row(block) or (block.get("table_row") and i + 1 < len(blocks) and _file_row(blocks[i + 1]) and _label_row(text)):
            stats["boilerplate/file"] += 1  # a grid of attachments ("1 | KH-215.pdf | 58 KB | Tải về") and its header row
            continue
        if fold(text) in phrase_set("field_labels") and not block.get("table_row"):
            stats["boilerplate/field_label"] += 1  # "Tiêu đề", "Nội dung": a record's labels, alone on a line
            if is_byline_label(text) and (value := _labelled_value(blocks, i, text)) is not None:
                blocks[i + 1] = value  # "Tác giả" / "Nguyễn Thị Hoa" in a title block's rows: one byline
            continue
        if is_related_heading(text) and not block.get("sapo"):
            stats["boilerplate/related"] += 1
            cut, listed = ("comments" if is_comments_heading(text) else True), False
            continue
        if block.get("heading") and fold(text) in phrase_set("widgets") and _next_is_linked(blocks, i):
            stats["boilerplate/widget"] += 1  # "Văn bản mới" over a list of links: a side module in the text's box
            cut, listed = True, False
            continue
        if _pointer_line(text, block):
            # "Các tin khác của Đoàn trường xem tại chuyên mục <a>Đoàn thanh niên</a>.", "Tham khảo
            # thêm chuyên đề của Tổ Toán:" over an embedded post: a pointer elsewhere, no text
            stats["boilerplate/pointer"] += 1
            if text.rstrip().endswith((":", "：")):
                cut = "links"
            elif block.get("link_ratio", 0) >= 0.5 and ":" in text:
                cut = "links"  # "Xem thêm: <a>…</a>": the link is on the line, only more links after it are the list's
            continue
        label, colon, _rest = text.partition(":")
        arrow = _ARROW_LABEL.match(text)
        if arrow and (not colon or arrow.end(1) < len(label)):
            label, colon = arrow.group(1), ">>"  # "Xem thêm >> <a>Bài 2: …</a>": the arrow labels as a colon does
        if colon and (
            (block.get("link_ratio", 0) >= 0.5 and is_related_heading(label))
            or (_BARE_ADDRESS.match(_rest) and fold(label).startswith(phrase_list("related")))
        ):
            # "Xem thêm: <a>another article</a>"; "Xem thêm lịch kiểm tra: <a>https://…/d/37</a>",
            # a pointer by its address alone
            stats["boilerplate/related"] += 1
            cut = "links"  # the link is on the line: only more links after it are the list's
            continue
        if colon and block.get("link_ratio", 0) >= 0.5 and is_part_link_label(label):
            stats["boilerplate/series"] += 1  # "Xem Bài 1: <a>Nhận thức là nền tảng …</a>": another part of the series
            continue
        if colon and block.get("link_ratio", 0) >= 0.5 and len(label) <= 30 and fold(label) in phrase_set("tools"):
            stats["boilerplate/file"] += 1  # "Tải về: <a>Lịch kiểm tra HKI</a>": a file offered, named by its link
            continue
        if block.get("link_ratio", 0) >= 0.6 and len(text) <= 80 and _FILED_IN.match(text):
            stats["boilerplate/filed_in"] += 1  # "trong <a>Tin tức - Sự kiện</a>": where the post is filed (Odoo's blog)
            continue
        if not block.get("table_row") and (is_fields_line(text) or (len(text) <= 160 and "|" in text and is_meta_row(text) and _above_text(out))):
            stats["boilerplate/meta_fields"] += 1  # "Chuyên mục: … | Ngày: 20.11.2026 | Lượt xem: 41": the post's data
            continue
        if is_date_line(text) and not block.get("sapo") and not _dated_signature(blocks, i):
            stats["boilerplate/date_line"] += 1
            continue
        # (whether any text is kept yet is asked only of a line that is one of these)
        if is_meta_field_line(text) and _above_text(out):
            # (the meta line's "Đăng bởi …" before it is no text: its byline is read later)
            stats["boilerplate/meta_field"] += 1  # "Chủ đề: …", "Người đăng: bientap" above the text
            continue
        if len(text) <= 60 and _names_only_an_account(text) and _above_text(out):
            stats["boilerplate/meta_field"] += 1  # "Viết bởi Administrator" above the text: the CMS's account
            continue
        if category_key and len(text) <= 120 and _trail_line(text, category_key) and _above_text(out):
            stats["boilerplate/trail"] += 1  # "Tin tức - Sự kiện - Hoạt động nhà trường": where the post is filed
            continue
        if category_key and block.get("link_ratio", 0) >= 0.9 and (fold(text) == category_key or _slug_pills(text, record.get("category") or "")) and _above_text(out):
            stats["boilerplate/filed_in"] += 1  # "<a>Tin hoạt động</a>": the section's badge in the meta line over the text
            continue
        if title_key and i + 1 < len(blocks) and blocks[i + 1]["kind"] == "text" and fold(blocks[i + 1]["text"]) == title_key and _above_text(out) and (
            fold(text) == category_key or (len(text.split()) <= 6 and len(text) <= 40 and not text.rstrip().endswith((".", ":", "!", "?")) and not any(ch.isdigit() for ch in text))
        ):
            # a section's name printed over the headline typed again (a template's kicker, unlinked;
            # the post's own section where the page's trail names the list it was opened from)
            stats["boilerplate/filed_in"] += 1
            continue
        if title_key and _REPLY_PREFIX.sub("", fold(text), count=1) == title_key and fold(text) != title_key:
            stats["boilerplate/reply_subject"] += 1  # "Re: <headline>": a forum reply's subject line
            continue
        # (near the top: among the first lines, or the first text after the photos opening the
        # record, a photoset's over its caption)
        top = i < 4 or len(out) < 2 or not any(b["kind"] == "text" and not b.get("caption_hint") for b in out)
        if title_key and top and fold(text) != title_key and headline_again(text, title_key):
            stats["boilerplate/repeated_title"] += 1
            continue
        if i in broken_title:
            stats["boilerplate/repeated_title"] += 1  # the headline's second line (below)
            continue
        if title_key and top and i + 1 < len(blocks) and blocks[i + 1]["kind"] == "text" and len(text) < len(title_key) and len(text.split()) >= 3 and fold(f"{text} {blocks[i + 1]['text']}") == title_key:
            # the headline typed again in two lines, broken where the headline box breaks it
            # ("HỘI THI “BÉ KHỎE - BÉ NGOAN”<br>NĂM HỌC 2026 - 2027", a hand-made page's; a notice's
            # kind over its subject, "THÔNG BÁO" / "Về việc …", is the document's own heading)
            broken_title.add(i + 1)
            stats["boilerplate/repeated_title"] += 1
            continue
        if title_key and top and block.get("link_ratio", 0) > 0 and (sep := _SECTION_THEN_TITLE.match(text)) and fold(text[sep.end() :]) == title_key:
            stats["boilerplate/repeated_title"] += 1  # "<a>Thông báo</a>: <headline>": the headline after its section's link
            continue
        if title_key and fold(text) == title_key and top and not (block.get("caption_hint") and i and blocks[i - 1]["kind"] == "image"):
            # (a photo's caption box under it printing the headline, NukeViet's figcaption of a
            # home image the editor left uncaptioned, is that photo's caption as printed)
            # (near the top: among the first lines, or the first kept after the meta lines above
            # the text, a page's property rows "Ngày đăng: …", "Tác giả: …", "Thẻ: …")
            stats["boilerplate/repeated_title"] += 1
            repeated = repeated or block
            # a linked line above the headline is its section's name (django CMS's category, a
            # "kicker"), not text
            # (or a short line in capitals: the kicker a structure's "Tít phụ" prints over it)
            while out and out[-1]["kind"] == "text" and (out[-1].get("link_ratio", 0) >= 0.9 or (out[-1]["text"].isupper() and len(out[-1]["text"]) <= 100)):
                stats["boilerplate/kicker"] += 1
                out.pop()
            continue
        out.append(block)
    # trailing lines that are all links (an unlabelled "other news" list)
    while out and out[-1]["kind"] == "text" and out[-1].get("link_ratio", 0) >= 0.9 and not out[-1].get("reference") and not parse_byline(out[-1]["text"]):
        stats["boilerplate/trailing_links"] += 1
        out.pop()
    # the post's category as a labelled field closing the text ("Chuyên mục: Tin hoạt động", a
    # web content template's last line): a field, no line of the text
    while out and out[-1]["kind"] == "text" and _CLOSING_CATEGORY.match(out[-1]["text"]):
        stats["boilerplate/category_field"] += 1
        out.pop()
    if repeated is not None and not any(b["kind"] == "text" for b in out) and any(b["kind"] == "image" for b in out):
        # a photo post whose only line is its headline again: that line is its text (a post of
        # files only, a document entry, has no text: its headline again is none)
        out.insert(0, repeated)
        stats["boilerplate/repeated_title"] -= 1
    record["blocks"] = _without_contact_block(out, stats)
    return record


#: a Word document's settings, printed as text where a paste from Word lost its comment markers
#: ("Normal 0 false false false MicrosoftInternetExplorer4", "Normal 0 21 false false false EN-US
#: X-NONE X-NONE"): the browser shows them, no reader takes them for words of the post
_WORD_SETTINGS = re.compile(r"^Normal\s+0\s+(?:\d+\s+)?(?:(?:false|true)\s+){2,}(?:(?:[A-Z]{2}-[A-Z]{2}|X-NONE)(?:\s+|$))*(?:MicrosoftInternetExplorer4\b\s*)?|^MicrosoftInternetExplorer4\b\s*")

def _above_text(kept: list[dict]) -> bool:
    """No line of text is kept yet: only the sapo and bylines (a meta line's "Đăng bởi …")."""
    return not any(b["kind"] == "text" and not b.get("sapo") and parse_byline(b["text"]) is None for b in kept)


def _names_only_an_account(text: str) -> bool:
    """A byline whose only name is the CMS's account ("Viết bởi Administrator", "Đăng bởi quantri")."""
    byline = parse_byline(text)
    return byline is not None and byline.account and not (byline.authors or byline.photographers or byline.source or byline.posters)


def _slug_pills(text: str, category: str) -> bool:
    """The post's categories printed as their slugs ("hoat-dong-doi tin-tuc", a Jigsaw blog's
    pills), the category's among them."""
    tokens = text.split()
    slug = slugify(category)
    return slug in tokens and all(_SLUG_TOKEN.fullmatch(t) for t in tokens)


_SLUG_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


def _trail_line(text: str, category_key: str) -> bool:
    """The post's section and category printed as a line over its text ("Tin tức - Sự kiện - Hoạt
    động nhà trường", Mambo's section/category row): the line ends with the category after a
    separator, and what comes before it is a name, not a sentence."""
    key = fold(text)
    if not key.endswith(category_key) or key == category_key:
        return False
    before = key[: -len(category_key)].rstrip()
    return before.endswith(("-", "–", "»", "›", ">", "/", "|")) and len(before) > 2 and not re.search(r"[.!?;,:]", key)


#: a Word document's style sheet printed as text, by the same lost comment markers
_WORD_STYLES = re.compile(r"^\s*/\*\s*Style Definitions\s*\*/|\{\s*mso-style-(?:name|parent|priority)\s*:", re.I)

#: a numbered item's mark ("1.", "2)", "a)"), as a list of references numbers its documents
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+\S", re.I)

#: a document named by its number ("Nghị quyết số 45-NQ/TW", "Công văn số 2031/SGDĐT-GDTrH"): an
#: item of a list of references whose numbers the list's markup draws (``<ol>``)
_DOCUMENT_NUMBER = re.compile(r"\bsố\s*\d+[/-]", re.I)


def _listed_reference(out: list[dict], block: dict) -> bool:
    """A numbered (or numbered-document) linked title in a list the text introduces ("Các văn bản tham khảo:"
    kept as text, then "1. <a href=…pdf>Nghị quyết số 45-NQ/TW ngày 24/11/2023 của …</a>"): the
    text's own references, not a download offered by its file's name nor a list of other posts.
    A label the furniture rules drop ("Tệp đính kèm:") introduces nothing here."""
    text = block["text"]
    if block.get("link_ratio", 0) < 0.5 or len(text.split()) < 6 or not (_ITEM_NUMBER.match(text) or _DOCUMENT_NUMBER.search(text)):
        return False
    prev = out[-1] if out else None
    if prev is None or prev["kind"] != "text":
        return False
    return bool(prev.get("reference")) or (prev["text"].rstrip().endswith((":", "：")) and prev.get("link_ratio", 0) < 0.5)


#: a line wholly in quotation marks: a saying, whose attribution follows it on a line of its own
_QUOTATION = re.compile(r'^\s*[“"«„].{10,}[”"»]\s*[.!]?\s*$')


def headline_again(text: str, title_key: str) -> bool:
    """The headline typed again over the text, alone or with its day beside it, printed in no
    heading of its own ("<font><b>VUI TẾT TRUNG THU …</b></font> <font>(26-09-2026)</font>"):
    the day is read as the page's date; the line is no text. ``title_key``: the folded title."""
    key = fold(text)
    if title_key and not key.startswith(title_key) and (badge := DAY_BADGE.match(key)):
        key = key[badge.end() :]  # (after its day's badge: "03 Th12 Bé làm bánh quy …", Qode Bridge's)
    return bool(title_key) and (key == title_key or (key.startswith(title_key) and is_date_line(key[len(title_key) :])))


def _dated_signature(blocks: list[dict], i: int) -> bool:
    """Block ``i`` ends the text and signs it with a dash, a name and the day ("— Nguyễn Thị Lan
    2026/11/20 08:30", a wiki's signature): a byline that reads as a date line, left to the
    byline step."""
    text = blocks[i]["text"].lstrip()
    return text[:1] in SIGNATURE_DASHES and not any(b["kind"] == "text" for b in blocks[i + 1 :]) and parse_signature(text, closing=True) is not None


#: a site's own name ("Trang thông tin …", "Cổng thông tin điện tử …"): the site, no writer
_SITE_NAME_STARTS = ("trang thông tin", "cổng thông tin", "cổng ttđt", "trang web ", "website ")


def _writer_line(text: str) -> Byline | None:
    """A writer's line over an essay: a signature with its post ("PGS.TS. X – Trưởng khoa …") or
    a name with its degree ("ThS. Hà Thị Bích Ngọc")."""
    signed = parse_signature(text, closing=True)
    if signed is not None:
        return signed if len(signed.authors) == 1 else None
    name = bare_name(text)
    return Byline(authors=[name]) if name != clean_line(text).strip() and len(name.split()) >= 2 and looks_like_bare_name(name) else None


def _byline_over_a_comment(blocks: list[dict]) -> Byline | None:
    """The next-to-last line, right-aligned, is a labelled byline crediting a writer ("Tin, ảnh:
    X"), and the last is a paragraph of one's own (a sentence): the byline, else None."""
    line, last = blocks[-2], blocks[-1]
    if line["kind"] != "text" or last["kind"] != "text" or line.get("align") != "right" or ":" not in line["text"]:
        return None
    if len(last["text"]) < 60 or (not last["text"].rstrip().endswith((".", "!", "?", "…")) and not _PICTOGRAPH_END.search(last["text"])):
        return None
    byline = parse_byline(line["text"])
    return byline if byline is not None and byline.authors else None


#: a sentence closed by an emoji, not a stop ("… chuẩn bị thư gửi chiến sĩ nha. 👏")
_PICTOGRAPH_END = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?\\s*$")


def _labelled_value(blocks: list[dict], i: int, label: str) -> dict | None:
    """The next line as the byline a label alone over it makes ("Tác giả" / "Nguyễn Thị Hoa" →
    "Tác giả: Nguyễn Thị Hoa"), where it is a short line of names and nothing else."""
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if after is None or after["kind"] != "text" or len(after["text"]) > 80 or ":" in after["text"]:
        return None
    joined = f"{label.strip(' :：')}: {after['text']}"
    byline = parse_byline(joined)
    if byline is None or not (byline.authors or byline.photographers) or byline.source:
        return None
    return {**after, "text": joined, "field_box": True}


#: a platform's note of the last edit printed under the text ("Sửa lần cuối 9 Tháng 11 bởi
#: bientap_hht", Invision's; "Last edited by X"): its reason may follow on a line of its own
_EDIT_NOTE = re.compile(r"^\s*(?:(?:chỉnh\s+)?sửa lần cuối|last edited|edited by)\b", re.I)


def _last_text(blocks: list[dict], i: int) -> bool:
    """Block ``i`` is the body's last text line, but for bylines after it."""
    return all(parse_byline(b["text"]) is not None for b in blocks[i + 1 :] if b["kind"] == "text")


def _text_resumes(text: str) -> bool:
    """A line after a related list that is the article's again: a sentence (eight words or more
    ending in a full stop; a listed title ends in none), a labelled byline, or the heading of
    the text's notes or references."""
    words = text.split()
    if len(words) <= 6 and fold(text.strip(" :：")) in phrase_set("references"):
        return True  # the essay's notes or references heading ("Chú thích"): its own section again
    return (len(words) >= 8 and text.rstrip().endswith((".", "!", "?", "…"))) or bool(":" in text and parse_byline(text))


#: the subject of a reply in a forum thread ("Re: <headline>", "Trả lời: <headline>")
#: a section's name and its separator before a headline on one line ("Thông báo: Danh sách …")
_SECTION_THEN_TITLE = re.compile(r"^[^:»›|]{2,40}?\s*[:»›|]\s*")
_REPLY_PREFIX = re.compile(r"^(?:re|tl|trả lời|reply)\s*:\s*")
#: a line of WordPress shortcodes only (a page builder's codes left behind by a theme change)
#: (or Joomla's plugin tags, whose plugin is gone: "{gallery}cuu-hoc-sinh/2026{/gallery}",
#: "{loadposition user1}", "{youtube}x{/youtube}")
_SHORTCODES = re.compile(
    r"^(?:\s*\[/?[a-z][a-z0-9_-]*(?:\s[^\[\]]*)?\])+\s*$|^\s*\{([a-z][a-z0-9_]*)(?:\s[^{}]*)?\}(?:[^{}]{0,200}\{/\1\})?\s*$", re.I
)
#: (or an editor's page-break marker printed as text: UEditor's "_ueditor_page_break_tag_")
_DIVIDER = re.compile(r"^[\s\-_=*~.•·—–+#]{3,}$|^\s*_ueditor_page_break_tag_\s*$")
_SLIDE_COUNTER = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$")
#: a linked pointer to the post's copy on a social network ("Xem bài viết trên Facebook Đoàn
#: phường", "Xem video tại kênh YouTube của trường", "Theo dõi trên fanpage …")
_SOCIAL_POINTER = re.compile(
    r"^\s*(?:xem|đọc|theo dõi)(?:\s+(?:thêm|toàn bộ|chi tiết))?(?:\s+(?:bài viết|bài|video|clip|tin|ảnh|album|hình ảnh|toàn văn))?"
    r"\s+(?:trên|tại)\s+(?:kênh\s+|trang\s+)?(?:facebook|fanpage|youtube|zalo|tiktok|instagram)\b",
    re.I,
)
#: the paperclip a line of an attached file opens with
_PAPERCLIPS = ("\U0001f4ce", "\U0001f587")
_BARE_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)


def _original_pointer(text: str, block: dict) -> bool:
    """A line of a label naming the original and its address alone ("Link bài gốc: https://…",
    "Bài gốc: <a>baoquangtri.vn/…</a>"), under a reprinted post (phrases/original_labels.txt)."""
    label, colon, rest = text.partition(":")
    if not colon or fold(label) not in phrase_set("original_labels"):
        return False
    return bool(_BARE_ADDRESS.match(rest)) or (block.get("link_ratio", 0) >= 0.5 and len(rest.split()) <= 3)


#: a client-side template's binding left unrendered in the served page (Vue's, AngularJS's,
#: Handlebars': "{{ anh[cur].mo_ta }}"), and the words a line of them may hold besides (its labels)
_TEMPLATE_BINDING = re.compile(r"\{\{[^{}]{1,80}\}\}")
_TEMPLATE_LINE_WORDS = 6
#: contact labels that name the site's channels rather than a notice's "where to apply"
_SITE_CHANNELS = {"website", "web", "fanpage", "facebook", "hotline", "zalo"}
_MAX_CONTACT_RUN = 8


def _next_is_linked(blocks: list[dict], i: int, share: float = 0.5) -> bool:
    """The next text block is mostly a link (``share`` of its text linked)."""
    nxt = next((b for b in blocks[i + 1 :] if b["kind"] == "text"), None)
    return nxt is not None and nxt.get("link_ratio", 0) >= share


def _next_is_anchor(blocks: list[dict], i: int) -> bool:
    nxt = next((b for b in blocks[i + 1 :] if b["kind"] == "text"), None)
    return nxt is not None and nxt.get("anchor_ratio", 0) >= 0.9


def _without_contact_block(blocks: list[dict], stats: Counter) -> list[dict]:
    """The site's contact block printed under the text (its name, "Địa chỉ: …", "Hotline: …",
    "Website: …"): a run of short lines at the end with at least two contact lines, and either a
    channel of the site (website, fanpage, hotline) or a divider or "… liên hệ:" line opening it.
    Bylines after it and before it stay. A notice's own "Điện thoại: …" line alone is never taken."""
    end = len(blocks)
    while end and blocks[end - 1]["kind"] == "text" and parse_byline(blocks[end - 1]["text"]):
        end -= 1
    start = end
    labels: list[str] = []
    while start and blocks[start - 1]["kind"] == "text" and end - start < _MAX_CONTACT_RUN:
        text = blocks[start - 1]["text"]
        label = contact_label(text)
        if label is None and (len(text) > 90 or text.rstrip().endswith((".", "!", "?")) or _signs_above_contacts(blocks[start - 1])):
            break
        if label is None and start >= 2 and blocks[start - 2]["kind"] == "image":
            break  # the line under the text's last photo: its caption, however short
        labels += [label] if label else []
        start -= 1
    if len(labels) < 2:
        return blocks
    opener = blocks[start]["text"] if start < end else ""
    # (or the site's owner named in capitals over its address: "TRƯỜNG THCS KIM ĐỒNG / Địa chỉ: …")
    opened = bool(_DIVIDER.match(opener)) or "liên hệ" in fold(opener) or (opener.isupper() and is_organisation(opener))
    channel = any(lbl in _SITE_CHANNELS or any(ch in lbl for ch in _SITE_CHANNELS) for lbl in labels)
    if not (opened or channel):
        return blocks
    stats["boilerplate/contact_block"] += end - start
    return blocks[:start] + blocks[end:]


def _signs_above_contacts(block: dict) -> bool:
    """The text's own signature above the site's contact block: a byline ("Tin và ảnh: …"), a
    signature, a name set apart ("Phan Thanh Sơn", right-aligned) or the writer's post under it
    ("Giáo viên Trường TH Hương Văn", right-aligned); not the block's own heading, the office's
    name in capitals ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO …") or in words ("Trường THCS …")."""
    text = block["text"]
    if fold(text) in folded_labels("board"):
        return True  # ("BBT": the board signs, crediting nobody)
    if text.isupper():
        return False
    if is_organisation(text):
        # (an office signing right-aligned, "Phòng Tổ chức – Hành chính": the text's signature;
        # the block's own heading names the office centred or on the left)
        return block.get("align") == "right" and _signs(block)
    return _signs(block) or (block.get("align") == "right" and is_post_line(text))


# --- 2. captions ------------------------------------------------------------------------------


_CAPTION_LABEL = re.compile(r"^(?:ảnh|hình|hình ảnh|ảnh minh họa)\s*[:：]\s*", re.I)


def _file_row(block: dict) -> bool:
    """A table's row that offers a file: one of its cells is a file's name or a file line."""
    return bool(block.get("table_row")) and any(is_file_line(cell) for cell in block["text"].split(" | ") if cell.strip())


def _label_row(text: str) -> bool:
    """A header row: short labels, no figures ("STT | Tên tệp | Dung lượng |")."""
    cells = [c.strip() for c in text.split(" | ") if c.strip()]
    return bool(cells) and all(len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in cells)


def _caption_text(text: str) -> str:
    """The caption as printed, without enclosing parentheses or a leading "Ảnh:" label (a label
    followed by a description; "Ảnh: Thanh Tâm" alone is a photographer's byline, not a caption)."""
    m = _PARENS.match(text.strip())
    text = m.group("inner").strip() if m else text.strip()
    if len(text.split()) > 6:
        return _CAPTION_LABEL.sub("", text)
    byline = parse_byline(text)
    return _CAPTION_LABEL.sub("", text) if byline and _describes_photo(text, byline) else text


def _describes_photo(text: str, byline: Byline) -> bool:
    """"Ảnh: Quang cảnh buổi lễ khai giảng" under a photo: the label's value is a description of
    the photo (mostly lower-case words), not a name or an organisation, so the line is a caption."""
    if byline.authors or byline.source or len(byline.photographers) != 1:
        return False
    value = byline.photographers[0]
    if is_organisation(value):
        return False
    words = [w for w in value.split() if w[0].isalpha()]
    # a person's name is capitalised word by word: a lower-case word other than "và" ("Quang cảnh
    # Hội thảo") makes a description
    return len(words) >= 3 and any(w[0].islower() and w != "và" for w in words)


def _is_caption_candidate(block: dict, centered_is_common: bool, italic_is_common: bool = False) -> bool:
    if block["kind"] != "text" or block.get("sapo"):
        return False
    text = block["text"]
    if len(text) > MAX_CAPTION_LEN or (not block.get("caption_hint") and (block.get("file_link") or names_a_file(text))):
        return False  # ("📎 Tải thực đơn chi tiết: <a>thuc-don.pdf</a>" under a photo offers a file)
    if block.get("caption_hint") or _ILLUSTRATION.match(text):
        return True  # ("Ảnh minh họa" under a photo says what the photo is, whatever its style)
    if _is_quotation(text):
        return False
    if _PARENS.match(text.strip()):
        return True
    if is_file_name(text):
        return True
    byline = parse_byline(text)
    if byline and (byline.authors or byline.photographers or byline.source or byline.posters) and not _describes_photo(text, byline):
        return False  # "Ảnh: Võ Quốc Bảo" under the last photo credits all of them: a byline
    if re.match(r"^(?:ảnh|hình|hình ảnh)\s*[:：]", text, re.I) and len(text.split()) > 6:
        return True
    if block.get("align") == "right" and (looks_like_bare_name(text) or parse_signature(text, closing=True)):
        return False  # a name set right under the last photo signs the text; captions are centred
    if block.get("italic") and not block.get("heading") and not italic_is_common:
        # (but an italic paragraph that opens with a quotation mark, justified like the text or
        # naming who said it, is a quotation in the text, "“…”, bà X chia sẻ.", not the caption
        # of the photo above it; and in a text set in italics throughout, a poem, italics say nothing)
        # (or a line that names who speaks before the quotation: "Cô giáo X chia sẻ: “…”.")
        return not ((text.lstrip().startswith(_QUOTE_MARKS) and (block.get("align") == "justify" or (block.get("align") != "center" and _SAID.search(text)))) or _SAYS.match(text))
    if block.get("align") != "center" or centered_is_common:
        return False
    # a centred bold line under a photo is its caption too, unless it reads as a sub-heading
    # (capitals, a number or letter opening it, a colon closing it, a heading tag)
    return not block.get("bold") or not (block.get("heading") or text.isupper() or _ENUMERATOR.match(text) or text.rstrip().endswith(":"))


#: the label of an embedded video's or clip's caption ("Video: Lễ khai giảng …", "Clip: …")
_MEDIA_LABEL = re.compile(r"^\s*\(?\s*(?:video|clip|phim)\s*[:：]", re.I)
#: the line that says a photo only illustrates the text ("Ảnh minh họa", "(Ảnh: minh hoạ)")
_ILLUSTRATION = re.compile(r"^\s*\(?\s*(?:ảnh|hình|hình ảnh)\s*:?\s*minh\s*h(?:ọa|oạ)\s*\)?\s*\.?\s*$", re.I)
#: (and a step's label: "Bước 2: …", "Step 3. …", "Phần 1: …")
_ENUMERATOR = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)/]\s|^(?:bước|step|phần|mục)\s+\d{1,2}\s*[:.)]", re.I)
_QUOTE_MARKS = ("“", '"', "‘", "«", "„")
#: the label of a photo's credit ("Ảnh: Internet", "Nguồn ảnh: Sưu tầm")
_PHOTO_LABEL = re.compile(r"^\s*(?:ảnh|hình|hình ảnh|nguồn ảnh|nguồn hình|photo)\s*[:：]\s*", re.I)
#: who said the quotation that opens the line ("“…”, bạn Trần Bảo Ngọc, Bí thư Chi đoàn 11A2, chia
#: sẻ."): a line of the text reporting speech, not a caption, in whatever style it is set
#: who speaks, then what they said: "Cô giáo Giàng Thị Dợ chia sẻ: “Buổi đầu …”."
_SAYS = re.compile(r"^[^“”\"«»]{2,120}\b(?:chia sẻ|nói|cho biết|bày tỏ|tâm sự|khẳng định|nhấn mạnh|phát biểu|kể|hào hứng|xúc động)(?: thêm)?\s*:\s*[“\"«]", re.I)
_SAID = re.compile(r"[”\"»][.,]?\s+[^“”\"]{2,120}\b(?:chia sẻ|nói|cho biết|bày tỏ|tâm sự|khẳng định|nhấn mạnh|phát biểu|kể|hào hứng|xúc động)(?: thêm)?\s*[.!…]?\s*$", re.I)
#: a line that is one quotation, its speaker perhaps after it: “Đảng viên đi trước, làng nước
#: theo sau”, “…” (Hồ Chí Minh), “…” - Bác Hồ
_QUOTATION = re.compile(r'^\s*[“"«„][^“”"«»]+[”"»][.!?…]?\s*(?:(?:\(|[-–—]\s*)[^()“”"]{2,40}\)?)?\s*$')
_MAX_PLAIN_CAPTION_WORDS = 35


def _credits_no_one(text: str) -> bool:
    """A photo's credit to no one in particular: "Ảnh: Internet", "(Nguồn ảnh: Sưu tầm)", or to
    the site it was taken from ("Ảnh: moet.gov.vn")."""
    line = text.strip().strip("()")
    m = _PHOTO_LABEL.match(line)
    if m is None:
        return False
    credited = line[m.end() :].strip(" .")
    return is_no_person(credited) or bool(_WEB_ADDRESS.fullmatch(credited))


#: a site's address given as a photo's credit ("moet.gov.vn", "www.baodanang.vn")
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:vn|com|net|org|gov|edu|info)(?:\.vn)?(?:/\S*)?", re.I)


def _is_quotation(text: str) -> bool:
    """A saying wholly in quotation marks, set apart (centred, in italics) between paragraphs: a
    quotation of the text even right under a photo, which a caption would tell what it shows (a
    work's title in quotation marks is shorter than six words)."""
    return len(text.split()) >= 6 and _QUOTATION.match(text) is not None


def _plain_caption(block: dict, strict: bool, photo_align: str | None = None) -> bool:
    """A plain line under a photo that may be its caption: short, not bold, not a heading or a
    numbered section, not a byline; ``strict`` (a lone photo) also wants no sentence end."""
    if block["kind"] != "text" or block.get("sapo") or block.get("bold") or block.get("heading") or block.get("table_row"):
        return False
    text = block["text"].strip()
    words = len(text.split())
    if len(text) > 200 or words > _MAX_PLAIN_CAPTION_WORDS or _ENUMERATOR.match(text) or parse_byline(text) or _is_quotation(text) or names_a_file(text):
        return False
    if block.get("link_ratio", 0) >= 0.9:
        return False  # a link of its own (an accordion's title, "Xem thêm"), no photo's caption
    if block.get("align") == "right" and (looks_like_bare_name(text) or parse_signature(text, closing=True)):
        return False  # a name set right under the last photo signs the text (as in _is_caption_candidate)
    if block.get("align") == "justify" and photo_align != "justify":
        # justified like the text's paragraphs: a paragraph (a caption is never set so); unless
        # the photo is "justified" too: the text's box sets every line so, the line says nothing
        return False
    return not strict or (words <= 20 and not text.endswith((".", "!", "?", ":", ";")))


def opens_text(block: dict) -> bool:
    """A text line that may open the text: not the meta line's byline, field or date above it
    ("Đăng bởi Đoàn trường", "Chuyên mục: …", "14 Tháng 11 2026"), which later steps read."""
    if block["kind"] != "text":
        return False
    text = block["text"]
    return parse_byline(text) is None and not is_meta_field_line(text) and not is_date_line(text)


def author_head(blocks: list[dict]) -> int:
    """How many of the text's first lines are its writers' names set above it, as journals and
    political schools print an essay's authors: a right-aligned (or bold) line naming them ("ThS. Nguyễn
    Thị Kim Oanh", "ThS. A, ThS. B", "Đại úy, ThS. Võ Đình Phong"), and under it their unit or
    post, right-aligned or in italics ("Khoa Xây dựng Đảng", "Học viện Chính trị khu vực III").
    0 when the text does not open so; the text must go on after them."""
    texts = [b for b in blocks[:8] if b["kind"] == "text"]
    if len(blocks) < 3 or not texts or blocks[0] is not texts[0]:
        return 0
    first = texts[0]
    text = first["text"]
    right = first.get("align") == "right"
    if not (right or first.get("bold")) or len(text) > 100 or not (_signers(text) or parse_signature(text, closing=True)) or is_organisation(text):
        return 0
    # (a degree before the name says an essay's writer: "ThS. Phan Thanh Tùng" over a unit set
    # plain, in a card of its own above the text; and the writers after it, each over a unit)
    degreed = bare_name(text) != text
    n = 1
    while n < len(texts) and blocks[n] is texts[n] and n < (7 if degreed else 3):
        line = texts[n]
        unit = (is_post_line(line["text"]) or is_organisation(line["text"])) and len(line["text"]) <= 90
        if unit and (line.get("align") == "right" or line.get("italic") or degreed):
            n += 1
            continue
        # (another degreed writer set as the first, under the first's unit or right under the first's name)
        if degreed and line.get("bold") == first.get("bold") and line.get("align") == first.get("align") and bare_name(line["text"]) != line["text"] and _signers(line["text"]):
            n += 1
            continue
        break
    # (a name in bold over the text is the writer's only with the unit under it: "<b>PGS.TS Trần
    # Quang Vinh</b><br><i>Học viện Chính trị khu vực III</i>"; alone it may be a heading, unless
    # a degree opens it: "<b>ThS. Đặng Thị Kim Oanh</b>" heads no section)
    return n if n < len(blocks) and (right or n > 1 or degreed) else 0


def _author_head_at(blocks: list[dict]) -> tuple[int, int] | None:
    """Where the essay's writers set above it start and how many lines they take (author_head):
    at the text's top, or under the lead its theme prints apart (a subtitle field)."""
    head = author_head(blocks)
    if head:
        return 0, head
    if blocks and blocks[0].get("sapo"):
        head = author_head(blocks[1:])
        if head:
            return 1, head
    return None


def _plain_captions(blocks: list[dict], centered_is_common: bool = False, italic_is_common: bool = False) -> bool:
    """Whether this page writes captions as plain lines under its photos (no markup, no
    parentheses, no italics): every photo followed by text is followed by such a line. Decided
    per page, as a reader does from the layout, so that one paragraph after one photo is not
    taken for a caption on a page that does not caption that way."""
    first_text = next((i for i, b in enumerate(blocks) if opens_text(b)), len(blocks))
    # the photo that opens the post (before any text) is judged by its own line only: the
    # paragraph under it is as likely the text's first
    following = [blocks[i + 1] for i, b in enumerate(blocks[:-1]) if b["kind"] == "image" and blocks[i + 1]["kind"] == "text" and i + 1 != first_text]
    aligns = {id(blocks[i + 1]): b.get("align") for i, b in enumerate(blocks[:-1]) if b["kind"] == "image"}
    # a line its markup or its type calls a caption (figcaption, italics, centred) says nothing of
    # how plain lines read
    following = [b for b in following if not b.get("caption_hint") and not _is_caption_candidate(b, centered_is_common, italic_is_common)]
    # (nor does a link of its own under a photo: an accordion's title, "Xem thêm")
    following = [b for b in following if b.get("link_ratio", 0) < 0.9]
    # (the text's own paragraphs: not the lines under photos, not a signature set right)
    texts = [b for i, b in enumerate(blocks) if b["kind"] == "text" and b.get("align") != "right" and (i == 0 or blocks[i - 1]["kind"] != "image")]
    if len(texts) >= 2 and sum(1 for b in texts if b.get("align") == "justify") >= 0.7 * len(texts) and any(b.get("align") != "justify" for b in following):
        # a page that justifies its paragraphs: a justified line under a photo is a paragraph of
        # the text going on, and says nothing of how the photos' own lines, set otherwise, read
        following = [b for b in following if b.get("align") != "justify" or aligns.get(id(b)) == "justify"]
    if not following:
        return False
    strict = len(following) == 1
    return all(_plain_caption(b, strict, aligns.get(id(b))) for b in following)


#: a footnote's line ("[1] Hồ Chí Minh: Toàn tập, …")
_FOOTNOTE = re.compile(r"^\s*\[\d{1,3}\]\s*\S")


def _references_start(blocks: list[dict], window: int = 16) -> int:
    """Where a references or footnotes section at the end of the text begins (its heading, or its
    run of "[n] …" lines), or ``len(blocks)`` when the text ends otherwise."""
    n = len(blocks)
    at = n
    while at > 0 and blocks[at - 1]["kind"] == "text" and (_FOOTNOTE.match(blocks[at - 1]["text"]) or blocks[at - 1].get("footnote")):
        at -= 1  # ("[1] …" lines, or lines each closed by a back-link to its call: WordPress's footnotes block)
    headings = phrase_set("references")
    if 0 < at < n and blocks[at - 1]["kind"] == "text" and fold(blocks[at - 1]["text"].strip(" :：")) in headings:
        at -= 1  # (and the run's heading over it: "Tài liệu tham khảo" / "[1] …")
    if at < n and at > 0:
        return at
    for i in range(n - 1, max(-1, n - window), -1):
        block = blocks[i]
        if block["kind"] == "text" and fold(block["text"].strip(" :：")) in headings:
            return i if i > 0 else n
    return n


def _row_of_captions(blocks: list[dict], at: int, count: int, centered_is_common: bool, italic_is_common: bool = False) -> bool:
    """The ``count`` lines from ``at`` are each a caption by their markup, and no more follow."""
    lines = blocks[at : at + count]
    # (a photographer's credit under a gallery, "Ảnh: Võ Thành Nam", is no photo's caption)
    if len(lines) < count or not all(_is_caption_candidate(b, centered_is_common, italic_is_common) and not is_file_name(b["text"]) and _credit_line(b) is None for b in lines):
        return False
    after = blocks[at + count] if at + count < len(blocks) else None
    return after is None or after["kind"] != "text" or not _is_caption_candidate(after, centered_is_common, italic_is_common)


def _credit_line(block: dict) -> Byline | None:
    """A photo credit under a caption: "Ảnh: Vi Văn Khánh", or a bare name in a box its names call
    a credit (K2's itemImageCredits)."""
    if block["kind"] != "text":
        return None
    byline = parse_byline(block["text"])
    if byline is None and block.get("credit_hint") and looks_like_bare_name(block["text"]):
        byline = Byline(photographers=[clean_line(block["text"]).strip(" .")])
    return byline


def _continues(first: dict, nxt: dict, centered_is_common: bool, italic_is_common: bool = False) -> bool:
    return (
        _is_caption_candidate(nxt, centered_is_common, italic_is_common)
        and nxt.get("italic") == first.get("italic") and nxt.get("align") == first.get("align")
        and len(first["text"]) + len(nxt["text"]) <= MAX_CAPTION_LEN
    )


def _credit_inside(blocks: list[dict], i: int) -> bool:
    """``blocks[i]`` only credits a photographer, and the text goes on after it."""
    credit = _credit_line(blocks[i])
    if not (credit and credit.photographers and not credit.authors and not credit.source):
        return False
    return any(b["kind"] == "text" and parse_byline(b["text"]) is None for b in blocks[i + 1 :])


#: a photo's caption that numbers it ("Ảnh 1: Tiết mục văn nghệ", "Hình 2. Lễ chào cờ")
_NUMBERED_CAPTION = re.compile(r"^\s*(?:ảnh|hình|hình ảnh|photo)\s*(?P<n>\d{1,2})\s*[:.\-–]\s*\S", re.I)


def _captions_above(blocks: list[dict], stats: Counter) -> list[dict]:
    """A line its box names a caption ("<div class=ct-anh>…</div>") printed right over a photo
    that has no caption under it: that photo's caption, read as if printed under it (a home-made
    template setting the caption first). Only where no such box sits under any photo of the page."""
    if not any(b["kind"] == "text" and b.get("caption_hint") for b in blocks):
        return blocks
    if any(b["kind"] == "image" and nxt["kind"] == "text" and nxt.get("caption_hint") and not (i + 2 < len(blocks) and blocks[i + 2]["kind"] == "image") for i, (b, nxt) in enumerate(pairwise(blocks))):
        return blocks  # (the page's captions stand under their photos)
    first = next(i for i, b in enumerate(blocks) if b["kind"] == "text" and b.get("caption_hint"))
    if first and blocks[first - 1]["kind"] == "image":
        return blocks  # (the first stands under a photo: a gallery's lines, each under its photo and over the next)
    out = list(blocks)
    i = 0
    while i < len(out) - 1:
        block, nxt = out[i], out[i + 1]
        if block["kind"] == "text" and block.get("caption_hint") and nxt["kind"] == "image" and len(block["text"]) <= MAX_CAPTION_LEN:
            out[i], out[i + 1] = nxt, block
            stats["captions/above_named"] += 1
            i += 2
            continue
        i += 1
    return out


def _numbered_captions(blocks: list[dict], stats: Counter) -> list[dict]:
    """A numbered caption ("Ảnh 2: …", "Hình 2. …") captions the photo of its number, whatever
    its type: printed above it, it moves under it, where captions are read; under it, it is
    marked as the caption it is. Its number tells the side: a line over the photo of its number
    (as many photos before it as its number less one), or under it."""
    if not any(b["kind"] == "text" and _NUMBERED_CAPTION.match(b["text"]) for b in blocks):
        return blocks
    out = list(blocks)
    seen_images = 0
    i = 0
    while i < len(out) - 1:
        block = out[i]
        if block["kind"] == "image":
            seen_images += 1
            under = out[i + 1]
            m = _NUMBERED_CAPTION.match(under["text"]) if under["kind"] == "text" and len(under["text"]) <= MAX_CAPTION_LEN else None
            if m and int(m.group("n")) == seen_images and not under.get("caption_hint"):
                out[i + 1] = {**under, "caption_hint": True}
                stats["captions/numbered"] += 1
        elif block["kind"] == "text" and out[i + 1]["kind"] == "image" and len(block["text"]) <= MAX_CAPTION_LEN:
            m = _NUMBERED_CAPTION.match(block["text"])
            if m and int(m.group("n")) == seen_images + 1:
                out[i], out[i + 1] = out[i + 1], {**block, "caption_hint": True}
                stats["captions/numbered_above"] += 1
                seen_images += 1
                i += 2
                continue
        i += 1
    return out


def _album_title(blocks: list[dict], under_photo: set[int]) -> dict | None:
    """The heading of an album closing the text ("<h4>Một số hình ảnh</h4>" over the photos and
    their lines, nothing after them): a line of the text as the house reads it (four portals'
    golds keep it), but the byline above it still closes the text."""
    for n in range(len(blocks) - 2, -1, -1):
        block = blocks[n]
        if block["kind"] == "image" or id(block) in under_photo:
            continue
        if block["kind"] == "text" and block.get("heading") and len(block["text"]) <= 60 and blocks[n + 1]["kind"] == "image" and PICTURE_WORDS.search(block["text"]):
            return block
        return None
    return None


def move_captions(record: Record, stats: Counter) -> Record:
    """Images leave the body for ``images``; the line right under an image that reads as a caption
    (figcaption, CKEditor image table, parenthesised, italic or centred, a file name) goes with it."""
    blocks: list[dict] = _captions_above(_numbered_captions(record.get("blocks") or [], stats), stats)
    # (how the text is set is read off its lines that are not right under a photo: a photo
    # report's centred line under each of eight photos says how it captions, and its two
    # justified paragraphs how its text is set)
    under_photo = {id(b) for prev, b in pairwise(blocks) if prev["kind"] == "image"}
    texts = [b for b in _texts(blocks) if id(b) not in under_photo] or _texts(blocks)
    centered = sum(1 for b in texts if b.get("align") == "center")
    centered_is_common = bool(texts) and centered / len(texts) > 0.5
    # (a poem set in italics throughout: its line under a photo goes on with the poem; measured
    # in characters, as a nursery rhyme's seven short lines in a post's prose set none of it so)
    italic_is_common = len(texts) >= 4 and sum(len(b["text"]) for b in texts if b.get("italic")) > 0.5 * sum(len(b["text"]) for b in texts)
    plain = _plain_captions(blocks, centered_is_common, italic_is_common)
    album_title = _album_title(blocks, under_photo)
    if album_title is not None:
        blocks = [{**b, "album_title": True} if b is album_title else b for b in blocks]
        stats["captions/album_title"] += 1
    images: list[dict] = list(record.get("images") or [])
    seen = {img["url"] for img in images}
    out: list[dict] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block["kind"] != "image":
            out.append(block)
            i += 1
            continue
        group = [block]
        while i + len(group) < len(blocks) and blocks[i + len(group)]["kind"] == "image":
            group.append(blocks[i + len(group)])
        i += len(group)
        if len(group) >= 2 and _row_of_captions(blocks, i, len(group), centered_is_common, italic_is_common):
            # photos side by side with their captions in the row under them, one each, in order
            # (a builder's grid: two photo cells, then two caption cells)
            for n, img in enumerate(group):
                stats["captions/row"] += 1
                if img["url"] not in seen:
                    seen.add(img["url"])
                    images.append({"url": img["url"], "caption": _caption_text(blocks[i + n]["text"])})
            i += len(group)
            continue
        boxed = _lightbox_captions(group, record.get("title") or "")
        if boxed is not None:
            # the photos' enlargement links carry their captions for the lightbox (a slideshow
            # whose captions the page prints apart, in a list after the slides): each photo its
            # own, and the printed copies leave the text
            keys = {fold(c) for c in boxed if c}
            while i < len(blocks) and blocks[i]["kind"] == "text" and fold(_caption_text(blocks[i]["text"])) in keys:
                i += 1
            for img, caption in zip(group, boxed, strict=True):
                if img["url"] not in seen:
                    seen.add(img["url"])
                    images.append({"url": img["url"], "caption": caption})
                    stats["captions/lightbox"] += bool(caption)
                elif caption:
                    _caption_earlier(images, img["url"], caption)
            continue
        caption: str | None = None
        # a caption line spanning the photos side by side over it captions each of them
        spanned = blocks[i].get("spans_photos", 0) if i < len(blocks) and blocks[i]["kind"] == "text" else 0
        # (and a line under photos set side by side in one line of their own captions each of them)
        if len(group) >= 2 and group[0].get("row") is not None and all(b.get("row") == group[0]["row"] for b in group):
            spanned = max(spanned, len(group))
        # the photo that opens the post, before any text: the paragraph under it opens the text
        # unless it reads like a caption on its own (short, no sentence end)
        lead = not any(opens_text(b) and not b.get("sapo") for b in out)  # (the sapo stands apart)
        if i < len(blocks) and _closing_signers(blocks, i):
            pass  # the writers signing the text under its last photo ("Huỳnh Thanh Tâm - Võ Thị Mỹ Linh", right-aligned): no caption
        elif i < len(blocks) and (
            _is_caption_candidate(blocks[i], centered_is_common, italic_is_common)
            # (a poem's line in the poem's italics under a photo between its stanzas goes on with the poem)
            or (plain and _plain_caption(blocks[i], strict=lead, photo_align=group[-1].get("align")) and not (italic_is_common and blocks[i].get("italic")))
            # (or the line says what the photo's alt text says: "Quang cảnh hội nghị." under <img alt="Quang cảnh hội nghị.">)
            or (blocks[i]["kind"] == "text" and len(blocks[i]["text"]) <= 200 and len(group[-1].get("alt") or "") >= 8 and fold(blocks[i]["text"]).strip(" .") == fold(group[-1]["alt"]).strip(" ."))
        ):
            raw = blocks[i]["text"]
            i += 1
            # a caption broken over two lines: the first ends unfinished (";", ",", ":") and the
            # next is printed the same way
            while i < len(blocks) and raw.rstrip().endswith((";", ",", ":")) and _continues(blocks[i - 1], blocks[i], centered_is_common, italic_is_common):
                raw = f"{raw} {blocks[i]['text']}"
                i += 1
                stats["captions/continued"] += 1
            # a credit printed under the caption ("Ảnh: Vi Văn Khánh"): the photo's photographer
            credit = _credit_line(blocks[i]) if i < len(blocks) else None
            if credit and credit.photographers and not credit.authors and not credit.source:
                for name in credit.photographers:
                    if name not in record.setdefault("photographers", []):
                        record["photographers"].append(name)
                i += 1
                stats["captions/credit_line"] += 1
            elif i < len(blocks) and blocks[i]["kind"] == "text" and _credits_no_one(blocks[i]["text"]):
                i += 1  # "Ảnh: Internet" under the caption (K2's image credits): a credit to no one
                stats["captions/no_credit"] += 1
            if (
                is_file_name(raw) and i < len(blocks) and blocks[i]["kind"] == "text" and not is_file_name(blocks[i]["text"])
                and (blocks[i].get("caption_hint") or (blocks[i].get("italic") and _is_caption_candidate(blocks[i], centered_is_common, italic_is_common)))
            ):
                # a caption box whose title line is the file's name and whose next line, in the
                # same box, is the caption (Avada's "imageframe-caption": title, then text); or a
                # line in italics typed under a figure that names only its file (Trix's
                # attachment "chuyen-de.jpg 965 KB")
                stats["captions/file_name"] += 1
                raw = blocks[i]["text"]
                i += 1
            only_credit = parse_byline(raw)
            if is_file_name(raw):
                stats["captions/file_name"] += 1
            elif _credits_no_one(raw):
                stats["captions/no_credit"] += 1  # "Ảnh: Internet" under a photo: a credit to no one, no caption
            elif (
                only_credit is not None and only_credit.photographers and not (only_credit.authors or only_credit.source)
                # (or a school's unit named alone, "Ảnh: Liên đội", "Ảnh: Tổ Văn phòng"; a longer
                # phrase opening with an institution, "Ảnh: Trường THCS X đón nhận …", is a caption)
                and all((looks_like_bare_name(n) and not is_organisation(n)) or (is_organisation(n) and len(n.split()) <= 4) for n in only_credit.photographers)
            ):
                # a caption box holding only the photo's credit ("Ảnh: Minh Đức" in a figcaption
                # whose caption line is empty): a photographer, no caption
                for name in only_credit.photographers:
                    if name not in record.setdefault("photographers", []):
                        record["photographers"].append(name)
                stats["captions/credit_line"] += 1
            else:
                caption = _caption_text(raw)
                stats["captions/moved"] += 1
                for name in dict.fromkeys([*caption_credit(caption), *caption_credit(raw)]):
                    if name not in record.setdefault("photographers", []):
                        record["photographers"].append(name)
        elif i < len(blocks) and _credit_inside(blocks, i):
            # "Ảnh: Nguyễn Văn An" right under a photo in the middle of the text: that photo's
            # credit, no caption (at the end of the text the byline step reads it)
            for name in _credit_line(blocks[i]).photographers:  # type: ignore[union-attr]
                if name not in record.setdefault("photographers", []):
                    record["photographers"].append(name)
            i += 1
            stats["captions/credit_line"] += 1
        if caption is None and len(group) == 1 and out and _caption_above(out[-1]):
            # "Ảnh: Lễ khai mạc hội thi" set apart right over a photo with no caption under it:
            # the photo's caption, printed above it
            caption = _caption_text(out.pop()["text"])
            stats["captions/above"] += 1
        for n, img in enumerate(group):
            line = caption if n == len(group) - 1 or len(group) - n <= spanned else None
            if img["url"] in seen:
                if line:
                    _caption_earlier(images, img["url"], line)
                continue
            seen.add(img["url"])
            images.append({"url": img["url"], "caption": line})
    record["blocks"] = out
    record["images"] = _one_per_picture(images, stats)
    return record


def _caption_earlier(images: list[dict], url: str, caption: str) -> None:
    """The same picture again (a cover printed over the text and again in it): one entry, where
    it first shows, with the caption the text gives it."""
    earlier = next((e for e in images if e["url"] == url), None)
    if earlier is not None and not earlier["caption"]:
        earlier["caption"] = caption


def _caption_above(block: dict) -> bool:
    """A line over a photo that captions it: set apart (italic, centred or a caption's box), led by
    a photo's label, and describing what the photo shows ("Ảnh: Lễ khai mạc hội thi"), not who took
    it ("Ảnh: Hoàng Lan", the previous photo's credit) nor no one ("Ảnh: Internet")."""
    if block["kind"] != "text" or not (block.get("italic") or block.get("align") == "center" or block.get("caption_hint")):
        return False
    text = block["text"].strip()
    m = _PHOTO_LABEL.match(text)
    if m is None or len(text) > 200 or _credits_no_one(text):
        return False
    value = text[m.end() :].strip(" .")
    return len(value.split()) >= 3 and not looks_like_bare_name(value) and not is_organisation(value) and any(w[:1].islower() for w in value.split())


def _signers(text: str) -> bool:
    """A bare signature: one name, or several names of two words or more ("Huỳnh Thanh Tâm - Võ
    Thị Mỹ Linh", "Hoàng Văn Dũng, Phạm Thu Trang"), or a teacher's name with the title pupils
    use ("Cô giáo Trần Thị Lệ", "Thầy Võ Văn Tùng")."""
    if looks_like_bare_name(text) or len(bare_names(text)) > 1:
        return True
    name = untitled(clean_line(text).strip(" ."))
    return name != clean_line(text).strip(" .") and len(name.split()) >= 2 and looks_like_bare_name(name)


def _set_apart(line: dict, above: dict) -> bool:
    """A closing line set at the right under a line that is not: how a signature is printed."""
    return line.get("align") == "right" and above.get("align") != "right"


def _closing_signers(blocks: list[dict], i: int) -> bool:
    """Block ``i``, under a photo, is the text's last line, right-aligned, and names several
    people: the writers signing, not the photo's caption (one name may caption a portrait); or
    it signs with a dash and the day."""
    block = blocks[i]
    if block["kind"] != "text" or any(b["kind"] == "text" for b in blocks[i + 1 :]):
        return False
    # (or one writer signing with a dash and the day, "— Phạm Thu Hà 2026/09/27 20:10")
    return (block.get("align") == "right" and len(bare_names(block["text"])) > 1) or _dated_signature(blocks, i)


def _lightbox_captions(group: list[dict], title: str) -> list[str | None] | None:
    """Each photo's caption from its enlargement link (``lightbox_caption``), or None when no photo
    of the group has one: a file name or its slug, the headline, or one line given to every photo
    of several (a lightbox titled with the page) is no caption."""
    found = [img.get("lightbox_caption") for img in group]
    # (a one-word value is the file's slug a theme writes there: Avada's data-title="khai-giang-1")
    # (nor a tool's label, the link's "Xem ảnh gốc")
    found = [
        None if not c or " " not in c.strip() or is_file_name(c) or fold(c) == fold(title) or fold(c) in phrase_set("tools") else _caption_text(c)
        for c in found
    ]
    if not any(found) or (len(group) >= 2 and len(set(found)) == 1):
        return None
    return found


#: NukeViet's thumbnail of an upload, the same path under "/assets/" ("/assets/news/2026_12/a.jpg"
#: beside "/uploads/news/2026_12/a.jpg"): one picture
_THUMB_ROOT = re.compile(r"^(https?://[^/]+/)assets/")
#: OpenCart's resized copy of an upload, the same path under "image/cache/" with its size after
#: the name ("/image/cache/catalog/tin-tuc/a-300x200.jpg" beside "/image/catalog/tin-tuc/a.jpg")
_CACHE_ROOT = re.compile(r"/image/cache/(?=catalog/)")
#: a picture's size variant as WordPress and most CMSs name it ("anh-768x512.jpg" beside "anh.jpg";
#: Piranha's "anh_1024x0.jpg" and its slideshow strip's "anh_120x80.jpg")
_SIZE_VARIANT = re.compile(r"(?<=/)(?:w\d{2,4}(?:-h\d{2,4})?(?:-c)?|h\d{2,4})/|[-_]\d{2,4}x\d{1,4}(?=\.(?:jpe?g|png|gif|webp)(?:$|\?))|[?&](?:image)?thumb(?:nail)?=[^&#]*$|[?&](?:type|size)=(?:thumb|thumbnail|small)$|\?(?:(?:w|h|width|height|resize|fit|crop|quality|ssl)=[^&#]*(?:&|$))+$", re.I)
# (or the same file's thumbnail by a parameter: Liferay's "…/photo.jpg/<uuid>?t=…&imageThumbnail=1",
# a slideshow's strip under the photos of the text; vBulletin's attachment list under the text,
# "filedata/fetch?id=5349&d=…&type=thumb"; or a resizer's size segment, Kohana's imagefly
# "/imagefly/w180-h120-c/media/…" beside "/imagefly/w600/media/…"; or by its size parameters,
# Jetpack's Photon "IMG_0931.jpg?w=381&h=253" beside the featured "IMG_0931-768x432.jpg")


#: a folder of thumbnails in a picture's path ("/Upload/TinTuc/Thumb/", "/thumbs/", "/small/")
_THUMB_FOLDER = re.compile(r"/(?:thumbs?|thumbnails?|small|_thumbs?)/[^/]+$", re.I)


#: a thumbnail's mark at the end of its file's name ("a_thumb.jpg", "a-small.png")
_THUMB_MARK = re.compile(r"[-_](?:thumbs?|thumbnail|small)(?=\.\w+$)", re.I)


def _is_thumbnail(url: str) -> bool:
    """A thumbnail by both its folder and its name ("/Upload/Images/Thumb/a_thumb.jpg"): either
    alone names too many real photos ("/small/" folders, "…-small.jpg" uploads)."""
    return bool(_THUMB_FOLDER.search(url)) and bool(_THUMB_MARK.search(url.rsplit("/", 1)[-1]))


def _one_per_picture(images: list[dict], stats: Counter) -> list[dict]:
    """A featured image that repeats a photo of the text at another size is that photo: one entry,
    the one with its caption (else the one in the text, the later)."""
    keys = [_SIZE_VARIANT.sub("", _CACHE_ROOT.sub("/image/", _THUMB_ROOT.sub(r"\1uploads/", img["url"]))) for img in images]
    for i, key in enumerate(keys):
        if _THUMB_FOLDER.search(key):
            # (a thumbnail folder's copy of a photo of the text, its file of the same name:
            # "/Upload/TinTuc/Thumb/a.jpg" beside "/Upload/TinTuc/2026/12/a.jpg")
            # (its name maybe marked too: "/Upload/Images/Thumb/a_thumb.jpg" beside "/Upload/Images/a.jpg")
            name = _THUMB_MARK.sub("", key.rsplit("/", 1)[-1])
            keys[i] = next((k for k in keys if k != key and k.rsplit("/", 1)[-1] == name and not _THUMB_FOLDER.search(k)), key)
    if len(keys) >= 2 and _is_thumbnail(keys[0]) and not any(_is_thumbnail(k) for k in keys[1:]) and not images[0]["caption"]:
        # (a thumbnail over the text's photos, of none of them by its name: the list's picture of
        # the post, "imgAnhDaiDien" at 180 px from "/Upload/Images/Thumb/a_thumb.jpg")
        stats["images/lead_thumbnail"] += 1
        images, keys = images[1:], keys[1:]
    if len(set(keys)) == len(keys):
        return images
    keep: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key not in keep or images[i]["caption"] or not images[keep[key]]["caption"]:
            keep[key] = i
    stats["images/size_variant"] += len(keys) - len(keep)
    return [img for i, img in enumerate(images) if keep[keys[i]] == i]


# --- 3. bylines -------------------------------------------------------------------------------

def _is_account(name: str) -> bool:
    """A CMS account printed as author ("admin", "Unknown", a login such as "vanthu"): no person."""
    return is_account_name(name)


def _names_nobody(name: str) -> bool:
    """A poster or an author field that credits nobody: the editorial board, a CMS account."""
    return fold(name) in folded_labels("board") or _is_account(name)


def is_organisation(name: str) -> bool:
    """An institution's name ("Trường THCS …", "Phòng GD&ĐT …"): phrases/organisations.txt."""
    key = fold(name)
    return any(key == p or key.startswith(p + " ") for p in phrase_list("organisations"))


def _signs(block: dict) -> bool:
    """A line that signs an article: a byline, a signature, or a bare name set apart."""
    if block["kind"] != "text":
        return False
    text = block["text"]
    if parse_byline(text) or parse_signature(text):
        return True
    return looks_like_bare_name(text) and bool(block.get("align") == "right" or block.get("bold") or block.get("italic") or block.get("byline_hint"))


def _data_table_header(lines: list[dict], i: int) -> bool:
    """The row at ``i`` heads a data table: the row under it is the table's too, and its first
    cell is no field's label ("Nhóm tác giả | Số tham luận" over "Trường … | 12"; a field table's
    next row is another field, "Nguồn | Báo Hưng Yên")."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt["kind"] != "text" or not nxt.get("table_row") or nxt["text"].count(" | ") != 1:
        return False
    if lines[i]["text"].split(" | ")[0].rstrip().endswith((":", "：")):
        return False  # (a label with its colon is a field's: "Người đăng: | pgd_baolam")
    first = nxt["text"].split(" | ")[0].strip(" :：")
    return not is_byline_label(first) and fold(first) not in phrase_set("field_labels") and parse_byline(f"{first}: x") is None


def join_field_lines(lines: list[dict], start: int = 0) -> list[dict]:
    """The article's fields printed as a table or in boxes of their own read as the byline lines
    they are: a field table's row ("Tác giả | Nguyễn Văn An"), a label box over its values ("Người
    viết" / "Lê Thị Hồng Nhung", a dt/dd pair; "Tác giả" / "Vàng Thị Mai" / "Sùng Mí Chá") become
    "Tác giả: Nguyễn Văn An". Lines before ``start`` are left as they are."""
    out = lines[:start]
    i = start
    while i < len(lines):
        line = lines[i]
        text = line.get("text") or ""
        if line["kind"] == "text" and line.get("table_row") and text.count(" | ") == 1:
            label, value = text.split(" | ")
            if is_byline_label(label) and value.strip() and not _data_table_header(lines, i):
                out.append({**line, "text": f"{label.strip(' :：')}: {value.strip()}"})
                i += 1
                continue
        label = text.strip().rstrip(":：").strip()
        if line["kind"] == "text" and i + 1 < len(lines) and ":" not in label and len(label) <= 30 and is_byline_label(label):
            value = lines[i + 1]
            if value["kind"] == "text" and ":" in value["text"] and len(value["text"]) <= 120 and not value.get("table_row") and _credits_someone(value["text"]):
                # the field's value typed as a byline of its own ("Tác giả:" / "Tin, ảnh: Đỗ Minh
                # Tuấn", Drupal's author field): its own labels say who did what
                out.append(value)
                i += 2
                continue
            if value["kind"] == "text" and ":" not in value["text"] and 2 <= len(value["text"]) <= 80 and not value.get("table_row"):
                j = i + 2
                while j < len(lines) and lines[j]["kind"] == "text" and looks_like_bare_name(lines[j]["text"]) and not is_byline_label(lines[j]["text"]):
                    j += 1
                names = ", ".join(b["text"] for b in lines[i + 1 : j])
                out.append({**value, "text": f"{label}: {names}"})
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _credits_someone(text: str) -> bool:
    byline = parse_byline(text)
    return byline is not None and bool(byline.authors or byline.photographers)


#: what the writer did with a text not theirs, in brackets after the name ("Hoàng Yến (tổng
#: hợp)", "Minh Anh (sưu tầm)", "Lan Hương (lược dịch)")
#: (and an interview's "Thu Hà (thực hiện)": who conducted it, its author)
_COMPILER_NOTE = re.compile(r"\s*\((?:tổng hợp|sưu tầm|st|lược dịch|biên dịch|dịch|biên soạn|tổng hợp, biên tập|thực hiện|ghi|ghi chép)\)\s*$", re.I)


def without_compiler_note(text: str) -> str:
    """The signature without what the writer did with a text not theirs ("Lê Hà (tổng hợp)")."""
    return _COMPILER_NOTE.sub("", text) or text
#: a writer's name in brackets closing the text's last sentence ("… trong thời gian tới. (Minh Thư)")
_CLOSING_NAME = re.compile(r"(?<=[.!?…”\"])\s*\((?P<name>[^()]{3,40})\)\s*$")


def _inline_signature(blocks: list[dict], lines: list[Byline], stats: Counter) -> None:
    """The writer's name in brackets after the text's last sentence, in its last paragraph: the
    author, and no word of the text. Only a name (two to five capitalised words), only at the
    very end of the text."""
    last = blocks[-1] if blocks else None
    if last is None or last["kind"] != "text":
        return
    m = _CLOSING_NAME.search(last["text"])
    if m is None or len(m.group("name").split()) < 2 or not looks_like_bare_name(m.group("name")) or is_organisation(m.group("name")):
        return
    blocks[-1] = {**last, "text": last["text"][: m.start()].rstrip()}
    lines.append(Byline(authors=[bare_name(m.group("name"))]))
    stats["bylines/inline_name"] += 1


def extract_bylines(record: Record, stats: Counter) -> Record:
    """Byline lines at the end of the body (and the first line, where some portals sign) move to
    authors / photographers / source; a bare right-aligned or bold name at the very end is the author."""
    read = record.get("blocks") or []
    blocks: list[dict] = join_field_lines(read, start=max(0, len(read) - 8))  # (the text's last lines only)
    # the names the byline lines state come first; credits read from captions follow them
    credited = Byline(list(record.get("authors") or []), list(record.get("photographers") or []), record.get("source"))
    found = Byline()
    lines: list[Byline] = []  # bottom-up
    bare: str | None = None  # the bare name just taken, while its label may sit on the line above
    # an essay's references or footnotes close the text, and its signature sits above them: after
    # the bylines at the very end, those above the section are read too; the section stays in the body
    references: list[dict] = []
    _inline_signature(blocks, lines, stats)
    # (the album's heading under the byline: the byline is read above it, the heading stays)
    album = [blocks.pop()] if blocks and blocks[-1].get("album_title") else []
    for _pass in range(2):
        while blocks:
            last = blocks[-1]
            if last["kind"] != "text":
                break
            if len(blocks) > 2 and blocks[-2]["kind"] == "text" and blocks[-2]["text"].rstrip()[-1:] in SIGNATURE_DASHES:
                # a signature broken after its dash ("Cô giáo Lê Thị Bích –" / "Tổ Tiếng Anh"): one line
                joined = f"{blocks[-2]['text'].rstrip()} {last['text'].strip()}"
                if parse_signature(joined, closing=True):
                    blocks[-2] = {**blocks[-2], "text": joined}
                    blocks.pop()
                    stats["bylines/joined"] += 1
                    continue
            # (a compiler's note after the name is no part of it: "Hoàng Yến (tổng hợp)")
            text = without_compiler_note(last["text"])
            if text.lstrip()[:1] in SIGNATURE_DASHES and len(blocks) > 1 and blocks[-2]["kind"] == "text" and _QUOTATION.match(blocks[-2]["text"]):
                break  # ("“Dù khó khăn đến đâu cũng phải thi đua dạy tốt và học tốt.” / — Hồ Chí Minh": who said it)
            byline = parse_byline(text)
            if byline is None and not (text.rstrip().endswith(";") or (len(blocks) > 1 and blocks[-2]["kind"] == "text" and blocks[-2]["text"].rstrip()[-1:] in (";", ":") and not _set_apart(last, blocks[-2]))):
                # (an item of a list of names closes no text: "Giải Nhất thuộc về các em: / Em
                # Nguyễn Khánh Vy, Trường TH Mậu Thân; / … / Em Võ Minh Châu, Trường TH Ngô Quyền.";
                # but a line set apart at the right is the signature, whatever the line above
                # announced: an embedded link card between them leaves the text)
                byline = parse_signature(text, closing=True)
            if byline is None and is_post_line(text) and len(blocks) > 2 and _signs(blocks[-2]):
                blocks.pop()  # the signer's post or department, on the line under the name
                stats["bylines/post"] += 1
                continue
            if byline is None:
                # "Tin: X" printed inside the same line as a closing "./."
                m = re.match(r"^(?P<pre>.*?\S)\s*(?:\./\.|\.\s*/\.)\s*(?P<tail>.+)$", text)
                if m and parse_byline(m.group("tail")):
                    last["text"] = m.group("pre") + "./."
                    lines.append(parse_byline(m.group("tail")))  # type: ignore[arg-type]
                    stats["bylines/inline"] += 1
                elif bare and is_closing_line(text) and len(blocks) > 1:
                    # the signer's post and the signature's mark above the name ("KT. GIÁM ĐỐC /
                    # PHÓ GIÁM ĐỐC / (Đã ký) / Nguyễn Văn Thắng"): the closing, no text
                    blocks.pop()
                    stats["bylines/closing"] += 1
                    continue
                elif bare and is_post_line(text) and not is_organisation(text) and len(text) <= 90 and (last.get("align") == "right" or last.get("bold")) and len(blocks) > 1:
                    # the signer's post on the line above the name, set apart as the name is
                    # ("<p align=right><b>Phó Hiệu trưởng</b><br><b>Nguyễn Đình Khoa</b>")
                    blocks.pop()
                    stats["bylines/post"] += 1
                    continue
                elif _signers(text) and (last.get("align") == "right" or last.get("bold") or last.get("italic") or last.get("byline_hint")) and len(blocks) > 1:
                    lines.append(Byline(authors=bare_names(text)))
                    blocks.pop()
                    stats["bylines/bare_name"] += 1
                    bare = text
                    continue
                elif not any(line.authors or line.photographers for line in lines) and _pass == 0 and looks_like_bare_name(text) and 2 <= len(text.split()) <= 5 and all(w[:1].isupper() for w in text.split()) and len(blocks) > 1 and blocks[-2]["kind"] == "text" and blocks[-2]["text"].rstrip()[-1:] in ".!…\"”)" and not is_organisation(text) and not looks_like_bare_name(blocks[-2]["text"]):
                    # a plain name closing the text under its last sentence, in a line of its own
                    # (Liferay's template "<div class=ttct-tg>Ngọc Hân</div>" after the text's
                    # box, a source line or none under it): its writer, styled or not
                    lines.append(Byline(authors=bare_names(text)))
                    blocks.pop()
                    stats["bylines/bare_name_plain"] += 1
                    bare = text
                    continue
                elif fold(text.strip(" .")) in folded_labels("board") and (last.get("align") == "right" or last.get("bold") or last.get("italic") or last.get("byline_hint")) and len(blocks) > 1:
                    blocks.pop()  # "BBT": the board signs, nobody is credited
                    stats["bylines/board"] += 1
                    continue
                elif bare and is_byline_label(text):
                    # a label alone on the line above the name ("Tin và ảnh" / "Nguyễn Văn An")
                    labelled = parse_byline(f"{text.strip(' :：')}: {bare}")
                    if labelled:
                        lines[-1] = labelled
                        blocks.pop()
                        stats["bylines/label_line"] += 1
                        bare = None
                        continue
                break
            bare = None
            lines.append(byline)
            blocks.pop()
            stats["bylines/line"] += 1
        refs_at = _references_start(blocks)
        if references or refs_at >= len(blocks):
            break
        references, blocks = blocks[refs_at:], blocks[:refs_at]
        bare = None
    if lines and len(blocks) > 1 and blocks[-1]["kind"] == "text" and blocks[-1].get("heading") and len(blocks[-1]["text"]) <= 40 and blocks[-1]["text"].rstrip()[-1:] not in ".!?…" and not PICTURE_WORDS.search(blocks[-1]["text"]):
        # the title of the box of credits just read, left closing the text (K2's extra fields
        # "Thông tin thêm" over "Tin, ảnh: …"): the box's, no heading of the text's (an album's
        # heading, "Một số hình ảnh", its photos read out before the byline under them, stays)
        blocks.pop()
        stats["bylines/box_title"] += 1
    if not any(line.authors for line in lines) and len(blocks) > 2 and (quoted := _byline_over_a_comment(blocks)) is not None:
        # a reposted text's own byline, right-aligned where the quoted text ends, and the
        # reposter's comment under it (Tumblr's reblog: "<blockquote>… Tin, ảnh: X</blockquote>
        # <p>Một chuyên đề rất ý nghĩa …</p>"): the byline is the text's, the comment stays
        lines.append(quoted)
        del blocks[-2]
        stats["bylines/over_comment"] += 1
    second = blocks[1] if len(blocks) > 2 else {}
    if (
        second.get("kind") == "text" and blocks[0].get("sapo") and len(second["text"]) <= 60
        and (second.get("italic") or second.get("bold") or second.get("align") == "right")
        and (under := parse_byline(second["text"])) and (under.authors or under.photographers)
    ):
        # a labelled byline set apart opening the text under its lead ("<em>Bài và ảnh: X</em>"
        # between the lead printed apart and the first paragraph; an interview's "PV: Thưa bà, …"
        # is its first question)
        lines.append(under)
        blocks.pop(1)
        stats["bylines/under_lead"] += 1
    if blocks and blocks[0]["kind"] == "text":
        # a byline, or a signature with its post ("Cô Nguyễn Thị Hạnh - GVCN lớp 3A"), opening the text
        lead = parse_byline(blocks[0]["text"]) or parse_signature(blocks[0]["text"], closing=True)
        if lead is None and blocks[0].get("byline_hint") and len(blocks) > 1:
            # a bare name in a box its names call the byline, over the text (eZ Publish's
            # "attribute-byline" holding "Phòng GDTrH"), or the account that posted it ("bientap")
            first = blocks[0]["text"]
            if _is_account(first.strip()):
                lead = Byline(account=True)
            elif _signers(first):
                lead = Byline(authors=bare_names(first))
            if lead is not None:
                stats["bylines/byline_box"] += 1
        first_block = blocks[0]
        # (or the publication a reprint names over the text, set apart: "<em>Theo VnExpress</em>")
        reprint = bool(lead and lead.source and len(first_block["text"]) <= 60 and len(blocks) > 1 and (first_block.get("italic") or first_block.get("bold") or first_block.get("align") == "right"))
        if lead and (lead.authors or lead.photographers or lead.account or lead.posters or reprint):
            head = [lead]
            blocks.pop(0)
            stats["bylines/lead_source"] += reprint
            signed = _writer_line(first_block["text"]) is not None
            while signed and blocks and blocks[0]["kind"] == "text" and len(blocks[0]["text"]) <= 120 and (more := _writer_line(blocks[0]["text"])) is not None:
                # the co-writers' signatures on the lines under the first ("PGS.TS. X – Trưởng
                # khoa …" / "ThS. Y – Giảng viên …", or "TS. X" / "ThS. Y"): each writer
                head.append(more)
                blocks.pop(0)
                stats["bylines/co_writers"] += 1
            if signed and blocks and blocks[0]["kind"] == "text" and len(blocks[0]["text"]) <= 90 and (is_post_line(blocks[0]["text"]) or (len(head) > 1 and is_organisation(blocks[0]["text"]))):
                # (the unit the writers share, on the line under their names: "Khoa Lý luận cơ sở";
                # or the one writer's post: "ThS. X" / "Giảng viên Khoa Lý luận cơ sở")
                blocks.pop(0)
            while not signed and blocks and blocks[0]["kind"] == "text" and len(blocks[0]["text"]) <= 120 and (more := parse_byline(blocks[0]["text"])) is not None and (more.source or more.authors or more.photographers):
                # the post's other labelled fields under it ("Tác giả: Minh Khôi" / "Nguồn tin: Báo
                # Hà Nội Mới", a Liferay template's fields over the text)
                head.append(more)
                blocks.pop(0)
                stats["bylines/lead_fields"] += 1
            lines.extend(reversed(head))  # (``lines`` runs bottom-up)
        elif lead is None and (writers := _author_head_at(blocks)):
            # the essay's writers set above it, with their unit under the names (under the lead
            # its theme prints apart, a subtitle field, too)
            at, head = writers
            writers_lines = []
            for written in blocks[at : at + head]:
                line = written["text"]
                if written is blocks[at] or not (is_post_line(line) or is_organisation(line)):
                    writers_lines.append(parse_signature(line, closing=True) or Byline(authors=bare_names(line)))
            lines.extend(reversed(writers_lines))  # (``lines`` runs bottom-up: the first writer first)
            del blocks[at : at + head]
            stats["bylines/author_head"] += 1
    # (under the lead a title block prints apart: Quarto's description, then its "Tác giả" row)
    at = 1 if len(blocks) > 1 and blocks[0].get("sapo") else 0
    while len(blocks) > at and blocks[at]["kind"] == "text" and blocks[at].get("field_box") and (more := parse_byline(blocks[at]["text"])):
        lines.append(more)  # the field box's other credits over the text ("Ảnh: …" under "Người viết: …")
        blocks.pop(at)
        stats["bylines/field_box"] += 1
    for byline in reversed(lines):  # page order
        found.merge(byline)
    found.merge(credited)
    # the editorial board named in an author field ("Tác giả: Ban biên tập") credits nobody
    found.authors = [a for a in found.authors if fold(a) not in folded_labels("board") and not _is_account(a) and not fold(a).startswith(_SITE_NAME_STARTS)]
    # (nor does a CMS account signing an author box: Joomla's "Super User" under the text; nor the
    # site itself, "Trang thông tin Phòng QLKH - TTTL" under the board's name in an author card)
    if not found.authors:
        # who posted the page, when nothing signs the text ("Đăng bởi Phòng Tuyển sinh")
        found.authors = [a for a in found.posters if not _names_nobody(a)]
    if not found.authors:
        # a meta tag's author that is an organisation is the site or its owner; the post's own
        # author field ("Đăng bởi: Phòng Tuyển sinh") names the office that wrote it, unless it is
        # the editorial board's or a CMS account
        meta_authors = [_meta_name(a) for a in record.get("meta_authors") or [] if not is_organisation(a) and not _is_account(a) and len(a) <= 60]
        # (a name starts with a capital, a unit may not: "trường THCS …"; "đào tạo" from a section's
        # "Thông tin đào tạo" read as "Thông tin: đào tạo" is no one)
        field_authors = [a for a in record.get("field_authors") or [] if not _names_nobody(a) and len(a) <= 60 and (a[:1].isupper() or is_organisation(a))]
        found.authors = list(dict.fromkeys([*meta_authors, *field_authors]))
    if not found.photographers:
        # the author field's photo credit ("Tin, ảnh: Nông Văn Tuấn" beside the date; "Ảnh: X", a
        # custom field of its own beside the writer's, where the text signs too)
        found.photographers = list(record.get("field_photographers") or [])
    people = [a for a in found.authors if not is_organisation(a) and looks_like_bare_name(a)]
    if people and len(people) < len(found.authors):
        # a person and a unit both sign ("Người viết: Lê Thị Hồng Nhung" and a right-aligned
        # "Trường THCS Phan Huy Chú"): the unit is where the writer works
        stats["bylines/unit_of_writer"] += 1
        found.authors = people
    record["blocks"] = blocks + references + album
    record["authors"] = found.authors
    record["photographers"] = found.photographers
    record["source"] = found.source
    return record


# --- 4. dates ---------------------------------------------------------------------------------


def _meta_name(value: str) -> str:
    """A metadata author without the unit printed after the name ("Nguyễn Thị Hạnh – Chuyên viên
    tâm lý học đường", a builder's author field copied into JSON-LD)."""
    signature = parse_signature(value, closing=True)  # (closing: "Cô X – …" is X's own field)
    return signature.authors[0] if signature is not None and len(signature.authors) == 1 else bare_name(value)


_STAMP_SOURCES = frozenset({"meta", "jsonld", "feed", "time", "itemprop"})
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _as_machine_reads(printed: FoundDate, stamps: list[FoundDate]) -> FoundDate:
    """The printed date read month first where the page's own stamps (meta tags, JSON-LD, its
    date element) all say that day and none says the day-first one: "11/12/2026 12:00:00 AM" of a
    server left in the en-US culture over "article:published_time" 2026-11-11T17:00Z (Piranha).
    (Within a day: a stamp in UTC falls the evening before.)"""
    if not stamps or printed.day.day > 12 or printed.day.day == printed.day.month:
        return printed
    try:
        swapped = printed.day.replace(month=printed.day.day, day=printed.day.month)
    except ValueError:
        return printed

    def near(day: date) -> bool:
        return any(abs((stamp.day - day).days) <= 1 for stamp in stamps)

    if near(swapped) and not near(printed.day) and all(abs((stamp.day - swapped).days) <= 1 for stamp in stamps):
        return FoundDate(swapped, printed.clock)
    return printed


def _printed_utc_day(printed: FoundDate, cands: list[dict]) -> bool:
    """The printed day is the UTC day of the page's machine stamps (in UTC, "…Z" or "+00:00"),
    which all fall on the next day in the site's zone: a day printed by a script in UTC."""
    stamps = [c["value"] for c in cands if c["source"] in ("meta", "jsonld", "time", "itemprop") and _UTC_STAMP.search(c["value"] or "")]
    if not stamps:
        return False
    for value in stamps:
        found = parse_meta_datetime(value)
        utc_day = value.strip()[:10]
        if found is None or not found.has_time or utc_day != printed.day.isoformat() or found.day != printed.day + timedelta(days=1):
            return False
    return True


#: a stamp given in UTC
_UTC_STAMP = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$")


#: a stamp at midnight in its own zone ("…T00:00:00+00:00", "…T00:00Z")
_STORED_MIDNIGHT = re.compile(r"T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d\d:?\d\d)$")


def resolve_published(record: Record, stats: Counter) -> Record:
    """The page's own visible date wins (never the header clock: extraction only looks near the
    headline), with the time of its own element (<time datetime>, itemprop) when it prints none;
    then those elements alone; then a relative day ("3 ngày trước") counted back from the
    header's today; then the date a listing printed beside the link; then machine dates (meta
    tags, JSON-LD, feeds: an SEO plugin's time is not a printed one); then the URL's."""
    cands: list[dict] = record.get("date_candidates") or []
    listing = record.get("listing_date")
    if listing:
        cands = [*cands, {"source": "listing", "value": listing}]
    by_source: dict[str, list[FoundDate]] = {}
    for cand in cands:
        found = parse_meta_datetime(cand["value"])
        if found:
            if found.clock is not None and (found.clock == time(0, 0) or _STORED_MIDNIGHT.search(cand["value"])):
                # midnight is how CMSs store a day without a time (Hugo, Drupal dates): no time
                # (in the stamp's own zone too: "2026-11-26T00:00:00+00:00", a day Nikola stores
                # in UTC, is no 07:00)
                found = FoundDate(found.day, None)
            by_source.setdefault(cand["source"], []).append(found)
    chosen: FoundDate | None = None
    visible = by_source.get("visible", [])
    # the page's own <time>/itemprop first: JSON-LD and meta are often written by a plugin with
    # the wrong time zone
    # the page's own date elements (<time datetime>, itemprop) are printed; meta tags, JSON-LD and
    # feed timestamps are machine data an SEO plugin or a feed wrote
    own = by_source.get("time", []) + by_source.get("itemprop", [])
    machine = by_source.get("meta", []) + by_source.get("jsonld", []) + by_source.get("feed", [])
    if visible:
        # (stamps in ISO form only: a stamp printed as a day, "11/10/2026 12:00:00 AM", is as
        # ambiguous as the page's own date and settles nothing)
        iso = [f for c in cands if c["source"] in _STAMP_SOURCES and _ISO_STAMP.match((c["value"] or "").strip()) and (f := parse_meta_datetime(c["value"]))]
        chosen = _as_machine_reads(visible[0], iso)
        # (a letterhead's day is the document's date, whatever hour the page was posted at)
        letterhead = next((c for c in cands if c["source"] == "visible" and parse_meta_datetime(c["value"])), {}).get("letterhead", False)
        if not chosen.has_time and not letterhead:
            # the time of the printed date's own element (<time datetime>, itemprop) counts as
            # printed; a time only in meta tags or JSON-LD (written by an SEO plugin) does not, and
            # neither does a listing's: the record would depend on which page led to the article
            printed = by_source.get("time", []) + by_source.get("itemprop", [])
            same_day = [m for m in printed if m.day == chosen.day and m.has_time]
            if same_day:
                chosen = same_day[0]
            elif _printed_utc_day(chosen, cands):
                # the day a JavaScript front end printed in UTC ("Dec 1, 2026" of Hashnode's post
                # at 06:40 on the 2nd in Vietnam), every stamp of the page falling on the next day
                # here: the site's own day
                chosen = FoundDate(chosen.day + timedelta(days=1), None)
                stats["dates/utc_printed_day"] += 1
        stats["dates/visible"] += 1
    elif own:
        chosen = own[0]
        stats["dates/own_element"] += 1
    elif by_source.get("relative"):
        # "2 ngày trước" counted back from the header's today: the day, unless a stamp of the
        # page (JSON-LD, a meta tag) falls within a day of it and states the instant
        chosen = by_source["relative"][0]
        near = [m for m in machine if m.has_time and abs((m.day - chosen.day).days) <= 1]
        chosen = near[0] if near else chosen
        stats["dates/relative"] += 1
    elif by_source.get("listing"):
        chosen = by_source["listing"][0]  # printed beside the article's link: a reader's date
        stats["dates/listing"] += 1
    elif machine:
        chosen = machine[0]
        stats["dates/machine"] += 1
    elif by_source.get("url"):
        chosen = by_source["url"][0]
        stats["dates/url"] += 1
    else:
        stats["dates/none"] += 1
    record["published_at"] = chosen.iso() if chosen else None
    return record


# --- 5. text ----------------------------------------------------------------------------------


def finalise_text(record: Record, stats: Counter) -> Record:
    """Body from the remaining text blocks (sapo first), NFC and collapsed; summary; content hash."""
    blocks: list[dict] = record.get("blocks") or []
    paragraphs: list[str] = []
    summary = None
    for block in blocks:
        if block["kind"] != "text":
            continue
        text = clean_line(block["text"])
        if not text:
            continue
        if block.get("sapo") and summary is None:
            summary = text
        if paragraphs and paragraphs[-1] == text:
            continue  # printed twice (title/summary duplication)
        paragraphs.append(text)
    body = "\n\n".join(paragraphs)
    record["body"] = nfc(body)
    record["summary"] = nfc(summary) if summary else None
    record["title"] = clean_line(record.get("title") or "") or None
    # a photo post has no text: its photos are what it says; a post of a scanned letter, its
    # photos and files (a record the pipeline keeps must always carry a hash: the schema says so)
    said = record["body"] or "\n".join([img["url"] for img in record.get("images") or []] + [str(doc) for doc in record.get("attachments") or []])
    record["content_hash"] = content_hash(said) if said.strip() else None
    for key in ("authors", "photographers"):
        record[key] = [clean_line(x) for x in record.get(key) or [] if clean_line(x)]
    if record.get("source"):
        record["source"] = clean_line(record["source"])
    if record.get("category"):
        record["category"] = clean_line(record["category"])
    for img in record.get("images") or []:
        if img.get("caption"):
            img["caption"] = clean_line(img["caption"])
    record.setdefault("language", "vi")
    record.setdefault("schema_version", SCHEMA_VERSION)
    record.setdefault("updated", False)
    return record


def content_hash(body: str) -> str:
    return hashlib.sha256(nfc(body).encode("utf-8")).hexdigest()


#: Minimum body length (characters) for a page to count as an article.
MIN_BODY_CHARS = 80


def not_article_reason(record: Record) -> str | None:
    """Why a record is not an article (no title, no or too little body), or None."""
    if not record.get("title"):
        return "no_title"
    body = record.get("body") or ""
    if not body and not record.get("images"):
        # a photo post (title, photos, captions) is an article without body text; a page of a
        # title and a file alone is a document's entry (a register's "Nội quy học sinh" + PDF)
        return "no_body"
    if len(body) < MIN_BODY_CHARS and not record.get("images") and not record.get("attachments"):
        return "body_too_short"
    return None


CLEANING_STEPS: tuple[tuple[str, Step], ...] = (
    ("boilerplate", strip_boilerplate),
    ("captions", move_captions),
    ("bylines", extract_bylines),
    ("dates", resolve_published),
    ("text", finalise_text),
)
