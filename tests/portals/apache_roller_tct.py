"""Blind fixture portal: an Apache Roller 5.x weblog serving a provincial political school's news.

Platform
    Apache Roller 5.2 (Java, Tomcat, Velocity templates) with a local vendor's theme "tct-ls"
    for "Trường Chính trị tỉnh Lạng Sơn". The whole site is one weblog, handle ``tctlangson``;
    the weblog locale is ``vi_VN``, so every date Roller formats goes through Java's Vietnamese
    locale ("Thứ Năm thg 12 03, 2026", "02:30CH"), while the vendor left some strings of the
    default theme in English ("« Previous Entries", "Permalink", "Trackback URL").

URL scheme (all under ``/roller/tctlangson``)
    ``/``                         weblog main page, day-grouped, 5 entries a page, ``?page=N``
                                  zero-based ("?page=1" is the second page)
    ``/entry/<anchor>``           an entry's permalink page (articles, and the document / album /
                                  video entries too); the anchor is Roller's: the title's first
                                  five words, lower case, joined by "_", diacritics kept, so the
                                  URL is percent-encoded UTF-8; a clash gets "1" appended
    ``/category/<name>``          category listing, name URL-encoded with "+" for spaces, ``?page=N``
    ``/date/YYYYMM``, ``/date/YYYYMMDD``  month and day archives (the calendar's links), ``?page=N``
    ``/tags/<tag>``               tag listing
    ``/page/<link>``              the weblog's custom pages: gioithieu, cocautochuc, lienhe
    ``/search?q=``                search results (GET form in the header)
    ``/feed/entries/atom``        Atom feed (10 latest entries, full content)
    ``/mediaresource/<uuid>``     uploaded images, no file extension; ``?t=true`` is a thumbnail
    ``/resource/<path>``          files of the weblog's old resource folder (imported entries)
    ``/roller/page/tctlangson?anchor=<anchor>``  Roller 3 URL, 301 to the permalink

Page templates
    Every page: header (logo, "Thứ Bảy, 05/12/2026", search form), a horizontal menu with
    drop-downs, a breadcrumb, a left column with the content, a right column ("Thông báo"
    marquee, "Chuyên mục", calendar, "Tin tiêu điểm", "Xem nhiều nhất", "Lưu trữ", tag cloud,
    poll, links, visitor counter) and a footer. Listings print ``div.dayBox`` groups with a
    ``div.dayTitle`` and full ``div.entryBox`` entries (full text, or the Roller summary with
    "Đọc tiếp »"); the permalink page prints the same day box with one entry, then the tags,
    share bar, "Các tin khác", Roller comments and the comment form.

How each gold article is reached
    Main page (5 entries a page, 16 entries: ``/``, ``?page=1``, ``?page=2``, ``?page=3``), the
    category listings from the menu and the "Chuyên mục" box (Tin hoạt động has a ``?page=1``),
    the month/day archives (calendar, "Lưu trữ"; the calendar of a month links its days and the
    month before), tag pages, the sidebar boxes ("Thông báo" marquee, "Tin tiêu điểm", "Xem nhiều
    nhất") and each permalink page's "Các tin khác" (the category's five newest, itself left
    out). There is no previous/next entry link. "Tọa đàm … giảng viên trẻ" (Oct 30) is on neither
    the first main page nor the first Tin hoạt động page: only on ``?page=2`` / ``?page=1`` of
    them and in the October archive; "Vai trò của báo chí …" (Oct 8) is the only entry of main
    page ``?page=3``.

Traps
    1. Full-text listings: Roller prints whole entries (text, photos, bylines) on the main page,
       category, archive and tag pages, with the day in a group header. They are listings, not
       articles; the gold is the ``/entry/<anchor>`` permalink. Entries with a Roller summary
       show only that summary and "Đọc tiếp »" there.
    2. Zero-based paging: ``?page=1`` is the second page; older entries are behind the
       untranslated "« Previous Entries" link (it goes to *older* entries), newer ones behind
       "Next Entries »". Four main pages, two for Tin hoạt động.
    3. Percent-encoded Vietnamese anchors: ``/entry/b%E1%BA%BF_gi%E1%BA%A3ng_l%E1%BB%9Bp_...``.
       The hand-written "Tin tiêu điểm" box and the "Xem thêm:" line of a reprinted entry print
       the same URLs with lower-case hex (``%e1%ba%bf``), which serve the article too (alt
       paths); "Xem nhiều nhất" uses the Roller 3 ``/roller/page/tctlangson?anchor=`` form,
       which answers 301 to the permalink (alt paths too).
    4. Anchor clash: the two "Bế giảng lớp Trung cấp lý luận chính trị …" entries share their
       first five words; the December one is ``…_trung_cấp1``. Two different articles.
    5. Java-locale dates: the day is in the group header "Thứ Sáu thg 12 04, 2026" (month before
       day), the time in the entry footer "Đăng lúc 03:20CH thg 12 04, 2026" (SA/CH = AM/PM). Gold
       is the footer's day and time; "12:00SA" is midnight, i.e. a day alone. One entry also
       prints "(Cập nhật: 04/12/2026 08:15)"; the header's today is never a date.
    6. Bylines: the footer's "bởi quantri" / "bởi bbt_tct" is the CMS account (nobody). The real
       byline is a line of the text: right-aligned "Tin, ảnh: X", "Tin: X - Ảnh: Y", "Bài, ảnh:
       X", "ThS. X / Khoa …" at the top, "TS. X - Phó Hiệu trưởng Nhà trường", a unit alone, a
       reprint's "Thu Hà" + "Nguồn: Báo Lạng Sơn điện tử".
    7. Captions in four markups: a two-row table, a centred "(…)" paragraph under the image
       (parentheses off), image + <br> + italic line in one paragraph, and "Ảnh: X" lines that
       only credit (caption None, X a photographer). Roller's smileys plugin turns ":)" into
       ``<img class="smiley">``: neither text nor a photo.
    8. Entry-shaped non-articles: a document entry (Văn bản: number, date, "Tải về" PDF), a
       photo album and a video entry use the same permalink template as articles.
    9. Official notice: the "Thông báo tuyển sinh" entry is the school's notice with a Party
       letterhead table (TỈNH ỦY LẠNG SƠN / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM), "Số",
       "Lạng Sơn, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and
       "HIỆU TRƯỞNG … Vi Văn Thắng": date 2026-11-30 (not the footer's Dec 1), author the signer.
   10. Word paste and footnotes: the research entries carry MsoNormal markup, Word list markers
       (``mso-list:Ignore`` "1." spans: no text), bracketed footnote calls "[1]" (kept) in one,
       bare ``<sup>1</sup>`` calls (dropped) in the other, and their notes (body).
   11. Roller comments ("Bình luận", commenter, date) and the comment form, "Trackback URL",
       tags, share bar and "Các tin khác" (which, on the khóa 51 page, lists the near-identical
       "… khóa 52" title) follow the text: not body. A thumbnail (``mediaresource/…?t=true``) of
       another entry heads the "Tin tiêu điểm" box: not an image of any page's article.
   12. One imported entry (khóa 51) is written with HTML entities (``&#7871;``, ``&agrave;``).

Gold decisions on ambiguous points
    - published_at: the entry footer's time in Asia/Ho_Chi_Minh; the Atom feed agrees except for
      the official notice (letterhead day wins).
    - A Roller summary printed in ``div.tomtat`` above the text is the sapo (summary, first body
      paragraph); a bold first paragraph is the sapo too.
    - The 301 legacy URLs and the lower-case-hex URLs are alt paths of their article.
    - The smiley image adds no text and is not an image of the article.
    - Category: the Roller category the entry is filed under, as the breadcrumb prints it.
    - Title: the Roller entry title (``h2.entryTitle``, also after "Trường Chính trị tỉnh Lạng
      Sơn : " in ``<title>``); for the notice, not its "THÔNG BÁO / Về việc …" lines.
    - Notice body: from "Thực hiện Kế hoạch …" to "… phối hợp thực hiện./."; its typed "- "
      list lines keep the dash; its "1. Đối tượng, tiêu chuẩn" headings keep their typed number.
    - Research entries: the Word list marker ("1." in ``mso-list:Ignore``) is not text, the
      heading after it is; "Tài liệu tham khảo" and each typed "1. …" reference are paragraphs;
      Word's footnotes below the ``<hr>`` are paragraphs beginning "[1] ".
    - Byline posts are dropped ("ThS. Hà Thị Ngọc Anh" over "Khoa Lý luận cơ sở" -> "Hà Thị
      Ngọc Anh"; "Nguyễn Thị Lan - Chi bộ Khoa Xây dựng Đảng" -> "Nguyễn Thị Lan"); "Bài, ảnh: X"
      reads like "Tin, ảnh: X"; an "Ảnh: X" credit under a photo makes X a photographer.
    - The "Xem thêm:" line, "File đính kèm:" lines and the letterhead's "-----" rule are not body.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from urllib.parse import quote, quote_plus, unquote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "apache_roller_tct"
PLATFORM = "Apache Roller 5.2 weblog (Java/Velocity), vendor theme"
HANDLE = "tctlangson"
BASE = f"/roller/{HANDLE}"
START_PATH = f"{BASE}/"

SITE = "Trường Chính trị tỉnh Lạng Sơn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TODAY = _dt.date(2026, 12, 5)
PER_PAGE = 5

CAT_TIN = "Tin hoạt động"
CAT_DT = "Đào tạo - Bồi dưỡng"
CAT_NC = "Nghiên cứu khoa học"
CAT_TB = "Thông báo"
CAT_VB = "Văn bản"
CAT_TV = "Thư viện ảnh - Video"
CATEGORIES = [CAT_TIN, CAT_DT, CAT_NC, CAT_TB, CAT_VB, CAT_TV]

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --- Roller's own helpers --------------------------------------------------------------------


def roller_anchor_base(title: str) -> str:
    """WeblogEntry.createAnchorBase: non-alphanumerics to spaces, first five words, "_"."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in title)
    return "_".join(w.lower() for w in cleaned.split()[:5])


def enc_anchor(anchor: str, lower: bool = False) -> str:
    out = quote(anchor, safe="_-.")
    if lower:
        out = re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), out)
    return out


def cat_url(cat: str, page: int = 0) -> str:
    url = f"{BASE}/category/{quote_plus(cat)}"
    return url + (f"?page={page}" if page else "")


def java_day(d: _dt.date) -> str:
    """``EEEE MMM dd, yyyy`` in Java's vi_VN locale."""
    return f"{WEEKDAYS[d.weekday()]} thg {d.month} {d:%d}, {d.year}"


def java_time(t: _dt.datetime) -> str:
    """``hh:mma MMM dd, yyyy`` in Java's vi_VN locale (SA = AM, CH = PM)."""
    h12 = t.hour % 12 or 12
    return f"{h12:02d}:{t:%M}{'SA' if t.hour < 12 else 'CH'} thg {t.month} {t:%d}, {t.year}"


def media(uid: str) -> str:
    return f"{BASE}/mediaresource/{uid}"


# --- the entries -------------------------------------------------------------------------------


@dataclass
class Entry:
    story: Story
    when: _dt.datetime
    kind: str = "article"  # article | doc | album | video
    tags: tuple[str, ...] = ()
    user: str = "quantri"
    roller_summary: bool = False  # listings print only the summary and "Đọc tiếp »"
    updated: str | None = None
    comments: list[tuple[str, str, str]] = field(default_factory=list)
    entities: bool = False
    anchor: str = ""
    gold_date: str | None = None

    @property
    def cat(self) -> str:
        return self.story.cat

    @property
    def title(self) -> str:
        return self.story.title

    @property
    def path(self) -> str:
        return f"{BASE}/entry/{enc_anchor(self.anchor)}"

    @property
    def lower_path(self) -> str:
        return f"{BASE}/entry/{enc_anchor(self.anchor, lower=True)}"

    @property
    def legacy_path(self) -> str:
        return f"/roller/page/{HANDLE}?anchor={enc_anchor(self.anchor)}"


def at(day: str, hm: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(f"{day}T{hm}:00")


def iso(t: _dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def right(text_: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(text_)}</{tag}></p>')


ENTRIES: list[Entry] = []


def _add(entry: Entry) -> Entry:
    ENTRIES.append(entry)
    return entry


# 1 -- Dec 4: class closing, table captions, "Tin, ảnh:" byline, anchor clash ("…_trung_cấp1")
BE_GIANG_52 = _add(Entry(
    Story(
        1, "be-giang-k52", "Bế giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 52", CAT_DT,
        "2026-12-04T15:20:00+07:00",
        [
            P("Chiều ngày 04/12/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ bế giảng lớp Trung cấp "
              "lý luận chính trị hệ không tập trung khóa 52 cho 86 học viên là cán bộ, công chức các xã, "
              "phường trên địa bàn tỉnh.", "lead"),
            P("Dự buổi lễ có đồng chí Hoàng Thị Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng "
              "chí Vi Văn Thắng, Hiệu trưởng Trường Chính trị tỉnh; đại diện lãnh đạo các khoa, phòng "
              "của Nhà trường cùng toàn thể học viên của lớp."),
            Img(media("8a7f3c21-52b1-4c0e-9d1a-be52a0000001"),
                "Đồng chí Vi Văn Thắng, Hiệu trưởng Nhà trường phát biểu bế giảng lớp học",
                "Đồng chí Vi Văn Thắng, Hiệu trưởng Nhà trường phát biểu bế giảng lớp học", "tbl"),
            P("Lớp học khai giảng từ tháng 3/2026, với thời gian đào tạo 8 tháng. Trong quá trình học tập, "
              "các học viên đã được trang bị hệ thống kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng "
              "Hồ Chí Minh; quan điểm, đường lối của Đảng, chính sách, pháp luật của Nhà nước; kiến thức "
              "về quản lý hành chính nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."),
            P("Kết quả, 100% học viên đủ điều kiện tốt nghiệp; trong đó có 19 học viên đạt loại giỏi "
              "(chiếm 22,1%), 64 học viên đạt loại khá (chiếm 74,4%), 03 học viên đạt loại trung bình. "
              "Học viên Lộc Thị Hương, công chức Văn phòng - Thống kê xã Na Sầm đạt kết quả cao nhất lớp "
              "với điểm trung bình toàn khóa 8,9."),
            P("Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận tinh thần khắc phục khó khăn, vừa "
              "công tác vừa học tập của các học viên; đề nghị mỗi học viên sau khi tốt nghiệp tiếp tục tự "
              "học tập, rèn luyện, vận dụng sáng tạo những kiến thức đã học vào thực tiễn công tác tại "
              "địa phương, đơn vị, góp phần thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
              "lần thứ XVIII, nhiệm kỳ 2025 - 2030."),
            Img(media("8a7f3c21-52b1-4c0e-9d1a-be52a0000002"),
                "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
                "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập", "tbl"),
            P("Dịp này, Nhà trường đã trao giấy khen cho 05 học viên có thành tích xuất sắc trong học tập "
              "và rèn luyện."),
            right("Tin, ảnh: Hoàng Minh Đức"),
        ],
        authors=["Hoàng Minh Đức"], photographers=["Hoàng Minh Đức"],
        summary="Chiều ngày 04/12/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Lễ bế giảng lớp Trung cấp "
                "lý luận chính trị hệ không tập trung khóa 52 cho 86 học viên là cán bộ, công chức các xã, "
                "phường trên địa bàn tỉnh.",
    ),
    at("2026-12-04", "15:20"), tags=("daotao",), user="bbt_tct",
))

# 2 -- Dec 3: photo album (not an article)
ALBUM = _add(Entry(
    Story(
        2, "album-hoi-thao", "Album ảnh: Hội thao chào mừng 80 năm Ngày Toàn quốc kháng chiến "
        "(19/12/1946 - 19/12/2026)", CAT_TV, None,
        [
            P("Một số hình ảnh tại Hội thao của cán bộ, giảng viên, nhân viên Nhà trường:"),
            Img(media("a1b0c3d4-0001-4e5f-8a9b-a1b0a1b00001"), "Lễ khai mạc Hội thao", "Lễ khai mạc Hội thao", "br"),
            Img(media("a1b0c3d4-0001-4e5f-8a9b-a1b0a1b00002"), "Môn kéo co nam nữ phối hợp",
                "Môn kéo co nam nữ phối hợp", "br"),
            Img(media("a1b0c3d4-0001-4e5f-8a9b-a1b0a1b00003"), "Môn bóng chuyền hơi", "Môn bóng chuyền hơi", "br"),
            Img(media("a1b0c3d4-0001-4e5f-8a9b-a1b0a1b00004"), "Môn cầu lông đôi nam", "Môn cầu lông đôi nam", "br"),
            Img(media("a1b0c3d4-0001-4e5f-8a9b-a1b0a1b00005"), "Trao giải toàn đoàn", "Trao giải toàn đoàn", "br"),
            right("Ảnh: Nông Văn Hải", "em"),
        ],
    ),
    at("2026-12-03", "09:45"), kind="album",
))

# 3 -- Dec 2: "Tin: X - Ảnh: Y", parenthesised captions, <br> split, update date, comments
HOI_THI = _add(Entry(
    Story(
        3, "hoi-thi-gvdg", "Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thi giảng viên dạy giỏi cấp trường "
        "năm 2026", CAT_TIN, "2026-12-02T16:00:00+07:00",
        [
            P("Từ ngày 30/11 đến ngày 02/12/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thi giảng "
              "viên dạy giỏi cấp trường năm 2026. Đây là hoạt động thiết thực nhằm nâng cao chất lượng đội "
              "ngũ giảng viên, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động "
              "của người học.", "lead"),
            P("Tham gia Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn của Nhà trường. Mỗi giảng viên "
              "dự thi trình bày 01 bài giảng lý thuyết trong thời gian 45 phút trước Ban Giám khảo và học "
              "viên lớp Trung cấp lý luận chính trị khóa 53; nội dung bài giảng do giảng viên tự chọn "
              "trong chương trình đào tạo, bồi dưỡng hiện hành."),
            Img(media("3c9e0f55-1d2a-4b6c-8e7f-0a1b2c3d4e01"),
                "(Ban Giám khảo chấm bài giảng của giảng viên Khoa Nhà nước và pháp luật)",
                "Ban Giám khảo chấm bài giảng của giảng viên Khoa Nhà nước và pháp luật", "paren"),
            P("Qua 3 ngày thi, các bài giảng đều được chuẩn bị công phu, bám sát mục tiêu, yêu cầu; nhiều "
              "giảng viên đã mạnh dạn ứng dụng công nghệ thông tin, sử dụng bài giảng điện tử, tình huống "
              "thực tiễn của địa phương để minh họa, giúp bài giảng sinh động, dễ tiếp thu."),
            P("Kết quả, Ban Tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.",
              "brjoin"),
            P("Giải Nhất thuộc về giảng viên Hà Thị Ngọc Anh, Khoa Lý luận cơ sở với bài giảng “Học thuyết "
              "giá trị thặng dư và sự vận dụng ở Việt Nam hiện nay”."),
            Img(media("3c9e0f55-1d2a-4b6c-8e7f-0a1b2c3d4e02"),
                "(Đồng chí Vi Văn Thắng, Hiệu trưởng trao giải Nhất cho giảng viên Hà Thị Ngọc Anh)",
                "Đồng chí Vi Văn Thắng, Hiệu trưởng trao giải Nhất cho giảng viên Hà Thị Ngọc Anh", "paren"),
            P("Các giảng viên đạt giải Nhất, giải Nhì sẽ được Nhà trường lựa chọn tham dự Hội thi giảng "
              "viên dạy giỏi các trường chính trị khu vực miền núi phía Bắc dự kiến tổ chức vào quý II "
              "năm 2027."),
            Raw('<p style="text-align: right;"><em><strong>Tin: Lý Thị Thu - Ảnh: Nông Văn Hải</strong></em></p>'),
        ],
        authors=["Lý Thị Thu"], photographers=["Nông Văn Hải"],
        summary="Từ ngày 30/11 đến ngày 02/12/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thi giảng "
                "viên dạy giỏi cấp trường năm 2026. Đây là hoạt động thiết thực nhằm nâng cao chất lượng đội "
                "ngũ giảng viên, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động "
                "của người học.",
    ),
    at("2026-12-02", "16:00"), tags=("daotao",), updated="04/12/2026 08:15",
    comments=[
        ("Hoàng Văn Bình", "Chúc mừng các thầy cô đạt giải! Mong Nhà trường đăng thêm video bài giảng để "
         "học viên các lớp tham khảo.", "thg 12 03, 2026 lúc 07:42SA"),
        ("Học viên K53", "Bài giảng của cô Ngọc Anh rất dễ hiểu, cảm ơn cô ạ.", "thg 12 03, 2026 lúc 09:10CH"),
    ],
))

# 4 -- Dec 1: the school's notice with a Party letterhead (date = letterhead day, author = signer)
_LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;"><span style="font-size: 11pt;">'
    'TỈNH ỦY LẠNG SƠN<br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số 152-TB/TCT</span></td>'
    '<td style="text-align: center; vertical-align: top;"><span style="font-size: 11pt;"><strong>'
    '<u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Lạng Sơn, ngày 30 tháng 11 năm 2026</em>'
    '</span></td></tr></tbody></table>\n'
    '<p style="text-align: center;"><strong><span style="font-size: 14pt;">THÔNG BÁO</span></strong><br />'
    '<strong>Về việc tuyển sinh lớp Trung cấp lý luận chính trị<br />hệ không tập trung năm 2027</strong></p>\n'
    '<p style="text-align: center;">-----</p>'
)
_SIGNATURE = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 55%; vertical-align: top;">'
    '<strong><em>Nơi nhận:</em></strong><br /><span style="font-size: 10pt;">- Thường trực Tỉnh ủy (b/c);<br />'
    '- Ban Tổ chức Tỉnh ủy;<br />- Các đảng ủy xã, phường, đảng ủy trực thuộc Tỉnh ủy;<br />'
    '- Lưu VT, P.QLĐT&amp;NCKH.</span></td><td style="text-align: center; vertical-align: top;">'
    '<strong>HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Vi Văn Thắng</strong>'
    '</td></tr></tbody></table>\n'
    '<p><img src="/roller/images/attachment.gif" alt="" /> File đính kèm: '
    f'<a href="{BASE}/resource/thongbao/TB152-TCT.pdf">TB152-TCT.pdf</a> (215 KB)</p>'
)
THONG_BAO_TS = _add(Entry(
    Story(
        4, "tb-tuyen-sinh", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        CAT_TB, "2026-11-30",
        [
            _LETTERHEAD,
            P("Thực hiện Kế hoạch số 48-KH/TCT ngày 24/11/2026 của Trường Chính trị tỉnh về mở các lớp đào "
              "tạo, bồi dưỡng năm 2027; căn cứ chỉ tiêu đào tạo được Ban Thường vụ Tỉnh ủy phê duyệt, Trường "
              "Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm "
              "2027 như sau:"),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P("- Cán bộ, công chức, viên chức đang công tác tại các cơ quan đảng, nhà nước, Mặt trận Tổ quốc "
              "và các tổ chức chính trị - xã hội cấp tỉnh, cấp xã được quy hoạch vào các chức danh lãnh đạo, "
              "quản lý."),
            P("- Có trình độ tốt nghiệp trung học phổ thông trở lên; có đủ sức khỏe để học tập; tuổi đời "
              "không quá 50 đối với nam và 45 đối với nữ tính đến thời điểm khai giảng."),
            P("2. Chỉ tiêu, thời gian và địa điểm học", "h"),
            P("- Chỉ tiêu: 02 lớp, mỗi lớp khoảng 80 học viên.", "brjoin"),
            P("- Thời gian học: 08 tháng, dự kiến khai giảng trong tháng 3/2027; học tập trung theo đợt, "
              "mỗi đợt từ 7 đến 10 ngày.", "brjoin"),
            P("- Địa điểm: Trường Chính trị tỉnh Lạng Sơn, số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, "
              "tỉnh Lạng Sơn."),
            P("3. Hồ sơ và thời hạn nộp", "h"),
            P("Hồ sơ gồm: Quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt nghiệp trung học "
              "phổ thông (có chứng thực); sơ yếu lý lịch có xác nhận của cơ quan quản lý; giấy chứng nhận "
              "sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 6 tháng."),
            P("Các cơ quan, đơn vị gửi hồ sơ và danh sách trích ngang về Phòng Quản lý đào tạo và Nghiên cứu "
              "khoa học, Trường Chính trị tỉnh trước ngày 31/01/2027. Điện thoại liên hệ: 0205.3812.475."),
            P("Trường Chính trị tỉnh đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
            _SIGNATURE,
        ],
        authors=["Vi Văn Thắng"],
    ),
    at("2026-12-01", "08:00"), user="vanthu",
))

# 5 -- Nov 28: Roller summary as the sapo (div.tomtat), a unit signing alone
HOI_THAO = _add(Entry(
    Story(
        5, "hoi-thao-hcm", "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, "
        "bồi dưỡng cán bộ cấp xã hiện nay”", CAT_TIN, "2026-11-28T14:30:00+07:00",
        [
            P("Đồng chí Vi Văn Thắng, Hiệu trưởng Nhà trường chủ trì Hội thảo. Tham dự có đại diện Ban Tổ "
              "chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ; lãnh đạo Đảng ủy một số xã, "
              "phường cùng toàn thể cán bộ, giảng viên Nhà trường."),
            P("Ban Tổ chức đã nhận được 32 bài tham luận của các nhà khoa học, giảng viên và cán bộ thực "
              "tiễn. Các ý kiến tập trung làm rõ những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán bộ "
              "và công tác cán bộ như: vị trí, vai trò của cán bộ; tiêu chuẩn “vừa hồng, vừa chuyên”; quan "
              "điểm “huấn luyện cán bộ là công việc gốc của Đảng”."),
            Img(media("5d0c9a77-2e41-4f3b-b6a8-40e3a1c5d201"), "Quang cảnh Hội thảo", "Quang cảnh Hội thảo", "br"),
            P("Nhiều tham luận đã phân tích thực trạng đội ngũ cán bộ cấp xã sau khi thực hiện mô hình chính "
              "quyền địa phương hai cấp; chỉ ra những yêu cầu mới về năng lực quản trị, chuyển đổi số, giải "
              "quyết thủ tục hành chính trực tuyến đối với cán bộ, công chức cấp xã."),
            P("Đề xuất nhiều giải pháp thiết thực", "h"),
            P("Phát biểu kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa, phòng tiếp thu các ý kiến "
              "đóng góp, bổ sung vào nội dung bài giảng; tăng cường khảo sát thực tế, xây dựng tình huống "
              "điển hình từ thực tiễn các xã, phường trên địa bàn tỉnh để đưa vào giảng dạy, nâng cao tính "
              "thuyết phục của bài giảng."),
            right("Phòng Quản lý đào tạo và Nghiên cứu khoa học", "em"),
        ],
        authors=["Phòng Quản lý đào tạo và Nghiên cứu khoa học"],
        summary="Ngày 28/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thảo khoa học cấp trường với chủ "
                "đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng cán bộ cấp xã "
                "hiện nay”.",
        sapo_outside=True,
    ),
    at("2026-11-28", "14:30"), tags=("nghiquyet",), roller_summary=True,
))

# 6 -- Nov 25: a document entry (not an article)
VAN_BAN = _add(Entry(
    Story(
        6, "kh-48", "Kế hoạch mở các lớp đào tạo, bồi dưỡng năm 2027", CAT_VB, None,
        [
            Raw('<table style="width: 100%;" border="1" cellspacing="0" cellpadding="4"><tbody>'
                '<tr><td style="width: 28%;"><strong>Số ký hiệu</strong></td><td>48-KH/TCT</td></tr>'
                '<tr><td><strong>Ngày ban hành</strong></td><td>24/11/2026</td></tr>'
                '<tr><td><strong>Loại văn bản</strong></td><td>Kế hoạch</td></tr>'
                '<tr><td><strong>Cơ quan ban hành</strong></td><td>Trường Chính trị tỉnh Lạng Sơn</td></tr>'
                '<tr><td><strong>Trích yếu</strong></td><td>Kế hoạch mở các lớp đào tạo, bồi dưỡng năm 2027</td></tr>'
                '<tr><td><strong>Người ký</strong></td><td>Vi Văn Thắng</td></tr>'
                f'<tr><td><strong>Tải về</strong></td><td><a href="{BASE}/resource/vanban/KH48-TCT.pdf">'
                'KH48-TCT.pdf</a></td></tr></tbody></table>'),
        ],
    ),
    at("2026-11-25", "10:15"), kind="doc", user="vanthu",
))

# 7 -- Nov 25 (same day as 6): list items, a credit-only photo line
CHI_BO = _add(Entry(
    Story(
        7, "chi-bo-xdd", "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026", CAT_TIN,
        "2026-11-25T07:30:00+07:00",
        [
            P("Sáng ngày 24/11/2026, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Lạng Sơn tổ chức sinh "
              "hoạt chuyên đề quý IV năm 2026 với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực "
              "hiện Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng "
              "viên trong giai đoạn mới”."),
            P("Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của chuyên đề; "
              "các đảng viên trong chi bộ tập trung thảo luận, làm rõ các nội dung:"),
            P("Những chuẩn mực đạo đức cách mạng của cán bộ, đảng viên và ý nghĩa của từng chuẩn mực đối với "
              "đội ngũ giảng viên lý luận chính trị;", "li"),
            P("Liên hệ trách nhiệm nêu gương của mỗi đảng viên trong giảng dạy, nghiên cứu khoa học và sinh "
              "hoạt nơi cư trú;", "li"),
            P("Giải pháp đổi mới nội dung, hình thức sinh hoạt chi bộ, tránh hình thức, đơn điệu.", "li"),
            Img(media("7e21b0c4-93aa-4d15-a0f2-c8d9e0f1a207"), "Ảnh: Nguyễn Thị Lan", None, "credit"),
            P("Qua sinh hoạt chuyên đề, các đảng viên trong Chi bộ nâng cao nhận thức, thống nhất cao về tư "
              "tưởng và hành động; mỗi đảng viên đăng ký ít nhất một nội dung cụ thể để rèn luyện, tu dưỡng "
              "trong năm 2027."),
            right("Nguyễn Thị Lan - Chi bộ Khoa Xây dựng Đảng"),
        ],
        authors=["Nguyễn Thị Lan"], photographers=["Nguyễn Thị Lan"],
    ),
    at("2026-11-25", "07:30"), tags=("nghiquyet",),
))

# 8 -- Nov 18 (same day as 9): Word paste, top byline with degree, mso-list markers, bracketed footnote calls + notes
NC_TU_HOC = _add(Entry(
    Story(
        8, "tu-hoc", "Một số giải pháp nâng cao chất lượng tự học của học viên hệ Trung cấp lý luận chính trị",
        CAT_NC, "2026-11-18T20:05:00+07:00",
        [
            Raw('<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b><i>'
                '<span style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">ThS. Hà Thị '
                'Ngọc Anh</span></i></b><br /><i><span style="font-size:13.0pt;font-family:&quot;Times New '
                'Roman&quot;,serif">Khoa Lý luận cơ sở</span></i></p>'),
            P("Tự học là một khâu quan trọng của quá trình đào tạo, quyết định chất lượng học tập của học "
              "viên. Chủ tịch Hồ Chí Minh từng căn dặn: “Về văn hóa, chính trị, kỹ thuật, chuyên môn, đều "
              "phải lấy tự học làm cốt”.[1] Đối với học viên hệ Trung cấp lý luận chính trị, phần lớn là cán "
              "bộ, công chức vừa công tác vừa học tập, năng lực tự học càng có ý nghĩa quyết định.", "mso"),
            P("Thực trạng tự học của học viên", "msoli:1."),
            P("Qua khảo sát 215 học viên các lớp Trung cấp lý luận chính trị khóa 50, 51, 52 năm 2026 cho "
              "thấy: 68,4% học viên dành dưới 1 giờ mỗi ngày cho việc tự học; 57,2% học viên chủ yếu đọc lại "
              "đề cương bài giảng trước khi thi; chỉ có 21,9% học viên thường xuyên đọc thêm tài liệu tham "
              "khảo, sách chuyên khảo.[2]", "mso"),
            P("Nguyên nhân của thực trạng trên một phần do áp lực công việc tại cơ quan, đơn vị; phần khác do "
              "phương pháp giảng dạy ở một số bài vẫn nặng về thuyết trình một chiều, chưa giao nhiệm vụ tự "
              "học cụ thể cho học viên; thư viện Nhà trường chưa có đủ tài liệu điện tử để học viên khai "
              "thác từ xa.", "mso"),
            P("Giải pháp nâng cao chất lượng tự học", "msoli:2."),
            P("Thứ nhất, giảng viên cần đổi mới phương pháp giảng dạy theo hướng giao nhiệm vụ tự học trước "
              "mỗi chuyên đề, có kiểm tra, đánh giá kết quả tự học trong giờ lên lớp.", "mso"),
            P("Thứ hai, Nhà trường đẩy mạnh xây dựng thư viện điện tử, số hóa giáo trình, tài liệu tham khảo "
              "và cho phép học viên truy cập qua tài khoản cá nhân.", "mso"),
            P("Thứ ba, cơ quan cử cán bộ đi học cần tạo điều kiện về thời gian, bố trí công việc hợp lý để "
              "học viên có thời gian tự nghiên cứu; đồng thời, mỗi học viên phải xác định rõ động cơ học tập "
              "đúng đắn.", "mso"),
            Raw('<div style="mso-element:footnote-list"><br clear="all" /><hr align="left" size="1" width="33%" />'),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.312.", "wordnote:1"),
            P("[2] Phòng Quản lý đào tạo và Nghiên cứu khoa học: Báo cáo kết quả khảo sát học viên năm 2026, "
              "tr.7.", "wordnote:2"),
            Raw("</div>"),
        ],
        authors=["Hà Thị Ngọc Anh"],
    ),
    at("2026-11-18", "20:05"),
    comments=[
        ("Nông Thị Hạnh", "Bài viết rất thiết thực. Đề nghị thư viện sớm cho học viên mượn tài liệu online.",
         "thg 11 21, 2026 lúc 06:55SA"),
    ],
))

# 9 -- Nov 18: bold lead, image + <br> + caption in one paragraph, "Tin, ảnh:" in a div
QUOC_PHONG = _add(Entry(
    Story(
        9, "qp-an-dt4", "Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        CAT_DT, "2026-11-18T15:00:00+07:00",
        [
            P("Sáng ngày 18/11/2026, Trường Chính trị tỉnh Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh khai "
              "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.", "lead"),
            P("Tham gia lớp bồi dưỡng có 120 học viên là trưởng thôn, khối phố; chi hội trưởng các đoàn thể; "
              "người hoạt động không chuyên trách ở các xã, phường trên địa bàn tỉnh."),
            Img(media("9f4a2c10-6b3e-4e8d-9c71-0d2e3f4a5b09"),
                "Đại tá Hoàng Văn Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu khai giảng lớp học",
                "Đại tá Hoàng Văn Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu khai giảng lớp học",
                "br"),
            P("Trong thời gian 5 ngày, các học viên được nghiên cứu 8 chuyên đề về quan điểm của Đảng về quốc "
              "phòng, an ninh trong tình hình mới; xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân "
              "dân; phòng, chống chiến lược “diễn biến hòa bình”, bạo loạn lật đổ của các thế lực thù địch; "
              "công tác bảo vệ chủ quyền, an ninh biên giới quốc gia trên địa bàn tỉnh Lạng Sơn."),
            P("Kết thúc khóa học, học viên viết bài thu hoạch; những học viên đạt yêu cầu được cấp Giấy chứng "
              "nhận hoàn thành chương trình bồi dưỡng kiến thức quốc phòng và an ninh theo quy định."),
            Img(media("9f4a2c10-6b3e-4e8d-9c71-0d2e3f4a5b10"), "Các học viên tham dự lớp bồi dưỡng",
                "Các học viên tham dự lớp bồi dưỡng", "br"),
            Raw('<div style="text-align: right;"><b>Tin, ảnh: Hoàng Thu Trang</b></div>'),
        ],
        authors=["Hoàng Thu Trang"], photographers=["Hoàng Thu Trang"],
        summary="Sáng ngày 18/11/2026, Trường Chính trị tỉnh Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh "
                "khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
    ),
    at("2026-11-18", "15:00"), tags=("daotao",), user="bbt_tct",
))

# 10 -- Nov 14, printed "12:00SA" (midnight: the day alone); reprint with author + "Nguồn:"
CAO_BANG = _add(Entry(
    Story(
        10, "cao-bang", "Đoàn công tác Trường Chính trị tỉnh Lạng Sơn học tập kinh nghiệm tại Trường Chính trị "
        "tỉnh Cao Bằng", CAT_TIN, "2026-11-14",
        [
            P("Ngày 13/11/2026, Đoàn công tác Trường Chính trị tỉnh Lạng Sơn do đồng chí Dương Văn Khánh, "
              "Phó Hiệu trưởng làm trưởng đoàn đã có buổi làm việc, trao đổi kinh nghiệm với Trường Chính trị "
              "tỉnh Cao Bằng."),
            P("Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác tổ chức các lớp đào tạo, bồi "
              "dưỡng cho cán bộ cấp xã sau sắp xếp đơn vị hành chính; việc ứng dụng phần mềm quản lý đào tạo, "
              "xây dựng ngân hàng câu hỏi thi trắc nghiệm và tổ chức thi trên máy tính; công tác nghiên cứu "
              "khoa học gắn với tổng kết thực tiễn ở địa phương."),
            Img(media("10c0ba9e-77d1-4a2b-8f3c-5e6d7c8b9a10"),
                "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị tỉnh Cao Bằng",
                "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị tỉnh Cao Bằng", "tbl"),
            P("Đồng chí Dương Văn Khánh cảm ơn sự đón tiếp chu đáo của Trường Chính trị tỉnh Cao Bằng, mong "
              "muốn hai trường tiếp tục tăng cường phối hợp trong trao đổi giảng viên, tổ chức hội thảo khoa "
              "học chung về các vấn đề của khu vực biên giới phía Bắc."),
            right("Thu Hà"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn điện tử</em></p>'),
            Raw("@XEMTHEM:14@"),
        ],
        authors=["Thu Hà"], source="Báo Lạng Sơn điện tử",
    ),
    at("2026-11-14", "00:00"),
))

# 11 -- Nov 10: no byline, h4 + list + quote, "Ảnh: X" credit lines only
CDS = _add(Entry(
    Story(
        11, "ke-hoach-cds", "Quán triệt, triển khai Kế hoạch chuyển đổi số của Nhà trường giai đoạn 2026 - 2030",
        CAT_TIN, "2026-11-10T09:00:00+07:00",
        [
            P("Ngày 10/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức hội nghị quán triệt, triển khai Kế "
              "hoạch chuyển đổi số của Nhà trường giai đoạn 2026 - 2030 tới toàn thể cán bộ, giảng viên, nhân "
              "viên."),
            Img(media("11d3e5f7-0a2b-4c6d-8e0f-1a3b5c7d9e11"), "Ảnh: Nông Văn Hải", None, "credit"),
            P("Theo Kế hoạch, đến năm 2030, 100% hồ sơ học viên, kết quả học tập được quản lý trên phần mềm; "
              "100% giảng viên sử dụng thành thạo bài giảng điện tử; tối thiểu 30% chuyên đề bồi dưỡng được "
              "tổ chức theo hình thức trực tuyến hoặc kết hợp."),
            P("Các nhiệm vụ trọng tâm", "h4"),
            P("Hoàn thiện hạ tầng mạng, phòng học thông minh và hệ thống hội nghị trực tuyến;", "li"),
            P("Xây dựng kho học liệu số dùng chung, số hóa giáo trình và tài liệu tham khảo;", "li"),
            P("Triển khai thi trắc nghiệm trên máy tính đối với các học phần phù hợp;", "li"),
            P("Bồi dưỡng kỹ năng số cho đội ngũ cán bộ, giảng viên, nhân viên.", "li"),
            P("Phát biểu chỉ đạo Hội nghị, đồng chí Hiệu trưởng nhấn mạnh:"),
            P("“Chuyển đổi số không phải là việc riêng của bộ phận công nghệ thông tin mà là nhiệm vụ của "
              "từng cán bộ, giảng viên, nhân viên; mỗi người phải thay đổi thói quen làm việc, mạnh dạn ứng "
              "dụng công nghệ vào công việc hằng ngày”.", "quote"),
            Img(media("11d3e5f7-0a2b-4c6d-8e0f-1a3b5c7d9e12"), None, None, "none"),
            P("Hội nghị cũng đã thống nhất thành lập Tổ công tác chuyển đổi số của Nhà trường do đồng chí "
              "Phó Hiệu trưởng phụ trách làm Tổ trưởng."),
            Img(media("11d3e5f7-0a2b-4c6d-8e0f-1a3b5c7d9e13"), "Ảnh: Nông Văn Hải", None, "credit"),
        ],
        photographers=["Nông Văn Hải"],
    ),
    at("2026-11-10", "09:00"), tags=("chuyendoiso",),
))

# 12 -- Nov 5: a video entry (not an article)
VIDEO = _add(Entry(
    Story(
        12, "video-ps", "Video: Trường Chính trị tỉnh Lạng Sơn đổi mới phương pháp giảng dạy lý luận chính trị",
        CAT_TV, None,
        [
            Raw('<p style="text-align: center;"><iframe width="640" height="360" '
                'src="https://www.youtube.com/embed/Xq7tCt9LsVn" frameborder="0" allowfullscreen="allowfullscreen">'
                '</iframe></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo và Phát thanh, Truyền hình Lạng Sơn</em></p>'),
        ],
    ),
    at("2026-11-05", "14:00"), kind="video",
))

# 13 -- Oct 30: "Bài, ảnh:", Roller smiley image at the end of a paragraph
TOA_DAM = _add(Entry(
    Story(
        13, "toa-dam-cds", "Tọa đàm “Chuyển đổi số trong giảng dạy lý luận chính trị” dành cho giảng viên trẻ",
        CAT_TIN, "2026-10-30T16:40:00+07:00",
        [
            P("Chiều ngày 30/10/2026, Chi đoàn Trường Chính trị tỉnh Lạng Sơn tổ chức tọa đàm “Chuyển đổi số "
              "trong giảng dạy lý luận chính trị” dành cho giảng viên trẻ và đoàn viên thanh niên của Nhà "
              "trường."),
            P("Tại buổi tọa đàm, các đoàn viên được giới thiệu cách sử dụng một số công cụ hỗ trợ thiết kế "
              "bài giảng điện tử, tổ chức khảo sát nhanh ý kiến học viên trên lớp bằng điện thoại thông minh; "
              "khai thác cơ sở dữ liệu văn kiện Đảng, tài liệu số của Học viện Chính trị quốc gia Hồ Chí Minh "
              "phục vụ giảng dạy."),
            Img(media("13aa0b1c-2d3e-4f50-a6b7-c8d9eaf0b113"),
                "Giảng viên trẻ chia sẻ kinh nghiệm thiết kế bài giảng điện tử",
                "Giảng viên trẻ chia sẻ kinh nghiệm thiết kế bài giảng điện tử", "tbl"),
            P("Nhiều ý kiến cho rằng, việc ứng dụng trí tuệ nhân tạo trong chuẩn bị bài giảng cần có sự kiểm "
              "chứng chặt chẽ, bảo đảm tính chính xác, tính đảng và tính khoa học của nội dung lý luận chính "
              "trị."),
            P("Buổi tọa đàm kết thúc trong không khí sôi nổi, cởi mở. Hẹn gặp lại các bạn đoàn viên ở buổi "
              "sinh hoạt chuyên đề tiếp theo!", "smiley"),
            right("Bài, ảnh: Lương Thị Hồng Nhung"),
        ],
        authors=["Lương Thị Hồng Nhung"], photographers=["Lương Thị Hồng Nhung"],
    ),
    at("2026-10-30", "16:40"), tags=("chuyendoiso",), user="doanthanhnien",
))

# 14 -- Oct 22: imported entry in HTML entities, old resource-folder image; owns the bare anchor
BE_GIANG_51 = _add(Entry(
    Story(
        14, "be-giang-k51", "Bế giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 51", CAT_DT,
        "2026-10-22T08:30:00+07:00",
        [
            P("Ngày 21/10/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức bế giảng lớp Trung cấp lý luận chính "
              "trị hệ không tập trung khóa 51 mở tại xã Đình Lập cho 72 học viên."),
            P("Sau 8 tháng học tập, các học viên đã hoàn thành chương trình đào tạo theo quy định của Học "
              "viện Chính trị quốc gia Hồ Chí Minh. Kết quả có 15 học viên tốt nghiệp loại giỏi, 55 học viên "
              "loại khá và 02 học viên loại trung bình."),
            Img(f"{BASE}/resource/images/2026/bg-k51.jpg",
                "Các học viên lớp Trung cấp lý luận chính trị khóa 51 nhận bằng tốt nghiệp",
                "Các học viên lớp Trung cấp lý luận chính trị khóa 51 nhận bằng tốt nghiệp", "tbl"),
            P("Lớp học được mở tại địa phương nhằm tạo điều kiện thuận lợi cho cán bộ, công chức các xã vùng "
              "sâu, vùng xa vừa bảo đảm công tác chuyên môn, vừa tham gia học tập đầy đủ."),
            right("Khánh Linh"),
        ],
        authors=["Khánh Linh"],
    ),
    at("2026-10-22", "08:30"), tags=("daotao",), entities=True,
))

# 15 -- Oct 15: a results table, a unit signing alone, an attachment line
KET_QUA_VC = _add(Entry(
    Story(
        15, "kq-vien-chuc", "Thông báo kết quả xét tuyển viên chức Trường Chính trị tỉnh Lạng Sơn năm 2026",
        CAT_TB, "2026-10-15T10:00:00+07:00",
        [
            P("Căn cứ kết quả xét tuyển viên chức năm 2026 của Hội đồng tuyển dụng viên chức Trường Chính trị "
              "tỉnh Lạng Sơn, Nhà trường thông báo kết quả xét tuyển như sau:"),
            P("TT | Họ và tên | Ngày sinh | Vị trí dự tuyển | Tổng điểm | Kết quả", "rowh"),
            P("1 | Hoàng Thị Thanh Hương | 12/3/1995 | Giảng viên Khoa Lý luận cơ sở | 82,5 | Trúng tuyển", "row"),
            P("2 | Nông Đức Mạnh | 05/9/1993 | Giảng viên Khoa Xây dựng Đảng | 79,0 | Trúng tuyển", "row"),
            P("3 | Lưu Thị Phương | 21/11/1996 | Giảng viên Khoa Xây dựng Đảng | 71,5 | Không trúng tuyển", "row"),
            P("4 | Triệu Văn Long | 08/01/1994 | Chuyên viên Phòng Tổ chức - Hành chính | 76,0 | Trúng tuyển",
              "row"),
            P("Người trúng tuyển có trách nhiệm hoàn thiện hồ sơ và đến Phòng Tổ chức - Hành chính, Trường "
              "Chính trị tỉnh để ký hợp đồng làm việc trong thời hạn 30 ngày kể từ ngày nhận được thông báo."),
            right("Phòng Tổ chức - Hành chính"),
            Raw('<p><img src="/roller/images/attachment.gif" alt="" /> File đính kèm: '
                f'<a href="{BASE}/resource/thongbao/KQ-xettuyen-VC2026.pdf">KQ-xettuyen-VC2026.pdf</a></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
    ),
    at("2026-10-15", "10:00"), user="vanthu",
))

# 16 -- Oct 8: Roller summary as sapo, bare <sup> note calls (dropped), quote, references
BAO_CHI = _add(Entry(
    Story(
        16, "bao-chi", "Vai trò của báo chí cách mạng trong đấu tranh bảo vệ nền tảng tư tưởng của Đảng trên "
        "không gian mạng", CAT_NC, "2026-10-08T14:00:00+07:00",
        [
            P("1. Không gian mạng - mặt trận mới của cuộc đấu tranh tư tưởng", "h"),
            P("Mỗi năm có hàng chục nghìn tin, bài có nội dung xấu, độc, xuyên tạc đường lối của Đảng được "
              "phát tán trên các nền tảng mạng xã hội.", "sup:1"),
            P("Các thế lực thù địch triệt để lợi dụng tính ẩn danh, tốc độ lan truyền nhanh của mạng xã hội để "
              "xuyên tạc lịch sử, bôi nhọ lãnh tụ, phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh. Chủ "
              "tịch Hồ Chí Minh đã chỉ rõ nhiệm vụ của báo chí cách mạng:"),
            P("“Nhiệm vụ của tờ báo là tuyên truyền, cổ động, huấn luyện, giáo dục và tổ chức dân chúng, để "
              "đưa dân chúng đến mục đích chung”.", "quote:2"),
            P("2. Phát huy vai trò của báo chí trong tình hình mới", "h"),
            P("Một là, các cơ quan báo chí cần chủ động, kịp thời cung cấp thông tin chính thống, chiếm lĩnh "
              "trận địa thông tin trên không gian mạng; kết hợp chặt chẽ giữa “xây” và “chống”, lấy “xây” "
              "làm chính."),
            P("Hai là, đổi mới phương thức thể hiện, đa dạng hóa sản phẩm báo chí trên các nền tảng số, nhất "
              "là video ngắn, đồ họa thông tin, podcast, phù hợp với thói quen tiếp nhận thông tin của giới "
              "trẻ."),
            P("Ba là, xây dựng đội ngũ người làm báo vững vàng về chính trị, tinh thông nghiệp vụ, có kỹ năng "
              "số; đồng thời phát huy vai trò của đội ngũ giảng viên lý luận chính trị tham gia viết bài đấu "
              "tranh phản bác các quan điểm sai trái, thù địch.", "sup:3"),
            P("Tài liệu tham khảo", "h"),
            P("1. Bộ Công an: Báo cáo tổng kết công tác bảo đảm an ninh mạng năm 2025, Hà Nội, 2026.", "ref:1"),
            P("2. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.462.", "ref:2"),
            P("3. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính trị quốc "
              "gia Sự thật, Hà Nội, 2026.", "ref:3"),
            right("TS. Dương Văn Khánh - Phó Hiệu trưởng Nhà trường"),
        ],
        authors=["Dương Văn Khánh"],
        summary="Báo chí cách mạng Việt Nam luôn là lực lượng xung kích trên mặt trận tư tưởng - văn hóa. Trong "
                "bối cảnh bùng nổ thông tin trên không gian mạng, vai trò của báo chí trong đấu tranh bảo vệ "
                "nền tảng tư tưởng của Đảng càng trở nên quan trọng.",
        sapo_outside=True,
    ),
    at("2026-10-08", "14:00"), tags=("nghiquyet",), roller_summary=True, user="bbt_tct",
))


# --- anchors (Roller gives the bare anchor to the first entry and appends 1, 2 … on a clash) ----

ENTRIES.sort(key=lambda e: e.when)
_TAKEN: set[str] = set()
for _e in ENTRIES:
    _base = roller_anchor_base(_e.title)
    _anchor, _n = _base, 0
    while _anchor in _TAKEN:
        _n += 1
        _anchor = f"{_base}{_n}"
    _e.anchor = _anchor
    _TAKEN.add(_anchor)
ENTRIES.sort(key=lambda e: e.when, reverse=True)  # newest first, as every listing prints them
BY_ANCHOR = {e.anchor: e for e in ENTRIES}
BY_ID = {e.story.id: e for e in ENTRIES}
ARTICLES = [e for e in ENTRIES if e.kind == "article"]


# --- entry text as the editors left it ----------------------------------------------------------

_WORD_SPAN = 'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _word_ref(n: str) -> str:
    return (f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">'
            '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
            '<![if !supportFootnotes]><span class="MsoFootnoteReference"><span style="font-size:14.0pt;'
            f'line-height:150%;font-family:&quot;Times New Roman&quot;,serif">[{n}]</span></span>'
            '<![endif]></span></span></a>')


def _sup(n: str) -> str:
    return f'<sup><a href="#tltk{n}" id="ref{n}">{n}</a></sup>'


def render_p(p: P) -> str:
    t = esc(p.text)
    style, _, arg = p.style.partition(":")
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "h4":
        return f'<h4 style="color: #a50000;">{t}</h4>'
    if style == "quote":
        call = _sup(arg) if arg else ""
        return f'<blockquote><p><em>{t}</em>{call}</p></blockquote>'
    if style == "sup":
        return f'<p style="text-align: justify;">{t}{_sup(arg)}</p>'
    if style == "ref":
        return f'<p id="tltk{arg}" style="text-align: justify;"><span style="font-size: 10pt;">{t}</span></p>'
    if style == "smiley":
        return (f'<p style="text-align: justify;">{t} <img class="smiley" src="/roller/images/smileys/smile.gif" '
                'alt=":)" title=":)" /></p>')
    if style == "mso":
        t = re.sub(r"\[(\d+)\]", lambda m: _word_ref(m.group(1)), t)
        return (f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"<span {_WORD_SPAN}>{t}<o:p></o:p></span></p>")
    if style == "msoli":
        return ('<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;line-height:150%;'
                f'mso-list:l0 level1 lfo1"><![if !supportLists]><b><span {_WORD_SPAN}><span style="mso-list:'
                f'Ignore">{arg}<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span></span></b><![endif]><b><span {_WORD_SPAN}>{t}<o:p></o:p></span></b></p>")
    if style == "wordnote":
        rest = esc(p.text.split("] ", 1)[1])
        return (f'<div style="mso-element:footnote" id="ftn{arg}"><p class="MsoFootnoteText">'
                f'<a style="mso-footnote-id:ftn{arg}" href="#_ftnref{arg}" name="_ftn{arg}" title="">'
                '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
                f'<![if !supportFootnotes]><span class="MsoFootnoteReference">[{arg}]</span><![endif]></span>'
                f'</span></a> <span style="font-size:10.0pt">{rest}</span></p></div>')
    return f'<p style="text-align: justify;">{t}</p>'


def render_img(img: Img, n: int) -> str:
    src = esc(img.src)
    alt = f"IMG_{2300 + n * 7}.JPG"
    line = esc(img.printed or "")
    if img.style == "tbl":
        return ('<table style="margin-left: auto; margin-right: auto; width: 560px;" border="0" cellspacing="0" '
                'cellpadding="3" align="center"><tbody><tr><td><img style="display: block; margin-left: auto; '
                f'margin-right: auto;" src="{src}" alt="{alt}" width="560" height="373" /></td></tr><tr>'
                '<td style="text-align: center; background-color: #f2f2f2;"><span style="font-size: small;">'
                f"<em>{line}</em></span></td></tr></tbody></table>")
    if img.style == "paren":
        return (f'<p style="text-align: center;"><img src="{src}" alt="" width="600" height="400" /></p>\n'
                f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{line}</span></em></p>')
    if img.style == "br":
        return (f'<p style="text-align: center;"><img src="{src}" alt="{alt}" width="600" /><br />'
                f"<em>{line}</em></p>")
    if img.style == "credit":
        return (f'<p style="text-align: center;"><img src="{src}" alt="{alt}" width="600" height="400" /><br />'
                f'<span style="font-size: 9pt;"><em>{line}</em></span></p>')
    return f'<p style="text-align: center;"><img src="{src}" alt="" width="600" height="400" /></p>'


def _expand_raw(markup: str) -> str:
    def xem_them(m: re.Match) -> str:
        other = BY_ID[int(m.group(1))]
        return (f'<p><strong>Xem thêm:</strong> <a href="{other.lower_path}">{esc(other.title)}</a></p>')

    return re.sub(r"@XEMTHEM:(\d+)@", xem_them, markup)


def render_body(entry: Entry) -> str:
    out: list[str] = []
    blocks = entry.story.blocks
    i, n_img = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_expand_raw(b.html))
            i += 1
        elif isinstance(b, Img):
            n_img += 1
            out.append(render_img(b, entry.story.id * 10 + n_img))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        elif b.style in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "rowh":
                    tds = "".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append('<table style="width: 100%; border-collapse: collapse;" border="1" cellspacing="0" '
                       'cellpadding="3"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")
        elif b.style == "brjoin":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(esc(blocks[i].text))
                i += 1
                if blocks[i - 1].style != "brjoin":
                    break
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
        else:
            out.append(render_p(b))
            i += 1
    body = "\n".join(out)
    return entity_mix(body) if entry.entities else body


# --- chrome -------------------------------------------------------------------------------------

THEME = "/roller/themes/tct-ls"
MONTHS_WITH_ENTRIES = sorted({(e.when.year, e.when.month) for e in ENTRIES})
DAYS_WITH_ENTRIES = {e.when.date() for e in ENTRIES}

CUSTOM_PAGES = {
    "gioithieu": "Giới thiệu",
    "cocautochuc": "Cơ cấu tổ chức",
    "lienhe": "Liên hệ",
}

TIEU_DIEM = [3, 5, 8, 16]  # hand-written box: lower-case hex links
XEM_NHIEU = [(1, 1482), (4, 1310), (9, 967), (16, 755)]  # Roller 3 links (301)


def _menu() -> str:
    return f"""
<div id="menu_ngang"><ul class="mn1">
 <li class="mn_home"><a href="{BASE}/">Trang chủ</a></li>
 <li><a href="{BASE}/page/gioithieu">Giới thiệu</a>
  <ul class="mn2">
   <li><a href="{BASE}/page/gioithieu">Lịch sử hình thành</a></li>
   <li><a href="{BASE}/page/cocautochuc">Cơ cấu tổ chức</a></li>
   <li><a href="{BASE}/page/lienhe">Liên hệ</a></li>
  </ul></li>
 <li><a href="{cat_url(CAT_TIN)}">Tin tức</a>
  <ul class="mn2">
   <li><a href="{cat_url(CAT_TIN)}">Tin hoạt động</a></li>
   <li><a href="{cat_url(CAT_TB)}">Thông báo</a></li>
  </ul></li>
 <li><a href="{cat_url(CAT_DT)}">Đào tạo - Bồi dưỡng</a></li>
 <li><a href="{cat_url(CAT_NC)}">Nghiên cứu khoa học</a></li>
 <li><a href="{cat_url(CAT_VB)}">Văn bản</a></li>
 <li><a href="{cat_url(CAT_TV)}">Thư viện ảnh - Video</a></li>
</ul></div>"""


def _calendar(year: int, month: int) -> str:
    first = _dt.date(year, month, 1)
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    earlier = [m for m in MONTHS_WITH_ENTRIES if m < (year, month)]
    later = [m for m in MONTHS_WITH_ENTRIES if (year, month) < m <= (TODAY.year, TODAY.month)]
    prev_link = (f'<a href="{BASE}/date/{earlier[-1][0]}{earlier[-1][1]:02d}" title="Tháng trước" '
                 'class="hCalendarNavBar">&laquo;</a>') if earlier else ""
    next_link = (f'<a href="{BASE}/date/{later[0][0]}{later[0][1]:02d}" title="Tháng sau" '
                 'class="hCalendarNavBar">&raquo;</a>') if later else ""
    rows = ['<tr>' + "".join(f'<th class="hCalendarDayNameRow" align="center">{d}</th>'
                             for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN")) + "</tr>"]
    cells = ['<td class="hCalendarDayNotInMonth">&nbsp;</td>'] * first.weekday()
    day = first
    while day < nxt:
        cls = "hCalendarDayCurrent" if day == TODAY else "hCalendarDay"
        label = str(day.day)
        if day in DAYS_WITH_ENTRIES:
            label = f'<a href="{BASE}/date/{day:%Y%m%d}">{day.day}</a>'
        cells.append(f'<td class="{cls}"><div class="hCalendarDayTitle">{label}</div></td>')
        day += _dt.timedelta(days=1)
    while len(cells) % 7:
        cells.append('<td class="hCalendarDayNotInMonth">&nbsp;</td>')
    for k in range(0, len(cells), 7):
        rows.append("<tr>" + "".join(cells[k:k + 7]) + "</tr>")
    return (f'<table cellspacing="0" border="0" summary="Lịch bài viết" class="hCalendarTable">'
            f'<tr><td colspan="7" align="center" class="hCalendarMonthYearRow">{prev_link} '
            f'tháng {month} {year} | <a href="{BASE}/date/{TODAY:%Y%m}" class="hCalendarNavBar">Hôm nay</a> '
            f"{next_link}</td></tr>" + "\n".join(rows) + "</table>")


def _sidebar(cal: tuple[int, int]) -> str:
    notices = "<br />".join(f'<a href="{e.path}">» {esc(e.title)}</a>' for e in ENTRIES if e.cat == CAT_TB)
    cats = "\n".join(f'<li><a href="{cat_url(c)}">{esc(c)}</a></li>' for c in CATEGORIES)
    thumb = f'<img src="{BY_ID[TIEU_DIEM[0]].story.images[0].src}?t=true" alt="" class="anh_td" />'
    tieudiem = thumb + "\n".join(
        f'<li><a href="{BY_ID[i].lower_path}" target="_self">{esc(BY_ID[i].title)}</a></li>' for i in TIEU_DIEM
    )
    xemnhieu = "\n".join(
        f'<tr><td class="stt">{k}</td><td><a href="{esc(BY_ID[i].legacy_path)}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luotxem">({hits // 1000}.{hits % 1000:03d} lượt xem)</span></td></tr>'
        if hits >= 1000 else
        f'<tr><td class="stt">{k}</td><td><a href="{esc(BY_ID[i].legacy_path)}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luotxem">({hits} lượt xem)</span></td></tr>'
        for k, (i, hits) in enumerate(XEM_NHIEU, 1)
    )
    archive = "\n".join(
        f'<li><a href="{BASE}/date/{y}{m:02d}">Tháng {m}/{y}</a> '
        f'({sum(1 for e in ENTRIES if (e.when.year, e.when.month) == (y, m))})</li>'
        for y, m in reversed(MONTHS_WITH_ENTRIES)
    )
    return f"""
<div id="cot_phai">
 <div class="kh_tb"><div class="td_kh">THÔNG BÁO</div>
  <marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()">
  {notices}</marquee></div>
 <div class="khoi_pl"><div class="td_kh">CHUYÊN MỤC</div>
  <ul class="rCategory">
  <li><a href="{BASE}/">Tất cả</a></li>
  {cats}
  </ul></div>
 <div class="khoi_pl"><div class="td_kh">LỊCH BÀI VIẾT</div>{_calendar(*cal)}</div>
 <div class="khoi_pl" id="tieudiem_01"><div class="td_kh">TIN TIÊU ĐIỂM</div><ul class="ds_td">
  {tieudiem}
 </ul></div>
 <div class="khoi_pl"><div class="td_kh">XEM NHIỀU NHẤT</div><table class="bang_xn">
  {xemnhieu}
 </table></div>
 <div class="khoi_pl"><div class="td_kh">LƯU TRỮ</div><ul class="luutru">{archive}</ul></div>
 <div class="khoi_pl"><div class="td_kh">TỪ KHÓA</div><div class="tagcloud">
  <a class="tag s4" href="{BASE}/tags/daotao">daotao</a>
  <a class="tag s2" href="{BASE}/tags/chuyendoiso">chuyendoiso</a>
  <a class="tag s3" href="{BASE}/tags/nghiquyet">nghiquyet</a></div></div>
 <div class="khoi_pl"><div class="td_kh">THĂM DÒ Ý KIẾN</div>
  <form action="javascript:void(0)" id="frmBinhChon"><p>Bạn đánh giá thế nào về Trang thông tin điện tử của
  Nhà trường?</p>
  <input type="radio" name="bc" value="1" /> Rất hữu ích<br />
  <input type="radio" name="bc" value="2" /> Hữu ích<br />
  <input type="radio" name="bc" value="3" /> Cần cải tiến thêm<br />
  <input type="button" value="Bình chọn" onclick="alert('Cảm ơn bạn đã bình chọn!')" />
  <input type="button" value="Xem kết quả" onclick="alert('Rất hữu ích: 62%')" /></form></div>
 <div class="khoi_pl"><div class="td_kh">LIÊN KẾT WEBSITE</div>
  <select onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
   <option value="https://langson.gov.vn">Cổng TTĐT tỉnh Lạng Sơn</option>
   <option value="https://baolangson.vn">Báo Lạng Sơn điện tử</option>
   <option value="https://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>
  </select>
  <p><a href="https://tct.langson.gov.vn/roller/tctlangson/"><img src="{THEME}/images/bn_web_cu.jpg"
  alt="Trang web cũ" /></a></p></div>
 <div class="khoi_pl"><div class="td_kh">THỐNG KÊ TRUY CẬP</div><div class="thongke">
  <img src="{THEME}/images/online.gif" alt="" /> Đang online: <b>17</b><br />
  <img src="{THEME}/images/homnay.gif" alt="" /> Hôm nay: <b>342</b><br />
  <img src="{THEME}/images/tong.gif" alt="" /> Tổng truy cập: <b>1.284.559</b></div></div>
</div>"""


def shell(title: str, crumbs: list[tuple[str, str | None]], main: str, cal: tuple[int, int] = (2026, 12)) -> str:
    crumb = " &raquo; ".join(f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for t, h in crumbs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(SITE)} : {esc(title)}</title>
<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Lạng Sơn" />
<meta name="generator" content="Apache Roller (incubating) 5.2.4" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{BASE}/feed/entries/atom" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{BASE}/feed/entries/rss" />
<link rel="stylesheet" type="text/css" href="{THEME}/css/tct-ls.css" />
<link rel="stylesheet" type="text/css" href="/roller/roller-ui/styles/roller.css" />
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" />
<script type="text/javascript" src="{THEME}/js/menu_ddown.js"></script>
</head>
<body>
<div id="khung">
<div id="dautrang">
 <div class="top_bar"><span class="ngay_thang">{TODAY_LINE}</span>
  <span class="lk_top"><a href="{BASE}/page/lienhe">Liên hệ</a> | <a href="/roller/roller-ui/login-redirect.rol">Đăng
  nhập</a> | <a href="{BASE}/feed/entries/atom"><img src="{THEME}/images/rss.png" alt="RSS" /></a></span></div>
 <div class="banner"><a href="{BASE}/"><img src="{THEME}/images/logo_tct.png" alt="Logo" class="logo" /></a>
  <div class="ten_dv"><span class="dong1">TỈNH ỦY LẠNG SƠN</span><br />
  <span class="dong2">TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</span></div>
  <form id="searchForm" method="get" action="{BASE}/search" style="margin: 0; padding: 0">
   <input type="text" id="q" name="q" size="18" maxlength="255" value="" />
   <input type="submit" value="Tìm kiếm" /></form></div>
 {_menu()}
</div>
<div id="thanchinh">
 <div id="cot_trai">
  <div class="dd_link">{crumb}</div>
  {main}
 </div>
 {_sidebar(cal)}
 <div style="clear: both"></div>
</div>
<div id="chantrang">
 <p><b>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</b><br />
 Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn<br />
 Điện thoại: 0205.3812.475 - Fax: 0205.3812.476 - Email: truongchinhtri@langson.gov.vn<br />
 Chịu trách nhiệm nội dung: TS. Vi Văn Thắng - Hiệu trưởng<br />
 &copy; 2026 Bản quyền thuộc về Trường Chính trị tỉnh Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ
 trang này.</p>
 <p class="powered">Powered by <a href="https://roller.apache.org">Apache Roller</a> 5.2.4 |
 Thiết kế: Công ty TNHH Giải pháp phần mềm Đông Bắc</p>
</div>
</div>
</body>
</html>"""


# --- listings -----------------------------------------------------------------------------------


def entry_info(e: Entry) -> str:
    n = len(e.comments)
    upd = f' <span class="capnhat">(Cập nhật: {e.updated})</span>' if e.updated else ""
    return (f'<p class="entryInfo">Đăng lúc {java_time(e.when)} bởi {e.user} trong '
            f'<a href="{cat_url(e.cat)}">{esc(e.cat)}</a> | <a href="{e.path}">Permalink</a> | '
            f'<a href="{e.path}#comments" class="commentsLink">Bình luận [{n}]</a>{upd}</p>')


def listing_entry(e: Entry) -> str:
    if e.roller_summary:
        content = (f'<div class="entrySummary"><p>{esc(e.story.summary or "")}</p></div>'
                   f'<p class="doc_tiep"><a href="{e.path}">Đọc tiếp &raquo;</a></p>')
    else:
        content = render_body(e)
    return (f'<a id="{esc(e.anchor)}"></a>\n<div class="entryBox" id="bv_{e.story.id:04d}">\n'
            f'<h3 class="entryTitle"><a href="{e.path}">{esc(e.title)}</a></h3>\n'
            f'<div class="entryContent">\n{content}\n</div>\n{entry_info(e)}\n</div>')


def day_groups(entries: list[Entry]) -> str:
    out: list[str] = []
    current = None
    for e in entries:
        if e.when.date() != current:
            if current is not None:
                out.append("</div>")
            current = e.when.date()
            out.append(f'<div class="dayBox">\n<div class="dayTitle">{java_day(current)}</div>')
        out.append(listing_entry(e))
    if current is not None:
        out.append("</div>")
    return "\n".join(out) or '<p class="khong_co">Không có bài viết nào.</p>'


def paged(entries: list[Entry], page: int, url: str) -> str:
    chunk = entries[page * PER_PAGE:(page + 1) * PER_PAGE]
    links = []
    if (page + 1) * PER_PAGE < len(entries):
        links.append(f'<a href="{url}?page={page + 1}">&laquo; Previous Entries</a>')
    if page > 0:
        newer = url if page == 1 else f"{url}?page={page - 1}"
        links.append(f'<a href="{newer}">Next Entries &raquo;</a>')
    pager = f'<div class="nextprev_ctl">{" | ".join(links)}</div>' if links else ""
    return day_groups(chunk) + "\n" + pager


def _page_param(request: Request) -> int:
    try:
        return max(0, int(request.params.get("page", "0")))
    except ValueError:
        return 0


# --- pages --------------------------------------------------------------------------------------


def entry_page(request: Request, e: Entry) -> str:
    tomtat = (f'<div class="tomtat"><strong>{esc(e.story.summary)}</strong></div>\n'
              if e.story.sapo_outside and e.story.summary else "")
    tags = ""
    if e.tags:
        tags = ('<div class="the_tag"><b>Tags:</b> '
                + " ".join(f'<a href="{BASE}/tags/{t}" rel="tag">{t}</a>' for t in e.tags) + "</div>")
    absolute = base_url(request) + e.path
    # the vendor's box: Roller's five newest entries of the category, the current one left out
    others = [o for o in [o for o in ENTRIES if o.cat == e.cat][:5] if o is not e]
    other_list = "\n".join(
        f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="ngay_ctk">({o.when:%d/%m/%Y})</span></li>'
        for o in others
    )
    if e.comments:
        comments = "\n".join(
            f'<div class="comment {"odd" if k % 2 else "even"}" id="comment-{e.story.id}{k:02d}">'
            f"<p>{esc(text_)}</p>"
            f'<p class="comment-details">Gửi bởi <b>{esc(who)}</b> vào {when_} '
            f'<a href="#comment-{e.story.id}{k:02d}" class="entrypermalink" title="Liên kết">#</a></p></div>'
            for k, (who, text_, when_) in enumerate(e.comments, 1)
        )
    else:
        comments = '<p class="no-comments">Chưa có bình luận nào.</p>'
    main = f"""
<div class="dayBox">
<div class="dayTitle">{java_day(e.when.date())}</div>
<a id="{esc(e.anchor)}"></a>
<div class="entryBox chitiet" id="bv_{e.story.id:04d}">
<h2 class="entryTitle">{esc(e.title)}</h2>
{tomtat}<div class="entryContent">
{render_body(e)}
</div>
{entry_info(e)}
</div>
</div>
{tags}
<div class="congcu">
 <a href="javascript:window.print()"><img src="{THEME}/images/print.gif" alt="" /> In bài</a>
 <a href="mailto:?subject={quote(e.title)}&amp;body={quote(absolute)}"><img src="{THEME}/images/email.gif" alt="" />
 Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u={quote(absolute, safe='')}" target="_blank">
 <img src="{THEME}/images/fb_share.png" alt="Chia sẻ Facebook" /></a>
 <a href="https://zalo.me/share?url={quote(absolute, safe='')}" target="_blank"><img src="{THEME}/images/zalo.png"
 alt="Zalo" /></a>
</div>
<div class="cactinkhac"><div class="td_ctk">Các tin khác</div><ul>
{other_list}
</ul></div>
<div class="comments" id="comments">
<div class="comments-head">Bình luận:</div>
{comments}
</div>
<div class="comments-form">
<div class="comments-head">Gửi bình luận:</div>
<form method="post" action="/roller/roller-ui/rendering/comment/{HANDLE}/entry/{enc_anchor(e.anchor)}"
 id="commentForm" onsubmit="fixURL(this); return validateComments(this)">
<input type="hidden" name="entry" value="{esc(e.anchor)}" />
<table><tr><td>Họ tên:</td><td><input type="text" name="name" size="40" /></td></tr>
<tr><td>E-Mail:</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Website:</td><td><input type="text" name="url" size="40" /></td></tr>
<tr><td colspan="2"><textarea name="content" cols="50" rows="6"></textarea></td></tr>
<tr><td colspan="2">Vui lòng nhập kết quả phép tính: 7 + 4 = <input type="text" name="answer" size="3" /></td></tr>
<tr><td colspan="2"><input type="checkbox" name="notify" /> Thông báo cho tôi khi có bình luận mới
<input type="submit" name="post" value="Gửi bình luận" /></td></tr></table>
</form>
<p class="trackback">Trackback URL: {base_url(request)}/roller/roller-ui/rendering/trackback/{HANDLE}/entry/{enc_anchor(e.anchor)}</p>
</div>"""
    return shell(e.title, [("Trang chủ", f"{BASE}/"), (e.cat, cat_url(e.cat))], main)


def _section(title: str, inner: str) -> str:
    return f'<div class="khung_trang"><h2 class="td_trang">{esc(title)}</h2>\n<div class="nd_trang">\n{inner}\n</div></div>'


PAGE_BODIES = {
    "gioithieu": """
<p style="text-align: justify;">Trường Chính trị tỉnh Lạng Sơn (tiền thân là Trường Đảng tỉnh Lạng Sơn) được thành
lập năm 1949. Qua các thời kỳ, Nhà trường đã nhiều lần đổi tên, sáp nhập; năm 1992, Trường Đảng tỉnh hợp nhất với
Trường Hành chính tỉnh và lấy tên là Trường Chính trị tỉnh Lạng Sơn. Từ tháng 7/2025, cùng với việc tổ chức chính
quyền địa phương hai cấp, Nhà trường tiếp nhận thêm chức năng, nhiệm vụ của các Trung tâm Chính trị cấp huyện.</p>
<p style="text-align: justify;"><strong>Chức năng:</strong> Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng cán bộ
lãnh đạo, quản lý của hệ thống chính trị tỉnh Lạng Sơn; nghiên cứu khoa học về lý luận chính trị, tổng kết thực
tiễn ở địa phương.</p>
<p style="text-align: justify;"><strong>Thành tích:</strong> Huân chương Lao động hạng Nhất (2019), Huân chương Độc
lập hạng Ba (2024); nhiều năm liền được Tỉnh ủy tặng Cờ thi đua xuất sắc.</p>""",
    "cocautochuc": """
<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; border-collapse: collapse;"><tbody>
<tr><td colspan="3" style="text-align: center;"><strong>BAN GIÁM HIỆU</strong></td></tr>
<tr><td>Hiệu trưởng</td><td>TS. Vi Văn Thắng</td><td>0205.3812.470</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>TS. Dương Văn Khánh</td><td>0205.3812.471</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>ThS. Hoàng Thị Lệ</td><td>0205.3812.472</td></tr>
</tbody></table>
<p><strong>Các khoa:</strong> Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.</p>
<p><strong>Các phòng:</strong> Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.</p>""",
    "lienhe": f"""
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong><br />Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri,
tỉnh Lạng Sơn<br />Điện thoại: 0205.3812.475 - Fax: 0205.3812.476<br />Email: truongchinhtri@langson.gov.vn</p>
<form method="post" action="{BASE}/page/lienhe" id="frmLienHe">
<p>Họ và tên: <input type="text" name="hoten" /></p><p>Email: <input type="text" name="email" /></p>
<p>Nội dung:<br /><textarea name="noidung" rows="6" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p></form>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3710" width="600" height="300"></iframe></p>""",
}


def custom_page(name: str, request: Request) -> str:
    inner = PAGE_BODIES[name]
    if name == "lienhe" and request.method == "POST":
        inner = '<p class="tb_ok">Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi sớm nhất.</p>' + inner
    crumbs = [("Trang chủ", f"{BASE}/"), (CUSTOM_PAGES[name], None)]
    return shell(CUSTOM_PAGES[name], crumbs, _section(CUSTOM_PAGES[name], inner))


def listing_page(title: str, crumbs: list, entries: list[Entry], page: int, url: str,
                 cal: tuple[int, int] = (2026, 12), heading: str | None = None) -> str:
    head = f'<div class="td_chuyenmuc">{esc(heading)}</div>\n' if heading else ""
    return shell(title, crumbs, head + paged(entries, page, url), cal)


def atom_feed(request: Request) -> Response:
    host = base_url(request)
    items = []
    for e in ENTRIES[:10]:
        content = render_body(e)
        if e.story.sapo_outside and e.story.summary:
            content = f"<p><strong>{esc(e.story.summary)}</strong></p>" + content
        items.append(f"""<entry>
<id>{host}{e.path}</id>
<title type="html">{esc(e.title)}</title>
<author><name>{e.user}</name></author>
<link rel="alternate" type="text/html" href="{host}{e.path}"/>
<published>{iso(e.when)}</published>
<updated>{iso(e.when)}</updated>
<category term="{esc(e.cat)}" label="{esc(e.cat)}" />
<content type="html">{esc(content)}</content>
</entry>""")
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title type="html">{esc(SITE)}</title>
<subtitle type="html">Trang thông tin điện tử Trường Chính trị tỉnh Lạng Sơn</subtitle>
<id>{host}{BASE}/feed/entries/atom</id>
<link rel="alternate" type="text/html" href="{host}{BASE}/" />
<link rel="self" type="application/atom+xml" href="{host}{BASE}/feed/entries/atom" />
<updated>{iso(ENTRIES[0].when)}</updated>
<generator uri="http://roller.apache.org" version="5.2.4">Apache Roller</generator>
{"".join(items)}
</feed>"""
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})


def rss_feed(request: Request) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><guid isPermaLink=\"true\">{host}{e.path}</guid><title>{esc(e.title)}</title>"
        f"<link>{host}{e.path}</link><pubDate>{e.when:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
        f"<category>{esc(e.cat)}</category><description>{esc(e.story.summary or e.title)}</description></item>\n"
        for e in ENTRIES[:10]
    )
    body = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(SITE)}</title>'
            f"<link>{host}{BASE}/</link><description>Trang thông tin điện tử</description>"
            f"<language>vi-vn</language>\n{items}</channel></rss>")
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def search_page(q: str) -> str:
    ql = q.strip().lower()
    hits = [e for e in ENTRIES if ql and ql in (e.title + " " + " ".join(
        b.text for b in e.story.blocks if isinstance(b, P))).lower()]
    rows = "\n".join(
        f'<li><a href="{e.path}">{esc(e.title)}</a> <span class="ngay">({e.when:%d/%m/%Y})</span></li>'
        for e in hits
    ) or "<li>Không tìm thấy kết quả phù hợp.</li>"
    inner = (f'<p>Kết quả tìm kiếm cho từ khóa <b>{esc(q)}</b>: {len(hits)} bài viết</p>\n'
             f'<ul class="kq_timkiem">{rows}</ul>')
    return shell("Tìm kiếm", [("Trang chủ", f"{BASE}/"), ("Tìm kiếm", None)], _section("Tìm kiếm", inner))


LOGIN_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Apache Roller: Đăng nhập</title>
<link rel="stylesheet" href="/roller/roller-ui/styles/roller.css" /></head><body>
<div id="banner"><img src="/roller/roller-ui/images/roller-ui-logo.png" alt="Apache Roller" /></div>
<form method="post" action="/roller/roller_j_security_check" id="loginForm">
<p>Tên đăng nhập: <input type="text" name="j_username" /></p>
<p>Mật khẩu: <input type="password" name="j_password" /></p>
<p><input type="checkbox" name="_spring_security_remember_me" /> Ghi nhớ</p>
<p><input type="submit" value="Đăng nhập" /></p></form>
<p><a href="/roller/tctlangson/">« Về trang chủ</a></p></body></html>"""


# --- the server ---------------------------------------------------------------------------------

_MEDIA = {img.src for e in ENTRIES for img in e.story.images if "/mediaresource/" in img.src}
_STATIC_PREFIXES = ("/roller/themes/", "/roller/images/", "/roller/roller-ui/styles/", "/roller/roller-ui/images/",
                    f"{BASE}/resource/")
_TAGS = {t for e in ENTRIES for t in e.tags}
_JPEG_HEAD = static_file("x.jpg")


def _valid_date(stamp: str) -> tuple[_dt.date, bool] | None:
    try:
        if len(stamp) == 6:
            d = _dt.date(int(stamp[:4]), int(stamp[4:]), 1)
            return (d, False) if (2026, 1) <= (d.year, d.month) <= (TODAY.year, TODAY.month) else None
        d = _dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:]))
        return (d, True) if _dt.date(2026, 1, 1) <= d <= TODAY else None
    except ValueError:
        return None


class RollerSite:
    """Apache Roller 5.2 rendering servlets for one weblog, plus the bits of Tomcat around them."""

    def respond(self, request: Request) -> Response | None:
        raw = request.path
        path = unquote(raw)
        if raw in ("/", "/roller", "/roller/"):
            return redirect(START_PATH)
        if raw == "/favicon.ico" or raw.startswith(_STATIC_PREFIXES):
            if raw.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(raw)
        if raw in _MEDIA:
            return static_file(raw + ".jpg")
        if raw == "/roller/roller-ui/login-redirect.rol":
            return html(LOGIN_PAGE)
        if raw.startswith("/roller/roller-ui/rendering/comment/") and request.method == "POST":
            anchor = path.rsplit("/", 1)[-1]
            entry = BY_ANCHOR.get(anchor)
            return redirect(entry.path + "#comments") if entry else None
        if raw == f"/roller/page/{HANDLE}":  # Roller 3 URLs, mapped by the old-URL filter
            anchor = request.params.get("anchor") or request.params.get("entry")
            if anchor is None:
                return redirect(f"{BASE}/", 301)
            entry = BY_ANCHOR.get(anchor)
            return redirect(entry.path, 301) if entry else None
        if raw == BASE:
            return redirect(f"{BASE}/", 301)
        if not raw.startswith(f"{BASE}/"):
            return None
        rest = raw[len(BASE) + 1:]
        page = _page_param(request)
        home = f"{BASE}/"
        if rest == "":
            return html(listing_page("Trang chủ", [("Trang chủ", None)], ENTRIES, page, home))
        if rest.startswith("entry/"):
            entry = BY_ANCHOR.get(unquote(rest[len("entry/"):]))
            return html(entry_page(request, entry)) if entry else None
        if rest.startswith("category/"):
            cat = unquote_plus(rest[len("category/"):])
            if cat not in CATEGORIES:
                return None
            entries = [e for e in ENTRIES if e.cat == cat]
            crumbs = [("Trang chủ", home), (cat, None)]
            return html(listing_page(cat, crumbs, entries, page, cat_url(cat), heading=cat))
        if m := re.fullmatch(r"date/(\d{6}|\d{8})", rest):
            found = _valid_date(m.group(1))
            if not found:
                return None
            d, is_day = found
            if is_day:
                entries = [e for e in ENTRIES if e.when.date() == d]
                label = f"Lưu trữ ngày {d:%d/%m/%Y}"
            else:
                entries = [e for e in ENTRIES if (e.when.year, e.when.month) == (d.year, d.month)]
                label = f"Lưu trữ tháng {d.month}/{d.year}"
            crumbs = [("Trang chủ", home), (label, None)]
            return html(listing_page(label, crumbs, entries, page, f"{BASE}/{rest}", (d.year, d.month), label))
        if rest.startswith("tags/"):
            tag = unquote(rest[len("tags/"):])
            if tag not in _TAGS:
                return None
            entries = [e for e in ENTRIES if tag in e.tags]
            label = f"Bài viết gắn thẻ: {tag}"
            crumbs = [("Trang chủ", home), (label, None)]
            return html(listing_page(label, crumbs, entries, page, f"{BASE}/tags/{tag}", heading=label))
        if rest.startswith("page/") and rest[len("page/"):] in CUSTOM_PAGES:
            return html(custom_page(rest[len("page/"):], request))
        if rest == "search":
            return html(search_page(request.params.get("q", "")))
        if rest == "feed/entries/atom":
            return atom_feed(request)
        if rest == "feed/entries/rss":
            return rss_feed(request)
        return None


def build_site() -> RollerSite:
    return RollerSite()


# --- gold ---------------------------------------------------------------------------------------

GOLD = [
    gold_record(e.story, e.path, e.cat, alt_paths=[e.lower_path, e.legacy_path])
    for e in ARTICLES
]

NON_ARTICLES = [
    f"{BASE}/page/gioithieu",
    f"{BASE}/page/cocautochuc",
    f"{BASE}/page/lienhe",
    VAN_BAN.path,
    ALBUM.path,
    VIDEO.path,
]
