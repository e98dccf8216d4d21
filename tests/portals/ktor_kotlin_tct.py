"""Trường Chính trị tỉnh Kon Tum: a home-made Kotlin site (Ktor + kotlinx.html), written blind.

Platform: a local software company's Ktor server; every page is built with kotlinx.html's
builders (``respondHtml``), so the markup is pretty-printed two spaces a level, block tags on
their own lines, inline tags glued to their text, and the editor's stored HTML (TinyMCE) dropped
in with ``unsafe { +bv.noiDung }``.

URL scheme:
- ``/`` home: slider of three featured posts (linked ``/bai-viet/<id>?lang=vi``: the slider
  component keeps the language parameter), "Tin mới" (6 newest), one box per section (3 newest).
- ``/chuyen-muc/<slug>`` and ``/chuyen-muc/<slug>?trang=<N>``: section lists, 4 a page,
  **zero-based** pages (``trang=0`` is the first page, the pager prints "1" for it).
- ``/bai-viet/<id>``: a post; ``/bai-viet/<id>?lang=vi`` the same post; ``/bai-viet/<id>/in``
  its print view (linked ``rel="nofollow"`` from the tool bar).
- ``/dao-tao/lich-hoc``, ``/dao-tao/chuong-trinh/trung-cap-llct``: training pages (no posts).
- ``/nghien-cuu-khoa-hoc/de-tai``: table of research topics (no post).
- ``/gioi-thieu``, ``/lien-he``, ``/thu-vien-anh/khai-giang-k25``: intro, contact, photo album.
- ``/tim-kiem?q=``: the search form's target (an empty result page); ``/uploads/...``,
  ``/static/...``: images, styles, scripts.

Page templates:
- *tin* (sections Tin tức - Sự kiện, Thông báo, Hoạt động đào tạo): ``<h1>`` holds the school's
  name on every page, the headline is ``<h2 class="td-bv">``; a meta row ``div.tt-bv`` prints
  "Cập nhật: …" first (when edited) and then the publication time as
  ``<time datetime="…Z">Thứ Tư, 02/12/2026 | 08:30 SA</time>``; an optional sapo
  ``p.sapo-bv`` outside the content; the content ``div.noi-dung`` opens with a reading-time line;
  the author row ``p.tac-gia`` prints the database list as Kotlin prints a List
  (``Tác giả: [ThS. A, B]``); tool bar; "Ý kiến bạn đọc" comments inside the ``<article>``;
  "Tin liên quan" (the three newest others of the section).
- *nc* (section Nghiên cứu - Trao đổi): headline, an author line under it
  (``joinToString(", ")`` of names with degrees, a " - unit" after each), "Ngày đăng: dd/MM/yyyy"
  (a day, no time), optional italic abstract ``div.tom-tat-nc`` outside the content, footnotes.
- *in* (print view): headline, "Ngày đăng: " + ``LocalDateTime.toString()`` ("2026-11-27T15:40",
  seconds left out as Kotlin does when they are zero; research posts ``LocalDate`` "2026-11-22"),
  the content with plain ``<img src>`` and the captions as ``<p><i>…</i></p>``, no chrome.

How the gold articles are reached: from the home page (slider, Tin mới, section boxes), from the
section lists, from "Tin liên quan"; 1004 (the oldest of Tin tức - Sự kiện) only from
``/chuyen-muc/tin-tuc-su-kien?trang=1``; 1012 only from section lists and "Tin liên quan".

Traps:
1. The ``<h1>`` of every page is the school's name ("TRƯỜNG CHÍNH TRỊ TỈNH KON TUM"); the
   headline is an ``<h2 class="td-bv">``, and ``<title>`` is the generic "Chi tiết bài viết -
   Trường Chính trị tỉnh Kon Tum" (no og:title). Gold title: the ``h2``.
2. Twelve-hour clock in the Vietnamese locale: "03:40 CH" is 15:40, "12:20 CH" is 12:20 (noon,
   not 24:20), "08:30 SA" is 08:30; the ``<time datetime>`` beside it is the UTC instant
   ("2026-11-27T08:40:00Z"), which is 15:40 in Asia/Ho_Chi_Minh, not 08:40+07:00. Gold:
   "2026-11-27T15:40:00+07:00" etc.
3. "Cập nhật: 04/12/2026 | 09:15 SA" is printed *before* the publication time in the same row.
   Gold: the publication time.
4. Bylines printed as a Kotlin ``List.toString()``: "Tác giả: [ThS. Nguyễn Thị Hằng, Trần Văn
   Minh]". Gold: ["Nguyễn Thị Hằng", "Trần Văn Minh"] (brackets and degrees off); "[Chi bộ Khoa
   Xây dựng Đảng]" is a unit signing: ["Chi bộ Khoa Xây dựng Đảng"]. Research posts print
   "TS. Đinh Văn Quang - Khoa Nhà nước và Pháp luật, ThS. Phạm Thị Thu Trang - Phòng Quản lý
   đào tạo" under the headline: names only.
5. A post stored as plain text (1012) is printed in ``<div style="white-space: pre-line">`` with
   raw newlines between its lines and no ``<p>`` at all: each printed line is a paragraph
   (a generic reader collapsing whitespace gets one paragraph).
6. Lazy images: the post's photos are ``<img class="lazy" src="/static/img/blank.gif"
   data-src="/uploads/…">`` with a ``<noscript><img src="/uploads/…"></noscript>`` copy. Gold
   images: the ``/uploads/`` paths, once each; the placeholder gif is no image.
7. Captions three ways: a second table row under the photo (``td.ct-anh``), a ``figcaption``,
   and none printed (only the ``title``/``alt`` attribute, alt a file name "DSC_0412.JPG"): gold
   caption None for the last. A caption row reading only "Ảnh: Minh Quân" is a credit: caption
   None, photographer "Minh Quân".
8. Reader comments ("Ý kiến bạn đọc") sit inside the ``<article>`` with names, their own later
   dates ("03/12/2026 | 09:12 SA") and paragraphs of text. Not body, not dates, not authors.
9. A reading-time line "⏱ 3 phút đọc · 412 từ" opens the content ``div.noi-dung``. Not body.
10. Zero-based pagination: ``?trang=0`` is the first page (the same list as the bare section URL),
    "Trang sau »" is printed on the last page too and leads to an empty page ("Chưa có bài viết
    nào…"). 1004 is reachable only from ``?trang=1``.
11. The same post under several URLs: ``?lang=vi`` from the home slider, ``/in`` print view from
    the tool bar; ``<link rel="canonical">`` names ``/bai-viet/<id>``. Gold: alt_paths.
12. An official notice (1020) printed as a party-agency document: letterhead table "TỈNH ỦY KON
    TUM / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 215-TB/TCT", "Kon Tum, ngày 30 tháng
    11 năm 2026", "THÔNG BÁO" and its subject, then "Nơi nhận" and the signer. Gold date the
    letterhead's day "2026-11-30" (the post's own 01/12/2026 07:45 is later), author the signer.
13. Research footnotes: bare ``<sup><a href="#cth1">1</a></sup>`` calls are not text; bracket
    calls "[1]" stay; "Chú thích" / "Tài liệu tham khảo" and their entries are body. The
    research posts print a day alone: gold "2026-11-22".
14. Closing lines inside the content: right-aligned "Tin, ảnh: Hữu Long" (author and
    photographer), "Nguồn: Báo Kon Tum" (source), "Xem thêm: …" link and "Tệp đính kèm: …"
    (neither body).

Gold decisions on ambiguous points:
- category: the section as the breadcrumb's last link prints it ("Hoạt động đào tạo", not the
  menu's parent "Đào tạo").
- A ``<br>`` inside a paragraph splits it (1018's list of units).
- The print view and ``?lang=vi`` are alt_paths of the post, not articles of their own.
- The training and research-topic pages look like posts (headline, text) but carry no date and
  are no posts: NON_ARTICLES.
- Sapo: ``p.sapo-bv`` / ``div.tom-tat-nc`` printed outside the content (the body's first
  paragraph in the gold) or a bold first paragraph; otherwise summary null.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "ktor_kotlin_tct"
PLATFORM = "Ktor (Kotlin) + kotlinx.html, home-made"
START_PATH = "/"

SCHOOL = "Trường Chính trị tỉnh Kon Tum"
PER_PAGE = 4
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- a tiny kotlinx.html look-alike --------------------------------------------------------

_INLINE = {
    "a", "span", "strong", "b", "em", "i", "img", "br", "time", "sup", "small", "label",
    "input", "button", "u", "abbr",
}
_VOID = {"img", "br", "input", "meta", "link", "hr"}


class Unsafe(str):
    """Markup passed through as is (kotlinx.html's ``unsafe { +raw }``)."""


@dataclass
class E:
    tag: str
    attrs: dict
    kids: tuple


def e(tag: str, attrs: dict | None = None, *kids) -> E:
    flat: list = []

    def add(items) -> None:
        for k in items:
            if isinstance(k, list):
                add(k)
            elif k is not None:
                flat.append(k)

    add(kids)
    return E(tag, attrs or {}, tuple(flat))


def _inline(node) -> bool:
    return isinstance(node, str) or node.tag in _INLINE


def render(node, depth: int = 0) -> str:
    if isinstance(node, Unsafe):
        return str(node)
    if isinstance(node, str):
        return _html.escape(node, quote=False)
    attrs = "".join(
        f' {k}="{_html.escape(str(v), quote=True)}"' for k, v in node.attrs.items() if v is not None
    )
    start = f"<{node.tag}{attrs}>"
    if node.tag in _VOID:
        return start
    end = f"</{node.tag}>"
    if all(_inline(k) for k in node.kids):
        return start + "".join(render(k, depth) for k in node.kids) + end
    pad = "\n" + "  " * (depth + 1)
    parts = [start]
    run: list[str] = []
    for k in node.kids:
        if _inline(k):
            run.append(render(k, depth + 1))
            continue
        if run:
            parts.append(pad + "".join(run))
            run = []
        parts.append(pad + render(k, depth + 1))
    if run:
        parts.append(pad + "".join(run))
    parts.append("\n" + "  " * depth + end)
    return "".join(parts)


# --- sections ------------------------------------------------------------------------------

SECTIONS = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "thong-bao": ("Thông báo", None),
    "hoat-dong-dao-tao": ("Hoạt động đào tạo", ("Đào tạo", "/dao-tao/chuong-trinh/trung-cap-llct")),
    "nghien-cuu-trao-doi": (
        "Nghiên cứu - Trao đổi",
        ("Nghiên cứu khoa học", "/nghien-cuu-khoa-hoc/de-tai"),
    ),
}

# --- the stories ---------------------------------------------------------------------------


def _s(id_, slug, title, cat, published_at, blocks, **kw) -> Story:
    return Story(id_, slug, title, cat, published_at, blocks, **kw)


STORIES: list[Story] = [
    _s(
        1021, "khai-giang-k25",
        "Khai giảng lớp Trung cấp lý luận chính trị K25 hệ không tập trung",
        "tin-tuc-su-kien", "2026-12-02T08:30:00+07:00",
        [
            P("Sáng ngày 02/12/2026, Trường Chính trị tỉnh Kon Tum tổ chức Lễ khai giảng lớp "
              "Trung cấp lý luận chính trị K25 hệ không tập trung cho 86 học viên là cán bộ, "
              "công chức các sở, ban, ngành và huyện, thành phố.", "lead"),
            Img("/uploads/2026/12/kg-k25-1.jpg",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Hiệu trưởng phát biểu khai giảng lớp học", "tbl"),
            P("Phát biểu khai giảng, đồng chí Hiệu trưởng Nhà trường nhấn mạnh lớp học có ý nghĩa "
              "quan trọng trong việc trang bị hệ thống lý luận chính trị cho đội ngũ cán bộ "
              "trong nguồn quy hoạch của tỉnh."),
            P("Chương trình gồm 4 phần học với tổng thời lượng 1.280 tiết, được tổ chức học tập "
              "vào các ngày thứ Sáu, thứ Bảy và Chủ nhật hằng tuần tại cơ sở chính của Trường."),
            Img("/uploads/2026/12/kg-k25-2.jpg",
                "Các học viên lớp K25 chụp ảnh lưu niệm tại lễ khai giảng",
                "Các học viên lớp K25 chụp ảnh lưu niệm tại lễ khai giảng", "tbl"),
            P("Đồng chí đề nghị học viên nêu cao tinh thần tự học, chấp hành nghiêm nội quy, quy "
              "chế đào tạo và gắn việc học tập với thực tiễn công tác tại cơ quan, đơn vị."),
        ],
        authors=["Lê Thị Hoa"],
        summary="Sáng ngày 02/12/2026, Trường Chính trị tỉnh Kon Tum tổ chức Lễ khai giảng lớp "
                "Trung cấp lý luận chính trị K25 hệ không tập trung cho 86 học viên là cán bộ, "
                "công chức các sở, ban, ngành và huyện, thành phố.",
        opts={"tpl": "tin", "dt": "2026-12-02 08:30", "db_authors": ["ThS. Lê Thị Hoa"]},
    ),
    _s(
        1020, "tb-lich-thi-k24",
        "Thông báo lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị K24",
        "thong-bao", "2026-11-30",
        [
            Raw('<table class="tb-ddh" style="width: 100%;" border="0"><tbody>'
                '<tr><td style="text-align: center;">TỈNH ỦY KON TUM<br><strong>TRƯỜNG CHÍNH '
                'TRỊ</strong></td><td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN '
                'VIỆT NAM</u></strong></td></tr>'
                '<tr><td style="text-align: center;">Số: 215-TB/TCT</td><td style="text-align: '
                'right;"><em>Kon Tum, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Lịch thi kết thúc học phần lớp Trung '
                'cấp lý luận chính trị K24</strong></p>'),
            P("Căn cứ kế hoạch đào tạo năm 2026 của Trường Chính trị tỉnh Kon Tum; căn cứ tiến "
              "độ thực hiện chương trình lớp Trung cấp lý luận chính trị K24, Ban Giám hiệu "
              "thông báo lịch thi kết thúc học phần như sau:"),
            P("TT | Học phần | Ngày thi | Hình thức", "tr"),
            P("1 | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng | 12/12/2026 | Viết", "tr"),
            P("2 | Quản lý hành chính nhà nước | 19/12/2026 | Viết", "tr"),
            P("3 | Kỹ năng lãnh đạo, quản lý | 26/12/2026 | Tiểu luận", "tr"),
            P("Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc "
              "căn cước công dân. Học viên không dự thi không có lý do chính đáng bị điểm 0."),
            P("Phòng Quản lý đào tạo và các khoa chuyên môn có trách nhiệm tổ chức thực hiện "
              "thông báo này."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td><strong><em>Nơi nhận:'
                '</em></strong><br>- Ban Giám hiệu;<br>- Các khoa, phòng;<br>- Lớp TC K24;<br>'
                '- Lưu: VT, QLĐT.</td><td style="text-align: center;"><strong>T/M BAN GIÁM HIỆU'
                '<br>PHÓ HIỆU TRƯỞNG</strong><br><em>(đã ký)</em><br><br><strong>Nguyễn Văn '
                'Thắng</strong></td></tr></tbody></table>'),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"tpl": "tin", "dt": "2026-12-01 07:45"},
    ),
    _s(
        1019, "tong-ket-nam-hoc",
        "Hội nghị tổng kết công tác năm học 2025 - 2026",
        "tin-tuc-su-kien", "2026-11-27T15:40:00+07:00",
        [
            P("Chiều 27/11, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác năm "
              "học 2025 - 2026, triển khai phương hướng, nhiệm vụ năm học 2026 - 2027."),
            P("Năm học qua, Nhà trường đã mở 24 lớp đào tạo, bồi dưỡng với hơn 2.100 lượt học "
              "viên; 100% giảng viên đạt chuẩn thực tế theo quy định."),
            Img("/uploads/2026/11/tong-ket-1.jpg", "Ảnh: Minh Quân", None, "tbl"),
            P("Hội nghị đã thảo luận, làm rõ những hạn chế trong công tác nghiên cứu khoa học, "
              "đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học."),
            P("Dịp này, Nhà trường khen thưởng 5 tập thể và 17 cá nhân có thành tích xuất sắc "
              "trong năm học."),
        ],
        authors=["Nguyễn Thị Hằng", "Trần Văn Minh"],
        photographers=["Minh Quân"],
        summary="Chiều 27/11, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác "
                "năm học 2025 - 2026, triển khai phương hướng, nhiệm vụ năm học 2026 - 2027.",
        sapo_outside=True,
        opts={"tpl": "tin", "dt": "2026-11-27 15:40", "upd": "2026-12-04 09:15",
              "db_authors": ["ThS. Nguyễn Thị Hằng", "Trần Văn Minh"],
              "comments": [
                  ("Nguyễn Văn Tài", "2026-12-03 09:12",
                   "Chúc mừng các tập thể, cá nhân được khen thưởng. Mong Nhà trường tiếp tục "
                   "phát huy trong năm học mới."),
                  ("Y Hương", "2026-12-04 14:05",
                   "Đề nghị Nhà trường đăng tải danh sách khen thưởng để học viên theo dõi."),
              ]},
    ),
    _s(
        1018, "be-giang-qp-an-dt4",
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
        "hoat-dong-dao-tao", "2026-11-25T10:30:00+07:00",
        [
            P("Ngày 25/11/2026, Trường Chính trị tỉnh Kon Tum phối hợp với Bộ Chỉ huy Quân sự "
              "tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng "
              "4 năm 2026.", "lead"),
            P("Lớp học có 112 học viên là trưởng, phó các đoàn thể, trưởng thôn, làng, tổ dân "
              "phố trên địa bàn thành phố Kon Tum, học tập trong 5 ngày.", "br"),
            P("Kết quả: 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 38 học viên "
              "đạt loại giỏi."),
            Img("/uploads/2026/11/be-giang-dt4.jpg",
                "Trao giấy chứng nhận cho các học viên đạt kết quả cao",
                "Trao giấy chứng nhận cho các học viên đạt kết quả cao", "fig"),
            P("Phát biểu bế giảng, lãnh đạo Nhà trường đề nghị học viên vận dụng kiến thức đã "
              "học vào việc xây dựng thế trận quốc phòng toàn dân, thế trận an ninh nhân dân tại "
              "cơ sở."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hữu Long</strong></p>'),
        ],
        authors=["Hữu Long"],
        photographers=["Hữu Long"],
        summary="Ngày 25/11/2026, Trường Chính trị tỉnh Kon Tum phối hợp với Bộ Chỉ huy Quân sự "
                "tỉnh tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối "
                "tượng 4 năm 2026.",
        opts={"tpl": "tin", "dt": "2026-11-25 10:30"},
    ),
    _s(
        1017, "tu-tuong-hcm-can-bo",
        "Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong giai đoạn hiện nay",
        "nghien-cuu-trao-doi", "2026-11-22",
        [
            P("Tư tưởng Hồ Chí Minh về công tác cán bộ là nền tảng để Đảng ta xây dựng đội ngũ "
              "cán bộ các cấp đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ."),
            P("1. Quan điểm của Hồ Chí Minh về vai trò của cán bộ", "h"),
            P("Người khẳng định: “Cán bộ là cái gốc của mọi công việc”, vì vậy “muôn việc thành "
              "công hoặc thất bại, đều do cán bộ tốt hoặc kém”.", "sup:hoặc kém”.|1"),
            P("Người cũng chỉ rõ việc huấn luyện cán bộ là công việc gốc của Đảng, phải được "
              "tiến hành thường xuyên, liên tục.", "sup:liên tục.|2"),
            P("2. Vận dụng trong giai đoạn hiện nay", "h"),
            P("Thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương khóa XII, tỉnh Kon "
              "Tum đã chú trọng đánh giá, quy hoạch, đào tạo cán bộ gắn với yêu cầu thực tiễn "
              "vùng đồng bào dân tộc thiểu số."),
            P("Chú thích", "h"),
            P("1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, H., 2011, t.5, tr.309.", "note:1"),
            P("2. Sđd, t.5, tr.313.", "note:2"),
        ],
        authors=["Y Nhung"],
        summary="Bài viết phân tích quan điểm của Hồ Chí Minh về vai trò, tiêu chuẩn của người "
                "cán bộ và đề xuất việc vận dụng trong công tác cán bộ ở tỉnh Kon Tum hiện nay.",
        sapo_outside=True,
        opts={"tpl": "nc", "d": "2026-11-22", "db_authors": [("ThS. Y Nhung", "Khoa Lý luận cơ sở")]},
    ),
    _s(
        1016, "doan-hvct-kv3",
        "Đoàn công tác Học viện Chính trị khu vực III làm việc tại Trường",
        "tin-tuc-su-kien", "2026-11-19T12:20:00+07:00",
        [
            P("Trưa 19/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Trần Văn Bình, "
              "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
              "tỉnh Kon Tum."),
            P("Tại buổi làm việc, hai bên trao đổi về việc phối hợp mở lớp Cao cấp lý luận chính "
              "trị hệ không tập trung tại Kon Tum và cử giảng viên tham gia giảng dạy."),
            Img("/uploads/2026/11/hvct-kv3.jpg", None, None, "title"),
            P("Đoàn cũng ghi nhận những kết quả Nhà trường đạt được trong công tác bồi dưỡng cán "
              "bộ cơ sở vùng đồng bào dân tộc thiểu số."),
        ],
        authors=["Phạm Quốc Việt"],
        summary="Trưa 19/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Trần Văn "
                "Bình, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường "
                "Chính trị tỉnh Kon Tum.",
        opts={"tpl": "tin", "dt": "2026-11-19 12:20", "db_authors": ["Phạm Quốc Việt"],
              "comments": [
                  ("A Thuận", "2026-11-20 08:02",
                   "Mong sớm có lớp Cao cấp lý luận chính trị tại tỉnh để cán bộ đỡ phải đi xa."),
              ]},
    ),
    _s(
        1014, "thao-giang-cap-truong",
        "Giảng viên Khoa Lý luận cơ sở dự giờ, thao giảng cấp trường",
        "hoat-dong-dao-tao", "2026-11-16T14:00:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, Khoa Lý luận cơ sở tổ chức đợt thao giảng cấp trường "
              "với 6 bài giảng của giảng viên trẻ."),
            P("Các bài giảng được chuẩn bị công phu, ứng dụng bài giảng điện tử, tăng cường tình "
              "huống thực tiễn của địa phương."),
            P("Hội đồng đánh giá 2 bài giảng loại xuất sắc, 4 bài giảng loại tốt; đồng thời góp "
              "ý về phân bổ thời gian và phương pháp nêu vấn đề."),
            Raw('<p class="xem-them"><em>Xem thêm: <a href="/bai-viet/1008">Lớp bồi dưỡng cán bộ '
                'người dân tộc thiểu số đi nghiên cứu thực tế tại huyện Kon Plông</a></em></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        summary="Từ ngày 10 đến 14/11/2026, Khoa Lý luận cơ sở tổ chức dự giờ, thao giảng cấp "
                "trường nhằm nâng cao chất lượng bài giảng.",
        sapo_outside=True,
        opts={"tpl": "tin", "dt": "2026-11-16 14:00", "db_authors": ["Khoa Lý luận cơ sở"]},
    ),
    _s(
        1013, "tuyen-sinh-cao-cap-2027",
        "Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        "thong-bao", "2026-11-12T10:00:00+07:00",
        [
            P("Trường Chính trị tỉnh Kon Tum thông báo tuyển sinh lớp Cao cấp lý luận chính trị "
              "hệ không tập trung năm 2027, mở tại Trường."),
            P("Đối tượng:", "h"),
            P("Cán bộ, công chức trong quy hoạch chức danh lãnh đạo cấp phòng trở lên.", "li"),
            P("Có trình độ đại học trở lên; tuổi đời không quá 50 đối với nam, 45 đối với nữ.",
              "li"),
            P("Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 31/12/2026."),
            Raw('<p class="dinh-kem">Tệp đính kèm: <a href="/uploads/files/tb-tuyen-sinh-cc-2027.pdf">'
                'tb-tuyen-sinh-cc-2027.pdf</a></p>'),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"tpl": "tin", "dt": "2026-11-12 10:00"},
    ),
    _s(
        1012, "sinh-hoat-chuyen-de",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề về học tập và làm theo Bác",
        "tin-tuc-su-kien", "2026-11-10T09:05:00+07:00",
        [
            P("Ngày 10/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với "
              "chủ đề “Nêu cao tinh thần trách nhiệm, gương mẫu của đảng viên”."),
            P("Tại buổi sinh hoạt, đảng viên trong chi bộ liên hệ bản thân, chỉ ra những việc "
              "đã làm được và những việc cần khắc phục."),
            P("Chi bộ thống nhất 3 nội dung đăng ký làm theo:"),
            P("- Đổi mới bài giảng gắn với thực tiễn tỉnh Kon Tum;"),
            P("- Mỗi đảng viên có ít nhất một bài viết nghiên cứu khoa học trong năm;"),
            P("- Tham gia đầy đủ các đợt đi thực tế cơ sở."),
        ],
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        opts={"tpl": "tin", "dt": "2026-11-10 09:05", "preline": True,
              "db_authors": ["Chi bộ Khoa Xây dựng Đảng"]},
    ),
    _s(
        1010, "dao-tao-llct-vung-dtts",
        "Nâng cao chất lượng đào tạo lý luận chính trị cho cán bộ cơ sở vùng đồng bào dân tộc "
        "thiểu số",
        "nghien-cuu-trao-doi", "2026-11-05",
        [
            P("Đội ngũ cán bộ cơ sở vùng đồng bào dân tộc thiểu số có vai trò trực tiếp trong "
              "việc đưa chủ trương của Đảng, chính sách của Nhà nước vào cuộc sống.[1]"),
            P("Thực tiễn ở Kon Tum cho thấy nhiều học viên còn hạn chế về tiếng Việt, khả năng "
              "tiếp thu lý luận trừu tượng, trong khi phương pháp giảng dạy chưa thật phù hợp.[2]"),
            P("Để nâng cao chất lượng, cần biên soạn tài liệu có hình ảnh, ví dụ gần gũi; tăng "
              "cường giảng viên biết tiếng dân tộc thiểu số; đổi mới kiểm tra, đánh giá."),
            P("Tài liệu tham khảo", "h"),
            P("Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. "
              "Chính trị quốc gia Sự thật, H., 2021.", "oli"),
            P("Tỉnh ủy Kon Tum: Báo cáo tổng kết công tác đào tạo, bồi dưỡng cán bộ giai đoạn "
              "2021 - 2025, Kon Tum, 2025.", "oli"),
        ],
        authors=["Đinh Văn Quang", "Phạm Thị Thu Trang"],
        opts={"tpl": "nc", "d": "2026-11-05",
              "db_authors": [("TS. Đinh Văn Quang", "Khoa Nhà nước và Pháp luật"),
                             ("ThS. Phạm Thị Thu Trang", "Phòng Quản lý đào tạo")]},
    ),
    _s(
        1008, "thuc-te-kon-plong",
        "Lớp bồi dưỡng cán bộ người dân tộc thiểu số đi nghiên cứu thực tế tại huyện Kon Plông",
        "hoat-dong-dao-tao", "2026-10-29T07:15:00+07:00",
        [
            P("Từ ngày 27 đến 28/10/2026, 45 học viên lớp bồi dưỡng cán bộ người dân tộc thiểu "
              "số đã đi nghiên cứu thực tế tại huyện Kon Plông."),
            Img("/uploads/2026/10/DSC_0412.JPG", None, None, "alt-file"),
            P("Đoàn đã tìm hiểu mô hình trồng sâm Ngọc Linh, phát triển du lịch cộng đồng gắn "
              "với bảo tồn văn hóa truyền thống của đồng bào Xơ Đăng."),
            Img("/uploads/2026/10/kon-plong-2.jpg",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại làng Kon Pring",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại làng Kon Pring", "tbl"),
            P("Kết thúc đợt thực tế, mỗi học viên viết một bài thu hoạch gắn với địa phương mình."),
        ],
        authors=["Nguyễn Hải Đăng"],
        opts={"tpl": "tin", "dt": "2026-10-29 07:15", "db_authors": ["Nguyễn Hải Đăng"]},
    ),
    _s(
        1006, "mttq-nong-thon-moi",
        "Một số giải pháp phát huy vai trò của Mặt trận Tổ quốc trong xây dựng nông thôn mới ở "
        "Kon Tum",
        "nghien-cuu-trao-doi", "2026-10-26",
        [
            P("Xây dựng nông thôn mới là chương trình mục tiêu quốc gia có ý nghĩa chính trị, "
              "kinh tế, xã hội to lớn, trong đó Mặt trận Tổ quốc giữ vai trò tập hợp, vận động "
              "nhân dân."),
            P("Bảng 1. Kết quả xây dựng nông thôn mới ở Kon Tum"),
            P("Năm | Số xã đạt chuẩn | Tỷ lệ (%)", "tr"),
            P("2024 | 52 | 60,5", "tr"),
            P("2025 | 58 | 67,4", "tr"),
            Img("/uploads/2026/10/mttq-ntm.jpg",
                "Nhân dân xã Đăk Cấm hiến đất làm đường giao thông nông thôn",
                "Nhân dân xã Đăk Cấm hiến đất làm đường giao thông nông thôn", "fig"),
            P("Từ thực tiễn đó, bài viết đề xuất ba nhóm giải pháp: đổi mới nội dung vận động; "
              "phát huy vai trò người có uy tín; tăng cường giám sát, phản biện xã hội."),
        ],
        authors=["Trần Thị Mai"],
        opts={"tpl": "nc", "d": "2026-10-26",
              "db_authors": [("ThS. Trần Thị Mai", "Khoa Dân vận")]},
    ),
    _s(
        1004, "bong-chuyen-hoi-20-10",
        "Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "tin-tuc-su-kien", "2026-10-21T16:10:00+07:00",
        [
            P("Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn Trường "
              "Chính trị tỉnh Kon Tum tổ chức giải bóng chuyền hơi nữ năm 2026."),
            P("Giải đấu có 4 đội đến từ các khoa, phòng tham gia, thi đấu vòng tròn tính điểm."),
            Img("/uploads/2026/10/bong-chuyen-hoi.jpg",
                "Trận chung kết giữa đội Khoa Xây dựng Đảng và đội Văn phòng",
                "Trận chung kết giữa đội Khoa Xây dựng Đảng và đội Văn phòng", "tbl"),
            P("Kết quả, đội Khoa Xây dựng Đảng giành giải Nhất, đội Văn phòng giải Nhì."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Kon Tum</em></p>'),
        ],
        authors=["Hoàng Yến"],
        source="Báo Kon Tum",
        opts={"tpl": "tin", "dt": "2026-10-21 16:10", "db_authors": ["Hoàng Yến"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
FEATURED = [1021, 1019, 1018]
MOST_READ = [1019, 1017, 1013]


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: _when(s), reverse=True)


def _when(s: Story) -> _dt.datetime:
    if "dt" in s.opts:
        return _dt.datetime.fromisoformat(s.opts["dt"])
    return _dt.datetime.fromisoformat(s.opts["d"] + " 00:00")


def _in_section(slug: str) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == slug])


# --- date printing -------------------------------------------------------------------------


def _vn_time(dt: _dt.datetime) -> str:
    """``EEEE, dd/MM/yyyy | hh:mm a`` with Locale("vi"): "Thứ Tư, 02/12/2026 | 08:30 SA"."""
    hour12 = dt.hour % 12 or 12
    ampm = "SA" if dt.hour < 12 else "CH"
    return f"{_WEEKDAYS[dt.weekday()]}, {dt:%d/%m/%Y} | {hour12:02d}:{dt.minute:02d} {ampm}"


def _utc_iso(dt: _dt.datetime) -> str:
    return (dt - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _kotlin_ldt(dt: _dt.datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M") + (f":{dt.second:02d}" if dt.second else "")


# --- article content -----------------------------------------------------------------------


def _lazy_img(src: str, alt: str, title: str | None = None) -> str:
    t = f' title="{_html.escape(title)}"' if title else ""
    return (f'<img class="lazy" src="/static/img/blank.gif" data-src="{src}" alt="{_html.escape(alt)}"'
            f'{t} width="640"><noscript><img src="{src}" alt="{_html.escape(alt)}"></noscript>')


def _para_html(p: P) -> str:
    t = _html.escape(p.text, quote=False)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f"<h4><strong>{t}</strong></h4>"
    if p.style.startswith("note:"):
        return f'<p id="cth{p.style[5:]}" class="cth">{t}</p>'
    if p.style.startswith("sup:"):
        anchor, n = p.style[4:].split("|")
        a = _html.escape(anchor, quote=False)
        t = t.replace(a, f'{a}<sup><a href="#cth{n}" id="gc{n}">{n}</a></sup>', 1)
    return f'<p style="text-align: justify;">{t}</p>'


def _content_html(story: Story, *, printing: bool = False) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if printing:
                out.append(f'<p><img src="{b.src}" alt=""></p>')
                if b.printed:
                    out.append(f"<p><i>{_html.escape(b.printed)}</i></p>")
            elif b.style == "tbl":
                out.append('<table class="anh-bv" style="margin: auto;"><tbody><tr><td>'
                           + _lazy_img(b.src, b.printed or "")
                           + f'</td></tr><tr><td class="ct-anh"><em>{_html.escape(b.printed or "")}'
                           "</em></td></tr></tbody></table>")
            elif b.style == "fig":
                out.append('<figure class="image">' + _lazy_img(b.src, b.printed or "")
                           + f"<figcaption>{_html.escape(b.printed or '')}</figcaption></figure>")
            elif b.style == "title":
                out.append('<p style="text-align: center;">'
                           + _lazy_img(b.src, "Buổi làm việc",
                                       "Quang cảnh buổi làm việc với Đoàn công tác") + "</p>")
            else:  # alt-file
                name = b.src.rsplit("/", 1)[1]
                out.append('<p style="text-align: center;">' + _lazy_img(b.src, name) + "</p>")
        elif b.style in ("tr", "li", "oli"):
            j = i
            group: list[P] = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                group.append(blocks[j])
                j += 1
            if b.style == "tr":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{_html.escape(c, quote=False)}</td>"
                                     for c in g.text.split(" | ")) + "</tr>" for g in group)
                out.append(f'<table class="bang" border="1" cellpadding="4"><tbody>{rows}</tbody></table>')
            else:
                tag = "ul" if b.style == "li" else "ol"
                items = "".join(f"<li>{_html.escape(g.text, quote=False)}</li>" for g in group)
                out.append(f"<{tag}>{items}</{tag}>")
            i = j
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_html.escape(b.text, quote=False)}<br>'
                       f"{_html.escape(nxt.text, quote=False)}</p>")
            i += 2
            continue
        else:
            out.append(_para_html(b))
        i += 1
    return "\n".join(out)


def _preline_text(story: Story) -> str:
    """The stored plain text as is: blank lines between paragraphs, one line per list entry,
    the editor's trailing spaces and the template's indentation around it."""
    paras = [_html.escape(p, quote=False) for p in story.paragraphs]
    return "\n              " + "  \n\n".join(paras[:3]) + "\n" + "\n".join(paras[3:]) + "\n            "


def _words(story: Story) -> int:
    return sum(len(p.split()) for p in story.paragraphs)


# --- page chrome ---------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", []),
    ("Tin tức", "/chuyen-muc/tin-tuc-su-kien",
     [("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien"), ("Thông báo", "/chuyen-muc/thong-bao")]),
    ("Đào tạo", "/dao-tao/chuong-trinh/trung-cap-llct",
     [("Chương trình Trung cấp LLCT", "/dao-tao/chuong-trinh/trung-cap-llct"),
      ("Lịch học", "/dao-tao/lich-hoc"),
      ("Hoạt động đào tạo", "/chuyen-muc/hoat-dong-dao-tao")]),
    ("Nghiên cứu khoa học", "/nghien-cuu-khoa-hoc/de-tai",
     [("Đề tài khoa học", "/nghien-cuu-khoa-hoc/de-tai"),
      ("Nghiên cứu - Trao đổi", "/chuyen-muc/nghien-cuu-trao-doi")]),
    ("Thư viện ảnh", "/thu-vien-anh/khai-giang-k25", []),
    ("Liên hệ", "/lien-he", []),
]


def _header() -> E:
    items = []
    for label, href, subs in _MENU:
        sub = None
        if subs:
            sub = e("ul", {"class": "dd-menu"}, [e("li", {}, e("a", {"href": h}, t)) for t, h in subs])
        items.append(e("li", {"class": "mn-item" + (" co-con" if subs else "")},
                       e("a", {"href": href}, label), sub))
    return e(
        "header", {"id": "dau-trang"},
        e("div", {"class": "thanh-tren"},
          e("span", {"class": "ngay-ht"}, "Thứ Bảy, 05/12/2026"),
          e("span", {"class": "hotline"}, " | Điện thoại: 0260 3862 158")),
        e("div", {"class": "logo-bar"},
          e("a", {"href": "/"}, e("img", {"src": "/static/img/logo-tct.png", "alt": "Logo"})),
          e("h1", {"class": "ten-truong"}, "TRƯỜNG CHÍNH TRỊ TỈNH KON TUM"),
          e("p", {"class": "khau-hieu"}, "Trung thành - Sáng tạo - Gương mẫu - Hiệu quả")),
        e("nav", {"class": "mn-chinh"}, e("ul", {}, items)),
        e("form", {"class": "tim-kiem", "action": "/tim-kiem", "method": "get"},
          e("input", {"type": "text", "name": "q", "placeholder": "Tìm kiếm..."}),
          e("button", {"type": "submit"}, "Tìm")),
    )


def _story_link(s: Story, query: str = "") -> str:
    return f"/bai-viet/{s.id}{query}"


def _sidebar() -> E:
    return e(
        "aside", {"class": "cot-phai"},
        e("div", {"class": "hop"},
          e("div", {"class": "hop-td"}, "Đọc nhiều nhất"),
          e("ol", {"class": "doc-nhieu"},
            [e("li", {}, e("a", {"href": _story_link(BY_ID[i])}, BY_ID[i].title)) for i in MOST_READ])),
        e("div", {"class": "hop"},
          e("div", {"class": "hop-td"}, "Liên kết website"),
          e("ul", {},
            e("li", {}, e("a", {"href": "https://kontum.dcs.vn", "target": "_blank"}, "Tỉnh ủy Kon Tum")),
            e("li", {}, e("a", {"href": "https://hcma.vn", "target": "_blank"},
                             "Học viện Chính trị quốc gia Hồ Chí Minh")),
            e("li", {}, e("a", {"href": "https://baokontum.com.vn", "target": "_blank"}, "Báo Kon Tum")))),
        e("div", {"class": "hop"},
          e("div", {"class": "hop-td"}, "Thăm dò ý kiến"),
          e("p", {}, "Bạn đánh giá thế nào về giao diện website mới?"),
          e("div", {"class": "bc"},
            e("label", {}, e("input", {"type": "radio", "name": "bc", "value": "1"}), " Rất đẹp"),
            e("label", {}, e("input", {"type": "radio", "name": "bc", "value": "2"}), " Bình thường"),
            e("button", {"type": "button", "onclick": "binhChon()"}, "Bình chọn"))),
        e("div", {"class": "hop thong-ke"},
          e("div", {"class": "hop-td"}, "Thống kê truy cập"),
          e("p", {}, "Đang online: 17"),
          e("p", {}, "Hôm nay: 412"),
          e("p", {}, "Tổng truy cập: 1.284.509")),
    )


def _footer() -> E:
    return e(
        "footer", {"id": "chan-trang"},
        e("p", {}, e("strong", {}, "TRƯỜNG CHÍNH TRỊ TỈNH KON TUM")),
        e("p", {}, "Địa chỉ: 208 Phan Đình Phùng, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum"),
        e("p", {}, "Điện thoại: 0260 3862 158 - Email: truongchinhtri@kontum.gov.vn"),
        e("p", {}, "© 2026 Trường Chính trị tỉnh Kon Tum. Ghi rõ nguồn khi phát hành lại thông tin từ website này."),
        e("p", {"class": "tk"}, "Thiết kế: Công ty TNHH Phần mềm Đăk Bla · Powered by Ktor"),
    )


def _page(request: Request, title: str, main: list, canonical: str | None = None,
          description: str | None = None) -> Response:
    head = e(
        "head", {},
        e("meta", {"charset": "UTF-8"}),
        e("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        e("title", {}, title),
        e("meta", {"name": "description", "content": description}) if description else None,
        e("link", {"rel": "canonical", "href": base_url(request) + canonical}) if canonical else None,
        e("link", {"rel": "stylesheet", "href": "/static/css/tct.css"}),
        e("script", {"src": "/static/js/lazyload.min.js"}),
    )
    body = e(
        "body", {},
        _header(),
        e("div", {"class": "khung"}, e("main", {"class": "cot-trai"}, main), _sidebar()),
        _footer(),
        e("script", {}, Unsafe("new LazyLoad({elements_selector: '.lazy'});")),
    )
    doc = "<!DOCTYPE html>\n" + render(e("html", {"lang": "vi"}, head, body)) + "\n"
    return html(doc)


def _crumbs(*pairs: tuple[str, str | None]) -> E:
    kids: list = [e("a", {"href": "/"}, "Trang chủ")]
    for label, href in pairs:
        kids.append(e("span", {"class": "sep"}, " › "))
        kids.append(e("a", {"href": href}, label) if href else e("span", {}, label))
    return e("nav", {"class": "dhd"}, kids)


def _section_crumbs(slug: str) -> E:
    name, parent = SECTIONS[slug]
    pairs = [parent] if parent else []
    return _crumbs(*pairs, (name, f"/chuyen-muc/{slug}"))


# --- pages ---------------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    text = s.summary or s.paragraphs[0]
    return text if len(text) <= 150 else text[:147].rsplit(" ", 1)[0] + "..."


def _list_item(s: Story, query: str = "") -> E:
    return e(
        "div", {"class": "tin-item"},
        e("a", {"href": _story_link(s, query), "class": "anh-dd"},
          e("img", {"src": f"/uploads/thumb/{s.id}.jpg", "alt": ""})),
        e("h3", {}, e("a", {"href": _story_link(s, query)}, s.title)),
        e("span", {"class": "ngay-ds"}, _when(s).strftime("%d-%m-%Y")),
        e("p", {"class": "mo-ta"}, _teaser(s)),
    )


def home(request: Request) -> Response:
    newest = _sorted(STORIES)[:6]
    main = [
        e("div", {"class": "slider"},
          [e("div", {"class": "sl-item"},
             e("a", {"href": _story_link(BY_ID[i], "?lang=vi")},
               e("img", {"src": f"/uploads/thumb/{i}.jpg", "alt": BY_ID[i].title}),
               e("span", {"class": "sl-td"}, BY_ID[i].title))) for i in FEATURED]),
        e("section", {"class": "tin-moi"},
          e("div", {"class": "hop-td"}, "Tin mới"),
          [_list_item(s) for s in newest]),
    ]
    for slug, (name, _parent) in SECTIONS.items():
        main.append(e(
            "section", {"class": "hop-cm"},
            e("div", {"class": "hop-td"}, e("a", {"href": f"/chuyen-muc/{slug}"}, name)),
            e("ul", {}, [e("li", {}, e("a", {"href": _story_link(s)}, s.title))
                         for s in _in_section(slug)[:3]]),
        ))
    return _page(request, "Trang chủ - Trường Chính trị tỉnh Kon Tum", main, canonical="/")


def section(request: Request, slug: str) -> Response:
    name, _parent = SECTIONS[slug]
    raw = request.params.get("trang", "0")
    page = int(raw) if raw.isdigit() else 0
    items = _in_section(slug)
    chunk = items[page * PER_PAGE:(page + 1) * PER_PAGE]
    last = max(0, (len(items) - 1) // PER_PAGE)
    pager: list = []
    if page > 0:
        pager.append(e("li", {}, e("a", {"href": f"?trang={page - 1}"}, "« Trang trước")))
    for n in range(last + 1):
        pager.append(e("li", {"class": "hien-tai" if n == page else None},
                       e("a", {"href": f"?trang={n}"}, str(n + 1))))
    if page <= last:
        pager.append(e("li", {}, e("a", {"href": f"?trang={page + 1}"}, "Trang sau »")))
    main = [
        _section_crumbs(slug),
        e("h2", {"class": "td-cm"}, name),
        [_list_item(s) for s in chunk] if chunk
        else e("p", {"class": "trong"}, "Chưa có bài viết nào trong chuyên mục này."),
        e("ul", {"class": "phan-trang"}, pager),
    ]
    return _page(request, f"{name} - Trường Chính trị tỉnh Kon Tum", main)


def _meta_row(s: Story) -> E:
    kids: list = []
    if "upd" in s.opts:
        kids.append(e("span", {"class": "cn"}, "Cập nhật: "
                      + _vn_time(_dt.datetime.fromisoformat(s.opts["upd"])).split(", ", 1)[1]))
    dt = _when(s)
    kids.append(e("span", {"class": "nd"}, e("i", {"class": "ic-dh"}),
                  e("time", {"datetime": _utc_iso(dt)}, _vn_time(dt))))
    kids.append(e("span", {"class": "lx"}, f"Lượt xem: {s.views():,}".replace(",", ".")))
    return e("div", {"class": "tt-bv"}, kids)


def _comments(s: Story) -> E | None:
    cmts = s.opts.get("comments")
    if not cmts:
        return None
    return e(
        "section", {"class": "y-kien"},
        e("h4", {}, f"Ý kiến bạn đọc ({len(cmts)})"),
        [e("div", {"class": "yk-item"},
           e("b", {}, who), " ", e("span", {"class": "yk-ngay"},
                                   _vn_time(_dt.datetime.fromisoformat(when)).split(", ", 1)[1]),
           e("p", {}, txt)) for who, when, txt in cmts],
        e("form", {"class": "yk-form", "action": f"/bai-viet/{s.id}/y-kien", "method": "post"},
          e("input", {"type": "text", "name": "hoTen", "placeholder": "Họ tên"}),
          e("textarea", {"name": "noiDung"}),
          e("button", {"type": "submit"}, "Gửi ý kiến")),
    )


def _related(s: Story) -> E:
    others = [o for o in _in_section(s.cat) if o.id != s.id][:3]
    return e(
        "div", {"class": "bv-lq"},
        e("h4", {}, "Tin liên quan"),
        e("ul", {}, [e("li", {}, e("a", {"href": _story_link(o)}, o.title),
                       e("span", {}, f" ({_when(o):%d/%m/%Y})")) for o in others]),
    )


def _tools(s: Story) -> E:
    return e(
        "div", {"class": "cong-cu"},
        e("a", {"href": f"/bai-viet/{s.id}/in", "rel": "nofollow", "target": "_blank"}, "🖨 In bài"),
        " ",
        e("a", {"href": "https://www.facebook.com/sharer/sharer.php?u=/bai-viet/" + str(s.id),
                "class": "chia-se"}, "Chia sẻ Facebook"),
        " ",
        e("a", {"href": "https://zalo.me/share?u=/bai-viet/" + str(s.id), "class": "chia-se"}, "Zalo"),
    )


def article(request: Request, s: Story) -> Response:
    name = SECTIONS[s.cat][0]
    if s.opts["tpl"] == "nc":
        names = ", ".join(f"{n} - {unit}" for n, unit in s.opts["db_authors"])
        head: list = [
            e("h2", {"class": "td-bv"}, s.title),
            e("p", {"class": "tg-nc"}, e("i", {}, names)),
            e("div", {"class": "tt-bv"},
              e("span", {"class": "nd"}, f"Ngày đăng: {_when(s):%d/%m/%Y}"),
              e("span", {"class": "lx"}, f" | Lượt xem: {s.views()}")),
        ]
        if s.summary and s.sapo_outside:
            head.append(e("div", {"class": "tom-tat-nc"}, e("em", {}, s.summary)))
        content = Unsafe(_content_html(s))
        kids = [head, e("div", {"class": "noi-dung", "id": f"nd-{s.id}"}, content)]
    else:
        head = [e("h2", {"class": "td-bv"}, s.title), _meta_row(s)]
        if s.summary and s.sapo_outside:
            head.append(e("p", {"class": "sapo-bv"}, e("b", {}, s.summary)))
        reading = e("div", {"class": "tg-doc"},
                    e("small", {}, f"⏱ {max(1, _words(s) // 200 + 1)} phút đọc · {_words(s)} từ"))
        if s.opts.get("preline"):
            inner = e("div", {"class": "nd-vb", "style": "white-space: pre-line"},
                      Unsafe(_preline_text(s)))
        else:
            inner = Unsafe(_content_html(s))
        by = None
        if s.opts.get("db_authors"):
            by = e("p", {"class": "tac-gia"},
                   e("strong", {}, "Tác giả: [" + ", ".join(s.opts["db_authors"]) + "]"))
        kids = [head, e("div", {"class": "noi-dung", "id": f"nd-{s.id}"}, reading, inner), by]
    main = [
        _section_crumbs(s.cat),
        e("article", {"class": "bv", "id": f"bv-{s.id}"}, kids, _tools(s), _comments(s)),
        _related(s),
    ]
    desc = s.summary or s.paragraphs[0][:150]
    return _page(request, "Chi tiết bài viết - Trường Chính trị tỉnh Kon Tum", main,
                 canonical=f"/bai-viet/{s.id}", description=f"{name}: {desc}")


def print_view(request: Request, s: Story) -> Response:
    when = _when(s)
    stamp = when.date().isoformat() if s.opts["tpl"] == "nc" else _kotlin_ldt(when)
    if s.opts.get("preline"):
        content = Unsafe("".join(f"<p>{_html.escape(p, quote=False)}</p>" for p in s.paragraphs))
    else:
        content = Unsafe(_content_html(s, printing=True))
    by = None
    if s.opts.get("db_authors"):
        raw = s.opts["db_authors"]
        names = [n if isinstance(n, str) else n[0] for n in raw]
        by = e("p", {"class": "tg"}, "Tác giả: [" + ", ".join(names) + "]")
    doc = e(
        "html", {"lang": "vi"},
        e("head", {}, e("meta", {"charset": "UTF-8"}), e("title", {}, s.title),
          e("link", {"rel": "canonical", "href": base_url(request) + f"/bai-viet/{s.id}"})),
        e("body", {"onload": "window.print()"},
          e("p", {"class": "in-dau"}, SCHOOL),
          e("h2", {}, s.title),
          e("p", {}, f"Ngày đăng: {stamp}"),
          e("p", {"class": "sapo"}, e("b", {}, s.summary)) if s.summary and s.sapo_outside else None,
          e("div", {"class": "nd-in"}, content),
          by),
    )
    return html("<!DOCTYPE html>\n" + render(doc) + "\n")


# --- other pages ---------------------------------------------------------------------------


def _plain_page(request: Request, crumbs: E, title: str, kids: list) -> Response:
    main = [crumbs, e("div", {"class": "trang-tinh"}, e("h2", {"class": "td-bv"}, title), kids)]
    return _page(request, f"{title} - Trường Chính trị tỉnh Kon Tum", main)


def _gioi_thieu(request: Request) -> Response:
    return _plain_page(request, _crumbs(("Giới thiệu", None)), "Giới thiệu chung", [
        e("p", {}, "Trường Chính trị tỉnh Kon Tum là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự "
                   "chỉ đạo về chuyên môn của Học viện Chính trị quốc gia Hồ Chí Minh."),
        e("p", {}, "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ "
                   "thống chính trị ở cơ sở và nghiên cứu khoa học."),
        e("img", {"src": "/uploads/trang/tru-so.jpg", "alt": "Trụ sở Nhà trường"}),
    ])


def _lien_he(request: Request) -> Response:
    return _plain_page(request, _crumbs(("Liên hệ", None)), "Liên hệ", [
        e("p", {}, "Địa chỉ: 208 Phan Đình Phùng, phường Quyết Thắng, thành phố Kon Tum"),
        e("p", {}, "Điện thoại: 0260 3862 158 - Fax: 0260 3862 159"),
        e("form", {"action": "/lien-he", "method": "post"},
          e("input", {"type": "text", "name": "hoTen"}), e("textarea", {"name": "noiDung"}),
          e("button", {"type": "submit"}, "Gửi")),
    ])


def _lich_hoc(request: Request) -> Response:
    rows = [("TC K24", "Quản lý hành chính nhà nước", "07/12 - 11/12/2026", "Hội trường A"),
            ("TC K25", "Triết học Mác - Lênin", "11/12 - 13/12/2026", "Phòng 201"),
            ("BD ĐT4", "Kiến thức quốc phòng và an ninh", "14/12 - 18/12/2026", "Hội trường B")]
    table = e("table", {"class": "bang"},
              e("tr", {}, [e("th", {}, h) for h in ("Lớp", "Học phần", "Thời gian", "Địa điểm")]),
              [e("tr", {}, [e("td", {}, c) for c in r]) for r in rows])
    return _plain_page(request, _crumbs(("Đào tạo", "/dao-tao/chuong-trinh/trung-cap-llct"),
                                        ("Lịch học", None)),
                       "Lịch học tháng 12/2026", [table])


def _chuong_trinh(request: Request) -> Response:
    return _plain_page(request, _crumbs(("Đào tạo", None), ("Chương trình Trung cấp LLCT", None)),
                       "Chương trình đào tạo Trung cấp lý luận chính trị", [
        e("p", {}, "Chương trình Trung cấp lý luận chính trị - hành chính ban hành theo Quyết định "
                   "của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh gồm 4 phần học."),
        e("ul", {}, e("li", {}, "Phần I: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin"),
          e("li", {}, "Phần II: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng"),
          e("li", {}, "Phần III: Quản lý hành chính nhà nước"),
          e("li", {}, "Phần IV: Kỹ năng lãnh đạo, quản lý")),
        e("p", {}, e("a", {"href": "/chuyen-muc/hoat-dong-dao-tao"}, "Hoạt động đào tạo »")),
    ])


def _de_tai(request: Request) -> Response:
    rows = [("1", "Nâng cao hiệu quả bồi dưỡng trưởng thôn, làng ở Kon Tum", "ThS. Y Nhung", "2026"),
            ("2", "Giải pháp nâng cao chất lượng tự học của học viên hệ không tập trung",
             "TS. Đinh Văn Quang", "2025")]
    table = e("table", {"class": "bang"},
              e("tr", {}, [e("th", {}, h) for h in ("TT", "Tên đề tài", "Chủ nhiệm", "Năm")]),
              [e("tr", {}, [e("td", {}, c) for c in r]) for r in rows])
    return _plain_page(request, _crumbs(("Nghiên cứu khoa học", None), ("Đề tài khoa học", None)),
                       "Đề tài khoa học cấp trường", [
        e("p", {}, "Danh mục đề tài khoa học cấp trường đã nghiệm thu."), table,
        e("p", {}, e("a", {"href": "/chuyen-muc/nghien-cuu-trao-doi"}, "Bài viết nghiên cứu - trao đổi »")),
    ])


def _album(request: Request) -> Response:
    imgs = [e("div", {"class": "anh-al"}, e("img", {"src": f"/uploads/album/k25-{n}.jpg", "alt": f"Ảnh {n}"}))
            for n in range(1, 5)]
    return _plain_page(request, _crumbs(("Thư viện ảnh", None)), "Lễ khai giảng lớp TC K25", imgs)


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    return _plain_page(request, _crumbs(("Tìm kiếm", None)), "Kết quả tìm kiếm",
                       [e("p", {}, f"Không tìm thấy kết quả nào cho từ khóa “{q}”.")])


PAGES = {
    "/gioi-thieu": _gioi_thieu,
    "/lien-he": _lien_he,
    "/dao-tao/lich-hoc": _lich_hoc,
    "/dao-tao/chuong-trinh/trung-cap-llct": _chuong_trinh,
    "/nghien-cuu-khoa-hoc/de-tai": _de_tai,
    "/thu-vien-anh/khai-giang-k25": _album,
    "/tim-kiem": _search,
}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/static/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home(request)
        if path in PAGES and request.method in ("GET", "HEAD"):
            return PAGES[path](request)
        if path.startswith("/chuyen-muc/"):
            slug = path[len("/chuyen-muc/"):]
            return section(request, slug) if slug in SECTIONS else None
        if path.startswith("/bai-viet/"):
            rest = path[len("/bai-viet/"):]
            printing = rest.endswith("/in")
            if printing:
                rest = rest[:-3]
            if not rest.isdigit() or int(rest) not in BY_ID:
                return None
            s = BY_ID[int(rest)]
            return print_view(request, s) if printing else article(request, s)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    path = f"/bai-viet/{s.id}"
    alts = [f"{path}/in"]
    if s.id in FEATURED:
        alts.insert(0, f"{path}?lang=vi")
    return gold_record(s, path, SECTIONS[s.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/dao-tao/lich-hoc",
    "/dao-tao/chuong-trinh/trung-cap-llct",
    "/nghien-cuu-khoa-hoc/de-tai",
    "/thu-vien-anh/khai-giang-k25",
]
