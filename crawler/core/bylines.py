"""Bylines: "Tin: X", "Ảnh: Y", "Tin, ảnh: Z", "Bài: X - Ảnh: Y", "Nguồn: …", "(Theo …)", a bare name.

Labels are data (crawler/phrases/bylines.toml). A byline line is a sequence of ``label: names``
pairs and nothing else; anything longer is prose that merely mentions a photo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from crawler.core.text import PICTOGRAPHS, clean_line, fold
from crawler.phrases import byline_labels, phrase_list, phrase_sets


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    #: the line credited only a CMS account ("Viết bởi Administrator"): a byline line, no name
    account: bool = False
    #: who posted the page ("Đăng bởi X"): authors only when nothing signs the text
    posters: list[str] = field(default_factory=list)

    def merge(self, other: Byline) -> None:
        """Add another byline's names; a short form of a name already here adds nothing."""
        for mine, theirs in ((self.authors, other.authors), (self.photographers, other.photographers), (self.posters, other.posters)):
            for name in theirs:
                if name in mine or any(same_person(name, full) for full in mine):
                    continue
                shorter = [m for m in mine if same_person(m, name)]
                if shorter:
                    mine[mine.index(shorter[0])] = name  # the fuller form wins, in its place
                    continue
                mine.append(name)
        self.source = self.source or other.source


def _label_alt(labels: tuple[str, ...]) -> str:
    # labels are case-folded; match them case-insensitively with flexible spaces
    return "|".join(re.escape(lb).replace(r"\ ", r"\s*") for lb in labels)


@cache
def _pair_re() -> re.Pattern[str]:
    labels = byline_labels()
    alt = _label_alt(tuple(sorted({*labels["both"], *labels["authors"], *labels["photographers"], *labels["source"], *labels["accounts"], *labels["posters"]}, key=len, reverse=True)))
    return re.compile(rf"(?:^|(?<=[\s,;.(\-–|/]))(?P<label>{alt})\s*[:：]\s*", re.I)


@cache
def _glued_label() -> re.Pattern[str]:
    """A label printed in capitals in its own box, the value's box right after it with no space
    between ("<span>NGUỒN</span><a>Báo Thanh Hóa</a>" reads "NGUỒNBáo Thanh Hóa")."""
    labels = byline_labels()
    words = sorted({lb.upper() for lb in (*labels["both"], *labels["authors"], *labels["photographers"], *labels["source"])}, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words)
    return re.compile(rf"^(?P<label>{alt})(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")


# names are joined by "," ";" " & " " / " or a dash with a space on at least one side ("Đông Hải-
# Minh Vỹ" as printed); " và " joins names only when every piece is a name (not "Báo giáo dục và
# thời đại", a publication)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s[-–—]\s*|[-–—]\s|\s&\s|\s?/\s|\s/|(?<=\w)/(?=[A-ZĐ]))\s*")
_AND = re.compile(r"\s+và\s+", re.I)
#: (the apostrophes of Central Highlands names, "H’Linh Niê", "Y’Bih Ayŭn", typed straight or curly)
_NAME = re.compile(r"^[\w.\-–'’ʼ& ]{2,60}$")
#: academic degrees and titles printed before a name ("ThS. Nguyễn Văn A", "PGS.TS Trần B", "PGS, TS.
#: Lê Quang Thắng")
#: (a dot or a space must follow: "Ksor Hʼ Ní", a Jarai name, starts with no "KS.")
#: a military or police rank before a lecturer's degree ("Đại úy, ThS. Võ Đình Phong", "Thượng tá
#: Lê Văn Hòa"): political schools' and academies' lecturers sign with it
_RANK = r"(?:thiếu|trung|thượng|đại)\s+(?:úy|uý|tá|tướng)"
#: (a doctor's specialist grade after the degree: "BS.CKI", "BS. CKII", "BSCK1")
#: (or a school's post in capitals, abbreviated: "NVYT Phan Thị Kim Loan", the school's nurse;
#: "GVCN Trần Minh"; matched in capitals only; not "TPT", whose "Đội" follows it: "TPT Đội X")
_POST_ABBREVIATIONS = r"(?-i:GVCN|GVBM|NVYT|NVVP)"
_DEGREE = re.compile(rf"^(?:{_RANK}(?:\s*,\s*|\s+)|(?:PGS|GS|TSKH|TS|ThS|Th\.S|NCS|CN|KS|BS|BSCK(?:I{{1,2}}|[12])|CK(?:I{{1,2}}|[12])|NGƯT|NGND|NNƯT|{_POST_ABBREVIATIONS})(?:\.\s*|\s*,\s*|\s+))+(?=[A-ZĐÀ-Ỹ])", re.I)
#: a degree alone, a piece of "PGS, TS. Lê Quang Thắng" split at its comma
_DEGREE_WORDS = r"PGS|GS|TSKH|TS|ThS|Th\.S|NCS"
_DEGREE_ONLY = re.compile(rf"^(?:{_DEGREE_WORDS})\.?$", re.I)
#: a degree opening a name ("ThS. Lương Thị Mai"): a second writer's mark after a dash, where a
#: dash mostly opens the writer's post ("TS. Phạm Văn Hùng - ThS. Lương Thị Mai")
DEGREE_START = re.compile(rf"^(?:{_DEGREE_WORDS})\.?\s+(?=[A-ZĐÀ-Ỹ])")
#: the rank alone, for the name test (its second word is written in lower case)
_RANK_BEFORE_NAME = re.compile(rf"^{_RANK}(?:\s*,\s*|\s+)(?=\S)", re.I)
#: a photo's file name, with the size an upload widget prints beside it ("IMG_5521.jpg 3,3 MB",
#: Trix's attachment caption; "DSC_0457.JPG (2.1 MB)")
_FILE_NAME = re.compile(
    # (a CMS's title made of the file's name, its separators turned to spaces: Directus's "Img
    # 20261128 083512" for IMG_20261128_083512.jpg)
    r"^(?:[\w-]+\.(?:jpe?g|png|gif|webp|bmp|tiff?)|(?:DSC|DSCN|IMG|P|PIC|z)[_-]?\d{3,}[\w-]*|(?:DSC|DSCN|IMG|PIC)\s\d{3,}(?:[\s_-]\d+)*)"
    r"(?:\s*[(\[·•|-]?\s*\d+(?:[.,]\d+)?\s*(?:[KMG]i?B|kb|bytes?)\s*[)\]]?)?$",
    re.I,
)


@cache
def _kinds() -> dict[str, str]:
    """Each label without its spaces -> its kind: "Tin,ảnh:" printed without a space is "Tin, ảnh"."""
    labels = byline_labels()
    out: dict[str, str] = {}
    for kind in ("posters", "accounts", "source", "authors", "photographers", "both"):  # the first wins: last here
        out.update((re.sub(r"\s+", "", lb), kind) for lb in labels[kind])
    return out


def _kind(label: str) -> str:
    return _kinds().get(re.sub(r"\s+", "", label.casefold()), "authors")


def is_byline_label(text: str) -> bool:
    """A byline's label printed alone ("Tác giả", "Nguồn tin:"), its value in the next box."""
    key = re.sub(r"\s+", " ", clean_line(text).strip(" :：").casefold())
    labels = byline_labels()
    return any(key in labels[kind] for kind in ("both", "authors", "photographers", "source", "accounts", "posters"))


def split_names(text: str) -> list[str]:
    text = clean_line(text).strip(" .;:,/()[]\"'“”")
    text = re.sub(r"\s*\.?/\.?$", "", text)
    names: list[str] = []
    parts = _NAME_SPLIT.split(text)
    # an office whose name holds a dash or a comma ("Phòng Kế hoạch - Tài chính", "Phòng Tổ chức,
    # Hành chính và Quản trị"): a part after an office that is no name of its own (its words not
    # capitalised, or an abbreviation: "Phòng Khảo thí - KĐCLGD"; one word: the subjects of a
    # teachers' group, "Tổ Văn – Sử", "Tổ Sử - Địa - GDCD") is the rest of the office's name
    i = 1
    while i < len(parts):
        nxt, prev = parts[i].strip(), parts[i - 1].strip()
        abbreviation = nxt.isupper() and " " not in nxt and len(nxt) >= 3
        joint = next((j for j in (" - ", " – ", " — ", ", ") if f"{prev}{j}{nxt}" in text), None)
        one_word = joint != ", " and " " not in nxt
        if joint == ", " and not nxt[:1].isupper():
            pass  # (", trong tiết dạy …": a caption going on, no office's name)
        elif joint and nxt and _ORGANISATION_START.match(prev + " ") and (abbreviation or one_word or not all(w[:1].isupper() for w in nxt.split())):
            parts[i - 1 : i + 1] = [f"{prev}{joint}{nxt}"]
            continue  # (the joined name may go on: "Tổ Sử - Địa - GDCD")
        i += 1
    for part in parts:
        pieces = _AND.split(part) if "," not in part else [part]  # (an office's joined name stays whole)
        # (an office's name joins its fields with "và": "Phòng Quản lý đào tạo và Nghiên cứu khoa
        # học", its second field no person's name: not every word capitalised)
        office = _ORGANISATION_START.match(pieces[0].strip() + " ") is not None and not any(_ORGANISATION_START.match(p.strip() + " ") for p in pieces[1:])
        # (nor does an abbreviated field, "Phòng Quản lý đào tạo và NCKH")
        abbreviated = office and all(p.strip().isupper() and " " not in p.strip() for p in pieces[1:])
        names.extend(pieces if len(pieces) > 1 and all(p[:1].isupper() for p in pieces) and not abbreviated and not (office and not all(w[:1].isupper() for p in pieces[1:] for w in p.split())) else [part])
    names = [_DEGREE.sub("", n.strip(" .;:,()[]\"'“”")).strip() for n in names]
    return [n for n in names if n and (_NAME.match(n) or ("," in n and _ORGANISATION_START.match(n))) and not n.isdigit() and not _DEGREE_ONLY.match(n)]


def same_person(short: str, full: str) -> bool:
    """"Đông Hải" printed in one byline and "Nguyễn Thị Đông Hải" in another name one person."""
    a, b = fold(short).split(), fold(full).split()
    return len(a) < len(b) and b[-len(a):] == a


@cache
def folded_labels(kind: str) -> frozenset[str]:
    """One list of byline_labels(), folded (built once, not on every call)."""
    return frozenset(fold(x) for x in byline_labels()[kind])


def parse_byline(text: str) -> Byline | None:
    """The byline a line states, or None when the line is not (only) a byline.

    Lines are remembered: one page's extraction asks about the same line two or three times
    (measured on the gold pages: 21,845 calls for 9,424 distinct lines). The caller gets its own
    copy, since a byline's lists are merged into."""
    text = text if type(text) is str else str(text)  # (lxml's strings hold their tree)
    if text[:1] in "©(" and PHOTO_COPYRIGHT.match(text):
        text = PHOTO_COPYRIGHT.sub("", text, count=1)  # "© Ảnh: Quốc Huy": a photo's credit
    note = _NOTE_LABEL.match(text)
    if note and ":" in text[note.end() :]:
        text = text[note.end() :]  # "Ghi chú: Nguồn: Sở GD&ĐT Vĩnh Phúc": a notes field holding the credit
    found = _parse_byline(text)
    if found is None:
        return None
    return Byline([*found.authors], [*found.photographers], found.source, found.account, [*found.posters])


#: the label of a post's notes field (Zikula News's "Ghi chú"), which may hold its source line
_NOTE_LABEL = re.compile(r"^\s*(?:ghi chú|note)\s*[:：]\s*", re.I)

#: the copyright sign before a photo's credit ("© Ảnh: Quốc Huy", Thunder's image copyright field):
#: a byline, no copyright line of the site (crawler.core.lines.is_chrome asks too)
PHOTO_COPYRIGHT = re.compile(r"^(?:©|\(c\))\s*(?=(?:ảnh|hình ảnh|hình|nguồn ảnh)\s*:)", re.I)


#: a reprint's note of where it was first printed: "Bài đăng trên Tạp chí Cộng sản số 1.052, tháng
#: 11/2026", "Bài đã đăng trên Báo Nhân Dân ngày 12/11/2026": the publication is the source
_PRINTED_IN = re.compile(r"^(?:bài\s+)?(?:viết\s+)?(?:đã\s+)?(?:được\s+)?đăng\s+(?:trên|tại)\s+(?P<pub>(?:báo|tạp chí|tạp san|bản tin|cổng|trang|đặc san)\b[^,;()]{2,60}?)(?:\s+(?:số|ngày|năm|tháng)\b.*)?[.]?$", re.I)

#: a unit signing with the verb a Sở's portal prints after a school sending its news: "Trường THCS
#: Long Hiệp thông tin", "Phòng GD&ĐT Càng Long đưa tin"
#: (the verb in lower case, never a name's last words: "Tổ Công nghệ thông tin", "Phòng Văn hóa -
#: Thông tin")
_REPORTED_BY = re.compile(r"^(?P<who>\S.{1,59}?)(?<![Nn]ghệ)(?<![-–])\s+(?:thông tin|đưa tin|gửi tin|cung cấp tin)$")

#: a writer's unit in brackets closing the line after the name, a capital opening it ("Viết bởi
#: Y Thanh (Trường PTDTNT tỉnh)", Joomla's author alias)
_UNIT_IN_BRACKETS = re.compile(r"\s*\((?=[A-ZÀ-ỸĐ])[^()]{2,60}\)$")

#: "Đăng bởi X trong <category> lúc <time> | …", "Posted by X in <category> at <time>": the poster
#: (and the Joomla templates' "Được viết bởi X ngày 18 Tháng Mười 2026. Đăng trong <category>", Warp's)
_POSTED_IN = re.compile(r"^(?P<who>(?:(?:được\s+)?(?:đăng|viết|gửi)\s+bởi|posted\s+by)\s+\S.*?)(?:[.,]?\s+đăng)?\s+(?:trong|in)\s+\S.*$", re.I)


#: pictographs a social-media-style byline sets before its labels ("✍️ Bài: … – 📸 Ảnh: …"): no
#: name holds one (dingbats, arrows, symbols and the emoji planes, their variation selector and
#: joiner)
_PICTOGRAPHS = re.compile(f"[{PICTOGRAPHS}\ufe0f\u200d]+")


def _marked_writer(rest: str) -> Byline | None:
    """What the writing hand labels ("✍ Nguyễn Minh Tâm", "✍ TS. Đỗ Văn Khánh, Trưởng khoa …",
    "✍ BBT"): a signature, a name with its degree, or the board (nobody)."""
    if fold(rest) in folded_labels("board"):
        return Byline(account=True)  # (the board credits nobody, as the CMS's account does)
    signed = parse_signature(rest, closing=True)
    if signed is not None:
        return signed
    name = bare_name(rest)
    return Byline(authors=[name]) if looks_like_bare_name(name) else None


#: the writing hand or a pen before a name, as a meta line labels its writer ("✍ Nguyễn Minh Tâm")
_WRITER_MARK = re.compile("^\\s*[\u270d\u270f\u2712\U0001f58a\U0001f58b\U0001f4dd]\ufe0f?\\s*(?=\\S)")

_DOT_PARTING = re.compile(r"\s+[·•]\s+")
_GROUP_LABEL = re.compile(r"^nhóm\s+(?:pv|phóng\s+viên)\s*[:：]\s*", re.I)


_OPTION_SOME = re.compile(r"\bSome\(\s*[\"']?(?P<value>[^()]*?)[\"']?\s*\)")
#: (an empty field's "None" run on into the next field's label: "Nguồn tin: None Cập nhật: …")
#: (or a template's reference printed unrendered where the field is empty: Velocity's
#: "$tacGia.getData()", "$!nguon", FreeMarker's "${author}")
_EMPTY_VALUE = re.compile(r"(?P<label>[:：])\s*(?:None|null|undefined|\$!?\{?[A-Za-z_][\w.]*(?:\([^()]*\))?\}?)(?:\s+\S+(?:\s\S+){0,3}\s*[:：].*)?$")


#: a clause after a comma ("Theo Ban tổ chức, chất lượng bài giảng năm nay có nhiều tiến bộ"): the
#: sentence of a text that cites someone, no source line
_CLAUSE_AFTER = re.compile(r",\s+[a-zà-ỹđ]\S*(?:\s+\S+){5,}")


#: "Bởi X", "By X": the poster's word before a name, with no colon
_BY_NAME = re.compile(r"^(?:[Bb]ởi|BỞI|[Bb]y|BY)\s+(?P<who>[A-ZÀ-ỸĐ][^\d:|()]{1,58})$")


@lru_cache(maxsize=1024)
def _parse_byline(text: str) -> Byline | None:
    text = clean_line(text)
    if "Some(" in text or "None" in text or "null" in text or "$" in text:
        # a template printing a field's optional value raw (Scala's "Some(Hoàng Văn Dũng)", "None";
        # a script's "null"): the value, or nothing
        text = _EMPTY_VALUE.sub(r"\g<label>", _OPTION_SOME.sub(r"\g<value>", text)).strip()
    writer = _WRITER_MARK.match(text)
    if writer and ":" not in text[writer.end() :]:
        return _marked_writer(text[writer.end() :])
    if not text.isascii() and _PICTOGRAPHS.search(text):
        text = clean_line(_PICTOGRAPHS.sub(" ", text))
    # (a middle dot or a bullet between two labelled pairs parts them as a dash does: "Tin: X ·
    # Ảnh: Y")
    line = _glued_label().sub(r"\g<label>: ", _DOT_PARTING.sub(" - ", text.strip()) if "·" in text or "•" in text else text.strip())
    # ("Nhóm PV: Lê Văn Tú, Hồ Ngọc Mai": the reporters' group as a label; "Nhóm PV Đoàn trường",
    # with no colon, is the group signing, a collective)
    line = _GROUP_LABEL.sub("Bài: ", line, count=1)
    # a blog's meta line after the text, "Đăng bởi bientap trong Hoạt động đào tạo lúc 14:00 |
    # Bình luận (0)" (Serendipity's entry footer): who posted it, then its category and time
    line = _POSTED_IN.sub(r"\g<who>", line)
    inner = line[1:-1].strip() if line.startswith("(") and line.endswith(")") else line
    if not inner or len(inner) > 160:
        return None
    by = _BY_NAME.match(inner)
    if by and is_account_name(by["who"].strip()):
        return Byline(account=True)  # ("By Admin", "Bởi Quản trị viên": the CMS's account)
    if by and looks_like_bare_name(bare_name(by["who"])):
        # "Bởi Phạm Thu Trang" alone on its line (a theme's author box under the text): who
        # posted it, a name and nothing else after the word (read as the labelled field is:
        # degrees off, several names parted)
        return _parse_byline(f"Đăng bởi: {by['who']}")
    # every label pair ends in a colon: a line without one skips the label regex (an alternation
    # of some fifty labels tried at each position)
    matches = list(_pair_re().finditer(inner)) if (":" in inner or "：" in inner) else []
    if not matches or matches[0].start() != 0:
        theo = re.match(r"^(?:theo|nguồn)\s+(?!:)(.{2,120})$", inner, re.I)
        # "Theo Báo Gia Lai", "Theo moet.gov.vn": a name or an address; "Theo kế hoạch, …" is prose
        first = theo.group(1).split()[0] if theo else ""
        if theo and (first[:1].isupper() or "." in first.strip(".")) and not re.search(r"[.!?]\s", theo.group(1)) and not _CLAUSE_AFTER.search(theo.group(1)):
            return Byline(source=theo.group(1).strip(" .;"))
        printed = _PRINTED_IN.match(inner)
        if printed and printed.group("pub")[:1].isupper():
            return Byline(source=printed.group("pub").strip(" .,"))  # "(Bài đăng trên Tạp chí Cộng sản số 1.052, …)"
        reported = _REPORTED_BY.match(inner)
        if reported and _ORGANISATION_START.match(reported.group("who") + " ") and looks_like_bare_name(reported.group("who")):
            return Byline(authors=[reported.group("who")])  # "Trường THCS Long Hiệp thông tin": the school reports
        return _unlabelled_pair(inner)
    out = Byline()
    for i, m in enumerate(matches):
        value = inner[m.end() : matches[i + 1].start() if i + 1 < len(matches) else len(inner)]
        value = re.sub(r"[\s,;\-–|/(]+$", "", value).strip()
        if not value and i + 1 < len(matches):
            continue  # "Tác giả: Tin: X - Ảnh: Y": a field's label before the byline typed into it
        roles = _TRAILING_ROLE.search(value)
        value = _TRAILING_ROLE.sub("", value)  # "Đỗ Thị Mai (TPT Đội)": the name, not the post
        value = _TRAILING_DATE.sub("", value)  # "Gửi bởi X - Thứ Năm, 12 tháng 11 2026, 8:30 AM"
        kind = _kind(m.group("label"))
        if kind in ("posters", "accounts"):
            value = _without_run_on_fields(value)
        value = _TRAILING_COUNT.sub("", value)  # "Đăng bởi X 3 nhận xét", "… Không có nhận xét nào"
        if kind == "authors" and roles and _kind_of_roles(roles.group(0)) == "both":
            kind = "both"  # "Tác giả: Điêu Chính Hải (Tin, ảnh)": the roles in brackets are byline labels
        if kind == "accounts":
            if not _ORGANISATION_START.match(value + " "):
                continue  # the CMS account that posted the page: nobody to credit
            # an office posting under its own name ("Người đăng: Tổ Văn phòng"): no login, the
            # poster, who is the author where nothing signs the text
            kind = "posters"
        if kind == "source":
            out.source = value.strip(" .;()") or None
            continue
        # "Tin và ảnh: Thầy Phạm Minh Đức": the title pupils use is no part of the name
        # (nor "Đ/c", a party member's "đồng chí", whose slash would part the name)
        pieces = split_names(_COMRADE.sub("", value))
        if len(pieces) > 1:
            # ("…, Bí thư Chi bộ": the post, no name; a unit signing beside a person, "Tổ Ngữ văn -
            # Lê Thị Mai", is one of the credited)
            pieces = [p for p in pieces if not is_post_line(p) or looks_like_bare_name(p)] or pieces
        if kind == "photographers" and (
            any(p[:1].islower() and len(p.split()) >= 3 and not is_post_line(p) for p in pieces[1:]) or _describes_scene(value)
        ):
            # "Ảnh: Cô giáo Lưu Thị Duyên, Trường Tiểu học Cao Xanh, trong tiết dạy môn Tiếng
            # Việt", "Ảnh: Học sinh Trường Tiểu học Thạch Linh trong ngày khai trường": the label
            # opens a caption that describes the photo, not a credit
            return None
        names = [untitled(n) for n in pieces]
        # "Người viết: ThS. Lê Văn Minh – Khoa Xây dựng Đảng": the unit after the name ends the names
        # (a post read before a title is taken off it: "Hoàng Văn Dũng - GV Toán" is a teacher of
        # mathematics, not a second name "Toán")
        cut = next((k for k, (n, p) in enumerate(zip(names, pieces, strict=True)) if k and (is_post_line(n) or is_post_line(p))), None)
        if cut is not None:
            names = names[:cut]
        if not names or any(len(n.split()) > (10 if _ORGANISATION_START.match(n + " ") else 6) for n in names):
            return None  # (an office's name runs longer: "Phòng Tổ chức, Hành chính và Quản trị")
        names = [n for n in names if not is_account_name(n)]
        if kind == "posters":
            out.posters.extend(n for n in names if n not in out.posters)
            continue
        if kind in ("authors", "both"):
            out.authors.extend(n for n in names if n not in out.authors)
        if kind in ("photographers", "both"):
            out.photographers.extend(n for n in names if n not in out.photographers and not is_no_person(n))
    return out


#: where or when a photo was taken, inside what follows "Ảnh:" ("… trong ngày khai trường", "…
#: tại buổi lễ"): a scene described, no name (names and units hold no such lower-case word)
_SCENE = re.compile(r"\s(?:trong|tại|khi|đang|giữa|bên|trên|dưới)\s+(\w)")


def _describes_scene(value: str) -> bool:
    return any(m.group(1).islower() for m in _SCENE.finditer(value))

def _kind_of_roles(bracketed: str) -> str | None:
    """What a name's roles in brackets credit, when they are byline labels: "(Tin, ảnh)", "(Bài
    và ảnh)" → "both"; None for a post or a unit ("(TPT Đội)")."""
    inner = bracketed.strip().strip("()").strip()
    kinds = {_kinds().get(re.sub(r"\s+", "", part.casefold())) for part in re.split(r"\s*(?:,|và|&|\+)\s*", inner) if part}
    if None in kinds or not kinds:
        whole = _kinds().get(re.sub(r"\s+", "", inner.casefold()))
        return whole if whole in ("both", "authors", "photographers") else None
    return "both" if ("photographers" in kinds and ("authors" in kinds or "both" in kinds)) or "both" in kinds else None


#: a post or unit in parentheses after a credited name ("(TPT Đội)", "(Giáo viên Tổ Toán)")
_TRAILING_ROLE = re.compile(r"\s*\((?![^()]*:)[^()]{1,80}\)\s*$")

#: the post's date printed after the poster's name in a meta line ("Đăng bởi X - 20/11/2026",
#: "Gửi bởi X - Thứ Năm, 12 tháng 11 2026, 8:30 AM", "X | 08:30 20/11/2026", Drupal's "Gửi bởi X
#: vào T5, 20/11/2026 - 08:30", or with only a space before the weekday: "Đăng bởi X Thứ Hai, 23/11/2026",
#: or the month's name first, WordPress's Vietnamese "Người đăng: X Tháng Mười Một 6, 2026")
_TRAILING_DATE = re.compile(r"\s+(?:[-–|•·]|vào|lúc|on|at)\s+(?:thứ\s|chủ nhật|ngày\s|lúc\s|hôm nay|hôm qua|t\d\b|\d).*$|\s+(?:thứ\s+\w+|chủ nhật),?\s+\d.*$|\s+ngày\s+\d.*$|\s+tháng\s+(?:\d{1,2}|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)\b.*$", re.I)

#: the next field of a meta line run on after the poster's name with no separator, its parts
#: set apart only by the layout's gaps ("Đăng bởi: admin Nov 24, 2026 Danh mục: Tin tức - Sự
#: kiện"): a day in figures or an English month's, or another field's label; no name holds one
_RUN_ON_FIELD = re.compile(
    r"\s+(?=(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})"
    r"|(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:\s)"
)


def _without_run_on_fields(value: str) -> str:
    """The value up to the next field run on after it (its label capitalised, "Chuyên mục:"; a
    count's words before it, "504 Lượt xem", are the count's)."""
    for m in _RUN_ON_FIELD.finditer(value):
        if m.group("date") or m.group("label")[0].isupper():
            return value[: m.start()]
    return value

#: the post's count of comments or views printed after the poster's name in a blog's footer line
#: ("Đăng bởi quantri Không có nhận xét nào", "Đăng bởi X 3 nhận xét", "Bởi X · 120 lượt xem"):
#: a link of its own beside the name, no part of it
_TRAILING_COUNT = re.compile(
    r"\s+(?:[-–|•·]\s*)?(?:\d[\d.,]*|không có|chưa có)\s+(?:nhận xét|bình luận|ý kiến|phản hồi|lượt xem|lượt thích|comments?|views?)(?:\s+nào)?\s*$",
    re.I,
)

_LOGIN = re.compile(r"[a-z][a-z0-9_.@-]*\d*")


_WIKI_LOGIN = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def is_account_name(name: str) -> bool:
    """A CMS login printed where a name goes ("bientap01", "phongdaotao", "admin"): one lower-case
    unaccented word; a person's name is capitalised ("Thanh Tâm", "PV")."""
    key = fold(name)
    # (an account named by its role and a number, "Biên tập viên 01", "Quản trị 2": the role's)
    numbered = key.rstrip("0123456789").rstrip() if key[-1:].isdigit() else key
    # (or a wiki's user name, its words run together: MoinMoin's "ThayHung" signing "-- ThayHung <time>")
    return bool(_LOGIN.fullmatch(name.strip())) or bool(_WIKI_LOGIN.fullmatch(name.strip())) or key in folded_labels("not_authors") or numbered in folded_labels("not_authors") or any(
        key.endswith(f" {suffix}") for suffix in folded_labels("account_suffixes")
    ) or (len(key.split()) <= 5 and any(key.startswith(f"{prefix} ") for prefix in folded_labels("account_prefixes")))


def is_no_person(name: str) -> bool:
    """A credit that names no person ("Nhân vật cung cấp", "Internet", "Tư liệu")."""
    key = fold(name)
    if key.endswith((" cung cấp", " cung cap", " gửi", " gui")):
        return True  # "Nhà trường cung cấp", "Gia đình gửi": who handed the photo over, not who took it
    if key in folded_labels("board"):
        return True  # "Ảnh: BBT": the editorial board, as in a byline, credits no one
    return any(key == c or key.startswith(c + " ") for c in folded_labels("not_credits"))


@cache
def _compound_labels() -> re.Pattern[str]:
    """Labels of several words ("Tin, ảnh", "Bài và ảnh", "Viết bởi", "Đăng bởi"): distinctive
    enough to be read without their colon ("Tin, ảnh trường THCS&THPT Linh Hồ", "Viết bởi X")."""
    labels = byline_labels()
    compound = [lb for kind in ("both", "authors", "photographers", "posters") for lb in labels[kind] if re.search(r"[,&/ ]", lb)]
    return re.compile(rf"^(?P<label>{_label_alt(tuple(sorted(compound, key=len, reverse=True)))})\s+(?P<value>\S.{{1,80}})$", re.I)


def _unlabelled_pair(line: str) -> Byline | None:
    m = _compound_labels().match(line)
    if not m:
        return None
    names = split_names(_UNIT_IN_BRACKETS.sub("", _TRAILING_COUNT.sub("", _TRAILING_DATE.sub("", m.group("value")))))
    if not names or any(len(n.split()) > 6 for n in names):
        return None
    if any(not any(ch.isupper() for ch in n) and not _LOGIN.fullmatch(n) for n in names):
        return None  # words with no capital are no name ("Thông tin bài viết": a box's title)
    kind = _kind(m.group("label"))
    names = [n for n in names if not is_account_name(n)]  # "Viết bởi Administrator": the CMS account
    if not names:
        return Byline(account=True)
    if kind == "posters":
        return Byline(posters=names)
    return Byline(authors=names if kind in ("authors", "both") else [], photographers=names if kind in ("photographers", "both") else [])


@cache
def _post_re() -> re.Pattern[str]:
    posts = sorted(phrase_list("posts"), key=len, reverse=True)
    # (two posts' abbreviations joined by a hyphen are both the writer's: "GV-TPT Đội")
    return re.compile(rf"^(?:{'|'.join(re.escape(p) for p in posts)})(?:\s|$|,|-(?=(?-i:[A-ZĐ]{{2}})))", re.I)


def is_post_line(text: str) -> bool:
    """A post or department printed with a signature ("Phó Hiệu trưởng Trường THPT …",
    "Giáo viên Tổ Khoa học tự nhiên", "Đơn vị: Khoa Lý luận cơ sở"): starts with a post or an
    affiliation label, short, no sentence in it."""
    line = clean_line(text).strip(" .")
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()  # "(Trường THCS Lê Lợi)"
    label, colon, rest = line.partition(":")
    if colon and rest.strip() and len(line) <= 120 and re.sub(r"\s+", " ", label.strip().casefold()) in byline_labels()["affiliation"]:
        return True
    if _COHORT.match(line):
        return True  # an alumnus's cohort, "K29", "Khóa 1985 – 1988", "K31, lớp 12A1"
    if _CLASS_CODE.fullmatch(line) or _CLASS_LINE.fullmatch(line):
        return True  # a pupil's class, "12A3", "lớp 12A5" ("Đoàn Bảo Ngọc – 12A3")
    if _SHORT_UNIT.fullmatch(line):
        return True  # a unit by its kind's initial and its initials, "P.QLĐT-NCKH" (Phòng Quản lý đào tạo - …)
    line = _FORMER.sub("", line, count=1)  # a former post: "nguyên giáo viên Ngữ văn (1978 – 2015)"
    # ("./." closes an official text's last sentence: "… nội dung Thông báo này./.")
    # (nor a clause: "lớp 9A được bầu làm Liên đội trưởng", what the sentence says of a pupil)
    return 2 <= len(line) <= 90 and not re.search(r"[.!?;:]\s", line) and not line.endswith("./") and bool(_post_re().match(line)) and not _CLAUSE_VERB.search(line)


#: a unit written short, its kind's initial and its name's initials: "P.QLĐT-NCKH" (phòng),
#: "K. LLCS" (khoa), "T.TCHC"
_SHORT_UNIT = re.compile(r"[PKT]\.\s?[A-ZĐ][A-ZĐ&]{1,9}(?:\s?[-–]\s?[A-ZĐ][A-ZĐ&]{1,9})?")
#: the words of a clause, never of a post ("được bầu làm", "đã đạt", "đang học")
_CLAUSE_WORDS = "được|đã|đang|sẽ|vừa"
#: a verb of the text's sentences, never in a signer's name or unit ("đề nghị", "yêu cầu",
#: "tổ chức", "phổ biến"), with the words of a clause
_SENTENCE_VERB = re.compile(r"\s(?:đề nghị|yêu cầu|tổ chức|phổ biến|thông báo|hướng dẫn|triển khai|đề xuất|kêu gọi|" + _CLAUSE_WORDS + r")\s")

#: a clause's words standing in a line ("lớp 9A được bầu làm Liên đội trưởng"): no post
_CLAUSE_VERB = re.compile(rf"\s(?:{_CLAUSE_WORDS})\s")


#: an alumnus's cohort after the name, and the class they left from ("Phạm Hồng Nhung (K29)",
#: "(K31, lớp 12A1)", "Khóa 1985 – 1988")
_COHORT = re.compile(r"^(?:K|[Kk]hóa|[Kk]hoá)\s*\d{1,4}(?:\s*[–-]\s*\d{2,4})?(?:\s*,\s*(?:lớp\s+)?\d{1,2}[A-Z]\d{0,2})?$")
#: a post its holder has left ("nguyên Hiệu trưởng", "cựu giáo viên")
_FORMER = re.compile(r"^(?:nguyên|cựu)\s+(?=\S)", re.I)


#: a document cited by its kind and number ("Báo cáo số 112-BC/TCT", "Quyết định số 245/QĐ-UBND")
_CITED_DOCUMENT = re.compile(r"\bsố\s*\d+\s*[/-]\s*[A-ZĐ]")


#: a name, a dash, then the photos' credit ("Lê Văn Sơn - Ảnh: Nguyễn Hữu Phước")
_NAME_THEN_PHOTOS = re.compile(r"^(?P<name>[^:()\-–—]{3,60}?)\s+[-–—]\s+(?P<photos>(?:ảnh|hình ảnh|hình)\s*:\s*\S.{1,60})$", re.I)


def parse_signature(text: str, closing: bool = False) -> Byline | None:
    """A closing signature with its post on the same line: "Phạm Văn Phải – Phó Hiệu trưởng Trường
    THPT Việt Vinh", "ThS. Lê Thị B, Giáo viên Tổ Toán", "Nguyễn Thị Hoa (Phòng Tổ chức cán bộ)".
    ``closing``: the line ends the text, where a teacher signs with "Thầy"/"Cô" before the name."""
    line = clean_line(text).strip(" .")
    if _CITED_DOCUMENT.search(line):
        return None  # a note citing a document by its number ("…, Báo cáo số 112-BC/TCT ngày …"): no signer's line
    if closing and line[:1] in SIGNATURE_DASHES:
        dashed = _dash_signature(line)
        if dashed is not None:
            return dashed
    credited = _NAME_THEN_PHOTOS.match(line) if closing else None
    if credited and (looks_like_bare_name(bare_name(credited.group("name"))) or names_an_organisation(credited.group("name"))):
        # the writer unlabelled, then the photographer after the photos' label: "Lê Văn Sơn - Ảnh: Nguyễn
        # Hữu Phước", read as its labelled form "Tin: … - Ảnh: …" is
        labelled = parse_byline(f"Tin: {credited.group('name')} - {credited.group('photos')}")
        if labelled is not None and labelled.authors and labelled.photographers:
            return labelled
    sourced = _NAME_THEN_SOURCE.match(line) if closing else None
    if sourced and looks_like_bare_name(bare_name(sourced.group("name"))) and not _HONORIFIC.match(sourced.group("name")):
        # the writer, then where the text was first printed: "Trần Thị Hoa (Theo Báo Điện Biên
        # Phủ)", "Lê Văn An - Nguồn: Báo Nghệ An"
        return Byline(authors=[untitled(bare_name(sourced.group("name")))], source=clean_line(sourced.group("src") or sourced.group("src2")).strip(" ."))
    posted = _POST_THEN_NAME.match(line) if closing else None
    if posted and is_post_line(posted.group("post")) and looks_like_bare_name(posted.group("name")) and not _HONORIFIC.match(posted.group("name")):
        # the writer's post as the line's label: "TPT Đội: Lê Thị Thu Hà", "GVCN lớp 8A1: Trần Minh"
        return Byline(authors=[untitled(posted.group("name"))])
    several = _NAMES_THEN_UNIT.match(line)
    if several and is_post_line(several.group("post") or several.group("unit")):
        # "TS. Trần Đức Mạnh, ThS. Vì Thị Hoa – Khoa Xây dựng Đảng": several names, one unit
        # (or the unit in brackets: "ThS. A Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)")
        names = split_names(several.group("names"))
        if len(names) > 1 and all(looks_like_bare_name(n) for n in names):
            return Byline(authors=[untitled(n) for n in names])
    # (a hyphen parts name and post only with a space beside it: "số 88/KH-THPT" is one word)
    # (a unit in brackets first: its own dash is no parting, "Nguyễn Thị Thu Hà (Tổ Văn – Sử, …)")
    # (the bracket may close the post instead: "Thầy X – nguyên giáo viên Ngữ văn (1978 – 2015)")
    m = next((m for m in (_NAME_THEN_UNIT.match(line), _NAME_DASH_POST.match(line)) if m and is_post_line(m.group("post"))), None)
    if m is None:
        return None
    if clean_line(text).rstrip().endswith(".") and _SENTENCE_VERB.search(m.group("name")):
        return None  # a sentence of the text: "Sở GD&ĐT Hà Tĩnh đề nghị các trường THPT, trung tâm … ."
    names = split_names(m.group("name"))
    if closing and names:
        # the text's last line signs it, a school's teacher with the title pupils use ("Thầy
        # Huỳnh Tấn Lộc – Tổ trưởng Tổ Thể dục")
        names = [untitled(names[0])]
    if len(names) != 1 or not looks_like_bare_name(names[0]) or _HONORIFIC.match(names[0]):
        return None  # "Cô Phan Thị Như Hoa, Chủ tịch Công đoàn" describes someone in a photo
    if _ORGANISATION_START.match(names[0] + " ") and "-" in line[len(m.group("name")) : m.start("post")] and not _ORGANISATION_START.match(m.group("post") + " "):
        # a unit's two-part name, "Phòng Tổ chức - Cán bộ": no name and post (a unit and its
        # institution, "Tổ Ngữ văn - Trường THCS Nguyễn Du", are)
        return None
    return Byline(authors=names)


#: a name, then the text's source in brackets or after a dash ("Trần Thị Hoa (Theo Báo Điện Biên Phủ)")
_NAME_THEN_SOURCE = re.compile(
    r"^(?P<name>[^()–—:]{2,60}?)\s*(?:\(\s*(?:[Tt]heo|[Nn]guồn\s*:)\s*(?P<src>[^()]{2,80})\)|\s[–—-]\s*(?:[Tt]heo|[Nn]guồn\s*:)\s*(?P<src2>[^()]{2,80}))$"
)
#: a name, then its post after a dash or a comma ("Phạm Văn Phải – Phó Hiệu trưởng …")
_NAME_DASH_POST = re.compile(r"^(?P<name>[^,–—-]{2,50}?)(?:\s*[–—,]\s*|\s+-\s*|-\s+)(?P<post>.+)$")
#: the dashes a signature may open with (crawler.clean.steps reads a dated one as a byline too)
SIGNATURE_DASHES = "—–-"
#: a signature opened by a dash: the writer's name and when they signed ("— Nguyễn Thị Lan
#: 2026/11/20 08:30", DokuWiki's signature; "-- Trần Văn Hải (20/11/2026)")
#: (MediaWiki's "— Quantri (thảo luận) 10:15, ngày 2 tháng 12 năm 2026 (+07)": the talk link
#: after the name, the wiki's timestamp with its zone)
_DASH_SIGNATURE = re.compile(
    r"^(?P<dash>[—–]|-{1,2})\s*(?P<name>[^\d()]{2,60}?)(?:\s*\((?:thảo luận|talk|đóng góp|contribs)\))?"
    r"(?:\s*\(?(?P<date>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?)\)?"
    r"|\s+(?P<stamp>\d{1,2}:\d{2},\s*(?:ngày\s+)?\d{1,2}\s+(?:tháng\s+\d{1,2}\s+năm|[A-Za-z]+)\s+\d{4}\s*\((?:UTC|ICT|[+-]\d{2}(?::?\d{2})?)\)))?$",
    re.I,
)


def _dash_signature(line: str) -> Byline | None:
    """The text's last line signed with a dash before the name, dated, or with a long dash (a
    list's last item "- Nguyễn Văn A" is no signature); a CMS account signing credits nobody."""
    m = _DASH_SIGNATURE.match(line)
    if m is None or not (m.group("date") or m.group("stamp") or m.group("dash") != "-"):
        return None
    name = m.group("name").strip(" ,")
    if is_account_name(name):
        return Byline(account=True)
    if looks_like_bare_name(name):
        return Byline(authors=[untitled(name)])
    return None


#: the title or role printed before a credited name: the name pupils use ("Thầy", "Cô giáo"),
#: a teacher's or a reporter's role ("GV.", "CTV", "PV", "BTV"), a pupil's ("Em", "HS")
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?:thầy|cô)(?:\s+giáo)?|gv|giáo\s+viên|ctv|cộng\s+tác\s+viên|pv|phóng\s+viên|btv|biên\s+tập\s+viên|em|hs|học\s+sinh|"
    # a school's posts signing with the name ("Tổng phụ trách Đội Lê Văn Tâm", "Hiệu trưởng Lê Thị Hồng Vân")
    r"tổng\s+phụ\s+trách(?:\s+đội)?|tpt(?:\s+đội)?|(?:phó\s+)?hiệu\s+trưởng|đồng\s+chí|"
    # a school's health staff signing ("Y sĩ Lương Thị Thảo", "Bác sĩ …", "Nhân viên y tế …")
    r"y\s+sĩ|bác\s+sĩ|nhân\s+viên\s+y\s+tế|điều\s+dưỡng)\.?\s+", re.I
)


#: "Đ/c" (đồng chí) before a name
_COMRADE = re.compile(r"(?:(?<=^)|(?<=[\s,;]))đ/c\.?\s+", re.I)


def untitled(name: str) -> str:
    """The name without the title or role before it, when a capitalised name follows."""
    m = _TITLE_BEFORE_NAME.match(name)
    return name[m.end() :] if m and name[m.end() : m.end() + 1].isupper() else name


#: "X, Y – Khoa …": names parted by commas, then one dash and the unit they share
_NAMES_THEN_UNIT = re.compile(r"^(?P<names>[^–—()]{2,100}?,[^–—()]{2,60}?)(?:\s+[–—-]\s+(?P<post>[^–—,()]{2,90})|\s*\((?P<unit>[^()]{2,90})\))$")

#: "TPT Đội: Lê Thị Thu Hà": a post, a colon, a name
_POST_THEN_NAME = re.compile(r"^(?P<post>[^:：]{2,40})\s*[:：]\s*(?P<name>[^:：]{2,50})$")

#: "Nguyễn Thị Hoa (Phòng Tổ chức cán bộ)": the unit in parentheses after the name
_NAME_THEN_UNIT = re.compile(r"^(?P<name>[^()]{2,50}?)\s*(?P<post>\([^()]{2,90}\))$")

#: how a text refers to someone it describes; a signature is the bare name
_HONORIFIC = re.compile(r"^(?:thầy|cô|ông|bà|anh|chị|em|đồng chí|đ/c|đc|các|cháu)\s", re.I)


def bare_name(text: str) -> str:
    """The name a bare signature line gives, without a degree or a title before it ("TS. Đỗ Văn
    Hải", "Thầy Võ Đức Thắng")."""
    return untitled(_DEGREE.sub("", clean_line(text).strip(" .")).strip())


def bare_names(text: str) -> list[str]:
    """The names a bare signature gives: "Hoàng Văn Dũng, Phạm Thu Trang" signs two people when
    every piece is a name of two words or more; else the line is one name (an office's
    "Phòng Tổ chức - Hành chính" stays whole)."""
    parts = split_names(text)
    if len(parts) > 1 and all(len(p.split()) >= 2 and looks_like_bare_name(p) and not _ORGANISATION_START.match(p + " ") for p in parts):
        return [bare_name(p) for p in parts]
    return [bare_name(text)]


_ORGANISATION_START = re.compile(
    "|".join(rf"{re.escape(p)}\s" for p in sorted(phrase_list("organisations"), key=len, reverse=True)), re.I
)


def names_an_organisation(text: str) -> bool:
    """The text opens with an institution's or a unit's kind ("Phòng Quản lý đào tạo", "Tổ Toán")."""
    return bool(_ORGANISATION_START.match(f"{text.strip()} "))


#: an English theme's author box titled over the posting account's bio ("About Hoàng Minh Tuấn",
#: WordPress's Twenty Ten): the account's card, no signature of the text
_ABOUT_BOX = re.compile(r"About\s")


#: a council signing its notice, its purpose in lower case and its level or place last ("Hội
#: đồng xét tuyển viên chức huyện", "Hội đồng tuyển sinh trường", "Hội đồng thi Sở GD&ĐT")
_COUNCIL = re.compile(r"^Hội đồng(?:\s+[^\s,;:.]+){0,6}?\s+(?:huyện|tỉnh|thành phố|thị xã|quận|xã|phường|trường|nhà trường|[A-ZĐ]\S*)$")


#: a council by its purpose alone, in lower case, one to three words ("Hội đồng xét tuyển",
#: "Hội đồng tuyển sinh", "Hội đồng thi")
_COUNCIL_PURPOSE = re.compile(r"^Hội đồng((?:\s+[^\s,;:.\d]+){1,3})$")
#: the first word of a council's purpose ("xét tuyển", "tuyển sinh", "coi thi", "thi đua khen
#: thưởng", "sư phạm"): not a sentence about a council ("Hội đồng đã thống nhất")
_COUNCIL_PURPOSES = frozenset({"xét", "tuyển", "thi", "coi", "chấm", "phúc", "kỷ", "khoa", "sư", "thẩm", "nghiệm", "giám", "tư", "kiểm", "đánh", "quản", "trường", "đội"})


#: a class's or a unit's number ("3", "5A", "12A1")
_UNIT_NUMBER = re.compile(r"\d{1,2}[A-Z]?\d?")
#: a class's code, its grade and letter ("5A", "6A3", "12A1"; not a room's number, "Phòng 203")
_CLASS_CODE = re.compile(r"\d{1,2}[A-Z]\d?")
_CLASS_LINE = re.compile(r"lớp\s+\d{1,2}[A-Z]\d?", re.I)
#: a kindergarten's class by its age group and its number or letter ("Lớp Chồi 3", "Lớp Lá A",
#: "Lớp Mầm 2", "Lớp Nhà trẻ 1")
_PRESCHOOL_CLASS = re.compile(r"Lớp\s+(?:Mầm|Chồi|Lá|Nhà trẻ|Bé|Nhỡ|Lớn)\s+(?:\d{1,2}|[A-Z]\d?)")


#: the kind before a grade's or a place's name after an office's kind ("Tổ khối 5", "Trạm Y tế xã
#: Tân Hòa", "Hội Khuyến học phường Thành Sen"), or before a unit's number ("Tổ chuyên môn số 3",
#: "Cụm chuyên môn số 2": the clusters and groups a district numbers)
_PLACE_KINDS = frozenset({"khối", "xã", "phường", "huyện", "tỉnh", "quận", "thị", "số"})


def looks_like_bare_name(text: str) -> bool:
    """A signature: 1-5 capitalised words, no digits (but a unit's number), no sentence punctuation, no parentheses
    ("Phương Thảo", "Nhóm PV"; "(Trường THCS Lê Lợi)" is the signer's school)."""
    line = _RANK_BEFORE_NAME.sub("", clean_line(text).strip(" ."))
    if 50 < len(line) <= 160 and "," in line and not re.search(r"[:;!?\"“”()|]", line):
        # several names signing together, each with its degree, longer than one name may be
        # ("ThS. Võ Thị Thanh Tâm, ThS. Đặng Quốc Huy, CN. Nguyễn Hoài Nam")
        parts = [p for p in re.split(r"\s*,\s*", line) if p]
        return 1 < len(parts) <= 4 and all(_DEGREE.match(p) and len(bare_name(p).split()) >= 2 and looks_like_bare_name(bare_name(p)) for p in parts)
    if not (2 <= len(line) <= 50) or re.search(r"[:;!?\"“”()|]", line):
        return False
    if _PRESCHOOL_CLASS.fullmatch(line):
        return True  # a kindergarten's class signing what it did ("Lớp Chồi 3", "Lớp Lá A")
    if re.search(r"\d", line) and not (
        (_ORGANISATION_START.match(line) and all(_UNIT_NUMBER.fullmatch(w) for w in line.split() if re.search(r"\d", w)))
        # (or a group of a class: "Nhóm phóng viên 11A4")
        or (fold(line).startswith(tuple(f"{c} " for c in folded_labels("collective"))) and all(_CLASS_CODE.fullmatch(w) for w in line.split() if re.search(r"\d", w)))
    ):
        return False  # digits only as a unit's number after its kind ("Tổ Khối 3", "Chi đội 5A")
    if fold(line) in folded_labels("not_names") or _ABOUT_BOX.match(line):
        return False
    if fold(line) in folded_labels("collective"):
        return True
    # (the longest group the line opens with: "Công đoàn cơ sở …" before "Công đoàn …")
    group = max((c for c in folded_labels("collective") if len(c.split()) >= 2 and fold(line).startswith(c + " ")), key=len, default=None)
    if group and len(line.split()) <= 6 and (line.split()[len(group.split())][:1].isupper() or _CLASS_CODE.fullmatch(line.split()[len(group.split())])):
        return True  # a group and its unit signing ("Nhóm PV Đoàn trường"), not "Nhà trường tổ chức …"
    rest = " ".join(line.split()[len(group.split()) :]) if group else ""
    if group and len(line.split()) <= 10 and rest[:1].isupper() and _ORGANISATION_START.match(rest) and looks_like_bare_name(rest):
        return True  # a group of an institution named whole ("Công đoàn cơ sở Trường Chính trị tỉnh")
    parts = [p for p in re.split(r"\s*,\s*", line) if p] if "," in line and not re.search(r"[–—]|\s-\s", line) else []
    if 1 < len(parts) <= 4 and all(_DEGREE.match(p) and len(bare_name(p).split()) >= 2 and looks_like_bare_name(bare_name(p)) for p in parts):
        return True  # several names signing together, each with its degree ("ThS. A, ThS. B")
    if _COUNCIL.match(line) or ((m := _COUNCIL_PURPOSE.match(line)) is not None and m.group(1).islower() and m.group(1).split()[0] in _COUNCIL_PURPOSES):
        return True
    words = [w for w in re.split(r"[\s,\-–]+", line) if w]
    office = _ORGANISATION_START.match(line)
    if office and len(words) <= 10:  # ("Phòng Quản lý đào tạo và Nghiên cứu khoa học")
        # an office signs ("Văn phòng Sở", "Phòng Giáo dục Trung học", "Phòng Giáo dục mầm non"):
        # its own name starts capitalised after the kind of office
        rest = line[office.end():].split()
        # (or the institution's own office by its kind: "Văn phòng trường", "Văn phòng nhà trường";
        # or the kind before the institution's name: "Liên đội trường THCS Thành Trung"; or a
        # class's unit by its number: "Chi đội 6A3"; or a grade's: "Tổ chuyên môn khối Chồi",
        # a kindergarten's group of the "Chồi" classes, "Tổ khối 5")
        # (or a school's body of its members: "Chi đoàn giáo viên", "Công đoàn giáo viên")
        return bool(rest) and (
            rest[0][0].isupper() or _CLASS_CODE.fullmatch(rest[0]) is not None or " ".join(rest) in _OWN_INSTITUTION or " ".join(rest) in _MEMBERS
            or ((rest[0] in _OWN_INSTITUTION or rest[0] in _PLACE_KINDS) and len(rest) > 1 and (rest[1][0].isupper() or rest[1][0].isdigit()))
        )
    if not (1 <= len(words) <= 6):
        return False
    return all(w[0].isupper() or w in ("và",) for w in words if w[0].isalpha())


#: the members a school's body gathers, named after its kind ("Chi đoàn giáo viên")
_MEMBERS = frozenset({"giáo viên", "học sinh", "cán bộ", "viên chức", "cán bộ giáo viên", "giáo viên trẻ", "cán bộ, giáo viên"})


#: the institution named by its kind after an office's ("Văn phòng trường": the school's office)
#: (or of the sector: "Công đoàn ngành Giáo dục", "Công đoàn ngành"; or the grassroots one:
#: "Công đoàn cơ sở")
_OWN_INSTITUTION = frozenset({"trường", "nhà trường", "sở", "phòng", "khoa", "đoàn trường", "ngành", "cơ sở"})


#: (or no mark at all before a capitalised label: "… tại vườn rau của trường Ảnh: Đỗ Thị Mai", the
#: credit on its own line of the caption's source, one line on the screen)
_CREDIT = re.compile(r"(?:\(\s*|\s[-–—]\s*|\.\s+|\s(?=(?-i:Ảnh|Nguồn ảnh|Hình)\s*[:：]))(?P<label>ảnh|nguồn ảnh|hình|ảnh minh họa)\s*[:：]\s*(?P<names>[^()]{2,60}?)\s*\)?\s*$", re.I)


#: a stock photo's attribution as the photo libraries word it ("Photo by Thanh Tran / Unsplash",
#: "Photo by An Nguyen on Unsplash")
_PHOTO_BY = re.compile(r"(?:^|[\s(])[Pp]hoto by\s+(?P<names>[A-ZÀ-ỸĐ][^/()]{1,59}?)\s*(?:(?:/|\bon\b)\s*[\w.]+\s*)?\)?\s*$")


def caption_credit(caption: str) -> list[str]:
    """Photographers credited at the end of a caption ("… - Ảnh: Quang Huy", "… (Ảnh: Thanh Tâm)",
    "Photo by Thanh Tran / Unsplash")."""
    m = _CREDIT.search(caption) or _PHOTO_BY.search(caption)
    if not m:
        return []
    pieces = [p.strip() for p in _NAME_SPLIT.split(clean_line(m.group("names")))]
    if any(p[:1].islower() and len(p.split()) >= 3 and not is_post_line(p) for p in pieces[1:]):
        return []  # "(Ảnh: Nhảy sạp - môn thi được nhiều học sinh yêu thích)": what the photo shows, no credit
    if _mostly_lower(pieces[0]) and not _ORGANISATION_START.match(pieces[0] + " "):
        # "(Ảnh: Lễ tuyên dương học sinh giỏi)": a scene, capitalised only as a sentence is; a
        # unit's name is written so too ("(Ảnh: Công đoàn trường)", "Ảnh: Tổ chuyên môn")
        return []
    names = split_names(m.group("names"))
    return [n for n in names if len(n.split()) <= 6 and not is_no_person(n)]


def _mostly_lower(text: str) -> bool:
    """Three words or more, most of them in lower case: a phrase, not a name (a Vietnamese name is
    capitalised word by word; "Nguyễn Văn An sưu tầm" keeps a majority of capitals)."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and 2 * sum(w[0].islower() for w in words) > len(words)


def is_file_name(text: str) -> bool:
    return bool(_FILE_NAME.match(clean_line(text).strip()))


# --- a signature's closing (an official document's; crawler/extract/official.py reads the whole) ---

#: the marks beside a signature: "(đã ký)", "(Đã ký và đóng dấu)", "(ký, ghi rõ họ tên)", "[Đã ký]"
SIGNATURE_MARK = re.compile(r"[(\[]\s*(?:đã\s+ký|ký)[^)\]]*[)\]]", re.I)
#: the prefixes of a post signed for someone: "KT." (on behalf of), "TM.", "Q.", "TL.", "TUQ.", "PP."
SIGNED_FOR = frozenset({"kt.", "tm.", "q.", "tl.", "tuq.", "pp.", "kt", "tm"})


@cache
def _signer_posts() -> frozenset[str]:
    return frozenset(fold(p) for p in phrase_sets("official_documents")["posts"])


def is_signer_post(text: str) -> bool:
    """A signer's post ("HIỆU TRƯỞNG", "KT. GIÁM ĐỐC", "TM. BAN GIÁM HIỆU"): phrases in
    official_documents.toml, after the prefixes of a post signed for someone."""
    key = " ".join(w for w in fold(text).split() if w not in SIGNED_FOR)
    return any(key.startswith(p) or f" {p}" in key for p in _signer_posts())


def is_closing_line(text: str) -> bool:
    """A line of a signature's closing above the signer's name: the post in capitals ("KT. GIÁM
    ĐỐC", "PHÓ GIÁM ĐỐC") or the signature's mark ("(Đã ký)"). A directive reproduced in a post
    without its letterhead still closes so."""
    text = text.strip()
    if SIGNATURE_MARK.fullmatch(text):
        return True
    if len(text) <= 60 and text.isupper() and (text.split()[0].casefold() in SIGNED_FOR and len(text.split()) >= 2):
        return True  # "TM. BAN ĐẠI DIỆN CHA MẸ HỌC SINH": signed on behalf of a body, whatever its name
    return len(text) <= 60 and text.isupper() and is_signer_post(text)

