"""Which lines of a body are portal boilerplate: counters, notices, tools, chrome, related lists.

The phrases are data (crawler/phrases/*.txt); this module only decides how a line matches them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crawler.core.bylines import (
    PHOTO_COPYRIGHT,
    bare_name,
    is_account_name,
    looks_like_bare_name,
    names_an_organisation,
    parse_byline,
    parse_signature,
)
from crawler.core.dates import find_dates, labelled_time
from crawler.core.text import PICTOGRAPHS, clean_line, fold
from crawler.phrases import byline_labels, phrase_list, phrase_set, phrase_sets

#: what parts a tool line's labels: bars, bullets, dashes, wide gaps, and "] [" between
#: bracketed labels ("[In trang] [Gửi cho bạn bè] [Về đầu trang]", a home-made page's). No \s*
#: around the alternatives: a pattern that cannot match empty lets the regex engine skip to its
#: first characters (several times faster on a long line); the parts are folded anyway
_SEPARATORS = re.compile(r"[|/•·»«›‹]|\]\s*\[|\s-\s|\s–\s|\s{2,}")


#: words of a photo album's title ("Một số hình ảnh", "Hình ảnh hoạt động", "Album ảnh")
PICTURE_WORDS = re.compile(r"\b(?:hình ảnh|ảnh|album|hình)\b", re.I)

@cache
def _counter_re() -> re.Pattern[str]:
    labels = "|".join(re.escape(p) for p in phrase_list("counters"))
    # ("Đã xem: 123 lần", "Lượt xem: 1.234 lượt": the unit after the number is part of it)
    pair = rf"(?:{labels})\s*(?:[:：=]|là)?\s*[(]?\s*\d[\d.,\s]*[)]?(?:\s*(?:lần|lượt|khách|thành viên|người|guests?|members?))?"
    # ("Online: 8 khách, 0 thành viên": after the first pair, a number before its label)
    # ("42 lượt tải": a file's download count, printed number first)
    number_first = r"\d[\d.,]*\s*(?:khách|thành viên|người|guests?|members?|lượt tải(?: về)?|lần tải|downloads?)"
    return re.compile(rf"^(?:(?:{pair}|{number_first})\s*[|/•·,;-]?\s*)+$", re.I)


#: the pictographs a meta line sets before its fields ("👁 1.024 lượt xem", "🗓 …"): no words
_LEADING_ICON = re.compile(f"^[{PICTOGRAPHS}\ufe0f\\s]+")
#: a count its script has not filled in ("👁 -- lượt xem", a visitor counter's placeholder)
_UNFILLED_COUNT = re.compile(r"^(?:-{1,3}|…|\.{3})\s*(?=\D)")


def is_counter(text: str) -> bool:
    key = clean_line(text).casefold()
    if key[:1] and not key[:1].isalnum():
        if key[0] == "(" and key.endswith(")"):
            key = key[1:-1].strip()  # "(0 bình luận)": a count in brackets
        key = _UNFILLED_COUNT.sub("0 ", _LEADING_ICON.sub("", key), count=1)
    # a counter line starts with a counter's label: one C call before the regex (whose
    # repeated groups make a long line slow to reject)
    if key[:1].isdigit() and _COUNT_FIRST.match(key):
        return True  # the count first ("574 lượt xem", "1.204 lượt đọc", "32 views")
    if _READING_TIME.match(key):
        return True  # a reading-time estimate ("⏱ 3 phút đọc · 640 từ", "Thời gian đọc: 5 phút")
    if key.endswith((":", "：")) and len(key) <= 30 and key.rstrip(" :：") in folded_phrases("counters"):
        return True  # the label alone, its count drawn as a picture ("Lượt xem: <img src=fpcount.exe>") or by a script
    return (key.startswith(phrase_list("counters")) or bool(_DOWNLOADS.match(key))) and bool(_counter_re().match(key))


#: a post's count of views or readers printed number first, alone on its line
# (or of its comments and likes: "0 Bình luận", "12 comments", "5 lượt thích")
# (and a rating's count of votes, "(14 lượt đánh giá)", its stars drawn as pictures beside it)
_COUNT_FIRST = re.compile(r"^\d[\d.,]*\s*(?:lượt xem|lần xem|lượt đọc|lần đọc|lượt truy cập|người xem|views?|reads?|bình luận|ý kiến|comments?|lượt thích|likes?|lượt đánh giá|lượt bình chọn|votes?)\s*$")


#: a reading-time estimate a theme prints over the text, with its word count or not
_READING_TIME = re.compile(
    r"^(?:(?:thời gian đọc|reading time)\s*:?\s*(?:khoảng\s+|~\s*)?\d{1,3}\s*(?:phút|min(?:ute)?s?)|(?:khoảng\s+|~\s*)?\d{1,3}\s*(?:phút|min(?:ute)?s?)\s+(?:đọc|read))"
    r"(?:\s*[·•|,-]\s*\d[\d.,]*\s*(?:từ|chữ|words?))?$"
)


#: a file's download count printed number first ("42 lượt tải")
#: the words a download count is printed with ("57 lượt tải", "120 downloads")
_DOWNLOAD_WORD = r"(?:lượt tải|lần tải|downloads?)"
_DOWNLOADS = re.compile(rf"\d[\d.,]*\s*{_DOWNLOAD_WORD}\b")


def is_notice(text: str) -> bool:
    key = fold(text)
    return key.startswith(phrase_list("notices"))  # a tuple: one C call


#: a rating bar's score out of five and its count of votes ("4.8/5 - (21 bình chọn)", "★★★★☆
#: 4,5/5 (12 lượt đánh giá)", "Đánh giá: 4.6/5 - 12 phiếu")
_RATING = re.compile(
    r"^(?:đánh giá\s*:?\s*)?[★☆\s]*\d(?:[.,]\d{1,2})?\s*/\s*5\s*[-–(]*\s*\(?\s*\d[\d.,]*\s*"
    r"(?:bình chọn|lượt(?: đánh giá| bình chọn)?|phiếu|votes?|ratings?|đánh giá)\s*\)?\s*$",
    re.I,
)


#: one of the text size's buttons ("A-", "A", "A+")
_FONT_BUTTON_LABEL = r"A[+-]?"
#: the text size's buttons printed side by side ("A- A+", "A- A A+", "A+ A-")
_FONT_BUTTONS = re.compile(rf"^(?:{_FONT_BUTTON_LABEL}\s*){{2,4}}$")


#: a time of day alone, with its half of the day ("12:20 chiều", "08:15 SA", "4:20 PM", "lúc 14:30")
_CLOCK_ALONE = re.compile(r"^(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:sáng|chiều|tối|trưa|sa|ch|am|pm|a\.m\.|p\.m\.)?$", re.I)


#: a vote box's question, asked of whoever reads ("Bài viết có hữu ích với quý phụ huynh?",
#: "Thông tin này có hữu ích cho thầy cô không?"); tools.txt holds the common wordings
_HELPFUL_PROMPT = re.compile(r"^(?:bài viết|bài|thông tin|tin|nội dung)(?:\s+này)?\s+có\s+hữu\s+ích(?:\s+(?:với|cho)\s+[^?.!:]{1,30}?)?(?:\s+không\s*\??|\s*\?)$", re.I)


def is_tool_line(text: str) -> bool:
    """A line made only of tool labels and counters ("In trang | Gửi email | Chia sẻ",
    "Cỡ chữ: A+ A- | In bài | Lượt xem: 642"), the posting account among them ("In bài
    Người đăng: bientap01": a field of the post, as the counter is)."""
    found = False
    line = clean_line(text)
    if "/" in line and _RATING.match(line):
        return True  # a rating bar's score and votes
    if _FONT_BUTTONS.match(line):
        return True  # the text size's buttons side by side, no label ("A- A+", "A- A A+")
    if "hữu ích" in line and _HELPFUL_PROMPT.match(line):
        return True
    if ("/" in line or line[-1:] in "xX") and (clock := _PLAYER_CLOCK.search(line)) is not None and fold(line[: clock.start()]) in phrase_set("tools"):
        return True  # a reading player's label and its clock or speed ("Nghe đọc bài viết 00:00 / 02:47", "… Tốc độ: 1.0x")
    if "/" in line and (votes := _VOTES_ONLY.search(line)) is not None and fold(line[: votes.start()].rstrip(" :")) in phrase_set("tools"):
        return True  # a rating's label and its votes after its stars, drawn as pictures ("Đánh giá của người dùng: / 6")
    if ":" in line:
        label, _, value = line.partition(":")
        if _ADDRESS_ONLY.match(value) and fold(label) in phrase_set("tools"):
            return True  # a share tool's label and the post's short address ("Link rút gọn: http://…/?p=1588")
        line = _account_pair().sub(" | ", line)
        if not line.strip(" |"):
            return True  # the posting account's field alone ("Người đăng: quantri", split off its meta line)
    for part in _SEPARATORS.split(line):  # the first part that is no tool decides
        if not fold(part):
            continue
        if not _is_tool_part(part):
            return len(line) <= _SPACED_TOOLS_MAX and _spaced_tools(line)
        found = True
    return found


#: what is left of a rating once its stars (pictures) are gone: the votes' count after a slash
_VOTES_ONLY = re.compile(r"\s*/\s*\d[\d.,]*\s*$")
#: a media player's clock closing its label: the time played and the length ("00:00 / 02:47"),
#: or its playback speed ("Tốc độ: 1.0x", "1.25x")
_PLAYER_CLOCK = re.compile(r"\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|(?:tốc độ(?: đọc)?\s*:?\s*)?\d(?:[.,]\d{1,2})?\s*[xX])$", re.I)
#: the longest line of tool labels side by side with nothing but spaces between them
_SPACED_TOOLS_MAX = 80
_FONT_BUTTON = re.compile(rf"^{_FONT_BUTTON_LABEL}$")


def _spaced_tools(line: str) -> bool:
    """Tool labels printed side by side with spaces alone between them, the text size's buttons
    among them ("A- A+ In bài Gửi email", Hippo's tool bar of links): the words split into the
    tools list's phrases (of four words at most), each a label with its capital, with no word
    left over ("Chi tiết xem tập tin đính kèm" is a sentence of tools' words)."""
    words = line.split()
    tools = phrase_set("tools")
    # (which prefixes of the words split wholly into tools: a short dynamic walk, not a regex
    # built from the list, which would backtrack over every phrase)
    ends = [True] + [False] * len(words)
    for i in range(len(words)):
        if not ends[i] or not words[i][0].isupper():
            continue  # (no label starts here: a label has its capital)
        if _FONT_BUTTON.match(words[i]):
            ends[i + 1] = True
        for j in range(i + 1, min(len(words), i + 4) + 1):
            if fold(" ".join(words[i:j])) in tools:
                ends[j] = True
    return ends[-1] and len(words) >= 2


def _is_tool_part(part: str) -> bool:
    tools = phrase_set("tools")
    key = fold(part)
    if key in tools or is_counter(part):
        return True
    label, colon, rest = key.partition(":")
    # "Cỡ chữ: A+ A-": a tool's label with its buttons
    # ("Đánh giá bài viết: Hãy đánh giá": a rating bar's label and its prompt)
    # ("Đánh giá bài viết: (14 lượt đánh giá)": its label and its count, the stars drawn as pictures)
    return bool(colon) and label.strip() in tools and (rest.strip() in tools or all(w in tools for w in rest.split()) or is_counter(part.partition(":")[2]))


#: a web address alone (a share tool's value)
_ADDRESS_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)


def is_chrome(text: str) -> bool:
    key = fold(text)
    # (tuples: one C call each; a sign the list holds, "©", is looked for as printed: fold takes
    # it off the line's edge; "© Ảnh: X" is a photo's credit, read as a byline)
    if text.lstrip().startswith(_chrome_signs()) and PHOTO_COPYRIGHT.match(text.lstrip()):
        return False
    return key.startswith(phrase_list("chrome")) or text.lstrip().startswith(_chrome_signs()) or bool(_PLUGIN_TAG.match(text) or _COPYRIGHT_YEAR.search(text)) or ("nguồn" in key and len(key) <= _REUSE_NOTICE_CHARS and _REUSE_NOTICE.search(key) is not None)


#: a site's reuse notice under every post, whatever opens it ("Mọi ý kiến đóng góp … xin gửi
#: về Văn phòng Sở …. Ghi rõ nguồn "Cổng TTĐT …" khi phát hành lại thông tin."): the source to
#: be named and the republishing, within one line (chrome.txt holds the notices' common openings)
_REUSE_NOTICE = re.compile(r"ghi rõ nguồn.{0,100}?(?:phát hành lại|đăng lại|đăng tải lại|sử dụng lại|trích dẫn lại)|(?:phát hành lại|đăng lại|đăng tải lại|sử dụng lại|trích dẫn lại).{0,100}?ghi rõ nguồn")
_REUSE_NOTICE_CHARS = 320


#: a copyright's sign and year inside a line: a software's credit in a footer ("PHP-Nuke Copyright
#: © 2005 by Francisco Burzi. Nuke-Evolution Xtreme 2.0.9e"), a site's "Trường THCS … © 2026"
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b|copyright\s*©", re.I)


@cache
def _chrome_signs() -> tuple[str, ...]:
    """The chrome list's phrases that are signs, not words (they fold to nothing)."""
    return tuple(p for p in phrase_list("chrome") if not fold(p))


#: a CMS plugin's placeholder the page printed unexpanded ("{loadposition quangcao}", "{module
#: 93}", "{gallery}album{/gallery}": Joomla content plugins whose module was removed)
_PLUGIN_TAG = re.compile(r"^\s*(?:\{/?[a-z_]+(?:\s[^{}]{0,60})?\}\s*)+$")


_COUNT_SUFFIX = re.compile(r"\s*[:(\[]?\s*\d*\s*[)\]]?\s*$")


def is_related_heading(text: str) -> bool:
    key = fold(text)
    # what is left once the count is cut is the start of the key: a key that starts with no
    # heading is none (one C call; the suffix regex tries every position of a long line)
    if not key.startswith(phrase_list("related")):
        return False
    return _COUNT_SUFFIX.sub("", key).strip(" :") in phrase_set("related")


def is_comments_heading(text: str) -> bool:
    """The heading of the readers' comments ("Ý kiến bạn đọc (2)", "Bình luận:")."""
    return is_related_heading(text) and _COUNT_SUFFIX.sub("", fold(text)).strip(" :") in phrase_set("comment_headings")


def is_widget_heading(text: str) -> bool:
    """A portlet/module title ("Liên kết website", "Tin mới", "Thăm dò ý kiến") rather than a headline."""
    return is_related_heading(text) or bool(is_boilerplate_line(text)) or fold(text) in phrase_set("widgets")


#: labels of a post's last edit ("Lần cập nhật cuối ( … )"): a modification date, never the
#: publication date (crawler.extract reads them so)
#: (Mambo's and Joomla 1.0's "Cập nhật ( Monday, 02 November 2026 09:10 )", the last edit's stamp
#: in brackets under the text, is one too: their creation date is printed above the text)
LAST_MODIFIED_WORDS = r"lần cập nhật cuối|cập nhật lần cuối|sửa lần cuối|sửa đổi lần cuối|ngày sửa đổi|ngày sửa|ngày chỉnh sửa|sửa lúc|chỉnh sửa lúc|last updated|last edit(?:ed)?|cập nhật\s*\((?=\s*\w+day\b)"
_DATE_WORDS = re.compile(
    r"^(?:ngày|ngày đăng|đăng ngày|ngày cập nhật|cập nhật|cập nhật lúc|đăng lúc|đăng|thời gian|ngày tạo|tạo lúc|ngày xuất bản|xuất bản|"
    rf"{LAST_MODIFIED_WORDS}|"
    # (phpBB's Vietnamese pack abbreviates the weekday: "T.Bảy 05/09/2026 10:20 am", "CN …")
    r"thứ\s+\w+|chủ nhật|t\.\s?(?:hai|ba|tư|năm|sáu|bảy)|cn|"
    # (Drupal's Vietnamese short weekday, "T7, 11/28/2026 - 10:15")
    r"t[2-7](?![\w/.-])|posted|published|lúc|vào|on|at|\||-|–|—|,|:|·|•|»|«|\(|\)|\s|"
    # (an English weekday: Mambo's and Joomla's default locale, "Friday, 09 October 2026 14:00")
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    # (or abbreviated, PHP's date("D, d/m/Y") on an English server: "Fri, 30/10/2026 - 3:00 pm")
    r"(?:mon|tue|wed|thu|fri|sat|sun)\b|"
    # the time zone a news template prints after the time ("19:00 (GMT+7)", "UTC+07:00", "giờ Hà Nội")
    r"(?:gmt|utc)\s*\+\s*0?7(?::00)?|giờ hà nội|giờ việt nam)*$",
    re.I,
)


#: what is left of an announcement's display window once its start is cut out (a range's end is
#: no date of its own to find_dates)
_DISPLAY_WINDOW = re.compile(r"^(?:hiển thị|hiện)\s+từ\s+đến(?:\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$", re.I)


#: "bởi admin", "by thuvien": a login (one lower-case token) after "by" in a date line; a name
#: ("bởi Nguyễn Văn A") is a byline and stays
#: (with its label's colon closing the line too: "Thứ Tư, 28/10/2026 - 16:00 Đăng bởi: bientap01",
#: a PyroCMS theme's meta line)
#: a last edit's label with the commit that made it, its subject and short hash (Hugo Docsy's,
#: MkDocs' git-revision plugin), the date taken out
_GIT_EDIT = re.compile(r"^(?:cập nhật lần cuối|sửa lần cuối|last modified|last updated)\s*[:：]?\s*[:：]\s*.{0,100}\([0-9a-f]{7,40}\)$", re.I)
#: the server's clock as a forum prints it under every page, its zone first (Discuz!'s footer)
_SERVER_CLOCK = re.compile(r"^\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?\s*,")
_MEMBER_DATE = re.compile(r"^\s*(?:ngày đăng ký|ngày tham gia|tham gia từ|tham gia|lần hoạt động cuối|hoạt động cuối|lần truy cập cuối|joined|registered|last active|member since)(?![a-zà-ỹ])", re.I)
_BY_NAME = re.compile(r"^(?:(?:[Đđ]ăng|[Vv]iết|[Gg]ửi|[Pp]osted)\s+)?(?:[Bb]ởi|[Bb]y)\s+(?P<who>[A-ZÀ-ỸĐ].{1,60}?)\s*$")
_BY_LOGIN = re.compile(r"(?:^|\s)(?:[Đđ]ăng bởi|[Bb]ởi|[Bb]y)\s+[a-z0-9_.@-]+(?=\s|$|[·•|,])|\s[Đđ]ăng bởi\s*[:：]\s*[a-z0-9_.@-]+\s*(?:[·•|,]\s*)*$")


#: (in brackets too, as a post's closing line: "(Vĩnh Linh, ngày 28 tháng 10 năm 2026)"; or with a
#: numeric day: "Hà Nội, ngày 05/11/2026")
_PLACE_DATE = re.compile(
    r"^\(?\s*[^\W\d][\w .]{1,40},\s*ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\.?\s*\)?$", re.I
)


#: a post's view count beside its date ("Lượt xem: 1894", "Số lần xem: 311", "Đã xem: 95", "245 lượt đọc")
#: (and its count of comments: "0 bình luận", "Bình luận: 3", "3 comments")
_BARE_VIEW_LABEL = re.compile(r"(?:[|·•]\s*)?(?:(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc|truy cập)|đã xem)\s*:\s*$", re.I)
_VIEW_COUNT = re.compile(
    # (a count starts with a digit: the comma closing "Thứ Bảy," before it is none)
    # (or in brackets: "Bình luận (2)", a comment link's label)
    r"(?:(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc)|đã xem|bình luận|ý kiến|comments?)\s*(?::\s*\d[\d.,]*|\(\s*\d[\d.,]*\s*\)|\d[\d.,]*)|\d[\d.,]*\s*(?:(?:lượt|lần)\s+(?:xem|đọc)|bình luận|ý kiến|comments?)\b", re.I
)

def _is_place(words: str) -> bool:
    """A place's name: a few words, each capitalised ("Vĩnh Linh", "TP. Hồ Chí Minh"), not the
    start of a sentence ("Học sinh đi học bình thường từ Thứ Hai, ngày 23/11/2026")."""
    parts = words.split()
    return 1 <= len(parts) <= 5 and all(p[:1].isupper() for p in parts)


_META_SEPARATOR = re.compile(r"\s*[·•|]\s*|(?:^|\s+)[-–—]\s+")


#: a last edit's note naming its editor after the stamp ("« Last Edit: … by X »", "Sửa lần cuối … bởi X")
_LEADING_PAGE_NAME = re.compile(r"^\s*[A-Za-z0-9.-]*[/_][A-Za-z0-9_./ -]*?\s+(?=[(\[«])")
_EDIT_NOTE = re.compile(rf"^[\s«(\[]*(?:{LAST_MODIFIED_WORDS})\b.*\s(?:by|bởi)\s", re.I)


#: a blog's meta line naming where and when the post was filed, its date taken out ("Posted in
#: Hoạt động của bé on", Winter.Blog's and WordPress themes' English strings; "Đăng trong Tin tức ngày")
_FILED_ON = re.compile(r"^(?:posted|published|filed|đăng)\s+(?:in|under|trong|tại)\s+[^:|]{1,120}?\s+(?:on|ngày|vào|lúc)\s*[,.]?$", re.I)
#: an issue day's label alone before its date ("Ngày ban hành:"), not a cell of a register's row
#: ("Ngày ban hành: | 20/08/2026", a document's fields table, which is its text)
#: (not a journal's "Ngày phát hành:", an issue's release over its table of contents)
_ISSUE_DAY = re.compile(r"^ngày ban hành\s*:?\s*$", re.I)


def is_date_line(text: str) -> bool:
    """A line that only states a date (with its labels), e.g. "Ngày 10-08-2022" or "Thứ Năm, 10/08/2022 - 08:30".

    Remembered: the headline, lead, byline and cleaning steps ask of the same lines (on the gold
    pages, 12 asks of 8 lines a page). The key is a plain str: lxml's "smart" strings hold their
    element, and with it the whole tree."""
    return _is_date_line(text if type(text) is str else str(text))


@lru_cache(maxsize=2048)
def _is_date_line(text: str) -> bool:
    text = clean_line(text)
    if len(text) > 140:
        return False  # (a meta line with its counters and last-modified stamp runs to 100 and more)
    if len(text) <= 20 and _CLOCK_ALONE.match(text):
        return True  # the meta line's time in a field of its own ("12:20 chiều" after the day's field)
    if _SERVER_CLOCK.match(text) or _MEMBER_DATE.match(text):
        # the page's clock, "GMT+7, 2026-12-5 09:12" in a forum's footer: when it was served; a
        # member's "Ngày đăng ký 2025-8-11 08:00" on a profile: when they joined, no post's date
        return False
    place_date = _PLACE_DATE.match(text)
    if place_date and _is_place(text[: text.index(",")].strip(" (")):
        return True  # "Hòa Phú, ngày 05 tháng 9 năm 2026": the place-and-date line of a document
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _VIEW_COUNT.sub(" ", rest)
    # (or its label alone closing the line, the count in an element a page script fills or the
    # reading drops: "Ngày đăng: 17/11/2026 7:30:00 SA | Lượt xem:")
    rest = _BARE_VIEW_LABEL.sub(" ", rest)
    rest = _account_pair().sub(" ", rest)  # "… Người đăng: bientap": the posting account
    rest = _BY_LOGIN.sub(" ", rest)  # "… bởi admin · …": the posting account's login
    # (a wiki's page-info line opens with the page's name: MoinMoin's "TinTuc/2026-12-04_TapHuan…
    # (sửa lần cuối 2026-12-05 07:02:10 bởi ThayHung)")
    rest = _LEADING_PAGE_NAME.sub("", rest)
    if _EDIT_NOTE.match(rest):
        # the editor after a last edit's stamp, whoever it is ("« Last Edit: October 29, 2026,
        # 06:10:02 AM by Quản trị viên »", a forum's note under a post)
        rest = rest[: rest.lower().rfind(" by ") if " by " in rest.lower() else rest.lower().rfind(" bởi ")]
    if _GIT_EDIT.match(rest.strip()):
        return True  # (a static site's last commit: "Cập nhật lần cuối <date>: Sửa chính tả (9c3933f)", Docsy's)
    if _FILED_ON.match(rest.strip()):
        return True  # (a blog's meta line under its text: "Posted in Hoạt động của bé on Nov 30, 2026")
    if _ISSUE_DAY.match(rest.strip()):
        return True  # (a notice's issue day printed as its date line: "Ngày ban hành: 01 Tháng mười hai, 2026")
    if _DATE_WORDS.match(rest.strip()):
        return True
    if _DISPLAY_WINDOW.match(rest.strip()):
        return True  # "Hiển thị từ 03/12/2026 06:15 đến 20/12/2026 17:00": an announcement's window (Chamilo)
    # "19.11.2026 · Tổ Toán – Tin", "20/11/2026 | Nguyễn Văn Thành": the date and, after a
    # separator, the poster's name or unit (a meta line; the name is read as the author elsewhere)
    parts = _META_SEPARATOR.split(rest.strip(), maxsplit=1)
    # (a name with its unit only after a bullet: "02/12/2026 | Toán, Khoa học tự nhiên | THCS …"
    # is a timetable's row)
    bullet = bool(re.match(r"^[^|]*[·•]", rest))
    if len(parts) == 2 and _DATE_WORDS.match(parts[0]) and (looks_like_bare_name(parts[1]) or (bullet and parse_signature(parts[1]) is not None)):
        return True
    # "Bởi Phòng Quản lý đào tạo | Thứ Sáu, …": who posted it, by the byline's word, then the day
    # (never a sentence's "Bởi vì …": a name or a unit must follow, capitalised)
    by = _BY_NAME.match(parts[0]) if len(parts) == 2 else None
    # (or the posting account's display name: "Đăng bởi Quản trị | <day> | Lượt xem: 824", Textpattern's)
    if by and _DATE_WORDS.match(parts[1]) and (looks_like_bare_name(bare_name(by.group("who"))) or names_an_organisation(by.group("who")) or is_account_name(by.group("who"))):
        return True
    # "Ngày cập nhật: 14/11/2026 09:20 In bài A+ Chia sẻ": the date and the tool bar's labels
    rest = _FONT_SIZE_TOOLS.sub(" ", rest)
    key = fold(rest)
    for tool in phrase_list("tools"):
        if tool in key:
            key = key.replace(tool, " ")
    return bool(_DATE_WORDS.match(key.strip()))


#: a day's badge, the day and the month's abbreviation without the year ("09 Th10", "20 th11",
#: "15 Tháng 11"): a theme's date tile over a post, no text
DAY_BADGE = re.compile(r"^\s*[0-3]?\d\s*(?:th|tháng|thg|t)\s*[01]?\d(?!\d)\s*", re.I)


def is_day_badge(text: str) -> bool:
    """A line of a day's badge alone ("09 Th10")."""
    return len(text) <= 16 and DAY_BADGE.fullmatch(text) is not None


#: the font-size buttons of a tool bar ("A+ A-", "A A A")
_FONT_SIZE_TOOLS = re.compile(r"(?<!\w)A\s*[+-]?(?!\w)")


@cache
def _account_pair() -> re.Pattern[str]:
    labels = sorted(byline_labels()["accounts"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(lb) for lb in labels)})\s*[:：]\s*[\w.@-]+", re.I)


#: a document's file name printed as its download link, with its size ("QD_215.pdf (245 KB)")
_FILE_LINE = re.compile(
    r"^[\w .,()\-–+&/]{1,120}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)\s*(?:[(\[·•|-]?\s*[\d.,]+\s*[kmg]?i?b\s*[)\]]?)?$", re.I
)


#: the extension a file line holds somewhere; a search for it (a literal "." first) is cheap, while
#: the whole-line pattern backtracks over a long line before it fails
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z)\b", re.I)


def names_a_file(text: str) -> bool:
    """The line names a document's file somewhere ("… chi tiết: thuc-don-2026.pdf")."""
    return _FILE_EXTENSION.search(text) is not None


#: a file's size in brackets at the end of its link's line ("Danh sách kết quả (96,7 KB)")
#: (the file's type may come first: "(PDF, 312 KB)", "[DOCX - 1,2 MB]")
#: (and its count in the same brackets: "(312,4 KB, 58 lượt xem)", vBulletin's attachments)
_FILE_SIZE_END = re.compile(
    r"[(\[]\s*(?:(?:pdf|docx?|xlsx?|pptx?|odt|zip|rar)\s*[,;:–-]?\s*)?\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|kb|bytes?)"
    r"(?:\s*[,;]\s*\d[\d.,]*\s*(?:lượt xem|lượt tải|lần tải|downloads?|views?))?\s*[)\]]\s*$",
    re.I,
)


#: (or a download card's count of files before it: "1 tệp 245.6 KB", WordPress Download Manager)
_FILE_SIZE_ONLY = re.compile(r"^(?:\d+\s*(?:tệp|tập tin|files?)\s*[,·|-]?\s*)?(?:(?:dung lượng|kích thước|size)\s*:?\s*)?\(?\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|kb|bytes?)\)?$", re.I)


def is_file_size_line(text: str) -> bool:
    """A line that is only a file's size (and count): "245,6 KB", "1 tệp 245.6 KB"."""
    line = clean_line(text)
    return len(line) <= 40 and _FILE_SIZE_ONLY.match(line) is not None


#: a file's download count printed after its name or size: "– 57 lượt tải", "· 120 downloads",
#: "(Lượt tải: 12)"
_DOWNLOAD_COUNT_END = re.compile(
    rf"\s*[-–—|·•,]?\s*\(?\s*(?:\d[\d.,]*\s*{_DOWNLOAD_WORD}(?:\s+về)?|(?:số\s+)?{_DOWNLOAD_WORD}\s*:\s*\d[\d.,]*)\s*\)?\s*$",
    re.I,
)


_DOWNLOAD_WORDS = ("ượt tải", "ần tải", "ownload", "ƯỢT TẢI", "ẦN TẢI", "OWNLOAD")


#: (the type perhaps named as a file's: "(tệp PDF)", "(file Word)", "[định dạng PDF]")
_FILE_TYPE_END = re.compile(r"[(\[]\s*(?:(?:tệp|file|tập tin|định dạng)\s+(?:word|excel|powerpoint)|(?:(?:tệp|file|tập tin|định dạng)\s+)?(?:pdf|docx?|xlsx?|pptx?|rar|zip))\s*[)\]]\s*$", re.I)


def is_file_line(text: str) -> bool:
    """A line that is only file names ("KH-123-SGDDT.pdf (245 KB)"), with or without an attachment
    label before them ("File đính kèm: QĐ 1234/QĐ-SGDĐT.pdf"), or a file's title with its size
    ("Danh sách kết quả thi (96,7 KB)") or its type ("… (PDF)"): the files are attachments."""
    text = clean_line(text)
    if any(word in text for word in _DOWNLOAD_WORDS):  # (the regex tries every position of a line)
        text = _DOWNLOAD_COUNT_END.sub("", text)  # the file's count after it: "… (318 KB) – 57 lượt tải"
    if text.endswith(("Tải về", "Tải xuống", "Download")):
        if " | " in text and fold(text.rsplit("|", 1)[1]) in _DOWNLOAD_BUTTONS:
            return True  # a file list's row, its last cell the download button ("| Kế hoạch … | Tải về")
        text = _DOWNLOAD_BUTTON_END.sub("", text)  # a card's button after the size: "… (PDF, 245 KB)Tải về"
    if len(text) <= 160 and _FILE_SIZE_END.search(text):
        return True
    if is_file_size_line(text):
        return True  # a file list's size cell alone on its line ("186 Kb", "Dung lượng: 1,2 MB")
    if len(text) <= 120 and _FILE_TYPE_END.search(text):
        return True  # a file's title with its type ("Quyết định công nhận kết quả (PDF)")
    if not _FILE_EXTENSION.search(text):
        return False
    label, colon, rest = text.partition(":")
    if colon and (fold(label) in phrase_set("tools") or _DOWNLOAD_LABEL.match(label)):
        text = rest.strip()
        # (a labelled file with a note on it after its name: "Tải về: Danh_sach_HSG.xlsx (danh
        # sách đầy đủ kèm điểm từng phần)")
        text = _FILE_NOTE_END.sub(r"\1", text)
    return bool(_FILE_LINE.match(text))


#: (parted from it by a dash or a bar perhaps: "… (PDF, 1,2 MB) - Tải về")
_DOWNLOAD_BUTTON_END = re.compile(r"\s*(?:[-–—|·]\s*)?(?:Tải về|Tải xuống|Download)$")
_DOWNLOAD_BUTTONS = frozenset({"tải về", "tải xuống", "download"})
#: an attachment's label of the editor's own wording, opening with a download word after any
#: symbol ("📎 Tải thực đơn chi tiết:", "Tải kế hoạch tại đây:", "Download the plan:"), or the
#: document's ("Tài liệu: ke-hoach.docx", "Tài liệu hướng dẫn: …pdf": a file's name after it)
#: (or the whole document's text as a file: "Toàn văn: 2561-sgddt-gdtrh.pdf", "Xem toàn văn: …", "Văn bản gốc: …")
_DOWNLOAD_LABEL = re.compile(r"^\W{0,3}(?:(?:tải|download|tệp|tập tin)\s\w[^:]{0,40}|tài liệu(?:\s\w[^:]{0,40})?|(?:xem\s+|tải\s+)?(?:toàn văn|văn bản gốc|bản gốc|nội dung chi tiết)(?:\s+văn bản)?)$", re.I)


#: a note in brackets after a file's name, on a labelled line of an attachment
_FILE_NOTE_END = re.compile(r"(\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar))\s*\([^()]{1,80}\)\s*$", re.I)


@cache
def _meta_field_labels() -> frozenset[str]:
    return phrase_set("meta_labels") | frozenset(byline_labels()["accounts"])


def is_meta_field_line(text: str) -> bool:
    """A short line of a post's own fields only: "Chủ đề: Hoạt động của ngành", "Người đăng:
    bientap", "Thể loại: Tin tức | Người đăng: vanphong" (phrases/meta_labels.txt and the
    posting-account labels). Read as metadata only before the text starts (crawler.clean)."""
    if len(text) > 120 or ":" not in text:
        return False
    labels = _meta_field_labels()
    label, _, value = clean_line(text).partition(":")
    if fold(label) in labels and value.strip() and ":" not in value and "|" not in value and len(value.strip()) <= 60:
        return True  # one field, its value holding a separator ("Chuyên mục: Nghiên cứu - Trao đổi")
    line = clean_line(text)
    # (fields parted by bars keep their dashes: "Chuyên mục: Chỉ đạo - Điều hành | Lượt xem: 282")
    fields = [part for part in (line.split("|") if line.count("|") and all(":" in p for p in line.split("|")) else _SEPARATORS.split(line)) if part.strip()]
    for part in fields:
        label, colon, value = part.partition(":")
        if not colon or not value.strip() or len(value.strip()) > 60:
            return False
        if fold(label) in phrase_set("counters") and value.strip().replace(".", "").replace(",", "").isdigit():
            continue  # (its count of views beside them: "… | Lượt xem: 282")
        if fold(label) not in labels and not (fold(label) in _author_labels() and is_account_name(value.strip())):
            return False  # (an author's field filled by the posting account, "Tác giả: thpt-admin", is one too)
    return bool(fields)


@cache
def _author_labels() -> frozenset[str]:
    # (and the posters' labels: "Đăng bởi: Admin" names the posting account just the same)
    return frozenset(fold(x) for x in (*byline_labels()["authors"], *byline_labels()["posters"]))


#: a post's tag field printed as a line ("Từ khóa: STEM, Giáo dục", "Tags: khai giảng"), or its label left
#: alone where the tags are links the page keeps apart ("Từ khóa:")
_TAGS_LINE = re.compile(r"^\s*(?:từ khóa|từ khoá|tags?|thẻ|nhãn|keywords?)\s*[:：]\s*[^.!?]{0,120}$", re.I)

#: a line of hashtags only ("#TinTuc #HoatDong"): a post's tags as site builders print them
_HASHTAGS = re.compile(r"^\s*(?:#\w+[\s,;]*){1,12}$")


#: "<label>: <address>", the whole line (phrases/address_labels.txt holds the labels)
_ADDRESS_LINE = re.compile(r"^\s*([^:]{2,40}?)\s*:\s*((?:https?://|www\.)\S+)\s*$", re.I)


def printed_address(text: str) -> str | None:
    """The address a line prints after an address label ("Địa chỉ bài viết: http://…", a print
    view's footer; "Link bài viết: …"), or None."""
    if "://" not in text and "www." not in text:
        return None  # one search in C: most lines hold no address
    match = _ADDRESS_LINE.match(text)
    if match is None or fold(match.group(1)) not in phrase_set("address_labels"):
        return None
    return match.group(2)


_CONTACT_LINE = re.compile(r"^(?P<label>[^:：]{1,20})\s*[:：]\s*\S")


def contact_label(text: str) -> str | None:
    """The folded label of a contact line ("Địa chỉ: …", "Hotline: …"; phrases/contact_labels.txt)."""
    m = _CONTACT_LINE.match(text)
    if not m:
        return None
    label = fold(m.group("label")).strip()
    return label if label in folded_phrases("contact_labels") else None


@cache
def folded_phrases(name: str) -> frozenset[str]:
    """A phrase list's keys as :func:`fold` makes them (edge punctuation off), for exact matches
    against a folded line; ``phrase_set`` keeps the punctuation a list's entries carry."""
    return frozenset(fold(p) for p in phrase_list(name))


#: a house's number in an address: "Số 12", "số 5A", "12 đường", "45/7 phố", "Km 3",
#: or a village's ("Thôn 3", "Ấp 2", "Tổ dân phố 5", "Khối 4")
_HOUSE = re.compile(
    r"(?:\bs(?:ố|n)\s*\d+[a-z]?\b|\b\d+[a-z]?(?:/\d+)*\s+(?:đường|phố|ngõ|ngách|hẻm)\b|\bkm\s*\d+"
    r"|(?:^|[\s,–-])(?:thôn|ấp|bản|tổ|tổ dân phố|khối|khu phố|khóm)\s+\d+\b)"
)
_DATE_IN_LINE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\bngày\b")


@cache
def _address_units() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in phrase_list("address_units"))
    # (each naming its place: a capital or a number after it, "phường Quang Trung", "quận 1";
    # "các xã, huyện trong tỉnh" names none)
    return re.compile(rf"(?:^|[\s,–-])(?:{units})\s+(?P<name>\S)", re.I)


def is_postal_address(text: str) -> bool:
    """A postal address printed as a line of its own, without a label, as a footer's first line
    prints the school's ("Trường THCS Chu Văn An - Số 12 đường Phan Đình Phùng, phường Quang Trung,
    TP Thái Nguyên"): a house's number and two administrative units (phrases/address_units.txt),
    short, with no date and no full stop closing it (a sentence naming where a meeting is held has
    its date and its full stop)."""
    line = text.strip().casefold()
    if not 15 <= len(line) <= 200 or line.endswith(".") or len(line.split()) > 30:
        return False
    house = _HOUSE.search(line)
    if house is None or _DATE_IN_LINE.search(line[: house.start()] + " " + line[house.end() :]):
        return False
    return sum(1 for m in _address_units().finditer(text.strip()) if m["name"].isupper() or m["name"].isdigit()) >= 2


_BRACKETED = re.compile(r"^\s*[(\[]\s*(?P<note>[^()\[\]]{2,40}?)\s*[.…]*\s*[)\]]\s*$")


@cache
def _series() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    sets = phrase_sets("series")
    labels = "|".join(re.escape(x) for x in sorted(sets["next_labels"], key=len, reverse=True))
    verbs = "|".join(re.escape(x) for x in sorted(sets["part_link_verbs"], key=len, reverse=True))
    words = "|".join(re.escape(x) for x in sets["part_words"])
    return (
        sets["notes"],
        re.compile(rf"^\s*(?:{labels})\s*:\s*\S", re.I),
        re.compile(rf"^\s*(?:(?:{verbs})\s+)?(?:{words})\s+(?:\d{{1,2}}|[ivx]{{1,4}})\s*$", re.I),
    )


@cache
def _current_part() -> re.Pattern[str]:
    marks = "|".join(re.escape(x) for x in sorted(phrase_sets("series")["current_marks"], key=len, reverse=True))
    return re.compile(rf"[(\[]\s*(?:{marks})\s*[)\]]\s*$", re.I)


def is_series_note(text: str) -> bool:
    """A part of a series saying where it sits: "(Còn nữa)", "(Tiếp theo kỳ trước)" alone on the
    line, or the next part's teaser "Kỳ sau: Nêu gương trên bục giảng" (series.toml)."""
    notes, teaser, _ = _series()
    if len(text) <= 200 and _current_part().search(text):
        return True  # the part being read, in the series' list of parts: "Bài 2: … (đang xem)"
    m = _BRACKETED.match(text)
    if m:
        return fold(m.group("note")).strip(" .:") in notes
    return len(text) <= 160 and teaser.match(text) is not None


def is_part_link_label(label: str) -> bool:
    """The label of a line linking another part of the series: "Xem Bài 1" in "Xem Bài 1: <a>…</a>"."""
    return _series()[2].match(label) is not None


#: a line of a template's reference left unrendered, after its field's label or alone (Velocity's
#: "$tacGia.getData()", "$!nguon", FreeMarker's "${author}")
_UNRENDERED_FIELD = re.compile(r"\s*(?:[^\W\d_][^:：$]{0,30}[:：]\s*)?\(?\$!?\{?[A-Za-z_][\w.]*(?:\([^()]*\))?\}?\)?\s*")


@lru_cache(maxsize=2048)
def is_boilerplate_line(text: str) -> str | None:
    """The family a line belongs to ("counter", "notice", "tools", "chrome", "file", "address",
    "tags", "series"), or None for text."""
    if is_file_line(text):
        return "file"
    if printed_address(text):
        return "address"
    if ("#" in text and _HASHTAGS.match(text)) or _TAGS_LINE.match(text):
        return "tags"
    if is_counter(text):
        return "counter"
    if is_notice(text):
        return "notice"
    if is_tool_line(text):
        return "tools"
    if is_chrome(text):
        return "chrome"
    if "$" in text and _UNRENDERED_FIELD.fullmatch(text):
        return "chrome"  # a template's field printed unrendered ("Tác giả: $tacGia.getData()"): the CMS's, no one's words
    if (text.lstrip()[:1] in "([" or ":" in text) and is_series_note(text):
        return "series"
    if len(text) <= 80 and _EDITED_ON.match(text):
        return "chrome"  # "(Bài viết được sửa lại ngày 02/11/2026)": when the page was edited, no line of the text
    return None


#: a note of the day a post was last edited, alone on its line, in brackets or not
_EDITED_ON = re.compile(
    r"^\s*[(\[]?\s*(?:bài viết|bài|tin|nội dung)?\s*(?:đã\s+)?(?:được\s+)?(?:sửa|chỉnh sửa|sửa đổi|cập nhật)(?:\s+lại)?(?:\s+lần cuối)?"
    r"\s*(?:vào\s+)?(?:ngày|lúc)?\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[,-]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]?\s*\.?$",
    re.I,
)


#: a post's meta line of labelled fields: "Chuyên mục: Tin tức | Lượt xem: 1353 | Đăng bởi:
#: admin | Ngày: 20.11.2026, 10:42" (three fields at least, each a short label and its value)
_FIELDS = re.compile(r"^\s*(?:[^|:]{2,25}:[^|]{1,80}\|\s*){2,}[^|:]{2,25}:[^|]{0,80}(?:\|[^|]{0,40})?$")


_DATE_FIELD_THEN = re.compile(r"^\s*[^:|\d]{2,25}:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?\s*[|•·–-]?\s*(?P<rest>[^\d\s].{1,100})$")


def is_fields_line(text: str) -> bool:
    """A meta line of a post's labelled fields, one of them its date or its count of views: the
    page's data about the post, not its text (a table row is read apart: its cells are joined by
    the same bar)."""
    if len(text) > 300:
        return False
    if not _FIELDS.match(text):
        # (or two fields in boxes side by side, read as one line: the date's, then the byline's,
        # "Ngày đăng: 24/09/2026 Tác giả: ThS. Hoàng Thị Thu Hà")
        dated = _DATE_FIELD_THEN.match(text)
        return (dated is not None and parse_byline(dated.group("rest")) is not None) or _account_fields(text) or _workflow_fields(text) or (" · " in text and _dotted_fields(text)) or ("|" in text and (_dotted_fields(text, "|") or _dated_fields(text)))
    return bool(find_dates(text)) or any(fold(part.partition(":")[0]) in folded_phrases("counters") for part in text.split("|")) or _workflow_fields(text)


def _dated_fields(text: str) -> bool:
    """A meta line of labelled days parted by bars, each field its label and a day only: "Ngày
    đăng: Thứ Năm, 03/12/2026 - 09:00 (GMT+7) | Hết hạn: 04/01/2027" (a notice's posting and
    expiry, Liferay's)."""
    parts = text.split("|")
    return 2 <= len(parts) <= 4 and all(_DATED_FIELD.match(part) for part in parts)


#: a field of a label and a day: "Ngày đăng: Thứ Năm, 03/12/2026 - 09:00 (GMT+7)", "Hết hạn: 04/01/2027"
_DATED_FIELD = re.compile(
    r"^\s*[^\W\d][^:|\d]{1,24}:\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"(?:\s*[-–,]?\s*(?:lúc\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*(?:\(?\s*(?:GMT|UTC|ICT)\s*[+-]?\d{0,2}\s*\)?)?\s*$",
    re.I,
)


#: a posting part of a meta line: "Đăng 3 tuần trước bởi Quản trị viên", "Cập nhật 1 tuần trước"
_POSTING_PART = re.compile(r"^(?:đăng|cập nhật|sửa)\b.{0,40}?(?:\b\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước\b|\bbởi\b)|^(?:được\s+)?viết bởi\s|^đăng trong\s", re.I)


def _dotted_fields(text: str, separator: str = " · ") -> bool:
    """A meta line of three parts or more parted by middle dots, the posting's ("Đăng 3 tuần trước
    bởi Quản trị viên · Chuyên mục: Góc phụ huynh · 393 lượt xem", Anchor CMS's), each a labelled
    field, a count, a date or a posting part, one of them a count or a date. (Or by bars:
    YOOtheme's "Được viết bởi X| Thứ Ba, 27 Tháng Mười 2026 08:10|Đăng trong Thông báo|Lượt xem: 504".)"""
    parts = [p.strip() for p in text.split(separator)]
    if len(parts) < 3 or not all(parts):
        return False
    kinds = [is_counter(p) or is_date_line(p) or bool(_POSTING_PART.match(p)) or is_meta_field_line(p) for p in parts]
    return all(kinds) and any(is_counter(p) or is_date_line(p) or _POSTING_PART.match(p) for p in parts)


def _account_fields(text: str) -> bool:
    """Three fields or more parted by bars, opened by the posting account with the day ("Đăng
    bởi quantri vào lúc 18/11/2026 - 07:50 | Lượt xem: 615 | Cập nhật lần cuối: 25/11/2026
    09:12", Zikula's News), each field a date line, a labelled field or a count."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) < 3 or not all(parts):
        return False
    opening = parse_byline(parts[0])
    # (or with the time alone: PivotX's "Đăng bởi quantri lúc 09:15 SA | Chuyên mục: … | 2 bình
    # luận | Sửa lần cuối: 05/12/2026 08:12", its day on the calendar leaf over the post)
    if opening is None or not opening.account or not (find_dates(parts[0]) or labelled_time(parts[0])):
        return False
    return all(is_date_line(p) or is_meta_field_line(p) or is_counter(p) for p in parts[1:])


def _workflow_fields(text: str) -> bool:
    """A CMS's workflow fields parted by bars, the posting account among them, each a byline
    label and a short value, the value maybe left empty ("Người tạo: sgddt_bientap | Người
    duyệt: Lê Văn Hùng | Tác giả:"): the record's fields, read for its writer elsewhere."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) < 2:
        return False
    labels = _workflow_labels()
    found = [fold(p.partition(":")[0]) for p in parts if ":" in p and len(p.partition(":")[2].strip()) <= 60]
    return len(found) == len(parts) and all(f in labels for f in found) and any(f in _account_labels() for f in found)


@cache
def _workflow_labels() -> frozenset[str]:
    labels = byline_labels()
    return frozenset(fold(x) for key in ("accounts", "authors", "posters", "source", "photographers", "both") for x in labels.get(key, ()))


@cache
def _account_labels() -> frozenset[str]:
    return frozenset(fold(x) for x in byline_labels()["accounts"])


#: the state a table of contents' heading prints beside it ("Mục lục [Ẩn]")
_TOC_SUFFIX = re.compile(r"\s*[\[(](?:ẩn|hiện|hiển thị|show|hide|xem|thu gọn)[\])]\s*$", re.I)


def is_toc_heading(text: str) -> bool:
    """The heading of a table of contents ("Mục lục [Ẩn]", Joomla's "Mục lục bài viết"; toc.txt)."""
    if text.rstrip().endswith((")", "]")):  # the suffix regex only when there may be one
        text = _TOC_SUFFIX.sub("", text)
    return fold(text).strip(" :") in folded_phrases("toc")
