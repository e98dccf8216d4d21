"""Trường Chính trị Trần Phú tỉnh Hà Tĩnh: a WordPress site set up in 2012, never redesigned.

Platform
--------
WordPress (core updated over the years: jQuery 1.12, generator "WordPress 5.8.12"), still on the
2012 ThemeForest magazine theme "TMag Premium" that a local vendor (HTC) re-skinned with
Vietnamese class names (``tieude_bv``, ``ngaydang``, ``noidung_bv``, ``cot-trai``): a table for
the banner, float columns, a jQuery Cycle slider, a "Tin mới" ticker, timthumb.php thumbnails.
Plugins of the era: WP-Print, WP-PostViews, WP-PageNavi, WP-Polls, WP-UserOnline, Yet Another
Related Posts (YARPP), Sociable, Lazy Load, Breadcrumb NavXT, All in One SEO Pack, NextGEN
Gallery, Contact Form 7. Editors paste from Word.

URL scheme
----------
* ``/`` home (slider, ticker, one box per section);
* posts published before 15/11/2026 live at ``/?p=<id>`` (the site ran on the "Mặc định"
  permalinks until then and a snippet in functions.php pins old posts to their old links so the
  links shared on Facebook keep working); newer posts at ``/<yyyy>/<mm>/<slug>/``;
  ``/?p=<id>`` of a newer post answers 301 to its pretty link (WordPress' redirect_canonical);
* WP-Print: ``/<yyyy>/<mm>/<slug>/print/`` and ``/?p=<id>&print=1``;
* comment replies: ``…?replytocom=<comment id>`` (same post, comment form moved, noindex);
* a post split with ``<!--nextpage-->``: ``/?p=4340&page=2``;
* category archives ``/category/<parent>/<child>/`` or ``/category/<slug>/``, ``…/page/N/``
  (WP-PageNavi), 4 posts a page; tag archives ``/tag/<slug>/``; month archives ``/2026/11/``
  (only in the "Lưu trữ" drop-down: ``<option value=…>``);
* pages ``/gioi-thieu/lich-su-phat-trien/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``,
  ``/thu-vien-anh/`` (NextGEN), ``/video/``; ``/feed/`` RSS; ``/robots.txt``;
* images under ``/wp-content/uploads/…``, thumbnails through
  ``/wp-content/themes/tmag-premium/timthumb.php?src=…&w=…``.

Page templates
--------------
home, archive (category/tag/month: thumbnail, title, "Tháng Mười Hai 4, 2026" date, views,
excerpt, "Xem tiếp »", WP-PageNavi), single (breadcrumb, h1.tieude_bv, meta line
"Thứ Sáu, 04/12/2026 lúc 2:30 chiều | Người đăng: bbt_tct | Lượt xem: 312", print tool, optional
manual excerpt in div.tomtat_bv, div.noidung_bv with the content and — inside the same div —
YARPP's "Bài viết liên quan" and Sociable's share icons, then tags, "Cập nhật lần cuối",
"Các tin khác", comments and the comment form), print (WP-Print), page (intro, contact,
gallery, video).

How each gold article is reached
--------------------------------
Hoạt động nhà trường (6 posts, 4 a page): A1–A4 on the category's page 1 and on the home box
(3 newest); A5 and A6 (the two oldest, both ``/?p=``) only on ``…/hoat-dong-nha-truong/page/2/``
(and in the month archives, which only the drop-down names). Tin trong tỉnh, Đảng ủy - Đoàn
thể, Thông báo, Nghiên cứu - Trao đổi: home boxes, the sidebar notice marquee, category pages.
The ticker links six newest posts by their guid ``/?p=<id>`` (301 to the pretty link).

Traps
-----
1. Two permalink schemes at once: old posts are canonical at ``/?p=<id>`` (a query on the root
   path, which also serves the home page for any other query), new posts at
   ``/yyyy/mm/slug/``; the ticker prints guids ``/?p=<id>`` for new posts, which 301 to the
   pretty link. Gold: old posts' path is ``/?p=<id>``; new posts' the pretty link; redirects are
   neither gold nor alt paths.
2. WP-Print duplicates on every post (``…/print/``, ``/?p=<id>&#038;print=1``): the same
   content without chrome, with "Bài viết được in từ …" and "Đường dẫn tới bài viết" lines.
   Gold: alt_paths of the post.
3. Comment reply links ``?replytocom=N`` serve the post again (robots noindex); the comments
   ("… viết:") under a post read like text. Gold: alt_paths; comments are not body.
4. A research post split with ``<!--nextpage-->`` (A12): page 1 ``/?p=4340`` ends after part 1
   with "Trang: 1 2"; ``/?p=4340&page=2`` has the rest and a canonical link to itself (WordPress
   core does this). Gold: one record at ``/?p=4340`` whose body is both pages in order; page 2
   is an alt path (the print view has the whole text too).
5. Dates: the single prints "Thứ Tư, 02/12/2026 lúc 12:20 chiều" (12 "chiều" is noon: 12:20),
   "2:30 chiều" is 14:30, "7:45 sáng" 07:45; listings print "Tháng Mười Hai 2, 2026";
   AIOSEO's ``article:published_time`` carries the local clock with a wrong "+00:00"; a
   "Cập nhật lần cuối" line follows the content; the header prints today. Gold: the meta
   line's day and time with +07:00.
6. Word paste leftovers: "Normal 0 false false false EN-US X-NONE X-NONE
   MicrosoftInternetExplorer4" and "/* Style Definitions */ table.MsoNormalTable {…}" printed
   as paragraphs at the top of A3 (they also fill its listing excerpt), MsoNormal spans, empty
   ``&nbsp;`` paragraphs, a paragraph typed with Unikey's "Unicode tổ hợp" (NFD), a 2012-style
   post whose text is all HTML entities (A6). Gold: leftovers are not body; text NFC.
7. Chrome inside the content div: YARPP "Bài viết liên quan" list, Sociable share icons (a
   sprite image), "Xem thêm: <link>", a "Tài liệu hội nghị: …pdf" attachment line. Not body.
8. Bylines as editors type them at the end (or top) of the text: right-aligned "ThS. Nguyễn Thị
   Hoa" with "Khoa Xây dựng Đảng" on the next line; "TS. Trần Đình Lương<br>Phó Hiệu trưởng";
   "Tin, ảnh: X"; "Tin: X - Ảnh: Y"; "Hồng Nhung (Phòng Quản lý đào tạo)"; "Lê Thị Mai - Chủ
   tịch Công đoàn Trường"; two names "ThS. Lê Thị Mai, ThS. Hoàng Văn Quý"; a unit signing
   alone "Phòng Tổ chức - Hành chính"; the meta line's "Người đăng: bbt_tct" (CMS account).
   Gold: names only; the unit as printed; bbt_tct is nobody.
9. Reprint: "Thu Hà" then "Theo Báo Hà Tĩnh" closing A7, whose image is hot-linked from the
   newspaper's host; a body sentence of the same post starts "Theo Văn phòng Tỉnh ủy, …".
   Gold: source "Báo Hà Tĩnh"; the image by its absolute URL; the sentence is text.
10. Images: Lazy Load plugin (``src`` a 1x1 gif, the photo in ``data-lazy-src`` and in
    ``<noscript>``); Word tables with the caption in the next row; a centred italic line under
    a pasted image, once in parentheses, once only "Ảnh: Đức Thành"; srcset variants.
    Gold: the real ``-1024x683`` file; caption without the parentheses; a credit-only line is
    no caption.
11. A notice printed as a party document (A10): letterhead table "TỈNH ỦY HÀ TĨNH / TRƯỜNG
    CHÍNH TRỊ TRẦN PHÚ / Số: 152-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Hà Tĩnh, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO / về việc …", then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU
    TRƯỞNG / (Đã ký) / Lê Văn Sơn"; WordPress says it was posted 01/12/2026 08:15. Gold: date
    "2026-11-30", author "Lê Văn Sơn", letterhead/kind/subject/closing not body.
12. Document entries (category "Văn bản") are posts in the very same single template (date,
    print link, comment form) whose content is a "Số/Ký hiệu … Trích yếu" table and a PDF link.
    Gold: non-articles.
13. Pagination: A5 and A6 are only on page 2 of their category (WP-PageNavi "Trang 1 / 2"),
    the related lists, "Các tin khác" (3 newest of the section), the most-read box, the feed
    and the ticker never name them.

Gold decisions on ambiguous points
----------------------------------
* category: the post's own (child) category as the breadcrumb's last link prints it
  ("Hoạt động nhà trường", not the parent "Tin tức - Sự kiện").
* summary: a bold first paragraph inside the content (A1, A7, A13) or the manual excerpt the
  theme prints in div.tomtat_bv above the content (A4, A9); the AIOSEO description is never one.
* The print view lacks the manual excerpt (WP-Print prints the_content only); it is still an
  alt path of the post.
* A numbered bold line ("1. Thời gian, địa điểm") and an h3 inside the text are paragraphs; list
  items and table rows (cells joined by " | ") are paragraphs; a Word table that only holds a
  photo and its caption is not text.
* The byline lines, "Theo Báo Hà Tĩnh", "Xem thêm", the attachment line and the Word leftovers
  are not body. A12's byline is printed above the text on page 1 only.
* A6's caption line is a plain centred italic line (no parentheses): it is the caption.
* "Ảnh: Đức Thành" under A2's second photo is a credit: caption None (Đức Thành is A2's
  photographer through its "Tin: Hồng Nhung - Ảnh: Đức Thành" line).
* A11 has no byline: authors []. A12/A13: no photographer.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_legacy2012_tct"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường Chính trị Trần Phú tỉnh Hà Tĩnh"
THEME = "/wp-content/themes/tmag-premium"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = [
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]


# --- categories ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str | None = None  # the parent's printed name (no archive of its own is linked)
    parent_slug: str | None = None

    @property
    def path(self) -> str:
        if self.parent_slug:
            return f"/category/{self.parent_slug}/{self.slug}/"
        return f"/category/{self.slug}/"


CATS = {
    c.slug: c
    for c in [
        Cat("hoat-dong-nha-truong", "Hoạt động nhà trường", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
        Cat("tin-trong-tinh", "Tin trong tỉnh", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
        Cat("dang-uy-doan-the", "Đảng ủy - Đoàn thể", "Tin tức - Sự kiện", "tin-tuc-su-kien"),
        Cat("thong-bao", "Thông báo"),
        Cat("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
        Cat("van-ban", "Văn bản"),
    ]
}

TAGS = {
    "trung-cap-ly-luan-chinh-tri": "Trung cấp lý luận chính trị",
    "chuyen-doi-so": "chuyển đổi số",
}


# --- markup pieces editors and plugins leave in the content ----------------------------------

_MSO_P = (
    '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 27.0pt;'
    ' line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%;'
    " font-family: 'Times New Roman','serif';\">"
)
_MSO_EMPTY = '<p class="MsoNormal" style="text-align: justify;"><span lang="VI">&nbsp;</span></p>'
_WORD_JUNK = (
    "<p>Normal 0 false false false EN-US X-NONE X-NONE MicrosoftInternetExplorer4</p>\n"
    '<p>/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal";'
    " mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes;"
    ' mso-style-priority:99; mso-style-qformat:yes; mso-style-parent:"";'
    " mso-padding-alt:0in 5.4pt 0in 5.4pt; mso-para-margin:0in; mso-para-margin-bottom:.0001pt;"
    ' mso-pagination:widow-orphan; font-size:11.0pt; font-family:"Calibri","sans-serif";}</p>'
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _mso_right(inner: str) -> Raw:
    return Raw(
        '<p class="MsoNormal" style="text-align: right;" align="right"><span lang="VI"'
        f" style=\"font-size: 14.0pt; font-family: 'Times New Roman','serif';\">{inner}</span></p>"
    )


def _wp_id(src: str) -> int:
    return 4000 + sum(map(ord, src)) % 900


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _img_tag(img: Img, *, lazy: bool = False, width: int = 600, height: int = 400) -> str:
    src = esc(img.src)
    alt = esc(img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    cls = f"aligncenter size-large wp-image-{_wp_id(img.src)}"
    srcset = ""
    if re.search(r"-1024x683\.jpg$", img.src):
        small = esc(img.src.replace("-1024x683.jpg", "-300x200.jpg"))
        srcset = (
            f' srcset="{src} 1024w, {small} 300w, {esc(_full(img.src))} 1200w"'
            ' sizes="(max-width: 600px) 100vw, 600px"'
        )
    if lazy:
        return (
            f'<img class="{cls} lazy lazy-hidden" src="/wp-content/plugins/lazy-load/images/'
            f'1x1.trans.gif" data-lazy-src="{src}" alt="{alt}" width="{width}" height="{height}" />'
            f'<noscript><img class="{cls}" src="{src}" alt="{alt}" width="{width}"'
            f' height="{height}"{srcset} /></noscript>'
        )
    return (
        f'<img class="{cls}" src="{src}" alt="{alt}" width="{width}" height="{height}"{srcset} />'
    )


def _render_img(img: Img) -> str:
    style = img.style
    lazy = style.startswith("lazy_")
    base = style.removeprefix("lazy_")
    tag = _img_tag(img, lazy=lazy)
    printed = text(img.printed) if img.printed else ""
    if base == "wpcap":
        href = esc(_full(img.src)) if img.src.startswith("/") else esc(img.src)
        return (
            f'<div id="attachment_{_wp_id(img.src)}" style="width: 610px" class="wp-caption'
            f' aligncenter"><a href="{href}">{tag}</a><p class="wp-caption-text">{printed}</p></div>'
        )
    if base == "wordnext":
        out = f'<p style="text-align: center;">{tag}</p>'
        if printed:
            out += f'\n<p style="text-align: center;"><em>{printed}</em></p>'
        return out
    if base == "wordtable":
        return (
            '<table class="MsoTableGrid" style="border-collapse: collapse; border: none;"'
            ' border="0" cellspacing="0" cellpadding="0" align="center"><tbody>'
            f'<tr><td style="width: 100%; padding: 0in 5.4pt;" valign="top">'
            f'<p class="MsoNormal" style="text-align: center;" align="center">{tag}</p></td></tr>'
            '<tr><td style="padding: 0in 5.4pt;" valign="top"><p class="MsoNormal"'
            ' style="text-align: center;" align="center"><i><span lang="VI"'
            f' style="font-size: 12.0pt;">{printed}</span></i></p></td></tr></tbody></table>'
        )
    raise ValueError(style)


def _render_p(p: P) -> str:
    t = text(p.text)
    s = p.style
    if s == "":
        return f"<p>{t}</p>"
    if s == "j":
        return f'<p style="text-align: justify;">{t}</p>'
    if s in ("lead", "hbold"):
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if s == "mso":
        return f"{_MSO_P}{t}</span></p>"
    if s == "mso_nfd":
        return f"{_MSO_P}{text(p.text, nfd=True)}</span></p>"
    if s == "mso_br1":
        return f"{_MSO_P}{t}<br />"
    if s == "mso_br2":
        return f"{t}</span></p>"
    if s == "ent":
        return f'<p style="text-align: justify;">{text(p.text, entities=1)}</p>'
    if s == "h3":
        return f"<h3>{t}</h3>"
    if s == "li":
        return f"<li>{t}</li>"
    if s == "row":
        cells = "".join(
            '<td style="border: solid windowtext 1.0pt; padding: 0in 5.4pt;" valign="top">'
            f'<p class="MsoNormal" style="text-align: center;" align="center"><span lang="VI">'
            f"{text(c)}</span></p></td>"
            for c in p.text.split(" | ")
        )
        return f"<tr>{cells}</tr>"
    if s == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if s == "center":
        return f'<p style="text-align: center;">{t}</p>'
    raise ValueError(s)


def render_content(story: Story) -> str:
    """The post_content as the_content() prints it (``<!--nextpage-->`` kept as a marker)."""
    out = []
    for block in story.blocks:
        if isinstance(block, P):
            out.append(_render_p(block))
        elif isinstance(block, Img):
            out.append(_render_img(block))
        else:
            out.append(block.html)
    return "\n".join(out)


# --- the posts -------------------------------------------------------------------------------

_HD = "hoat-dong-nha-truong"

A1 = Story(
    4430,
    "be-giang-lop-trung-cap-ly-luan-chinh-tri-k92-he-vua-lam-vua-hoc",
    "Bế giảng lớp Trung cấp lý luận chính trị K92 hệ vừa làm vừa học",
    _HD,
    "2026-12-04T14:30:00+07:00",
    [
        P(
            "(TCT) - Chiều ngày 03/12/2026, tại Hội trường A, Trường Chính trị Trần Phú tổ chức"
            " Lễ bế giảng và trao bằng tốt nghiệp cho 86 học viên lớp Trung cấp lý luận chính trị"
            " K92 hệ vừa làm vừa học.",
            "lead",
        ),
        P(
            "Dự buổi lễ có đồng chí Lê Văn Sơn, Phó Hiệu trưởng Nhà trường; đại diện lãnh đạo các"
            " khoa, phòng chuyên môn; giảng viên chủ nhiệm và toàn thể học viên của lớp.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/12/be-giang-k92-1-1024x683.jpg",
            "Đồng chí Lê Văn Sơn, Phó Hiệu trưởng Nhà trường phát biểu bế giảng lớp học",
            "Đồng chí Lê Văn Sơn, Phó Hiệu trưởng Nhà trường phát biểu bế giảng lớp học",
            "wpcap",
        ),
        P(
            "Lớp Trung cấp lý luận chính trị K92 khai giảng ngày 12/3/2026 với 86 học viên là cán"
            " bộ, công chức đang công tác tại các xã, phường và các cơ quan, đơn vị trên địa bàn"
            " tỉnh. Trong thời gian gần 9 tháng, các học viên đã được trang bị hệ thống kiến thức"
            " về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; quan điểm, đường lối của Đảng, chính"
            " sách, pháp luật của Nhà nước và những kỹ năng cần thiết trong lãnh đạo, quản lý ở"
            " cơ sở.",
            "j",
        ),
        P(
            "Kết quả học tập toàn khóa: có 19 học viên đạt loại giỏi (chiếm 22,1%), 64 học viên"
            " đạt loại khá (chiếm 74,4%), 3 học viên đạt loại trung bình; 100% học viên được đánh"
            " giá, xếp loại rèn luyện từ khá trở lên.",
            "j",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng ghi nhận, biểu dương tinh thần khắc"
            " phục khó khăn, vừa hoàn thành nhiệm vụ tại cơ quan, đơn vị, vừa tham gia học tập"
            " nghiêm túc của các học viên; đồng thời đề nghị mỗi học viên sau khi tốt nghiệp tiếp"
            " tục tự học, tự rèn luyện, vận dụng sáng tạo những kiến thức đã học vào thực tiễn"
            " công tác.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/12/be-giang-k92-2-1024x683.jpg",
            "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
            "Trao giấy khen cho các học viên có thành tích xuất sắc trong học tập",
            "lazy_wpcap",
        ),
        P(
            "Dịp này, Nhà trường đã tặng giấy khen cho 5 học viên có thành tích xuất sắc trong học"
            " tập và rèn luyện; Ban cán sự lớp trao tặng Nhà trường bức tranh lưu niệm.",
            "j",
        ),
        _right("<strong>Tin, ảnh: Phạm Văn Toàn</strong>"),
    ],
    authors=["Phạm Văn Toàn"],
    photographers=["Phạm Văn Toàn"],
    summary=(
        "(TCT) - Chiều ngày 03/12/2026, tại Hội trường A, Trường Chính trị Trần Phú tổ chức"
        " Lễ bế giảng và trao bằng tốt nghiệp cho 86 học viên lớp Trung cấp lý luận chính trị"
        " K92 hệ vừa làm vừa học."
    ),
    opts={
        "posted": "2026-12-04 14:30",
        "modified": "2026-12-04 16:02",
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "related": [4412, 4421, 4340],
        "comments": [
            (
                57,
                "Nguyễn Văn Hùng",
                "2026-12-04 20:12",
                "Chúc mừng các đồng chí học viên lớp K92 đã hoàn thành tốt khóa học. Mong các đồng"
                " chí vận dụng hiệu quả kiến thức đã học vào công tác ở cơ sở!",
            )
        ],
    },
)

A2 = Story(
    4421,
    "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    _HD,
    "2026-12-02T12:20:00+07:00",
    [
        P(
            "Từ ngày 25 đến 27/11/2026, Trường Chính trị Trần Phú tổ chức Hội thi giảng viên dạy"
            " giỏi cấp trường năm 2026. Đây là hoạt động thường niên nhằm nâng cao chất lượng đội"
            " ngũ giảng viên, đổi mới nội dung, phương pháp giảng dạy lý luận chính trị theo"
            " hướng phát huy tính tích cực, chủ động của người học.",
            "mso",
        ),
        P(
            "Tham gia Hội thi có 14 giảng viên đến từ 4 khoa chuyên môn. Mỗi giảng viên trình bày"
            " 01 bài giảng lý thuyết với thời lượng 45 phút trực tiếp trên lớp; nội dung bài giảng"
            " được lựa chọn trong chương trình Trung cấp lý luận chính trị và các chương trình bồi"
            " dưỡng do Nhà trường đảm nhận.",
            "mso",
        ),
        Img(
            "/wp-content/uploads/2026/12/hoi-thi-gvdg-01.jpg",
            "(Ban Giám khảo chấm giảng tại Hội thi)",
            "Ban Giám khảo chấm giảng tại Hội thi",
            "wordnext",
        ),
        P(
            "Ban Giám khảo đánh giá các bài giảng có sự chuẩn bị công phu, bám sát mục tiêu, yêu"
            " cầu của chương trình; nhiều giảng viên đã liên hệ sinh động với thực tiễn của tỉnh"
            " sau khi sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp; ứng dụng"
            " công nghệ thông tin hiệu quả trong thiết kế và trình chiếu bài giảng.",
            "mso",
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao giải cho các giảng viên đạt thành tích cao như sau:",
            "mso",
        ),
        Raw(
            '<table class="MsoTableGrid" style="border-collapse: collapse; border: none;"'
            ' border="1" cellspacing="0" cellpadding="0" align="center"><tbody>'
        ),
        P("TT | Họ và tên | Đơn vị | Giải", "row"),
        P("1 | ThS. Nguyễn Thị Hoa | Khoa Xây dựng Đảng | Giải Nhất", "row"),
        P("2 | ThS. Trần Quốc Việt | Khoa Nhà nước và pháp luật | Giải Nhì", "row"),
        P("3 | ThS. Hoàng Văn Quý | Khoa Lý luận cơ sở | Giải Ba", "row"),
        Raw("</tbody></table>"),
        Raw(_MSO_EMPTY),
        Img("/wp-content/uploads/2026/12/hoi-thi-gvdg-02.jpg", "Ảnh: Đức Thành", None, "wordnext"),
        P(
            "Hội thi là dịp để các giảng viên giao lưu, học hỏi, trao đổi kinh nghiệm trong"
            " giảng dạy.",
            "mso_br1",
        ),
        P(
            "Thông qua Hội thi, Nhà trường lựa chọn những giảng viên tiêu biểu tham gia Hội thi"
            " giảng viên dạy giỏi các trường chính trị toàn quốc năm 2027.",
            "mso_br2",
        ),
        _mso_right("<b>Tin: Hồng Nhung - Ảnh: Đức Thành</b>"),
    ],
    authors=["Hồng Nhung"],
    photographers=["Đức Thành"],
    opts={
        "posted": "2026-12-02 12:20",
        "modified": "2026-12-03 08:41",
        "related": [4430, 4388, 4403],
    },
)

A3 = Story(
    4388,
    "hoi-thao-khoa-hoc-cap-truong-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
    "Hội thảo khoa học cấp trường “Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào"
    " tạo, bồi dưỡng cán bộ cấp xã hiện nay”",
    _HD,
    "2026-11-24T16:05:00+07:00",
    [
        Raw(_WORD_JUNK),
        P(
            "Sáng ngày 23/11/2026, Trường Chính trị Trần Phú tổ chức Hội thảo khoa học cấp trường"
            " với chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng"
            " cán bộ cấp xã hiện nay”. Đồng chí TS. Trần Đình Lương, Phó Hiệu trưởng Nhà trường"
            " chủ trì Hội thảo.",
            "mso",
        ),
        P(
            "Hội thảo đã nhận được 21 bài tham luận của cán bộ, giảng viên trong trường và một số"
            " đồng chí lãnh đạo Đảng ủy, Ủy ban nhân dân các xã, phường trên địa bàn tỉnh. Các"
            " tham luận tập trung làm rõ những nội dung cơ bản trong tư tưởng Hồ Chí Minh về cán"
            " bộ và công tác cán bộ; đánh giá thực trạng đội ngũ cán bộ cấp xã sau sắp xếp đơn vị"
            " hành chính.",
            "mso_nfd",
        ),
        Raw(_MSO_EMPTY),
        Img(
            "/wp-content/uploads/2026/11/hoi-thao-tthcm-1.jpg",
            "Đồng chí TS. Trần Đình Lương, Phó Hiệu trưởng phát biểu khai mạc Hội thảo",
            "Đồng chí TS. Trần Đình Lương, Phó Hiệu trưởng phát biểu khai mạc Hội thảo",
            "wordtable",
        ),
        P(
            "Tại Hội thảo, các đại biểu đã tập trung thảo luận, làm rõ những kết quả đạt được,"
            " những hạn chế trong công tác đào tạo, bồi dưỡng cán bộ cấp xã thời gian qua; chỉ ra"
            " yêu cầu mới đặt ra đối với đội ngũ cán bộ cơ sở khi khối lượng công việc ở cấp xã"
            " tăng lên đáng kể.",
            "mso",
        ),
        P(
            "Nhiều ý kiến đề xuất cần tiếp tục đổi mới chương trình, nội dung bồi dưỡng theo hướng"
            " sát với vị trí việc làm; tăng cường các chuyên đề về kỹ năng giải quyết tình huống,"
            " kỹ năng dân vận, chuyển đổi số trong hoạt động của chính quyền cơ sở; gắn lý luận"
            " với thực tiễn qua các chuyến đi nghiên cứu thực tế.",
            "mso",
        ),
        Img(
            "/wp-content/uploads/2026/11/hoi-thao-tthcm-2.jpg",
            "Quang cảnh Hội thảo",
            "Quang cảnh Hội thảo",
            "wordtable",
        ),
        P(
            "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng đánh giá cao chất lượng các tham luận và"
            " ý kiến phát biểu; giao Phòng Quản lý khoa học tiếp thu, tổng hợp để tham mưu Ban"
            " Giám hiệu hoàn thiện các giải pháp nâng cao chất lượng đào tạo, bồi dưỡng trong thời"
            " gian tới.",
            "mso",
        ),
        Raw(_MSO_EMPTY),
        _mso_right("<b><i>ThS. Nguyễn Thị Hoa</i></b>"),
        _mso_right("<i>Khoa Xây dựng Đảng</i>"),
    ],
    authors=["Nguyễn Thị Hoa"],
    opts={
        "posted": "2026-11-24 16:05",
        "modified": "2026-11-25 07:58",
        "related": [4340, 4403, 4421],
    },
)

A4 = Story(
    4356,
    "doan-kiem-tra-ban-tuyen-giao-va-dan-van-tinh-uy-lam-viec-voi-nha-truong",
    "Đoàn kiểm tra của Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Nhà trường về công tác"
    " đào tạo, bồi dưỡng năm 2026",
    _HD,
    "2026-11-12T07:45:00+07:00",
    [
        P(
            "Tiếp và làm việc với Đoàn có đồng chí Đặng Quốc Hưng, Hiệu trưởng Nhà trường; các"
            " đồng chí trong Ban Giám hiệu, trưởng các khoa, phòng."
        ),
        P(
            "Báo cáo tại buổi làm việc cho thấy, từ đầu năm đến nay, Nhà trường đã mở 27 lớp đào"
            " tạo, bồi dưỡng với trên 2.300 lượt học viên, đạt 108% kế hoạch năm; trong đó có 9"
            " lớp Trung cấp lý luận chính trị, 18 lớp bồi dưỡng chức danh, bồi dưỡng ngạch và bồi"
            " dưỡng chuyên đề. Công tác quản lý học viên được tăng cường, chất lượng giảng dạy"
            " từng bước được nâng lên."
        ),
        Img(
            "/wp-content/uploads/2026/11/doan-kiem-tra-btg-1024x683.jpg",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát"
            " biểu tại buổi làm việc",
            "Đồng chí Nguyễn Thị Thanh Bình, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát"
            " biểu tại buổi làm việc",
            "wpcap",
        ),
        P(
            "Phát biểu kết luận, đồng chí Phó Trưởng ban ghi nhận những kết quả Nhà trường đạt"
            " được trong bối cảnh vừa triển khai nhiệm vụ chuyên môn, vừa kiện toàn tổ chức bộ"
            " máy, tiếp nhận nhiệm vụ của các trung tâm chính trị cấp huyện trước đây."
        ),
        P(
            "Đồng chí đề nghị thời gian tới, Nhà trường tiếp tục rà soát, đổi mới chương trình bồi"
            " dưỡng phù hợp với mô hình chính quyền địa phương hai cấp; chú trọng bồi dưỡng đội"
            " ngũ giảng viên kiêm chức; đẩy mạnh ứng dụng công nghệ thông tin trong quản lý đào"
            " tạo và xây dựng cơ sở dữ liệu học viên."
        ),
        _right("<strong>Phòng Tổ chức - Hành chính</strong>"),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    summary=(
        "Ngày 11/11/2026, Đoàn kiểm tra của Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Nguyễn"
        " Thị Thanh Bình, Phó Trưởng ban làm trưởng đoàn đã làm việc với Trường Chính trị Trần"
        " Phú về kết quả thực hiện nhiệm vụ đào tạo, bồi dưỡng năm 2026."
    ),
    sapo_outside=True,
    opts={
        "old": True,
        "posted": "2026-11-12 07:45",
        "modified": "2026-11-12 10:20",
        "related": [4395, 4340, 4388],
    },
)

A5 = Story(
    4317,
    "khai-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran",
    "Khai giảng lớp Bồi dưỡng nghiệp vụ công tác Mặt trận và đoàn thể cho cán bộ cơ sở năm 2026",
    _HD,
    "2026-10-21T09:10:00+07:00",
    [
        P(
            "Sáng 20/10/2026, Trường Chính trị Trần Phú phối hợp với Ban Thường trực Ủy ban MTTQ"
            " Việt Nam tỉnh khai giảng lớp Bồi dưỡng nghiệp vụ công tác Mặt trận và các tổ chức"
            " chính trị - xã hội cho cán bộ cơ sở năm 2026.",
            "j",
        ),
        P(
            "Tham gia lớp học có 112 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ, trưởng các"
            " đoàn thể ở các xã, phường trên địa bàn tỉnh. Trong thời gian 5 ngày, học viên được"
            " nghiên cứu 8 chuyên đề về vị trí, vai trò của Mặt trận Tổ quốc trong hệ thống chính"
            " trị; nghiệp vụ giám sát và phản biện xã hội; công tác tập hợp, vận động quần chúng"
            " trong tình hình mới.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/10/khai-giang-mttq-1024x683.jpg",
            "(Quang cảnh lễ khai giảng lớp học)",
            "Quang cảnh lễ khai giảng lớp học",
            "wpcap",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Đặng Quốc Hưng, Hiệu trưởng Nhà trường đề nghị học"
            " viên chấp hành nghiêm nội quy, quy chế học tập; tích cực trao đổi, thảo luận, chia sẻ"
            " kinh nghiệm thực tiễn ở cơ sở để lớp học đạt kết quả cao nhất.",
            "j",
        ),
        _right("<strong>Tin, ảnh: Đức Thành</strong>"),
    ],
    authors=["Đức Thành"],
    photographers=["Đức Thành"],
    opts={
        "old": True,
        "posted": "2026-10-21 09:10",
        "modified": "2026-10-21 09:10",
        "related": [4302, 4356, 4379],
        "comments": [
            (
                41,
                "Trần Thị Lan",
                "2026-10-21 21:47",
                "Mong Nhà trường tiếp tục mở thêm các lớp bồi dưỡng nghiệp vụ như thế này cho cán"
                " bộ Mặt trận ở cơ sở ạ.",
            )
        ],
    },
)

A6 = Story(
    4302,
    "khai-giang-lop-cao-cap-ly-luan-chinh-tri-2026-2028",
    "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 - 2028",
    _HD,
    "2026-10-08T08:20:00+07:00",
    [
        P(
            "Ngày 07/10/2026, Học viện Chính trị quốc gia Hồ Chí Minh phối hợp với Trường Chính"
            " trị Trần Phú tổ chức khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung"
            " khóa học 2026 - 2028 tại tỉnh Hà Tĩnh.",
            "ent",
        ),
        P(
            "Lớp học có 95 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể cấp"
            " tỉnh và các xã, phường trong tỉnh. Chương trình học được thực hiện trong thời gian"
            " 24 tháng, gồm 4 khối kiến thức với 19 học phần theo chương trình đào tạo mới của"
            " Học viện.",
            "ent",
        ),
        P(
            "Nhà trường có trách nhiệm phối hợp quản lý học viên, bố trí cơ sở vật chất, hội"
            " trường, ký túc xá, bảo đảm các điều kiện tốt nhất để học viên yên tâm học tập.",
            "ent",
        ),
        Img(
            "/wp-content/uploads/2026/10/khai-giang-cao-cap-2026.jpg",
            "Các đại biểu dự lễ khai giảng chụp ảnh lưu niệm với học viên",
            "Các đại biểu dự lễ khai giảng chụp ảnh lưu niệm với học viên",
            "wordnext",
        ),
        P(
            "Được biết, đây là lớp Cao cấp lý luận chính trị hệ không tập trung thứ 12 được tổ"
            " chức tại Hà Tĩnh kể từ năm 2012.",
            "ent",
        ),
        _right("<strong>Hồng Nhung (Phòng Quản lý đào tạo)</strong>"),
    ],
    authors=["Hồng Nhung"],
    opts={
        "old": True,
        "posted": "2026-10-08 08:20",
        "modified": "2026-10-08 08:35",
        "related": [4317, 4356],
    },
)

A7 = Story(
    4325,
    "ha-tinh-day-manh-chuyen-doi-so-trong-hoat-dong-cua-cac-co-quan-dang",
    "Hà Tĩnh đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng",
    "tin-trong-tinh",
    "2026-10-27T15:00:00+07:00",
    [
        P(
            "Năm 2026, các cơ quan Đảng trên địa bàn tỉnh Hà Tĩnh tiếp tục đẩy mạnh ứng dụng công"
            " nghệ thông tin, chuyển đổi số, góp phần nâng cao hiệu quả lãnh đạo, chỉ đạo, điều"
            " hành và xây dựng Đảng trong sạch, vững mạnh.",
            "lead",
        ),
        P(
            "Theo Văn phòng Tỉnh ủy, đến nay 100% văn bản đi, đến của các cơ quan Đảng cấp tỉnh"
            " và cấp xã được xử lý trên môi trường mạng, trừ văn bản mật; hệ thống hội nghị truyền"
            " hình được kết nối từ Tỉnh ủy đến 69 đảng bộ xã, phường.",
            "j",
        ),
        Img(
            "https://baohatinh.vn/images/news/2026/10/26/chuyen-doi-so-co-quan-dang.jpg",
            "Hội nghị trực tuyến từ Tỉnh ủy đến các đảng bộ cơ sở được tổ chức thường xuyên",
            "Hội nghị trực tuyến từ Tỉnh ủy đến các đảng bộ cơ sở được tổ chức thường xuyên",
            "wpcap",
        ),
        P(
            "Việc số hóa hồ sơ đảng viên, ứng dụng sổ tay đảng viên điện tử được triển khai đồng"
            " bộ, giúp các chi bộ quản lý đảng viên, sinh hoạt chi bộ thuận lợi hơn, nhất là sau"
            " khi sắp xếp, hợp nhất các tổ chức cơ sở đảng.",
            "j",
        ),
        P(
            "Thời gian tới, Tỉnh ủy tiếp tục chỉ đạo hoàn thiện hạ tầng số, bảo đảm an toàn, an"
            " ninh mạng; nâng cao kỹ năng số cho cán bộ, đảng viên; phấn đấu đến hết năm 2027 hoàn"
            " thành xây dựng cơ sở dữ liệu dùng chung của các cơ quan Đảng.",
            "j",
        ),
        _right("<strong>Thu Hà</strong>"),
        _right("<em>Theo Báo Hà Tĩnh</em>"),
    ],
    authors=["Thu Hà"],
    source="Báo Hà Tĩnh",
    summary=(
        "Năm 2026, các cơ quan Đảng trên địa bàn tỉnh Hà Tĩnh tiếp tục đẩy mạnh ứng dụng công"
        " nghệ thông tin, chuyển đổi số, góp phần nâng cao hiệu quả lãnh đạo, chỉ đạo, điều"
        " hành và xây dựng Đảng trong sạch, vững mạnh."
    ),
    opts={
        "old": True,
        "posted": "2026-10-27 15:00",
        "modified": "2026-10-27 15:12",
        "tags": ["chuyen-doi-so"],
        "related": [4395, 4403, 4356],
    },
)

A8 = Story(
    4395,
    "hoi-nghi-bao-cao-vien-tinh-uy-dinh-ky-thang-11-2026",
    "Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 11/2026",
    "tin-trong-tinh",
    "2026-11-26T10:00:00+07:00",
    [
        P(
            "Sáng 25/11/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên định"
            " kỳ tháng 11/2026 theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu đảng"
            " bộ xã, phường.",
            "j",
        ),
        P(
            "Tại hội nghị, các đại biểu được nghe thông tin về tình hình thời sự nổi bật trong"
            " nước, quốc tế; tình hình kinh tế - xã hội của tỉnh 11 tháng năm 2026 và nhiệm vụ"
            " trọng tâm những tháng cuối năm; kết quả thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học"
            " tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "j",
        ),
        P(
            "Đồng chí Đặng Quốc Hưng, Hiệu trưởng Trường Chính trị Trần Phú đã thông tin chuyên đề"
            " về công tác đào tạo, bồi dưỡng lý luận chính trị cho đội ngũ cán bộ cơ sở sau sắp"
            " xếp đơn vị hành chính, trong đó nhấn mạnh yêu cầu đổi mới phương thức bồi dưỡng, kết"
            " hợp học tập trực tiếp với học tập trực tuyến.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/11/hoi-nghi-bcv-t11-1024x683.jpg",
            "Đồng chí Đặng Quốc Hưng, Hiệu trưởng Nhà trường thông tin chuyên đề tại Hội nghị",
            "Đồng chí Đặng Quốc Hưng, Hiệu trưởng Nhà trường thông tin chuyên đề tại Hội nghị",
            "wpcap",
        ),
        P(
            "Hội nghị cũng đã định hướng tuyên truyền các sự kiện chính trị quan trọng trong tháng"
            " 12/2026 và những vấn đề dư luận xã hội quan tâm.",
            "j",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/?p=4325">Hà Tĩnh đẩy mạnh chuyển đổi số'
            " trong hoạt động của các cơ quan Đảng</a></p>"
        ),
        Raw(
            '<p>Tài liệu hội nghị: <a href="/wp-content/uploads/2026/11/Tai-lieu-HN-BCV-thang-'
            '11-2026.pdf">Tai-lieu-HN-BCV-thang-11-2026.pdf</a></p>'
        ),
        _right("<em><strong>Thanh Hương</strong></em>"),
    ],
    authors=["Thanh Hương"],
    opts={
        "posted": "2026-11-26 10:00",
        "modified": "2026-11-26 10:00",
        "related": [4325, 4356, 4371],
    },
)

A9 = Story(
    4371,
    "cong-doan-truong-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Công đoàn Trường gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "dang-uy-doan-the",
    "2026-11-18T16:40:00+07:00",
    [
        P(
            "Tham dự buổi gặp mặt có các đồng chí trong Ban Giám hiệu, Ban Chấp hành Công đoàn"
            " cùng toàn thể cán bộ, giảng viên, nhân viên Nhà trường và các đồng chí nguyên là"
            " lãnh đạo, giảng viên của Trường qua các thời kỳ.",
            "j",
        ),
        P(
            "Tại buổi gặp mặt, các đại biểu đã cùng ôn lại truyền thống vẻ vang của Ngày Nhà giáo"
            " Việt Nam; điểm lại những kết quả nổi bật trong hoạt động giảng dạy, nghiên cứu khoa"
            " học của đội ngũ giảng viên Nhà trường trong năm 2026.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/11/gap-mat-20-11-1024x683.jpg",
            "Các đồng chí nguyên là lãnh đạo, giảng viên Nhà trường qua các thời kỳ dự buổi gặp"
            " mặt",
            "Các đồng chí nguyên là lãnh đạo, giảng viên Nhà trường qua các thời kỳ dự buổi gặp"
            " mặt",
            "lazy_wpcap",
        ),
        P(
            "“Nhiệm vụ của giáo dục là rất quan trọng và vẻ vang, vì nếu không có thầy giáo thì"
            " không có giáo dục.”",
            "quote",
        ),
        P(
            "Nhân dịp này, Công đoàn Trường đã trao tặng quà cho các nhà giáo lão thành; khen"
            " thưởng các công đoàn viên có thành tích xuất sắc trong phong trào thi đua “Giỏi việc"
            " trường, đảm việc nhà” năm 2026.",
            "j",
        ),
        _right("<strong>Lê Thị Mai - Chủ tịch Công đoàn Trường</strong>"),
    ],
    authors=["Lê Thị Mai"],
    summary=(
        "Chiều 17/11/2026, Công đoàn Trường Chính trị Trần Phú tổ chức gặp mặt kỷ niệm 44 năm"
        " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
    ),
    sapo_outside=True,
    opts={
        "posted": "2026-11-18 16:40",
        "modified": "2026-11-19 07:15",
        "related": [4430, 4421, 4356],
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0" cellspacing="0"'
    ' cellpadding="0"><tbody><tr>\n'
    '<td style="width: 42%;" valign="top"><p style="text-align: center;">TỈNH ỦY HÀ TĨNH<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ TRẦN PHÚ</strong><br />*<br />Số: 152-TB/TCT</p></td>\n"
    '<td valign="top"><p style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
    '</strong></p><p style="text-align: right;"><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></p>'
    "</td>\n</tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n<strong>về việc tổ chức thi'
    " tốt nghiệp lớp Trung cấp lý luận chính trị K93</strong></p>\n"
    '<p style="text-align: center;">-----</p>'
)
_CLOSING = (
    '<table style="width: 100%;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>\n'
    '<td style="width: 50%;" valign="top"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Như trên;<br />- Ban Giám hiệu (b/c);<br />- Các khoa, phòng;<br />- Lưu VT, QLĐT.</p></td>\n"
    '<td valign="top"><p style="text-align: center;"><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG'
    "</strong><br /><em>(Đã ký)</em><br /><br /><strong>Lê Văn Sơn</strong></p></td>\n"
    "</tr></tbody></table>\n"
    '<p>Tải văn bản: <a href="/wp-content/uploads/2026/12/TB-152-TCT.pdf">TB-152-TCT.pdf</a></p>'
)

A10 = Story(
    4412,
    "thong-bao-ve-viec-to-chuc-thi-tot-nghiep-lop-trung-cap-llct-k93",
    "Thông báo về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị K93",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Quy chế đào tạo Trung cấp lý luận chính trị của Học viện Chính trị quốc gia"
            " Hồ Chí Minh;",
            "j",
        ),
        P("Căn cứ Kế hoạch đào tạo năm 2026 của Trường Chính trị Trần Phú;", "j"),
        P(
            "Nhà trường thông báo tổ chức thi tốt nghiệp cho học viên lớp Trung cấp lý luận chính"
            " trị K93 hệ không tập trung, cụ thể như sau:",
            "j",
        ),
        P("1. Thời gian, địa điểm", "hbold"),
        P("- Môn thi Lý luận chính trị tổng hợp: 7 giờ 30 phút, ngày 14/12/2026.", "j"),
        P(
            "- Môn thi Vận dụng lý luận chính trị vào thực tiễn: 7 giờ 30 phút, ngày 15/12/2026.",
            "j",
        ),
        P("- Địa điểm: Hội trường B, Trường Chính trị Trần Phú.", "j"),
        P("2. Đối tượng dự thi", "hbold"),
        P(
            "Học viên đã hoàn thành các học phần của chương trình, có điểm trung bình chung các"
            " học phần đạt từ 5,0 trở lên và không trong thời gian bị kỷ luật từ mức cảnh cáo trở"
            " lên.",
            "j",
        ),
        P("3. Tổ chức thực hiện", "hbold"),
        P(
            "Phòng Quản lý đào tạo chủ trì, phối hợp với Phòng Tổ chức - Hành chính chuẩn bị các"
            " điều kiện tổ chức thi; giảng viên chủ nhiệm thông báo đến từng học viên. Học viên có"
            " mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn cước.",
            "j",
        ),
        Raw(_CLOSING),
    ],
    authors=["Lê Văn Sơn"],
    opts={
        "posted": "2026-12-01 08:15",
        "modified": "2026-12-01 08:15",
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "related": [4430, 4379],
    },
)

A11 = Story(
    4379,
    "thong-bao-chieu-sinh-lop-boi-duong-ngach-chuyen-vien-dot-2-nam-2026",
    "Thông báo chiêu sinh lớp Bồi dưỡng ngạch chuyên viên đợt 2 năm 2026",
    "thong-bao",
    "2026-11-20T09:30:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026 của Ủy"
            " ban nhân dân tỉnh, Trường Chính trị Trần Phú thông báo chiêu sinh lớp Bồi dưỡng kiến"
            " thức quản lý nhà nước chương trình chuyên viên đợt 2 năm 2026 như sau:",
            "j",
        ),
        P("1. Đối tượng", "hbold"),
        Raw("<ul>"),
        P(
            "Công chức, viên chức đang giữ ngạch cán sự hoặc tương đương có nhu cầu bồi dưỡng để"
            " dự thi, xét nâng ngạch chuyên viên;",
            "li",
        ),
        P(
            "Cán bộ, công chức cấp xã chưa có chứng chỉ bồi dưỡng kiến thức quản lý nhà nước"
            " chương trình chuyên viên.",
            "li",
        ),
        Raw("</ul>"),
        P("2. Thời gian, địa điểm", "hbold"),
        Raw("<ul>"),
        P("Thời gian học: 8 tuần, dự kiến khai giảng ngày 07/12/2026;", "li"),
        P("Địa điểm: Trường Chính trị Trần Phú, số 68 đường Hà Huy Tập, phường Thành Sen.", "li"),
        Raw("</ul>"),
        P("3. Hồ sơ đăng ký", "hbold"),
        P(
            "Hồ sơ gồm: Công văn cử đi học của cơ quan, đơn vị; danh sách trích ngang học viên; 02"
            " ảnh 3x4. Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 02/12/2026. Mọi chi tiết xin"
            " liên hệ số điện thoại 0239.3855.427.",
            "j",
        ),
    ],
    opts={
        "posted": "2026-11-20 09:30",
        "modified": "2026-11-20 09:30",
        "related": [4412, 4356, 4340],
    },
)

A12 = Story(
    4340,
    "nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-can-bo-cap-xa",
    "Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đội ngũ cán bộ cấp xã sau sắp xếp đơn"
    " vị hành chính",
    "nghien-cuu-trao-doi",
    "2026-11-04T14:00:00+07:00",
    [
        _right(
            "<strong><em>TS. Trần Đình Lương</em></strong><br />\n<em>Phó Hiệu trưởng Nhà trường</em>"
        ),
        P(
            "Sau khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp"
            " từ ngày 01/7/2025, chức năng, nhiệm vụ của cấp xã được mở rộng đáng kể; nhiều nhiệm"
            " vụ trước đây do cấp huyện đảm nhận nay được chuyển giao về cấp xã. Điều đó đặt ra"
            " yêu cầu mới, cao hơn đối với năng lực lãnh đạo, quản lý của đội ngũ cán bộ cơ sở.",
            "j",
        ),
        P("1. Thực trạng công tác bồi dưỡng lý luận chính trị cho cán bộ cấp xã", "hbold"),
        P(
            "Từ tháng 7/2025 đến nay, Trường Chính trị Trần Phú đã mở 14 lớp Trung cấp lý luận"
            " chính trị và 22 lớp bồi dưỡng chuyên đề dành cho cán bộ cấp xã với hơn 3.100 lượt"
            " học viên. Nội dung chương trình cơ bản bảo đảm tính hệ thống, cập nhật các quan"
            " điểm mới trong văn kiện Đại hội XIV của Đảng.",
            "j",
        ),
        P(
            "Tuy nhiên, công tác bồi dưỡng vẫn còn một số hạn chế: một số nội dung còn nặng về lý"
            " thuyết, chưa gắn với yêu cầu vị trí việc làm; phương pháp giảng dạy ở một số chuyên"
            " đề chậm đổi mới; việc đánh giá chất lượng sau bồi dưỡng chưa được thực hiện thường"
            " xuyên.",
            "j",
        ),
        Raw("<!--nextpage-->"),
        P("2. Một số giải pháp", "hbold"),
        P(
            "Thứ nhất, đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, tăng thời"
            " lượng các chuyên đề kỹ năng, tình huống quản lý thực tiễn ở cơ sở.",
            "j",
        ),
        P(
            "Thứ hai, đa dạng hóa hình thức bồi dưỡng, kết hợp học tập trực tiếp với học tập trực"
            " tuyến, tạo điều kiện cho cán bộ vừa học vừa bảo đảm thực hiện nhiệm vụ chuyên môn.",
            "j",
        ),
        P(
            "Thứ ba, nâng cao chất lượng đội ngũ giảng viên, nhất là khả năng nghiên cứu, tổng kết"
            " thực tiễn; tăng cường mời báo cáo viên là lãnh đạo các sở, ngành, địa phương tham"
            " gia giảng dạy.",
            "j",
        ),
        P(
            "Thứ tư, thực hiện tốt việc khảo sát, đánh giá chất lượng học viên sau bồi dưỡng, lấy"
            " đó làm căn cứ điều chỉnh chương trình, nội dung phù hợp.",
            "j",
        ),
        P(
            "Bồi dưỡng lý luận chính trị cho đội ngũ cán bộ cấp xã là nhiệm vụ thường xuyên, lâu"
            " dài. Làm tốt công tác này sẽ góp phần xây dựng đội ngũ cán bộ cơ sở đủ phẩm chất,"
            " năng lực, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới.",
            "j",
        ),
    ],
    authors=["Trần Đình Lương"],
    opts={
        "old": True,
        "posted": "2026-11-04 14:00",
        "modified": "2026-11-05 09:30",
        "tags": ["trung-cap-ly-luan-chinh-tri"],
        "related": [4403, 4388, 4356],
    },
)

A13 = Story(
    4403,
    "mot-so-kinh-nghiem-van-dung-phuong-phap-day-hoc-tich-cuc",
    "Một số kinh nghiệm vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị",
    "nghien-cuu-trao-doi",
    "2026-11-28T15:20:00+07:00",
    [
        _right(
            "<strong>ThS. Lê Thị Mai, ThS. Hoàng Văn Quý</strong><br />\n<em>Khoa Lý luận cơ sở</em>"
        ),
        P(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động, sáng tạo"
            " của người học là yêu cầu cấp thiết đối với các trường chính trị hiện nay. Bài viết"
            " chia sẻ một số kinh nghiệm bước đầu của giảng viên Khoa Lý luận cơ sở.",
            "lead",
        ),
        P("Phương pháp thảo luận nhóm", "h3"),
        P(
            "Giảng viên chia lớp thành các nhóm từ 6 đến 8 học viên, giao tình huống gắn với thực"
            " tiễn công tác ở cơ sở. Các nhóm thảo luận, cử đại diện trình bày; giảng viên tổng"
            " hợp, nhận xét và kết luận. Cách làm này giúp học viên chủ động trao đổi, khắc sâu"
            " kiến thức.",
            "j",
        ),
        Img(
            "/wp-content/uploads/2026/11/thao-luan-nhom-k93-1024x683.jpg",
            "Học viên lớp Trung cấp lý luận chính trị K93 thảo luận nhóm",
            "Học viên lớp Trung cấp lý luận chính trị K93 thảo luận nhóm",
            "wpcap",
        ),
        P("Phương pháp nêu vấn đề", "h3"),
        P(
            "Đầu mỗi chuyên đề, giảng viên đặt ra các câu hỏi có tính gợi mở, yêu cầu học viên"
            " liên hệ với thực tiễn địa phương, cơ quan, đơn vị mình. Qua đó, bài giảng trở nên"
            " sinh động, gần gũi hơn.",
            "j",
        ),
        P(
            "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự Đoàn thể, giai cấp và nhân"
            " dân, Tổ quốc và nhân loại.”",
            "quote",
        ),
        P(
            "Thực tế cho thấy, khi được tổ chức tốt, các phương pháp dạy học tích cực đã góp phần"
            " nâng cao hứng thú học tập, giúp học viên vận dụng lý luận vào giải quyết những vấn"
            " đề thực tiễn đặt ra ở cơ sở.",
            "j",
        ),
    ],
    authors=["Lê Thị Mai", "Hoàng Văn Quý"],
    summary=(
        "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động, sáng tạo"
        " của người học là yêu cầu cấp thiết đối với các trường chính trị hiện nay. Bài viết"
        " chia sẻ một số kinh nghiệm bước đầu của giảng viên Khoa Lý luận cơ sở."
    ),
    opts={
        "posted": "2026-11-28 15:20",
        "modified": "2026-11-28 15:20",
        "tags": ["chuyen-doi-so"],
        "related": [4340, 4388, 4421],
    },
)


def _doc_table(rows: list[tuple[str, str]], pdf: str) -> str:
    body = "\n".join(
        f'<tr><td style="width: 28%;"><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>'
        for k, v in rows
    )
    name = pdf.rsplit("/", 1)[-1]
    return (
        '<table class="vanban" style="width: 100%; border-collapse: collapse;" border="1"'
        f' cellpadding="5"><tbody>\n{body}\n</tbody></table>\n'
        f'<p><strong>Tải về:</strong> <a href="{pdf}"><img src="/wp-content/plugins/'
        f'wp-filebase/images/icons/pdf.png" alt="pdf" width="16" height="16" /> {name}</a>'
        " (245 KB)</p>"
    )


DOC1 = Story(
    4331,
    "ke-hoach-so-45-kh-tct",
    "Kế hoạch số 45-KH/TCT tổ chức các lớp bồi dưỡng quý IV năm 2026",
    "van-ban",
    None,
    [
        Raw(
            _doc_table(
                [
                    ("Số/Ký hiệu", "45-KH/TCT"),
                    ("Ngày ban hành", "28/10/2026"),
                    ("Loại văn bản", "Kế hoạch"),
                    ("Cơ quan ban hành", "Trường Chính trị Trần Phú"),
                    ("Người ký", "Đặng Quốc Hưng"),
                    ("Trích yếu", "Kế hoạch tổ chức các lớp bồi dưỡng quý IV năm 2026"),
                ],
                "/wp-content/uploads/2026/10/KH-45-TCT.pdf",
            )
        )
    ],
    opts={"old": True, "posted": "2026-10-30 10:15", "modified": "2026-10-30 10:15"},
)

DOC2 = Story(
    4410,
    "quyet-dinh-so-318-qd-tct-cong-nhan-tot-nghiep-lop-trung-cap-llct-k92",
    "Quyết định số 318-QĐ/TCT về việc công nhận tốt nghiệp lớp Trung cấp lý luận chính trị K92",
    "van-ban",
    None,
    [
        Raw(
            _doc_table(
                [
                    ("Số/Ký hiệu", "318-QĐ/TCT"),
                    ("Ngày ban hành", "27/11/2026"),
                    ("Loại văn bản", "Quyết định"),
                    ("Cơ quan ban hành", "Trường Chính trị Trần Phú"),
                    ("Người ký", "Đặng Quốc Hưng"),
                    (
                        "Trích yếu",
                        "Về việc công nhận tốt nghiệp cho 86 học viên lớp Trung cấp lý luận chính"
                        " trị K92 hệ vừa làm vừa học",
                    ),
                ],
                "/wp-content/uploads/2026/11/QD-318-TCT.pdf",
            )
        )
    ],
    opts={"posted": "2026-11-30 17:00", "modified": "2026-11-30 17:00"},
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
POSTS = sorted([*ARTICLES, DOC1, DOC2], key=lambda s: s.opts["posted"], reverse=True)
BY_ID = {s.id: s for s in POSTS}


def _posted(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def permalink(story: Story) -> str:
    if story.opts.get("old"):
        return f"/?p={story.id}"
    d = _posted(story)
    return f"/{d:%Y}/{d:%m}/{story.slug}/"


def print_link(story: Story) -> str:
    if story.opts.get("old"):
        return f"/?p={story.id}&print=1"
    return permalink(story) + "print/"


def reply_link(story: Story, cid: int) -> str:
    sep = "&" if story.opts.get("old") else "?"
    return f"{permalink(story)}{sep}replytocom={cid}"


# --- dates as the theme prints them ----------------------------------------------------------


def _clock(d: _dt.datetime) -> str:
    """WordPress' "g:i a" in the Vietnamese locale: am -> sáng, pm -> chiều."""
    hour = d.hour % 12 or 12
    return f"{hour}:{d:%M} {'sáng' if d.hour < 12 else 'chiều'}"


def single_date(d: _dt.datetime) -> str:
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} lúc {_clock(d)}"


def list_date(d: _dt.datetime) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


# --- chrome ----------------------------------------------------------------------------------


def _ticker() -> str:
    items = "".join(
        f'<li><a href="/?p={s.id}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in POSTS[:6]
    )
    return (
        '<div id="tinmoi"><span class="nhan-tinmoi">Tin mới:</span>'
        f'<ul id="ticker01" class="newsticker">{items}</ul></div>'
    )


def _menu(active: str = "") -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        lis = "".join(
            f'<li class="menu-item menu-item-type-taxonomy"><a href="{h}">{esc(t)}</a></li>'
            for h, t in items
        )
        return f'<ul class="sub-menu">{lis}</ul>'

    c = CATS
    entries = [
        ('<a href="/">Trang chủ</a>', "home"),
        (
            '<a href="#">Giới thiệu</a>'
            + sub(
                [
                    ("/gioi-thieu/lich-su-phat-trien/", "Lịch sử phát triển"),
                    ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức"),
                ]
            ),
            "gioi-thieu",
        ),
        (
            '<a href="#">Tin tức - Sự kiện</a>'
            + sub(
                [
                    (c[s].path, c[s].name)
                    for s in ("hoat-dong-nha-truong", "tin-trong-tinh", "dang-uy-doan-the")
                ]
            ),
            "tin-tuc-su-kien",
        ),
        (f'<a href="{c["thong-bao"].path}">Thông báo</a>', "thong-bao"),
        (
            f'<a href="{c["nghien-cuu-trao-doi"].path}">Nghiên cứu - Trao đổi</a>',
            "nghien-cuu-trao-doi",
        ),
        (f'<a href="{c["van-ban"].path}">Văn bản</a>', "van-ban"),
        (
            '<a href="#">Thư viện</a>'
            + sub([("/thu-vien-anh/", "Thư viện ảnh"), ("/video/", "Video")]),
            "thu-vien",
        ),
        ('<a href="/lien-he/">Liên hệ</a>', "lien-he"),
    ]
    lis = []
    for n, (inner, key) in enumerate(entries, start=1):
        cls = "menu-item menu-item-" + str(200 + n)
        if key == active:
            cls += " current-menu-item"
        lis.append(f'<li id="menu-item-{200 + n}" class="{cls}">{inner}</li>')
    return f'<div id="menu-chinh"><ul id="nav" class="sf-menu">{"".join(lis)}</ul></div>'


def _header() -> str:
    return f"""<table id="banner-tbl" width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td class="logo-td"><a href="/" title="{SITE}"><img src="{THEME}/images/banner-tct-2012.jpg" alt="{SITE}" width="980" height="150" border="0" /></a></td></tr>
</table>
<div id="topbar"><span class="ngayhomnay">{TODAY_LINE}</span>
<form method="get" id="searchform" action="/"><input type="text" value="" name="s" id="s" size="22" /> <input type="submit" id="searchsubmit" value="Tìm kiếm" /></form>
<div class="clear"></div></div>
{_menu()}
{_ticker()}"""


def _most_read() -> str:
    """WP-PostViews' "most viewed" box: its own pick of five posts, by their view counts."""
    picks = sorted((BY_ID[i] for i in (4340, 4371, 4325, 4388, 4403)), key=lambda s: -s.views())
    lis = "".join(
        f'<li><a href="{permalink(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f" - {s.views()} lượt xem</li>"
        for s in picks
    )
    return (
        '<div class="box-phai" id="views-3"><h3 class="td-box">Bài xem nhiều</h3>'
        f"<ul>{lis}</ul></div>"
    )


def _notices() -> str:
    items = [s for s in POSTS if s.cat == "thong-bao"]
    lis = "".join(
        f'<p><img src="{THEME}/images/new.gif" alt="" width="28" height="11" /> '
        f'<a href="{permalink(s)}">{esc(s.title)}</a></p>'
        for s in items
    )
    return (
        '<div class="box-phai" id="text-5"><h3 class="td-box">Thông báo</h3>'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"'
        f' height="160">{lis}</marquee></div>'
    )


def _archives() -> str:
    counts: dict[tuple[int, int], int] = {}
    for s in POSTS:
        key = (_posted(s).year, _posted(s).month)
        counts[key] = counts.get(key, 0) + 1
    opts = "".join(
        f"<option value='/{y}/{m:02d}/'> {_MONTHS[m - 1]} {y} &nbsp;({n})</option>"
        for (y, m), n in counts.items()
    )
    return (
        '<div class="box-phai" id="archives-2"><h3 class="td-box">Lưu trữ</h3>'
        '<select name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;">'
        f'<option value="">Chọn tháng</option>{opts}</select></div>'
    )


def _sidebar() -> str:
    return f"""<div id="cot-phai" style="float: right; width: 310px;">
{_notices()}
{_most_read()}
<div class="box-phai" id="text-7"><h3 class="td-box">Câu nói hay</h3><div class="textwidget"><p><em>“Học hỏi là một việc phải tiếp tục suốt đời. Suốt đời phải gắn liền lý luận với công tác thực tế.”</em></p><p style="text-align:right">- Hồ Chí Minh -</p></div></div>
<div class="box-phai" id="polls-widget-2"><h3 class="td-box">Thăm dò ý kiến</h3>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="3f8a1c2b9d" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website của Nhà trường?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-14" name="poll_4" value="14" /> <label for="poll-answer-14">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-15" name="poll_4" value="15" /> <label for="poll-answer-15">Cần cải tiến</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(4);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(4); return false;" title="Xem kết quả">Xem kết quả</a></p>
</form></div></div>
<div class="box-phai" id="text-9"><h3 class="td-box">Liên kết website</h3>
<select onchange="if(this.value) window.open(this.value);"><option value="">-- Chọn liên kết --</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://tuyengiao.vn">Tạp chí Tuyên giáo</option></select>
<p><a href="https://dangcongsan.vn" target="_blank"><img src="{THEME}/images/banner-dcs.jpg" alt="Báo điện tử Đảng Cộng sản Việt Nam" width="300" height="70" /></a></p></div>
{_archives()}
<div class="box-phai" id="useronline-2"><h3 class="td-box">Thống kê truy cập</h3>
<table class="thongke" width="100%" cellpadding="2"><tr><td><img src="{THEME}/images/online.gif" alt="" /> Đang online:</td><td align="right"><strong>14</strong></td></tr>
<tr><td>Hôm nay:</td><td align="right">386</td></tr><tr><td>Hôm qua:</td><td align="right">512</td></tr>
<tr><td>Tổng truy cập:</td><td align="right">1.284.935</td></tr></table></div>
</div>"""


def _footer() -> str:
    return f"""<div id="chantrang">
<div class="menu-chan"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/lich-su-phat-trien/">Giới thiệu</a> | <a href="/lien-he/">Liên hệ</a></div>
<p><strong>Bản quyền &copy; 2012 - 2026 thuộc {SITE.upper()}</strong></p>
<p>Địa chỉ: Số 68, đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh - Điện thoại: 0239.3855.427 - Fax: 0239.3855.428</p>
<p>Email: truongchinhtri@hatinh.gov.vn - Chịu trách nhiệm chính: TS. Đặng Quốc Hưng, Hiệu trưởng</p>
<p><em>Ghi rõ nguồn “Website Trường Chính trị Trần Phú” khi phát hành lại thông tin từ website này.</em></p>
<p class="thietke">Thiết kế: HTC Việt Nam | Powered by WordPress</p>
</div>
<script type='text/javascript' src='/wp-content/plugins/lazy-load/js/lazy-load.js?ver=0.6.1'></script>
<script type='text/javascript' src='{THEME}/js/jquery.cycle.all.js?ver=2.9999'></script>
<script type='text/javascript' src='{THEME}/js/superfish.js?ver=1.4.8'></script>
<script type='text/javascript'>jQuery(function($){{ $('#ticker01').liScroll(); $('#slide-tct').cycle({{fx:'fade', timeout:5000}}); }});</script>"""


def _head(request: Request, title: str, *, canonical: str | None = None, extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}" />\n' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi">
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="{THEME}/style.css" type="text/css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{base}/feed/" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<!-- All in One SEO Pack 2.3.11 by Michael Torbert of Semper Fi Web Design[310,371] -->
{extra}{canon}<!-- /all in one seo pack -->
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery-migrate.min.js?ver=1.4.1'></script>
<meta name="generator" content="WordPress 5.8.12" />
<link rel="shortcut icon" href="/favicon.ico" />
</head>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    body_class: str,
    canonical: str | None = None,
    extra: str = "",
) -> str:
    return f"""{_head(request, title, canonical=canonical, extra=extra)}
<body class="{body_class}">
<div id="wrapper">
{_header()}
<div id="noidung-chinh">
<div id="cot-trai" style="float: left; width: 650px;">
{main}
</div>
{_sidebar()}
<div style="clear: both;"></div>
</div>
{_footer()}
</div>
</body>
</html>"""


# --- listings --------------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]+>")
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def _plain(markup: str) -> str:
    return " ".join(unescape(_TAG_RE.sub(" ", _COMMENT_RE.sub("", markup))).split())


def excerpt(story: Story) -> str:
    """The manual excerpt if there is one, else WordPress' 55 first words and "[…]"."""
    if story.summary:
        return story.summary
    words = _plain(render_content(story)).split()
    return " ".join(words[:55]) + (" […]" if len(words) > 55 else "")


def thumb(story: Story, w: int = 110, h: int = 80) -> str:
    src = next((i.src for i in story.images if i.src.startswith("/")), None)
    if src is None:
        src = f"{THEME}/images/no-thumb.jpg"
    return f"{THEME}/timthumb.php?src={quote(src, safe='/')}&amp;w={w}&amp;h={h}&amp;zc=1"


def _comment_count(story: Story) -> int:
    return len(story.opts.get("comments", []))


def _list_item(story: Story) -> str:
    link = permalink(story)
    n = _comment_count(story)
    ctext = f"{n} bình luận" if n else "Chưa có bình luận"
    return f"""<div class="post-list clearfix" id="post-{story.id}">
<a href="{link}" title="{esc(story.title)}"><img class="thumb-trai" src="{thumb(story)}" alt="{esc(story.title)}" width="110" height="80" /></a>
<h2 class="td-list"><a href="{link}" rel="bookmark" title="{esc(story.title)}">{esc(story.title)}</a></h2>
<div class="meta-list"><span class="ngay-list">{list_date(_posted(story))}</span> | {story.views()} lượt xem | <a href="{link}#comments">{ctext}</a></div>
<div class="trichdan">{esc(excerpt(story))} <a class="xemtiep" href="{link}">Xem tiếp &raquo;</a></div>
</div>"""


def _pagenavi(base: str, current: int, total: int) -> str:
    if total < 2:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = [f"<span class='pages'>Trang {current} / {total}</span>"]
    if current > 1:
        parts.append(
            f'<a class="previouspostslink" rel="prev" href="{href(current - 1)}">&laquo;</a>'
        )
    for n in range(1, total + 1):
        if n == current:
            parts.append(f"<span class='current'>{n}</span>")
        else:
            parts.append(f'<a class="page larger" href="{href(n)}">{n}</a>')
    if current < total:
        parts.append(f'<a class="nextpostslink" rel="next" href="{href(current + 1)}">&raquo;</a>')
    return f"<div class='wp-pagenavi'>\n{''.join(parts)}\n</div>"


def listing(
    request: Request,
    heading: str,
    base: str,
    posts: list[Story],
    n: int,
    crumbs: str,
    body_class: str,
) -> Response | None:
    total = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > total:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    items = "\n".join(_list_item(s) for s in chunk)
    suffix = f" - Trang {n}" if n > 1 else ""
    main = f"""<div class="breadcrumbs" id="duongdan">Bạn đang ở: <a href="/" title="Trang chủ">Trang chủ</a> &raquo; {crumbs}</div>
<h1 class="td-chuyenmuc">{heading}</h1>
{items}
{_pagenavi(base, n, total)}"""
    canonical = base if n == 1 else f"{base}page/{n}/"
    return html(
        page(
            request,
            f"{_plain(heading)}{suffix} | {SITE}",
            main,
            body_class=body_class,
            canonical=canonical,
        )
    )


def category_page(request: Request, cat: Cat, n: int) -> Response | None:
    posts = [s for s in POSTS if s.cat == cat.slug]
    crumbs = (
        f"<span>{esc(cat.parent)}</span> &raquo; " if cat.parent else ""
    ) + f'<span class="current">{esc(cat.name)}</span>'
    return listing(
        request,
        f"Chuyên mục: {esc(cat.name)}",
        cat.path,
        posts,
        n,
        crumbs,
        f"archive category category-{cat.slug}",
    )


def tag_page(request: Request, slug: str, n: int) -> Response | None:
    posts = [s for s in POSTS if slug in s.opts.get("tags", [])]
    name = TAGS[slug]
    crumbs = f'<span class="current">Từ khóa: {esc(name)}</span>'
    return listing(
        request,
        f"Từ khóa: {esc(name)}",
        f"/tag/{slug}/",
        posts,
        n,
        crumbs,
        f"archive tag tag-{slug}",
    )


def month_page(request: Request, year: int, month: int, n: int) -> Response | None:
    posts = [s for s in POSTS if (_posted(s).year, _posted(s).month) == (year, month)]
    if not posts:
        return None
    label = f"{_MONTHS[month - 1]} {year}"
    crumbs = f'<span class="current">Lưu trữ {label}</span>'
    return listing(
        request,
        f"Lưu trữ theo tháng: {label}",
        f"/{year}/{month:02d}/",
        posts,
        n,
        crumbs,
        "archive date",
    )


# --- home ------------------------------------------------------------------------------------


def _home_box(title: str, cat: Cat, count: int) -> str:
    posts = [s for s in POSTS if s.cat == cat.slug][:count]
    first, rest = posts[0], posts[1:]
    lis = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="ngay-nho">({_posted(s):%d/%m})</span></li>'
        for s in rest
    )
    ex = esc(excerpt(first))
    return f"""<div class="box-trangchu">
<div class="td-trangchu"><a href="{cat.path}">{title}</a><span class="xemtatca"><a href="{cat.path}">Xem tất cả &raquo;</a></span></div>
<div class="tin-dau"><a href="{permalink(first)}"><img src="{thumb(first, 200, 140)}" alt="" width="200" height="140" class="alignleft" /></a>
<h3><a href="{permalink(first)}">{esc(first.title)}</a></h3><p class="ngay-nho">{list_date(_posted(first))}</p><p>{ex}</p></div>
<ul class="tin-tiep">{lis}</ul><div class="clear"></div></div>"""


def home(request: Request) -> Response:
    featured = [A1, A13, A9, A7]
    slides = "\n".join(
        f'<div class="slide-item"><a href="{permalink(s)}"><img src="{thumb(s, 640, 300)}" alt="{esc(s.title)}" width="640" height="300" /></a>'
        f'<div class="slide-caption"><h2><a href="{permalink(s)}">{esc(s.title)}</a></h2></div></div>'
        for s in featured
    )
    docs = [s for s in POSTS if s.cat == "van-ban"]
    doc_lis = "".join(f'<li><a href="{permalink(s)}">{esc(s.title)}</a></li>' for s in docs)
    main = f"""<div id="slide-tct">
{slides}
</div>
<div id="slide-nav"></div>
{_home_box("HOẠT ĐỘNG NHÀ TRƯỜNG", CATS["hoat-dong-nha-truong"], 3)}
{_home_box("TIN TRONG TỈNH", CATS["tin-trong-tinh"], 2)}
{_home_box("ĐẢNG ỦY - ĐOÀN THỂ", CATS["dang-uy-doan-the"], 1)}
{_home_box("NGHIÊN CỨU - TRAO ĐỔI", CATS["nghien-cuu-trao-doi"], 2)}
<div class="box-trangchu"><div class="td-trangchu"><a href="{CATS["van-ban"].path}">VĂN BẢN MỚI</a></div><ul class="tin-tiep">{doc_lis}</ul></div>"""
    desc = '<meta name="description" content="Website Trường Chính trị Trần Phú tỉnh Hà Tĩnh - đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, đảng viên" />\n'
    return html(
        page(
            request,
            f"{SITE} | Website chính thức",
            main,
            body_class="home blog",
            canonical="/",
            extra=desc,
        )
    )


# --- single ----------------------------------------------------------------------------------


def _content_pages(story: Story) -> list[str]:
    return render_content(story).split("<!--nextpage-->")


def _link_pages(story: Story, current: int, total: int) -> str:
    if total < 2:
        return ""
    links = []
    for n in range(1, total + 1):
        if n == current:
            links.append(f" {n}")
        else:
            href = permalink(story) + (f"&#038;page={n}" if n > 1 else "")
            links.append(f' <a href="{href}" class="post-page-numbers">{n}</a>')
    return f'<p class="post-pages"><strong>Trang:</strong>{"".join(links)}</p>'


def _related(story: Story) -> str:
    ids = story.opts.get("related", [])
    if not ids:
        return ""
    lis = "".join(
        f'<li><a href="{permalink(BY_ID[i])}" rel="bookmark" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for i in ids
    )
    return f"<div class='yarpp-related'>\n<h3>Bài viết liên quan:</h3><ol>{lis}</ol>\n</div>"


def _sociable(request: Request, story: Story) -> str:
    url = quote(base_url(request) + permalink(story), safe="")
    title = quote(story.title)
    services = [
        ("Facebook", f"https://www.facebook.com/sharer.php?u={url}&amp;t={title}", "-64px -32px"),
        ("Twitter", f"https://twitter.com/intent/tweet?text={title}&amp;url={url}", "-144px -32px"),
        ("Zing Me", f"https://link.apps.zing.vn/share?url={url}", "-16px -48px"),
        ("email", f"mailto:?subject={title}&amp;body={url}", "-48px -0px"),
    ]
    lis = "".join(
        f'<li><a rel="nofollow" target="_blank" href="{h}" title="{n}"><img src="/wp-content/plugins/sociable/images/services-sprite.gif"'
        f' title="{n}" alt="{n}" style="width: 16px; height: 16px; background: transparent url(/wp-content/plugins/sociable/images/services-sprite.png) no-repeat; background-position:{pos}" class="sociable-hovers" /></a></li>'
        for n, h, pos in services
    )
    return f'<div class="sociable"><div class="sociable_tagline"><strong>Chia sẻ bài viết:</strong></div><ul>{lis}</ul></div>'


def _others(story: Story) -> str:
    same = [s for s in POSTS if s.cat == story.cat and s.id != story.id][:3]
    if not same:
        return ""
    lis = "".join(
        f'<li><a href="{permalink(s)}">{esc(s.title)}</a> <span class="ngay-nho">({_posted(s):%d/%m/%Y})</span></li>'
        for s in same
    )
    return f'<div class="tinkhac_bv"><h3 class="td-tinkhac">Các tin khác</h3><ul>{lis}</ul></div>'


def _comments(story: Story, replyto: int | None) -> str:
    comments = story.opts.get("comments", [])
    form = f"""<div id="respond">
<h3 id="reply-title">{"Trả lời " + esc(next(c[1] for c in comments if c[0] == replyto)) if replyto else "Gửi bình luận"} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{permalink(story)}#respond"{"" if replyto else ' style="display:none;"'}>Hủy trả lời</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform">
<p><input type="text" name="author" id="author" value="" size="22" tabindex="1" /> <label for="author"><small>Họ tên (bắt buộc)</small></label></p>
<p><input type="text" name="email" id="email" value="" size="22" tabindex="2" /> <label for="email"><small>Email (sẽ không được công bố) (bắt buộc)</small></label></p>
<p><textarea name="comment" id="comment" cols="58" rows="8" tabindex="4"></textarea></p>
<p><input name="submit" type="submit" id="submit" tabindex="5" value="Gửi bình luận" />
<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' /></p>
</form></div>"""
    if not comments:
        return f'<div id="comments"><p class="nocomments">Chưa có bình luận nào.</p></div>\n{form}'
    lis = []
    for cid, who, when, body in comments:
        d = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
        lis.append(
            f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}"><div id="comment-{cid}">
<div class="comment-author vcard"><img alt='' src='{THEME}/images/avatar.png' class='avatar avatar-40' height='40' width='40' /> <cite class="fn">{esc(who)}</cite> <span class="says">viết:</span></div>
<div class="comment-meta commentmetadata"><a href="{permalink(story)}#comment-{cid}">{d:%d/%m/%Y} lúc {_clock(d)}</a></div>
<p>{esc(body)}</p>
<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{reply_link(story, cid).replace("&", "&#038;")}#respond' onclick='return addComment.moveForm( "comment-{cid}", "{cid}", "respond", "{story.id}" )'>Trả lời</a></div>
</div></li>"""
        )
    n = len(comments)
    return f"""<div id="comments"><h3 id="comments-title">{n} bình luận cho &#8220;{esc(story.title)}&#8221;</h3>
<ol class="commentlist">{"".join(lis)}</ol></div>
{form}"""


def single(
    request: Request, story: Story, *, pageno: int = 1, replyto: int | None = None
) -> Response | None:
    parts = _content_pages(story)
    if pageno < 1 or pageno > len(parts):
        return None
    cat = CATS[story.cat]
    posted = _posted(story)
    modified = _dt.datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M")
    link = permalink(story)
    n = _comment_count(story)
    crumbs = (f"<span>{esc(cat.parent)}</span> &raquo; " if cat.parent else "") + (
        f'<a href="{cat.path}" title="{esc(cat.name)}">{esc(cat.name)}</a> &raquo; <span class="current">{esc(story.title)}</span>'
    )
    tags = story.opts.get("tags", [])
    tag_line = (
        '<div class="tukhoa_bv"><strong>Từ khóa:</strong> '
        + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    sapo = (
        f'<div class="tomtat_bv">{esc(story.summary)}</div>'
        if story.sapo_outside and pageno == 1
        else ""
    )
    pl = print_link(story).replace("&", "&#038;")  # esc_url()
    main = f"""<div class="breadcrumbs" id="duongdan">Bạn đang ở: <a href="/" title="Trang chủ">Trang chủ</a> &raquo; {crumbs}</div>
<div class="post-{story.id} post type-post status-publish format-standard hentry category-{cat.slug}" id="post-{story.id}">
<h1 class="tieude_bv">{esc(story.title)}</h1>
<div class="thongtin_bv"><img src="{THEME}/images/icon-clock.gif" alt="" width="12" height="12" /> <span class="ngaydang">{single_date(posted)}</span> | <span class="nguoidang">Người đăng: bbt_tct</span> | <span class="luotxem">Lượt xem: {story.views()}</span> | <a href="#comments">{n} bình luận</a></div>
<div class="congcu_bv"><a href="{pl}" title="In bài viết" rel="nofollow"><img class="WP-PrintIcon" src="/wp-content/plugins/wp-print/images/printer_famfamfam.gif" alt="In bài viết" title="In bài viết" style="border: 0px;" /></a>&nbsp;<a href="{pl}" title="In bài viết" rel="nofollow">In bài viết</a> | Cỡ chữ: <a href="javascript:void(0)" onclick="tangcochu()">A+</a> <a href="javascript:void(0)" onclick="giamcochu()">A-</a></div>
{sapo}
<div class="entry noidung_bv">
{parts[pageno - 1]}
{_link_pages(story, pageno, len(parts))}
{_related(story)}
{_sociable(request, story)}
</div>
{tag_line}
<div class="capnhat_bv"><em>Cập nhật lần cuối: {_clock(modified)} - {modified:%d/%m/%Y}</em></div>
{_others(story)}
{_comments(story, replyto)}
</div>"""
    canonical = link + (f"&page={pageno}" if pageno > 1 else "")
    words = _plain(excerpt(story))[:155]
    meta = (
        f'<meta name="description" content="{esc(words)}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{base_url(request)}{esc(canonical)}" />\n'
        f'<meta property="article:published_time" content="{posted:%Y-%m-%dT%H:%M:%S}+00:00" />\n'
        f'<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%S}+00:00" />\n'
        f'<meta property="article:section" content="{esc(cat.name)}" />\n'
    )
    if replyto:
        meta = "<meta name='robots' content='noindex,follow' />\n" + meta
    body_class = f"single single-post postid-{story.id} single-format-standard"
    resp = html(
        page(
            request,
            f"{story.title} | {SITE}",
            main,
            body_class=body_class,
            canonical=canonical,
            extra=meta,
        )
    )
    resp.headers["Link"] = f"<{base_url(request)}/?p={story.id}>; rel=shortlink"
    return resp


def print_view(request: Request, story: Story) -> Response:
    base = base_url(request)
    content = render_content(story).replace("<!--nextpage-->", "")
    posted = _posted(story)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi">
<head>
<title>{SITE} &raquo; Print &raquo; {esc(story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {SITE} - <span dir="ltr">{base}</span> -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>bbt_tct</u> vào {single_date(posted)} trong chuyên mục {esc(CATS[story.cat].name)} | <a href="{permalink(story)}#comments">{_comment_count(story)} bình luận</a></p>
<div id="BlogContent">{content}</div>
</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết được in từ {SITE}: <strong dir="ltr">{base}</strong></p>
<p>Đường dẫn tới bài viết: <strong dir="ltr">{base}{esc(permalink(story))}</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2012 {SITE}. Bảo lưu mọi quyền.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Bấm vào đây để in.">Bấm vào đây để in.</a></p>
</body>
</html>"""
    return html(doc)


# --- pages -----------------------------------------------------------------------------------


def _static_page(
    request: Request, path: str, title: str, body: str, crumbs_parent: str = ""
) -> Response:
    crumbs = (
        f"<span>{crumbs_parent}</span> &raquo; " if crumbs_parent else ""
    ) + f'<span class="current">{esc(title)}</span>'
    main = f"""<div class="breadcrumbs" id="duongdan">Bạn đang ở: <a href="/" title="Trang chủ">Trang chủ</a> &raquo; {crumbs}</div>
<div class="page type-page status-publish hentry" id="page-content">
<h1 class="tieude_bv">{esc(title)}</h1>
<div class="entry noidung_bv">
{body}
</div>
</div>"""
    return html(
        page(
            request,
            f"{title} | {SITE}",
            main,
            body_class="page page-template-default",
            canonical=path,
        )
    )


_HISTORY = """<p style="text-align: justify;">Trường Chính trị Trần Phú tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh Hà Tĩnh, được thành lập trong những năm kháng chiến chống thực dân Pháp. Trải qua các thời kỳ xây dựng và phát triển, Nhà trường nhiều lần được kiện toàn, đổi tên: Trường Đảng Trần Phú, Trường Chính trị Trần Phú.</p>
<p style="text-align: justify;">Năm 1991, khi tỉnh Hà Tĩnh được tái lập, Trường Chính trị Trần Phú được thành lập trên cơ sở sáp nhập Trường Đảng Trần Phú với các trường hành chính, trường đoàn thể của tỉnh. Năm 2025, thực hiện chủ trương sắp xếp tổ chức bộ máy, Nhà trường tiếp nhận chức năng, nhiệm vụ của các trung tâm chính trị cấp huyện.</p>
<p style="text-align: justify;">Qua các thời kỳ, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều phần thưởng cao quý khác.</p>"""

_STRUCTURE = """<p><strong>Ban Giám hiệu</strong></p>
<ul><li>TS. Đặng Quốc Hưng - Hiệu trưởng</li><li>TS. Trần Đình Lương - Phó Hiệu trưởng</li><li>ThS. Lê Văn Sơn - Phó Hiệu trưởng</li></ul>
<p><strong>Các phòng chức năng</strong></p>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li><li>Phòng Quản lý khoa học</li></ul>
<p><strong>Các khoa chuyên môn</strong></p>
<ul><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>"""

_CONTACT = """<p><strong>TRƯỜNG CHÍNH TRỊ TRẦN PHÚ TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 68, đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh<br />Điện thoại: 0239.3855.427 - Fax: 0239.3855.428<br />Email: truongchinhtri@hatinh.gov.vn</p>
<div role="form" class="wpcf7" id="wpcf7-f12-p34-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f12-p34-o1" method="post" class="wpcf7-form" novalidate="novalidate">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="12" /><input type="hidden" name="_wpcf7_version" value="4.9.2" /></div>
<p>Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" /></span></p>
<p>Email (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-email"><input type="email" name="your-email" value="" size="40" /></span></p>
<p>Tiêu đề<br /><span class="wpcf7-form-control-wrap your-subject"><input type="text" name="your-subject" value="" size="40" /></span></p>
<p>Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10"></textarea></span></p>
<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p>
</form></div>"""


def _gallery_body() -> str:
    shots = [
        ("dsc_0012.jpg", "Lễ bế giảng lớp Trung cấp lý luận chính trị K92"),
        ("dsc_0047.jpg", "Hội thi giảng viên dạy giỏi cấp trường năm 2026"),
        ("dsc_0105.jpg", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),
        ("dsc_0133.jpg", "Khai giảng lớp Cao cấp lý luận chính trị khóa 2026 - 2028"),
        ("dsc_0178.jpg", "Học viên thảo luận nhóm"),
        ("dsc_0201.jpg", "Toàn cảnh khuôn viên Nhà trường"),
    ]
    cells = "\n".join(
        f'<div id="ngg-image-{70 + n}" class="ngg-gallery-thumbnail-box"><div class="ngg-gallery-thumbnail">'
        f'<a href="/wp-content/gallery/hoat-dong-2026/{f}" title="{esc(t)}" class="shutterset_set_3">'
        f'<img title="{esc(t)}" alt="{esc(t)}" src="/wp-content/gallery/hoat-dong-2026/thumbs/thumbs_{f}" width="120" height="90" /></a></div></div>'
        for n, (f, t) in enumerate(shots)
    )
    return f"""<p>Album: <strong>Hoạt động Nhà trường năm 2026</strong> (6 ảnh)</p>
<div class="ngg-galleryoverview" id="ngg-gallery-3-34">
{cells}
<div class="ngg-clear"></div>
</div>"""


_VIDEO = """<p><strong>Phóng sự: Trường Chính trị Trần Phú - 75 năm xây dựng và phát triển</strong></p>
<p><iframe width="560" height="315" src="https://www.youtube.com/embed/x7Qm2vTfR0c" frameborder="0" allowfullscreen></iframe></p>
<p>Các video khác:</p>
<ul><li><a href="https://www.youtube.com/watch?v=Kd9pL2wQz1E" target="_blank">Lễ khai giảng lớp Cao cấp lý luận chính trị khóa 2026 - 2028</a></li>
<li><a href="https://www.youtube.com/watch?v=Vb3nR8sYt6M" target="_blank">Hội thi giảng viên dạy giỏi cấp trường năm 2026</a></li></ul>"""


PAGES = {
    "/gioi-thieu/lich-su-phat-trien/": ("Lịch sử hình thành và phát triển", _HISTORY, "Giới thiệu"),
    "/gioi-thieu/co-cau-to-chuc/": ("Cơ cấu tổ chức", _STRUCTURE, "Giới thiệu"),
    "/lien-he/": ("Liên hệ", _CONTACT, ""),
    "/thu-vien-anh/": ("Thư viện ảnh", _gallery_body(), "Thư viện"),
    "/video/": ("Video", _VIDEO, "Thư viện"),
}


# --- feed, robots, files ---------------------------------------------------------------------


def feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in [p for p in POSTS if p.id not in (A5.id, A6.id)][:10]:
        gmt = _posted(s) - _dt.timedelta(hours=7)
        items.append(
            f"""<item>
<title>{esc(s.title)}</title>
<link>{base}{esc(permalink(s))}</link>
<comments>{base}{esc(permalink(s))}#comments</comments>
<pubDate>{gmt:%a, %d %b %Y %H:%M:%S} +0000</pubDate>
<dc:creator><![CDATA[bbt_tct]]></dc:creator>
<category><![CDATA[{CATS[s.cat].name}]]></category>
<guid isPermaLink="false">{base}/?p={s.id}</guid>
<description><![CDATA[{_plain(excerpt(s))}]]></description>
</item>"""
        )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE}</title>
<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
<link>{base}</link>
<description>Website chính thức</description>
<lastBuildDate>Fri, 04 Dec 2026 09:02:11 +0000</lastBuildDate>
<language>vi</language>
<generator>https://wordpress.org/?v=5.8.12</generator>
{"".join(items)}
</channel>
</rss>"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


def _file(path: str) -> Response | None:
    lower = path.lower()
    if lower.endswith("/timthumb.php"):
        return static_file("thumb.jpg")
    if lower.startswith("/wp-content/uploads/") and lower.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


# --- the site --------------------------------------------------------------------------------

_PRETTY = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)/(print/)?$")
_MONTH = re.compile(r"^/(\d{4})/(\d{2})/(?:page/(\d+)/)?$")
_PAGED = re.compile(r"^(.*/)page/(\d+)/$")


class Site:
    def __init__(self) -> None:
        self.pretty = {permalink(s): s for s in POSTS if not s.opts.get("old")}
        self.cats = {c.path: c for c in CATS.values()}

    def _root_query(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if "s" in params:
            return self._search(request, params["s"])
        if "p" not in params:
            return home(request)  # WordPress ignores query vars it does not know
        try:
            story = BY_ID.get(int(params["p"]))
        except ValueError:
            story = None
        if story is None:
            return None
        if not story.opts.get("old"):
            return redirect(permalink(story), 301)
        if "print" in params:
            return print_view(request, story)
        replyto = None
        if "replytocom" in params:
            ids = [c[0] for c in story.opts.get("comments", [])]
            replyto = int(params["replytocom"]) if params["replytocom"].isdigit() else -1
            if replyto not in ids:
                return None
        pageno = int(params["page"]) if params.get("page", "").isdigit() else 1
        return single(request, story, pageno=pageno, replyto=replyto)

    def _search(self, request: Request, q: str) -> Response:
        needle = q.strip().lower()
        found = [
            s
            for s in POSTS
            if needle and needle in (s.title + " " + _plain(render_content(s))).lower()
        ]
        items = (
            "\n".join(_list_item(s) for s in found[:10])
            or "<p>Không tìm thấy bài viết nào phù hợp.</p>"
        )
        main = f'<h1 class="td-chuyenmuc">Kết quả tìm kiếm: {esc(q)}</h1>\n{items}'
        return html(
            page(
                request,
                f"Kết quả tìm kiếm “{q}” | {SITE}",
                main,
                body_class="search search-results",
            )
        )

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/wp-comments-post.php":
            if request.method == "POST":
                story = BY_ID.get(int(request.form.get("comment_post_ID", "0") or 0))
                return redirect(permalink(story) + "#comments" if story else "/")
            return Response(405, b"", {"Allow": "POST"})
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return _file(path)
        if path == "/xmlrpc.php":
            return Response(
                405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain"}
            )
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/feed/":
            return feed(request)
        if path == "/":
            return self._root_query(request) if request.query else home(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            if self.respond(Request("GET", path + "/", request.query, request.headers)) is not None:
                return redirect(target, 301)
            return None
        if path in PAGES:
            title, body, parent = PAGES[path]
            return _static_page(request, path, title, body, parent)
        m = _PRETTY.match(path)
        if m:
            story = self.pretty.get(path.removesuffix("print/"))
            if story is None:
                return None
            if m.group(4):
                return print_view(request, story)
            params = request.params
            replyto = None
            if "replytocom" in params:
                replyto = int(params["replytocom"]) if params["replytocom"].isdigit() else -1
                if replyto not in [c[0] for c in story.opts.get("comments", [])]:
                    return None
            return single(request, story, replyto=replyto)
        m = _MONTH.match(path)
        if m:
            return month_page(request, int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        base, n = path, 1
        m = _PAGED.match(path)
        if m:
            base, n = m.group(1), int(m.group(2))
            if n == 1:
                return redirect(base, 301)
        if base in self.cats:
            return category_page(request, self.cats[base], n)
        if base.startswith("/tag/") and base[5:-1] in TAGS:
            return tag_page(request, base[5:-1], n)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    alts = [print_link(story)]
    alts += [reply_link(story, c[0]) for c in story.opts.get("comments", [])]
    if len(_content_pages(story)) > 1:
        alts.append(f"{permalink(story)}&page=2")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat].name, canonical_path=permalink(s), alt_paths=_alt(s))
    for s in ARTICLES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    "/thu-vien-anh/",
    "/video/",
    permalink(DOC1),
    permalink(DOC2),
]
