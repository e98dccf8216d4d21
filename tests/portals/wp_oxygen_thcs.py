"""Trường THCS Lý Tự Trọng (xã Hòa Vang, TP Đà Nẵng): WordPress 6.9 built with Oxygen Builder 4.

Platform
--------
WordPress 6.9 with no theme: Oxygen Builder draws every page from its templates, so the markup is
Oxygen's own (``ct-section`` / ``ct-section-inner-wrap``, ``ct-div-block``, ``ct-new-columns``,
``ct-headline``, ``ct-text-block`` with ``ct-span`` dynamic data, ``oxy-rich-text``,
``ct-inner-content`` holding ``the_content``, ``oxy-easy-posts`` lists, an ``oxy-dynamic-list``
repeater, ``oxy-nav-menu`` with ``sub-menu`` drop-downs, ``ct-modal`` popups), every element with a
generated id "<type>-<n>-<template id>" (``_rich_text-19-12``, ``inner_content-33-12``). Plugins
on top: WP Rocket (lazy images: ``data-lazy-src`` + ``<noscript>``), Breadcrumb NavXT, Contextual
Related Posts (injected into ``the_content``), Sassy Social Share (also injected), WP-Polls,
Contact Form 7. No SEO plugin: the head has WordPress core's canonical and shortlink only, no
og:/article: meta, no JSON-LD. Site language vi (dates "20 Tháng Mười Một, 2026 lúc 10:45 sáng").

URL scheme
----------
- ``/``                                    home (Oxygen page 2): slider repeater + easy posts blocks
- ``/tin-tuc/<slug>/``                      a post (permalink structure /tin-tuc/%postname%/)
- ``/tin-tuc/<slug>/<attachment>/``         an attachment page of an image in that post
- ``/chuyen-muc/<parent>/<child>/page/N/``  category archives (child categories carry the parent's
  slug; ``/chuyen-muc/<child>/`` and ``…/page/1/`` answer 301 to the canonical form)
- ``/tag/<slug>/``                          tag archives; ``/?s=…`` search (empty s = home)
- ``/?p=<id>``                              shortlink, 301 to the permalink
- ``/gioi-thieu/``, ``/lien-he/``, ``/thoi-khoa-bieu/``  pages (Oxygen page template 10)
- ``/van-ban/``, ``/van-ban/<slug>/``        custom post type "Văn bản" (document entries)
- ``/album/``, ``/album/<slug>/``, ``/video/``, ``/video/<slug>/``  CPTs of the "Thư viện" menu
- ``/feed/``                                RSS of the 10 latest posts (excerpts only)
- ``/robots.txt``                           WordPress' virtual file; core sitemaps are switched off
- ``/wp-content/uploads/YYYY/MM/…``          images and attachments

Page templates
--------------
- header (Oxygen template 7): top bar with today's date "Thứ Bảy, 05/12/2026", hotline, e-mail,
  the school's name as the page's ``<h1>``, the main menu with drop-downs;
- single (template 12, for posts *and* attachments): NavXT breadcrumb, a "TIN NỔI BẬT" badge for
  featured posts, the headline in an ``<h2 class="ct-headline">``, a meta row (date and time,
  "Người đăng: quantri_ltt", views, categories), "Cập nhật lần cuối" when modified, an excerpt box,
  ``ct-inner-content`` (post content + CRP related list + share buttons), tags, print/share
  tools, a "Tin cùng chuyên mục" repeater with excerpts, comments and the comment form;
- archive (template 15): breadcrumb, "Chuyên mục: X" headline, easy posts (3 a page) with
  WordPress' ``paginate_links`` pager (``oxy-easy-posts-pages``);
- sidebar (reusable part 9): search, a marquee of notices, "Xem nhiều", links select, album and
  video thumbnails, poll, visitor counter; footer (template 7) with address and a ``ct-modal``
  scam warning printed in every page's HTML.

How the gold articles are reached
---------------------------------
Home lists the 3 latest "Hoạt động nhà trường" posts (A5, A1, A2), the 3 notices (T2, T1, T3),
2 "Hoạt động chuyên môn" posts (C2, C3) and the featured slider (A5, C2, A1); the sidebar's
"Xem nhiều" adds A3. The menu reaches every category archive: "Tin tức" (7 posts of its two
children, 3 pages), "Hoạt động nhà trường" (2 pages: A4 is only on page 2, and on page 3 of
"Tin tức"), "Công tác Đội" (A7, A6), "Hoạt động chuyên môn" (C1 only here and in related
lists), "Thông báo". A6, T3 and A4 are not in the feed.

Traps
-----
1. Headline vs. chrome ``<h1>``: the header prints the school's name as the page's only
   ``<h1>`` on every page; a post's headline is an ``<h2 class="ct-headline">``, the ``<title>``
   adds " – Trường THCS Lý Tự Trọng", and wptexturize prints the quotes as ``&#8220;…&#8221;``.
   Gold title: the h2's text with curly quotes ("Hội thi “Giáo viên dạy giỏi” cấp trường …").
2. Vietnamese 12-hour clock: the date is "6 Tháng Mười Một, 2026 lúc 2:30 chiều" (sáng = a.m.,
   chiều = p.m.), so 2:30 chiều is 14:30 and "12:15 chiều" is 12:15 noon; A7 prints
   "12:00 sáng" (midnight: an import with no time) -> the day alone "2026-11-12". The header's
   today, the "Cập nhật lần cuối" date (T2: 05/12/2026) and the comments' ``<time datetime>``
   (the only machine-readable date on a post page!) are not the publication date.
3. The excerpt box: the single template prints ``get_the_excerpt()`` above the content. When the
   editor wrote an excerpt (A1, A5, C2) it is the sapo: summary, and the body's first paragraph.
   When not, WordPress prints its auto-excerpt, the first 55 words of the content cut off with
   " […]" (for the notice T1 it starts with the letterhead): no sapo, not body (summary null
   unless the content opens with a bold lead paragraph, A3/A7/C3).
4. WP Rocket lazy images: every ``<img>`` has an SVG ``data:`` placeholder in ``src``, the real
   file in ``data-lazy-src`` / ``data-lazy-srcset`` and again in a ``<noscript>`` twin. Gold
   image = the ``data-lazy-src`` file as printed (a "-1024x683" size, not the srcset's original),
   once per photo; caption "Ảnh: Nguyễn Thị Thu Hà" / "Ảnh: moet.gov.vn" credit only -> None,
   "(Thầy … trao thưởng …)" loses its parentheses.
5. Chrome inside ``ct-inner-content``: plugins append a "Bài viết liên quan:" list (CRP) and a
   "Chia sẻ bài viết:" bar to ``the_content``; the editor adds "Xem thêm:" links, a Gutenberg
   file block "Tải về", "File đính kèm:" lines. Below the content, "Tin cùng chuyên mục" prints
   other posts' excerpts, comments print readers' paragraphs; a hidden ``ct-modal`` popup with
   three paragraphs of a scam warning and the home's "Thư ngỏ" are in the HTML too. None is body.
6. Bylines: the meta row's "Người đăng: quantri_ltt" is a CMS account (nobody). The real byline is
   the content's last right-aligned line in every form: "Tin, ảnh: X" (author and
   photographer), "Tin: X – Ảnh: Y", "ThS. Phạm Quốc Bảo – Phó Hiệu trưởng" (degree and post
   dropped), "Đoàn Thị Mỹ Duyên (GV Tổ KHTN)", "Võ Thị Mỹ Linh (TPT Đội)", a unit signing alone
   ("Tổ Văn phòng", "Tổ Khoa học tự nhiên", "Liên đội THCS Lý Tự Trọng"), "Theo moet.gov.vn"
   (source, no author), the notice's signer; T2 has no byline at all.
7. Slug typed in "Unicode tổ hợp" (A3): the editor's Unikey typed tone marks as combining
   characters (the host has no php-intl to normalize), so title and text are decomposed and
   the slug keeps the tone marks percent-encoded in lower case
   (``/tin-tuc/ho%cc%a3c-sinh-kho%cc%81i-8-…``); the "Xem nhiều" widget prints the same URL with
   upper-case escapes. Both answer 200 with the same post; a URL rewritten to NFC (%E1%BB%8D)
   is a 404. Gold: the lower-case path (the canonical), the upper-case one in alt_paths, text NFC.
8. Duplicate URLs WordPress answers 200: "Trả lời" comment links ``?replytocom=N`` (A1, two
   comments), a "Xem thêm" link pasted from Facebook with ``?fbclid=…`` (to A2); the shortlink
   ``/?p=ID`` is a 301. They go to alt_paths.
9. Attachment pages look like posts: A1's first photo links to
   ``/tin-tuc/<A1>/dsc_0412/``, served by the same single template (h2 "DSC_0412", a date,
   "Người đăng", the photo, its caption in the excerpt box, breadcrumb through A1): not an
   article (in NON_ARTICLES).
10. Category ambiguity: featured posts are also filed under "Tin nổi bật" (badge over the title,
    second link in "Chuyên mục: …", their own archive); the breadcrumb names the primary one.
    Gold category: the breadcrumb's last category ("Hoạt động nhà trường", never "Tin nổi bật",
    nor the parent "Tin tức").
11. WordPress 6 footnotes (C1): the calls are bare ``<sup class="fn"><a>1</a></sup>`` glued to
    the word ("Bộ GD&ĐT1,"): not text; the ``wp-block-footnotes`` entries are body without their
    "↩︎" back links. Word-pasted lists (A6) carry ``mso-list:Ignore`` bullets (no text), while the
    "- " lines the editor typed keep their dash.
12. The official notice T1: letterhead table (UBND XÃ HÒA VANG / TRƯỜNG THCS… | CỘNG HÒA…),
    "Số: 215/TB-THCSLTT", "Hòa Vang, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then the
    "Nơi nhận | HIỆU TRƯỞNG (Đã ký) Trần Văn Phúc" table: published_at "2026-11-30" (the post
    itself says 1 Tháng Mười Hai, 2026 lúc 7:45 sáng), author "Trần Văn Phúc", body = the
    text between subject and closing.

Gold decisions on ambiguous points
----------------------------------
- published_at is read from the visible date line of the post (no meta in the head); when it
  prints a time, the ISO time with +07:00; "12:00 sáng" is midnight, so the day alone.
- The auto-excerpt (ending " […]") is no sapo, even though it sits in its own element: it is
  the content's first words cut short, not a lead the editor wrote.
- Gallery images (A7) each carry their own figcaption; "Ảnh: Liên đội" credits only (None).
  (Harmonised with the house's convention after the blind round: a figcaption holding only a
  photo's credit names that photo's photographer, as a credit line under a photo does on the
  other portals, so A7's photographers are ["Liên đội"]; the helper's gold had none.)
- Headings typed as a bold paragraph ("I. Thời gian, địa điểm") and "Tài liệu tham khảo:" are
  paragraphs of the body; a paragraph with ``<br />`` is two paragraphs.
- Attachment pages, document entries, albums and video pages are not articles, even though the
  video page prints a date and a paragraph.
- Emoji ("🎉" in A5's title, "💐" in its text) are kept as printed.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_oxygen_thcs"
PLATFORM = "WordPress 6.9 + Oxygen Builder 4 (no theme), WP Rocket, Breadcrumb NavXT"
START_PATH = "/"

SCHOOL = "Trường THCS Lý Tự Trọng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "quantri_ltt"
VI_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip
PER_PAGE = 3

# slug -> (name, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc": ("Tin tức", None),
    "hoat-dong-nha-truong": ("Hoạt động nhà trường", "tin-tuc"),
    "cong-tac-doi": ("Công tác Đội", "tin-tuc"),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None),
    "thong-bao": ("Thông báo", None),
    "tin-noi-bat": ("Tin nổi bật", None),
}
TAGS = {
    "nha-giao-viet-nam": "Nhà giáo Việt Nam",
    "hoc-sinh-gioi": "học sinh giỏi",
    "chuyen-doi-so": "chuyển đổi số",
}

# --- text helpers ------------------------------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_TX = {"\u201c": "&#8220;", "\u201d": "&#8221;", "\u2013": "&#8211;", "\u2026": "&#8230;", "\u2019": "&#8217;"}


def to_hop(value: str) -> str:
    """Text as Unikey's "Unicode tổ hợp" types it: letters with their shape marks, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in parts if c in _TONES))
    return "".join(out)


def tohop_slug(title: str) -> str:
    """WordPress' sanitize_title of a tổ hợp title without php-intl: tone marks stay, %-encoded."""
    out = []
    for c in to_hop(title).lower():
        if c in _TONES:
            out.append("".join(f"%{b:02x}" for b in c.encode("utf-8")))
        elif c.isascii():
            out.append(c if c.isalnum() else "-")
        else:
            out.append("d" if c == "đ" else unicodedata.normalize("NFD", c)[0])
    return re.sub("-+", "-", "".join(out)).strip("-")


def tx(value: str, tohop: bool = False) -> str:
    """wptexturize's output: escaped text, curly quotes and dashes as numeric references."""
    s = esc(to_hop(value) if tohop else value).replace("&quot;", '"').replace("&#x27;", "'")
    for ch, ent in _TX.items():
        s = s.replace(ch, ent)
    return s


def vi_date(dt: tuple) -> str:
    return f"{dt[2]} {VI_MONTHS[dt[1] - 1]}, {dt[0]}"


def vi_time(dt: tuple) -> str:
    h, m = dt[3], dt[4]
    return f"{h % 12 or 12}:{m:02d} {'sáng' if h < 12 else 'chiều'}"


def dmy(dt: tuple) -> str:
    return f"{dt[2]:02d}/{dt[1]:02d}/{dt[0]}"


# --- the articles ------------------------------------------------------------------------------

U = "/wp-content/uploads/2026/"


@dataclass(frozen=True)
class Comment:
    cid: int
    name: str
    when: tuple
    text: str


A1 = Story(
    id=2215,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-20T10:45:00+07:00",
    summary=(
        "Sáng 20/11, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 – 20/11/2026). Đến dự có đại diện lãnh đạo UBND xã Hòa Vang, Ban đại "
        "diện Cha mẹ học sinh cùng đông đủ các thế hệ thầy cô giáo của trường."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    blocks=[
        P(
            "Phát biểu tại buổi lễ, thầy Trần Văn Phúc, Hiệu trưởng nhà trường ôn lại truyền thống vẻ "
            "vang của Ngày Nhà giáo Việt Nam, đồng thời điểm lại những kết quả nổi bật mà tập thể sư "
            "phạm nhà trường đạt được trong năm học 2025 – 2026: tỷ lệ học sinh lên lớp đạt 99,2%, "
            "100% học sinh lớp 9 được công nhận tốt nghiệp THCS, 27 học sinh đạt giải học sinh giỏi "
            "cấp thành phố."
        ),
        Img(
            U + "11/DSC_0412-1024x683.jpg",
            "Thầy Trần Văn Phúc, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Trần Văn Phúc, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="att:dsc_0412",
        ),
        P(
            "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
            "theo; đổi mới phương pháp dạy học phải bắt đầu từ chính sự đổi mới trong mỗi chúng ta.”",
            "quote",
        ),
        P(
            "Dịp này, nhà trường trao Giấy khen cho 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường và 03 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp thành phố; đồng thời "
            "tri ân các thầy cô giáo đã nghỉ hưu luôn đồng hành cùng sự phát triển của nhà trường."
        ),
        Img(
            U + "11/DSC_0437-1024x683.jpg",
            "Lãnh đạo xã Hòa Vang tặng hoa chúc mừng tập thể giáo viên nhà trường",
            "Lãnh đạo xã Hòa Vang tặng hoa chúc mừng tập thể giáo viên nhà trường",
            style="gfig",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Lê Ngọc Bảo Trâm, lớp 9/2, Liên đội trưởng bày tỏ lòng "
            "biết ơn sâu sắc đến các thầy cô giáo – những người đã không quản ngại khó khăn, tận tụy "
            "với từng trang giáo án, từng bài giảng."
        ),
        Img(U + "11/DSC_0459-1024x683.jpg", "Ảnh: Nguyễn Thị Thu Hà", None, style="gfig"),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đội biểu diễn, để lại nhiều "
            "cảm xúc cho thầy cô và các em học sinh."
        ),
        Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>'),
    ],
    opts={
        "dt": (2026, 11, 20, 10, 45),
        "cats": ["hoat-dong-nha-truong", "tin-noi-bat"],
        "tags": ["nha-giao-viet-nam"],
        "editor": "g",
        "comments": [
            Comment(
                4512,
                "Phụ huynh em Minh Khang 7/3",
                (2026, 11, 20, 19, 12),
                "Chúc mừng thầy cô nhân ngày 20/11! Cảm ơn thầy cô đã luôn tận tình với các con.",
            ),
            Comment(
                4519,
                "Cựu học sinh khóa 2008 – 2012",
                (2026, 11, 21, 6, 3),
                "Nhớ trường, nhớ thầy cô nhiều lắm. Chúc trường mình ngày càng phát triển!",
            ),
        ],
    },
)

A2 = Story(
    id=2168,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi “Giáo viên dạy giỏi” cấp trường năm học 2026 – 2027",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-06T14:30:00+07:00",
    authors=["Lê Văn Hùng"],
    photographers=["Trần Minh Tâm"],
    blocks=[
        P(
            "Thực hiện Kế hoạch số 86/KH-THCSLTT ngày 05/10/2026 của Trường THCS Lý Tự Trọng về tổ "
            "chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027, từ ngày 26/10 đến ngày "
            "05/11/2026, nhà trường đã tổ chức hội thi với sự tham gia của 18 giáo viên thuộc 4 tổ "
            "chuyên môn."
        ),
        P(
            "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy "
            "02 tiết trên lớp. Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng "
            "lực học sinh; nhiều giáo viên mạnh dạn ứng dụng công nghệ thông tin, học liệu số và các "
            "kỹ thuật dạy học tích cực."
        ),
        Img(
            U + "11/hoi-giang-toan-8-1024x768.jpg",
            "Cô Đặng Thị Kim Oanh trong tiết dạy Toán lớp 8",
            "Cô Đặng Thị Kim Oanh trong tiết dạy Toán lớp 8",
            style="cap",
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường, trong đó có 04 giáo viên xếp loại xuất sắc:"
        ),
        P("TT | Họ và tên | Môn | Xếp loại", "th"),
        P("1 | Đặng Thị Kim Oanh | Toán | Xuất sắc", "tr"),
        P("2 | Nguyễn Thị Minh Nguyệt | Ngữ văn | Xuất sắc", "tr"),
        P("3 | Huỳnh Văn Lộc | Khoa học tự nhiên | Xuất sắc", "tr"),
        P("4 | Phan Thị Diệu Hiền | Tiếng Anh | Xuất sắc", "tr"),
        P(
            "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời là cơ sở để nhà "
            "trường lựa chọn giáo viên tham gia Hội thi giáo viên dạy giỏi cấp thành phố trong thời "
            "gian tới."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Tin: Lê Văn Hùng &#8211; Ảnh: Trần Minh Tâm'
            "</strong></em></p>"
        ),
    ],
    opts={"dt": (2026, 11, 6, 14, 30), "cats": ["hoat-dong-nha-truong"], "tags": ["nha-giao-viet-nam"], "editor": "c"},
)

A3_TITLE = "Học sinh khối 8 trải nghiệm tại làng rau Trà Quế"
A3 = Story(
    id=2087,
    slug=tohop_slug(A3_TITLE),
    title=A3_TITLE,
    cat="hoat-dong-nha-truong",
    published_at="2026-10-27T15:20:00+07:00",
    summary=(
        "Ngày 24/10/2026, Trường THCS Lý Tự Trọng tổ chức cho gần 200 học sinh khối 8 tham gia hoạt "
        "động trải nghiệm tại làng rau Trà Quế (phường Hội An Tây, thành phố Đà Nẵng) theo chủ đề "
        "“Em với nghề truyền thống quê hương”."
    ),
    authors=["Đoàn Thị Mỹ Duyên"],
    blocks=[
        P(
            "Ngày 24/10/2026, Trường THCS Lý Tự Trọng tổ chức cho gần 200 học sinh khối 8 tham gia hoạt "
            "động trải nghiệm tại làng rau Trà Quế (phường Hội An Tây, thành phố Đà Nẵng) theo chủ đề "
            "“Em với nghề truyền thống quê hương”.",
            "lead",
        ),
        P(
            "Tại đây, các em được nghe nghệ nhân giới thiệu về lịch sử hơn 300 năm của làng rau, về "
            "cách bón rong rêu vớt từ sông Đế Võng tạo nên hương vị đặc trưng của rau Trà Quế."
        ),
        Img(
            U + "10/trai-nghiem-tra-que-01-1024x683.jpg",
            "Các em học sinh thực hành cuốc đất, gieo hạt cùng người nông dân",
            "Các em học sinh thực hành cuốc đất, gieo hạt cùng người nông dân",
            style="next",
        ),
        P(
            "Chia thành từng nhóm nhỏ, học sinh trực tiếp cuốc đất, gieo hạt, tưới rau và thu hoạch; "
            "sau đó cùng nhau làm món bánh xèo cuốn rau sống. Nhiều em lần đầu tiên cầm cuốc ra đồng "
            "tỏ ra vô cùng thích thú."
        ),
        P(
            "Em Trương Gia Huy, lớp 8/4 chia sẻ: “Em không nghĩ trồng rau lại vất vả như vậy. Sau "
            "chuyến đi, em càng thêm trân trọng công sức của người nông dân.”"
        ),
        P(
            "Hoạt động trải nghiệm giúp học sinh vận dụng kiến thức môn Công nghệ, Khoa học tự nhiên "
            "vào thực tiễn, đồng thời bồi dưỡng tình yêu quê hương, ý thức giữ gìn các làng nghề "
            "truyền thống."
        ),
        Raw('<p style="text-align: right;"><strong>Đoàn Thị Mỹ Duyên</strong> (GV Tổ KHTN)</p>'),
    ],
    opts={"dt": (2026, 10, 27, 15, 20), "cats": ["hoat-dong-nha-truong"], "editor": "c", "tohop": True},
)

A4 = Story(
    id=1996,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-02T08:05:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Thực hiện Kế hoạch của UBND xã Hòa Vang về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm "
            "2026 với chủ đề “Học tập suốt đời trong kỷ nguyên số”, Trường THCS Lý Tự Trọng đã triển "
            "khai nhiều hoạt động thiết thực từ ngày 01/10 đến ngày 07/10/2026."
        ),
        P("Nhiều hoạt động hưởng ứng sôi nổi", "h3"),
        P("Trang trí pa-nô, khẩu hiệu tuyên truyền tại cổng trường và thư viện;", "li"),
        P("Tổ chức “Ngày hội đọc sách” với chủ đề “Sách – người bạn đồng hành”;", "li"),
        P("Phát động giáo viên tự học, bồi dưỡng kỹ năng số qua các khóa học trực tuyến;", "li"),
        P("Giới thiệu sách, báo trong giờ chào cờ đầu tuần.", "li"),
        Img(U + "10/ngay-hoi-doc-sach-1024x576.jpg", None, None, style="gfig"),
        P(
            "Thông qua tuần lễ, nhà trường mong muốn lan tỏa tinh thần tự học, học tập thường xuyên "
            "trong đội ngũ cán bộ, giáo viên, nhân viên và học sinh, góp phần xây dựng xã hội học tập."
        ),
        Raw('<p class="has-text-align-right"><strong>Tổ Văn phòng</strong></p>'),
    ],
    opts={"dt": (2026, 10, 2, 8, 5), "cats": ["hoat-dong-nha-truong"], "editor": "g"},
)

A5 = Story(
    id=2290,
    slug="chuc-mung-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
    title="Chúc mừng học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố 🎉",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-02T12:15:00+07:00",
    summary=(
        "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 – 2027, Trường THCS Lý Tự "
        "Trọng có 9 học sinh đạt giải, trong đó có 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 03 giải "
        "Khuyến khích."
    ),
    sapo_outside=True,
    authors=["Phạm Quốc Bảo"],
    blocks=[
        P(
            "Đây là kết quả đáng tự hào, ghi nhận sự nỗ lực không ngừng của các em học sinh cùng sự "
            "tận tâm của các thầy cô giáo trực tiếp bồi dưỡng đội tuyển trong suốt thời gian qua."
        ),
        P("Danh sách học sinh đạt giải:"),
        P("Em Nguyễn Hoàng Bảo Ngọc (lớp 9/1) – giải Nhất môn Toán;", "li"),
        P("Em Lê Ngọc Bảo Trâm (lớp 9/2) – giải Nhì môn Ngữ văn;", "li"),
        P("Em Phạm Minh Quân (lớp 9/1) – giải Nhì môn Khoa học tự nhiên;", "li"),
        P("Các em Võ Thảo Nguyên, Trần Đức Anh, Hồ Thị Kim Yến – giải Ba;", "li"),
        P("Các em Đỗ Gia Bảo, Nguyễn Khánh Linh, Lương Tấn Phát – giải Khuyến khích.", "li"),
        Img(
            U + "12/trao-thuong-hsg-1024x683.jpg",
            "(Thầy Trần Văn Phúc, Hiệu trưởng trao thưởng cho các em học sinh đạt giải)",
            "Thầy Trần Văn Phúc, Hiệu trưởng trao thưởng cho các em học sinh đạt giải",
            style="gfig",
        ),
        P(
            "Ban Giám hiệu nhà trường chúc mừng các em và mong các em tiếp tục phát huy, chuẩn bị "
            "thật tốt cho kỳ thi tuyển sinh vào lớp 10 sắp tới. 💐"
        ),
        Raw(
            '<p class="has-text-align-right"><strong>ThS. Phạm Quốc Bảo &#8211; Phó Hiệu trưởng'
            "</strong></p>"
        ),
    ],
    opts={
        "dt": (2026, 12, 2, 12, 15),
        "cats": ["hoat-dong-nha-truong", "tin-noi-bat"],
        "tags": ["hoc-sinh-gioi"],
        "editor": "g",
    },
)

_MSO = (
    '<p class="MsoListParagraphCxSp{pos}" style="margin-left: 36.0pt; text-align: justify; '
    'text-indent: -18.0pt; mso-list: l0 level1 lfo1;"><!--[if !supportLists]--><span '
    'style="font-family: Symbol; mso-fareast-font-family: Symbol; mso-bidi-font-family: Symbol;">'
    '<span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span "
    "style=\"font-size: 14.0pt; line-height: 115%; font-family: 'Times New Roman',serif;\">{text}"
    "</span></p>"
)

A6 = Story(
    id=2042,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
    cat="cong-tac-doi",
    published_at="2026-10-15T15:40:00+07:00",
    authors=["Võ Thị Mỹ Linh"],
    blocks=[
        P(
            "Nhằm giáo dục học sinh ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương thân tương "
            "ái, chiều ngày 14/10/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức lễ phát động phong "
            "trào “Kế hoạch nhỏ” năm học 2026 – 2027.",
            "mso-normal",
        ),
        P(
            "Theo kế hoạch, mỗi đội viên thu gom tối thiểu 3 kg giấy vụn, vỏ lon, chai nhựa; số tiền "
            "thu được dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn nhân dịp Tết "
            "Nguyên đán Đinh Mùi 2027.",
            "mso-normal",
        ),
        P("Nội dung phong trào gồm:", "mso-normal"),
        P("Thu gom giấy vụn, sách báo cũ theo chi đội;", "mso:First"),
        P("Thu gom vỏ lon, chai nhựa để tái chế;", "mso:Middle"),
        P("Trồng và chăm sóc bồn hoa, cây xanh được phân công.", "mso:Last"),
        P("- Thời gian thực hiện: từ ngày 15/10/2026 đến ngày 15/12/2026.", "mso-normal"),
        P("- Địa điểm tập kết: khu vực nhà xe giáo viên, vào sáng thứ Bảy hằng tuần.", "mso-normal"),
        Img(U + "10/ke-hoach-nho-1-768x576.jpg", None, None, style="next"),
        P(
            "Kết quả thi đua của các chi đội sẽ được tổng kết, khen thưởng vào dịp kỷ niệm Ngày thành "
            "lập Quân đội nhân dân Việt Nam 22/12.",
            "mso-normal",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align: right;"><b><span style="font-size: '
            '13.0pt;">Võ Thị Mỹ Linh</span></b><span style="font-size: 13.0pt;"> (TPT Đội)</span></p>'
        ),
    ],
    opts={"dt": (2026, 10, 15, 15, 40), "cats": ["cong-tac-doi"], "editor": "c"},
)

A7 = Story(
    id=2131,
    slug="hoi-thi-nghi-thuc-doi-cap-truong-nam-2026",
    title="Hội thi “Nghi thức Đội” cấp trường năm 2026",
    cat="cong-tac-doi",
    published_at="2026-11-12",
    summary=(
        "Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
        "22/12/2026), ngày 11/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội thi “Nghi thức "
        "Đội” cấp trường."
    ),
    authors=["Liên đội THCS Lý Tự Trọng"],
    photographers=["Liên đội"],
    blocks=[
        P(
            "Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
            "22/12/2026), ngày 11/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội thi “Nghi thức "
            "Đội” cấp trường.",
            "lead",
        ),
        P(
            "Tham gia hội thi có 24 chi đội thuộc 4 khối lớp. Mỗi chi đội thực hiện phần báo cáo, các "
            "động tác đội hình đội ngũ, đánh trống và trình bày bài hát truyền thống."
        ),
        Img(
            U + "11/nghi-thuc-doi-01-1024x683.jpg",
            "Chi đội 6/3 thực hiện phần đội hình đội ngũ",
            "Chi đội 6/3 thực hiện phần đội hình đội ngũ",
            style="gal",
        ),
        Img(
            U + "11/nghi-thuc-doi-02-1024x683.jpg",
            "Phần trình diễn trống của Chi đội 7/1",
            "Phần trình diễn trống của Chi đội 7/1",
            style="gal",
        ),
        Img(U + "11/nghi-thuc-doi-03-1024x683.jpg", "Ảnh: Liên đội", None, style="gal"),
        P(
            "Kết quả, Ban Giám khảo trao giải Nhất cho Chi đội 9/2, giải Nhì cho Chi đội 8/1 và Chi "
            "đội 7/1, giải Ba cho các chi đội 6/3, 8/5, 9/4."
        ),
        Raw('<p class="has-text-align-right"><strong>Liên đội THCS Lý Tự Trọng</strong></p>'),
    ],
    opts={"dt": (2026, 11, 12, 0, 0), "cats": ["cong-tac-doi"], "editor": "g"},
)

FN1 = "7c3e91d2-5b0a-4f7e-9d61-2a8f4c1b0e53"
FN2 = "b18d04aa-93c5-4e2f-8a7d-6f0c2e9b4d11"
C1 = Story(
    id=2064,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-khoa-hoc-tu-nhien",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T16:10:00+07:00",
    authors=["Tổ Khoa học tự nhiên"],
    blocks=[
        P(
            "Chiều ngày 21/10/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên "
            "cứu bài học theo hướng dẫn của Bộ GD&ĐT, thông qua tiết dạy minh họa bài “Tốc độ phản "
            "ứng và chất xúc tác” (Khoa học tự nhiên 8) do cô Huỳnh Thị Thanh Thúy thực hiện tại lớp "
            "8/3.",
            f"fncall:1:{FN1}:Bộ GD&ĐT",
        ),
        P(
            "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học của "
            "học sinh: các em học như thế nào, gặp khó khăn ở đâu, vì sao có em chưa tham gia vào hoạt "
            "động nhóm."
        ),
        P("Những điểm đáng ghi nhận", "h3"),
        P(
            "Tiết dạy được thiết kế theo mô hình 5E, học sinh tự tiến hành thí nghiệm so sánh tốc độ "
            "phản ứng của viên sủi vitamin C trong nước nóng và nước lạnh. Qua đó, các em tự rút ra "
            "các yếu tố ảnh hưởng đến tốc độ phản ứng.",
            f"fncall:2:{FN2}:mô hình 5E",
        ),
        P(
            "Trong phần thảo luận, các thầy cô đề xuất điều chỉnh thời lượng hoạt động khởi động, bổ "
            "sung phiếu học tập phân hóa cho nhóm học sinh còn chậm."
        ),
        Img(
            U + "10/shcm-khtn-1024x683.jpg",
            "Giáo viên Tổ KHTN dự giờ, quan sát hoạt động của học sinh",
            "Giáo viên Tổ KHTN dự giờ, quan sát hoạt động của học sinh",
            style="gfig",
        ),
        Raw('<p class="has-text-align-right"><strong>Tổ Khoa học tự nhiên</strong></p>'),
        P("Tài liệu tham khảo:", "strong"),
        P(
            "Bộ GD&ĐT (2020), Công văn số 1315/BGDĐT-GDTrH ngày 16/4/2020 hướng dẫn sinh hoạt chuyên "
            "môn thực hiện chương trình giáo dục phổ thông.",
            f"fn:1:{FN1}",
        ),
        P(
            "Bybee, R. W. (2014), The BSCS 5E Instructional Model: Personal Reflections and "
            "Contemporary Implications, Science and Children, 51(8).",
            f"fn:2:{FN2}",
        ),
    ],
    opts={"dt": (2026, 10, 22, 16, 10), "cats": ["hoat-dong-chuyen-mon"], "editor": "g"},
)

C2 = Story(
    id=2241,
    slug="chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-ngu-van-lop-9",
    title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Ngữ văn lớp 9”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T09:20:00+07:00",
    summary=(
        "Sáng 24/11/2026, Tổ Ngữ văn – Lịch sử tổ chức chuyên đề “Ứng dụng trí tuệ nhân tạo trong "
        "dạy học môn Ngữ văn lớp 9” với sự tham dự của toàn thể giáo viên trong tổ và đại diện Ban "
        "Giám hiệu nhà trường."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Minh Nguyệt"],
    blocks=[
        P("1. Mục tiêu của chuyên đề", "h3"),
        P(
            "Chuyên đề nhằm giúp giáo viên làm quen với một số công cụ trí tuệ nhân tạo (AI) hỗ trợ "
            "thiết kế bài dạy, xây dựng ngân hàng câu hỏi và phản hồi bài viết của học sinh; đồng thời "
            "thống nhất những nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường."
        ),
        P("2. Nội dung chính", "h3"),
        P(
            "Cô Nguyễn Thị Minh Nguyệt trình bày cách sử dụng chatbot để gợi ý các câu hỏi đọc hiểu "
            "theo các mức độ nhận biết, thông hiểu, vận dụng cho văn bản “Chuyện người con gái Nam "
            "Xương”."
        ),
        P(
            "Thầy Lê Văn Hùng giới thiệu cách dùng AI để nhận xét sơ bộ bài văn nghị luận, giúp giáo "
            "viên tiết kiệm thời gian chấm chữa.",
            "br",
        ),
        Img(
            U + "11/chuyen-de-ai-ngu-van-1024x683.jpg",
            "Cô Nguyễn Thị Minh Nguyệt báo cáo chuyên đề",
            "Cô Nguyễn Thị Minh Nguyệt báo cáo chuyên đề",
            style="gfig",
        ),
        P("3. Một số lưu ý khi sử dụng AI", "h3"),
        P("Không đưa thông tin cá nhân của học sinh lên các công cụ AI;", "li"),
        P("Luôn kiểm tra, thẩm định nội dung do AI tạo ra trước khi sử dụng;", "li"),
        P("Hướng dẫn học sinh dùng AI như công cụ gợi mở, không làm thay bài.", "li"),
        P(
            "Chuyên đề nhận được nhiều ý kiến trao đổi sôi nổi. Tổ chuyên môn sẽ tiếp tục triển khai "
            "thử nghiệm ở các lớp 9/1, 9/2 và đánh giá hiệu quả vào cuối học kỳ I."
        ),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-5c2d7e10" href="'
            + U
            + '11/Chuyen-de-AI-Ngu-van-9.pdf">Chuyen-de-AI-Ngu-van-9</a><a href="'
            + U
            + '11/Chuyen-de-AI-Ngu-van-9.pdf" class="wp-block-file__button wp-element-button" download '
            'aria-describedby="wp-block-file--media-5c2d7e10">Tải về</a></div>'
        ),
        Raw("@XEMTHEM@"),
        Raw(
            '<p class="has-text-align-right"><strong>Nguyễn Thị Minh Nguyệt &#8211; Tổ trưởng Tổ Ngữ '
            "văn &#8211; Lịch sử</strong></p>"
        ),
    ],
    opts={
        "dt": (2026, 11, 25, 9, 20),
        "cats": ["hoat-dong-chuyen-mon", "tin-noi-bat"],
        "tags": ["chuyen-doi-so"],
        "editor": "g",
    },
)

C3 = Story(
    id=2102,
    slug="kiem-tra-danh-gia-dinh-ky-theo-thong-tu-22-nhung-diem-giao-vien-can-luu-y",
    title="Kiểm tra, đánh giá định kỳ theo Thông tư 22: những điểm giáo viên cần lưu ý",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28T10:00:00+07:00",
    source="moet.gov.vn",
    summary=(
        "Để việc kiểm tra, đánh giá giữa kỳ I năm học 2026 – 2027 bảo đảm thực chất, khách quan, giáo "
        "viên cần nắm vững các quy định về đánh giá thường xuyên, đánh giá định kỳ theo Thông tư "
        "22/2021/TT-BGDĐT."
    ),
    blocks=[
        P(
            "Để việc kiểm tra, đánh giá giữa kỳ I năm học 2026 – 2027 bảo đảm thực chất, khách quan, "
            "giáo viên cần nắm vững các quy định về đánh giá thường xuyên, đánh giá định kỳ theo Thông "
            "tư 22/2021/TT-BGDĐT.",
            "lead",
        ),
        P(
            "Theo Thông tư 22/2021/TT-BGDĐT, kết quả học tập của học sinh được đánh giá bằng nhận xét "
            "hoặc kết hợp nhận xét với điểm số, tùy theo đặc thù của từng môn học."
        ),
        P(
            "Đối với các môn học đánh giá bằng nhận xét (Giáo dục thể chất, Nghệ thuật, Hoạt động trải "
            "nghiệm, hướng nghiệp, Nội dung giáo dục của địa phương), kết quả được ghi nhận theo hai "
            "mức Đạt và Chưa đạt."
        ),
        P(
            "Đối với các môn học đánh giá bằng nhận xét kết hợp với điểm số, mỗi học kỳ có 01 điểm "
            "đánh giá giữa kỳ và 01 điểm đánh giá cuối kỳ; số điểm đánh giá thường xuyên tùy thuộc "
            "số tiết của môn học."
        ),
        Img(U + "10/danh-gia-tt22-800x450.jpg", "Ảnh: moet.gov.vn", None, style="next"),
        P(
            "Đề kiểm tra định kỳ phải được xây dựng dựa trên ma trận, bản đặc tả theo yêu cầu cần đạt "
            "của chương trình; mức độ của đề bảo đảm tỷ lệ hợp lý giữa các câu hỏi nhận biết, thông "
            "hiểu, vận dụng và vận dụng cao."
        ),
        Raw('<p style="text-align: right;"><em>Theo moet.gov.vn</em></p>'),
    ],
    opts={"dt": (2026, 10, 28, 10, 0), "cats": ["hoat-dong-chuyen-mon"], "editor": "c"},
)

T1 = Story(
    id=2279,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Trần Văn Phúc"],
    blocks=[
        Raw("@LETTERHEAD@"),
        P(
            "Căn cứ Thông báo số 1487/TB-SGDĐT ngày 27/11/2026 của Sở Giáo dục và Đào tạo thành phố Đà "
            "Nẵng về việc nghỉ Tết Dương lịch năm 2027;"
        ),
        P(
            "Trường THCS Lý Tự Trọng thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo "
            "viên, nhân viên và học sinh như sau:"
        ),
        P("1. Thời gian nghỉ: 01 ngày, thứ Sáu, ngày 01/01/2027."),
        P("2. Học sinh đi học trở lại bình thường từ thứ Hai, ngày 04/01/2027."),
        P(
            "3. Trong thời gian nghỉ, bộ phận bảo vệ trực 24/24 giờ; giáo viên chủ nhiệm nhắc nhở học "
            "sinh vui chơi lành mạnh, an toàn, chấp hành nghiêm Luật Trật tự, an toàn giao thông đường "
            "bộ, không đốt pháo, không tụ tập đua xe."
        ),
        P(
            "Nhà trường đề nghị các bộ phận, giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học "
            "sinh để biết, thực hiện./."
        ),
        Raw("@CLOSING@"),
        Raw(
            '<p>File đính kèm: <a href="'
            + U
            + '12/TB-nghi-Tet-Duong-lich-2027.pdf">TB-nghi-Tet-Duong-lich-2027.pdf</a></p>'
        ),
    ],
    opts={"dt": (2026, 12, 1, 7, 45), "cats": ["thong-bao"], "editor": "c"},
)

T2 = Story(
    id=2301,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-12-04T15:05:00+07:00",
    blocks=[
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 các môn học đánh giá "
            "bằng nhận xét kết hợp với điểm số như sau:"
        ),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
        P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
        P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("23/12/2026 | Chiều | Giáo dục công dân; Công nghệ; Tin học | 45 phút", "tr"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và đồ "
            "dùng học tập cần thiết; không mang điện thoại di động, tài liệu vào phòng kiểm tra."
        ),
        P(
            "Danh sách phòng kiểm tra và số báo danh được niêm yết tại bảng tin nhà trường và gửi qua "
            "nhóm Zalo các lớp từ ngày 17/12/2026."
        ),
    ],
    opts={
        "dt": (2026, 12, 4, 15, 5),
        "cats": ["thong-bao"],
        "editor": "g",
        "modified": (2026, 12, 5, 8, 12),
    },
)

T3 = Story(
    id=2019,
    slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-10-09T06:10:00+07:00",
    authors=["Tổ Năng khiếu"],
    blocks=[
        P(
            "Căn cứ kế hoạch năm học 2026 – 2027, nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương "
            "Bác Hồ vĩ đại, đồng thời tuyển chọn vận động viên tham gia Hội khỏe Phù Đổng cấp thành "
            "phố, Trường THCS Lý Tự Trọng xây dựng kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường như "
            "sau:"
        ),
        P("I. Thời gian, địa điểm", "strong"),
        P("Thời gian: từ ngày 02/11 đến ngày 13/11/2026 (các buổi chiều thứ Ba, thứ Năm)."),
        P("Địa điểm: sân trường và nhà đa năng.", "br"),
        P("II. Các môn thi đấu", "strong"),
        P("Môn | Nội dung | Đối tượng", "th"),
        P("Điền kinh | Chạy 60m, 800m, nhảy xa | Nam, nữ các khối", "tr"),
        P("Bóng đá mini | Thi đấu theo khối | Nam", "tr"),
        P("Cờ vua | Cờ tiêu chuẩn | Nam, nữ", "tr"),
        P("Kéo co | Đồng đội 10 người | Theo lớp", "tr"),
        P("III. Tổ chức thực hiện", "strong"),
        P(
            "Giáo viên Giáo dục thể chất xây dựng điều lệ, tổ chức thi đấu; giáo viên chủ nhiệm đăng ký "
            "danh sách vận động viên về thầy Lương Văn Tài trước ngày 28/10/2026."
        ),
        Raw(
            '<p><strong>Tải về:</strong> <a href="'
            + U
            + '10/Dieu-le-HKPD-cap-truong-2026.pdf" target="_blank" rel="noopener">Điều lệ Hội khỏe '
            "Phù Đổng cấp trường năm 2026</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Năng khiếu</strong></p>'),
    ],
    opts={"dt": (2026, 10, 9, 6, 10), "cats": ["thong-bao"], "editor": "c"},
)

STORIES = [T2, A5, T1, C2, A1, A7, A2, C3, A3, C1, A6, T3, A4]  # newest first
BY_SLUG = {unquote(s.slug): s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}

FBCLID = "IwZXh0bgNhZW0CMTAAAR3kq9xT0Vbq1Lr8m2QH4fGmW7ynCq_aem_Zr4bX1e2Y7cP0sQk"
A2_FB = f"/tin-tuc/{A2.slug}/?fbclid={FBCLID}"


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


def upper_escapes(path: str) -> str:
    return re.sub(r"%[0-9a-f]{2}", lambda m: m.group().upper(), path)


def href_of(story: Story, upper: bool = False) -> str:
    path = post_path(story)
    return upper_escapes(path) if upper else path


# --- content rendering --------------------------------------------------------------------------

_LAZY_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"


def _size(src: str) -> tuple[int, int, str]:
    m = re.search(r"-(\d+)x(\d+)(\.\w+)$", src)
    if not m:
        return 800, 600, src
    return int(m.group(1)), int(m.group(2)), src[: m.start()] + m.group(3)


def lazy_img(src: str, alt: str = "", cls: str = "", wpid: int | None = None) -> str:
    """An image as WP Rocket rewrites it: SVG placeholder, data-lazy-*, a <noscript> twin."""
    w, h, original = _size(src)
    small = re.sub(r"(\.\w+)$", rf"-300x{round(h * 300 / w)}\1", original)
    srcset = f"{src} {w}w, {small} 300w, {original} {w * 2}w"
    klass = (cls + (f" wp-image-{wpid}" if wpid else "")).strip()
    common = f'decoding="async" width="{w}" height="{h}"'
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    return (
        f'<img {common} src="{_LAZY_SVG.format(w=w, h=h)}" alt="{esc(alt)}" class="{klass}" '
        f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" data-lazy-src="{src}" />'
        f'<noscript><img {common} src="{src}" alt="{esc(alt)}" class="{klass}" srcset="{srcset}" '
        f'sizes="{sizes}" /></noscript>'
    )


def _letterhead() -> str:
    return (
        '<table style="width: 100%; border-collapse: collapse;" border="0">\n<tbody>\n<tr>\n'
        '<td style="width: 42%; text-align: center; vertical-align: top;">UBND XÃ HÒA VANG<br />\n'
        "<strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong><br />\n&#8212;&#8212;&#8212;<br />\n"
        "Số: 215/TB-THCSLTT</td>\n"
        '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI '
        "CHỦ NGHĨA VIỆT NAM</strong><br />\n<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong>"
        "<br />\n&#8212;&#8212;&#8212;&#8212;&#8212;<br />\n<em>Hòa Vang, ngày 30 tháng 11 năm 2026</em>"
        "</td>\n</tr>\n</tbody>\n</table>\n"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
        "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
    )


def _closing() -> str:
    return (
        '<table style="width: 100%;" border="0">\n<tbody>\n<tr>\n'
        '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n'
        "&#8211; CB, GV, NV, HS (t/h);<br />\n&#8211; Ban đại diện CMHS;<br />\n"
        "&#8211; Website trường;<br />\n&#8211; Lưu: VT.</td>\n"
        '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG'
        "</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n<strong>Trần Văn Phúc</strong></td>\n"
        "</tr>\n</tbody>\n</table>"
    )


def _xem_them() -> str:
    return (
        f'<p><strong>Xem thêm:</strong> <a href="{A2_FB}">{tx(A2.title)}</a></p>'
    )


def _paragraph_html(p: P, story: Story, gut: bool) -> str:
    th = story.opts.get("tohop", False)
    t = tx(p.text, th)
    st = p.style
    if st.startswith("fncall:"):
        _, num, uid, after = st.split(":", 3)
        anchor = tx(after)
        sup = f'<sup data-fn="{uid}" class="fn"><a href="#{uid}" id="{uid}-link">{num}</a></sup>'
        t = t.replace(anchor, anchor + sup, 1)
        return f"<p>{t}</p>"
    if st == "lead":
        return (
            f"<p><strong>{t}</strong></p>"
            if gut
            else f'<p style="text-align: justify;"><strong>{t}</strong></p>'
        )
    if st == "strong":
        return f"<p><strong>{t}</strong></p>"
    if st == "h3":
        return f'<h3 class="wp-block-heading">{t}</h3>' if gut else f"<h3>{t}</h3>"
    if st == "quote":
        return (
            '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
            f"<p><em>{t}</em></p></blockquote>"
        )
    if st == "mso-normal":
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
            "<span style=\"font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">"
            f"{t.replace(' ', '&nbsp;', 2)}</span></p>"
        )
    if st.startswith("mso:"):
        return _MSO.format(pos=st[4:], text=t)
    if gut:
        return f"<p>{t}</p>"
    return f'<p style="text-align: justify;">{t}</p>'


def _img_html(img: Img, story: Story, n: int, gut: bool) -> str:
    wpid = story.id + 3 + n
    cap = tx(img.printed, story.opts.get("tohop", False)) if img.printed else None
    st = img.style
    if st == "gfig" or st.startswith("att:") or st == "gal":
        tag = lazy_img(img.src, "", "", wpid)
        if st.startswith("att:"):
            tag = f'<a href="{post_path(story)}{st[4:]}/">{tag}</a>'
        fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return f'<figure class="wp-block-image size-large">{tag}{fc}</figure>'
    if st == "cap":
        w = _size(img.src)[0]
        return (
            f'<figure id="attachment_{wpid}" aria-describedby="caption-attachment-{wpid}" '
            f'style="width: {w}px" class="wp-caption aligncenter">'
            f'{lazy_img(img.src, img.printed or "", "size-large", wpid)}'
            f'<figcaption id="caption-attachment-{wpid}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    # "next": the picture alone in a centred paragraph, its line (if any) in the next one
    out = f'<p style="text-align: center;">{lazy_img(img.src, "", "aligncenter size-large", wpid)}</p>'
    if cap:
        out += f'\n<p style="text-align: center;"><em>{cap}</em></p>'
    return out


def render_content(story: Story) -> str:
    """``the_content`` as WordPress prints it for the story (before plugins append their boxes)."""
    gut = story.opts.get("editor") == "g"
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            raw = b.html
            if raw == "@LETTERHEAD@":
                raw = _letterhead()
            elif raw == "@CLOSING@":
                raw = _closing()
            elif raw == "@XEMTHEM@":
                raw = _xem_them()
            out.append(raw)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    group.append(_img_html(blocks[i], story, n_img, gut))
                    n_img += 1
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                    + "\n".join(group)
                    + "\n</figure>"
                )
                continue
            out.append(_img_html(b, story, n_img, gut))
            n_img += 1
            i += 1
            continue
        st = b.style
        th = story.opts.get("tohop", False)
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(blocks[i].text, th)}</li>")
                i += 1
            cls = ' class="wp-block-list"' if gut else ""
            out.append(f"<ul{cls}>\n" + "\n".join(items) + "\n</ul>")
            continue
        if st in ("th", "tr"):
            rows = []
            head = ""
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    if gut:
                        head = "<thead><tr>" + "".join(f"<th>{tx(c)}</th>" for c in cells) + "</tr></thead>"
                    else:
                        rows.append(
                            "<tr>"
                            + "".join(f'<td style="text-align: center;"><strong>{tx(c)}</strong></td>' for c in cells)
                            + "</tr>"
                        )
                else:
                    rows.append("<tr>" + "".join(f"<td>{tx(c)}</td>" for c in cells) + "</tr>")
                i += 1
            if gut:
                out.append(
                    f'<figure class="wp-block-table"><table class="has-fixed-layout">{head}<tbody>'
                    + "".join(rows)
                    + "</tbody></table></figure>"
                )
            else:
                out.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="4">'
                    "\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
                )
            continue
        if st.startswith("fn:"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("fn:"):
                _, num, uid = blocks[i].style.split(":")
                items.append(
                    f'<li id="{uid}">{tx(blocks[i].text)} <a href="#{uid}-link" '
                    f'aria-label="Chuyển đến chú thích {num}">↩︎</a></li>'
                )
                i += 1
            out.append('<ol class="wp-block-footnotes">' + "".join(items) + "</ol>")
            continue
        # a paragraph, possibly continued by "br" paragraphs printed in the same <p>
        first = _paragraph_html(b, story, gut)
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            first = first[: first.rindex("</p>")] + "<br />\n" + tx(blocks[i].text, th) + "</p>"
            i += 1
        out.append(first)
    return "\n".join(out)


_TAG_RE = re.compile(r"<[^>]+>")


def auto_excerpt(story: Story) -> str:
    """WordPress' wp_trim_excerpt: the content without tags, 55 words, " […]" (already escaped)."""
    content = re.sub(r"<noscript>.*?</noscript>", "", render_content(story), flags=re.S)
    content = re.sub(r"<sup[^>]*>.*?</sup>", "", content, flags=re.S)
    words = _TAG_RE.sub(" ", content).split()
    return " ".join(words[:55]) + " [&hellip;]"


def excerpt_html(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return tx(story.summary)
    return auto_excerpt(story)


# --- chrome -------------------------------------------------------------------------------------


def cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/chuyen-muc/{parent}/{slug}/" if parent else f"/chuyen-muc/{slug}/"


def _head(request: Request, title: str, body_class: str, extra: str = "", tpl: int = 12) -> str:
    b = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SCHOOL} &raquo; Dòng thông tin" href="{b}/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/16.0.1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{b}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.9.1"}}}};
</script>
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.9.1' media='all' />
<link rel='stylesheet' id='oxygen-css' href='{b}/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.9.1' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='{b}/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.70' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.3' media='all' />
<link rel='stylesheet' id='oxygen-cache-7-css' href='{b}/wp-content/uploads/oxygen/css/7.css?cache=1764310255&#038;ver=6.9.1' media='all' />
<link rel='stylesheet' id='oxygen-cache-{tpl}-css' href='{b}/wp-content/uploads/oxygen/css/{tpl}.css?cache=1764310261&#038;ver=6.9.1' media='all' />
<link rel='stylesheet' id='oxygen-universal-styles-css' href='{b}/wp-content/uploads/oxygen/css/universal.css?cache=1764310262&#038;ver=6.9.1' media='all' />
<script src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.9.1" />
{extra}<link rel="icon" href="{b}/wp-content/uploads/2024/08/logo-ltt-32x32.png" sizes="32x32" />
<link rel="icon" href="{b}/wp-content/uploads/2024/08/logo-ltt-192x192.png" sizes="192x192" />
<style id='oxygen-inline-css'>.oxy-header-wrapper{{position:relative}}#text_block-18-12{{font-weight:700;font-style:italic;border-left:3px solid #b71c1c;padding-left:12px}}</style>
</head>
<body class="{body_class} wp-embed-responsive oxygen-body" >
"""


def _menu(active: str = "") -> str:
    def li(item_id: int, href: str, label: str, sub: str = "", key: str = "") -> str:
        cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{item_id}"
        if sub:
            cls += " menu-item-has-children"
        if key and key == active:
            cls += " current-menu-item"
        s = f'<ul class="sub-menu">\n{sub}\n</ul>' if sub else ""
        return f'<li id="menu-item-{item_id}" class="{cls}"><a href="{href}">{label}</a>{s}</li>'

    intro = "\n".join(
        [
            li(31, "/gioi-thieu/#lich-su", "Lịch sử nhà trường"),
            li(32, "/gioi-thieu/#co-cau", "Cơ cấu tổ chức"),
            li(33, "/gioi-thieu/#thanh-tich", "Thành tích"),
        ]
    )
    news = "\n".join(
        [
            li(35, cat_path("hoat-dong-nha-truong"), "Hoạt động nhà trường", key="hoat-dong-nha-truong"),
            li(36, cat_path("cong-tac-doi"), "Công tác Đội", key="cong-tac-doi"),
        ]
    )
    lib = "\n".join([li(41, "/album/", "Album ảnh", key="album"), li(42, "/video/", "Video clip", key="video")])
    items = [
        li(25, "/", "Trang chủ", key="home"),
        li(30, "/gioi-thieu/", "Giới thiệu", intro, key="gioi-thieu"),
        li(34, cat_path("tin-tuc"), "Tin tức", news, key="tin-tuc"),
        li(37, cat_path("hoat-dong-chuyen-mon"), "Chuyên môn", key="hoat-dong-chuyen-mon"),
        li(38, cat_path("thong-bao"), "Thông báo", key="thong-bao"),
        li(39, "/van-ban/", "Văn bản", key="van-ban"),
        li(40, "#", "Thư viện", lib),
        li(43, "/thoi-khoa-bieu/", "Thời khóa biểu", key="thoi-khoa-bieu"),
        li(44, "/lien-he/", "Liên hệ", key="lien-he"),
    ]
    return (
        '<nav id="_nav_menu-14-7" class="oxy-nav-menu oxy-nav-menu-dropdowns oxy-nav-menu-dropdown-arrow">'
        "<div class='oxy-menu-toggle'><div class='oxy-nav-menu-hamburger-wrap'><div class='oxy-nav-menu-hamburger'>"
        "<div class='oxy-nav-menu-hamburger-line'></div><div class='oxy-nav-menu-hamburger-line'></div>"
        "<div class='oxy-nav-menu-hamburger-line'></div></div></div></div>\n"
        '<div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="oxy-nav-menu-list">\n'
        + "\n".join(items)
        + "\n</ul></div><div style=\"clear: both;\"></div></nav>"
    )


def _header(active: str = "") -> str:
    return f"""<header id="_header-2-7" class="oxy-header-wrapper oxy-sticky-header oxy-header">
<div id="_header_row-3-7" class="oxy-header-row thanh-tren"><div class="oxy-header-container">
<div id="_header_left-4-7" class="oxy-header-left">
<div id="fancy_icon-5-7" class="ct-fancy-icon"><svg id="svg-fancy_icon-5-7"><use xlink:href="#FontAwesomeicon-calendar"></use></svg></div>
<div id="code_block-6-7" class="ct-code-block">{TODAY_LINE}</div>
</div>
<div id="_header_right-7-7" class="oxy-header-right">
<div id="text_block-8-7" class="ct-text-block">Hotline: <a id="span-9-7" class="ct-link-text" href="tel:02363846215">0236 3846 215</a> &nbsp;|&nbsp; Email: thcslytutrong.hv@danang.gov.vn</div>
<div id="_social_icons-10-7" class="oxy-social-icons"><a href="https://www.facebook.com/thcslytutrong.hoavang" target="_blank" class="oxy-social-icons-facebook"><svg><title>Visit our Facebook</title><use xlink:href="#oxy-social-icons-icon-facebook"></use></svg></a><a href="https://www.youtube.com/@thcslytutronghoavang" target="_blank" class="oxy-social-icons-youtube"><svg><title>Visit our YouTube channel</title><use xlink:href="#oxy-social-icons-icon-youtube"></use></svg></a></div>
</div></div></div>
<div id="_header_row-11-7" class="oxy-header-row dau-trang"><div class="oxy-header-container">
<div id="_header_left-12-7" class="oxy-header-left">
<a id="link-13-7" class="ct-link" href="/"><img id="image-13-7" alt="Logo trường" src="/wp-content/uploads/2024/08/logo-ltt.png" class="ct-image" />
<div id="div_block-15-7" class="ct-div-block"><div id="text_block-16-7" class="ct-text-block ten-don-vi">UBND XÃ HÒA VANG &#8211; THÀNH PHỐ ĐÀ NẴNG</div>
<h1 id="headline-17-7" class="ct-headline ten-truong">TRƯỜNG THCS LÝ TỰ TRỌNG</h1>
<div id="text_block-18-7" class="ct-text-block khau-hieu">Kỷ cương &#8211; Tình thương &#8211; Trách nhiệm</div></div></a>
</div></div></div>
<div id="_header_row-19-7" class="oxy-header-row thanh-menu"><div class="oxy-header-container"><div id="_header_center-20-7" class="oxy-header-center">
{_menu(active)}
<div id="_search_form-21-7" class="oxy-search-form"><form role="search" method="get" id="searchform" class="searchform" action="/"><div><label class="screen-reader-text" for="s">Tìm kiếm cho:</label><input type="text" value="" name="s" id="s" placeholder="Tìm kiếm..." /><input type="submit" id="searchsubmit" value="Tìm kiếm" /></div></form></div>
</div></div></div>
</header>
"""


POPULAR = [(A1, False), (A5, False), (A3, True), (C2, False), (A2, False)]


def _sidebar() -> str:
    pop = "\n".join(
        f'<div id="div_block-6-9-{k}" class="ct-div-block xn-item" data-id="div_block-6-9">'
        f'<a id="link-7-9-{k}" class="ct-link" href="{href_of(s, up)}">'
        f'<span id="span-8-9-{k}" class="ct-span">{tx(s.title, s.opts.get("tohop", False))}</span></a>'
        f'<div id="text_block-9-9-{k}" class="ct-text-block">{_views(s)} lượt xem</div></div>'
        for k, (s, up) in enumerate(POPULAR, 1)
    )
    notices = " ".join(
        f'<p><a href="{post_path(s)}">{tx(s.title)}</a> <span class="moi">({dmy(s.opts["dt"])})</span></p>'
        for s in (T2, T1, T3)
    )
    return f"""<div id="div_block-50-12" class="ct-div-block cot-phai">
<div id="div_block-1-9" class="ct-div-block khoi-sb">
<div id="text_block-2-9" class="ct-text-block tieu-de-khoi">THÔNG BÁO MỚI</div>
<div id="code_block-3-9" class="ct-code-block"><marquee direction="up" scrollamount="2" height="170" onmouseover="this.stop()" onmouseout="this.start()">{notices}</marquee></div>
</div>
<div id="div_block-4-9" class="ct-div-block khoi-sb">
<div id="text_block-5-9" class="ct-text-block tieu-de-khoi">TIN XEM NHIỀU</div>
<div id="_dynamic_list-10-9" class="oxy-dynamic-list">
{pop}
</div></div>
<div id="div_block-11-9" class="ct-div-block khoi-sb">
<div id="text_block-12-9" class="ct-text-block tieu-de-khoi">THƯ VIỆN ẢNH &#8211; VIDEO</div>
<a id="link-13-9" class="ct-link" href="/album/trai-nghiem-lang-rau-tra-que-2026/">{lazy_img("/wp-content/uploads/2026/10/trai-nghiem-tra-que-05-300x200.jpg", "Album trải nghiệm", "ct-image")}<span class="ct-span">Album: Trải nghiệm làng rau Trà Quế</span></a>
<a id="link-14-9" class="ct-link" href="/video/van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11-2026/">{lazy_img("/wp-content/uploads/2026/11/video-van-nghe-20-11-300x169.jpg", "Video văn nghệ", "ct-image")}<span class="ct-span">Video: Văn nghệ chào mừng 20/11</span></a>
</div>
<div id="div_block-15-9" class="ct-div-block khoi-sb">
<div id="text_block-16-9" class="ct-text-block tieu-de-khoi">LIÊN KẾT WEBSITE</div>
<div id="code_block-17-9" class="ct-code-block"><select name="lien-ket" onchange="if(this.value) window.open(this.value);" style="width:100%">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.danang.gov.vn">Sở GD&amp;ĐT Đà Nẵng</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option>
</select>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/wp-content/uploads/2024/08/banner-dvc-300x80.png" alt="Cổng dịch vụ công quốc gia" class="ct-image" /></a>
<a href="https://www.danang.gov.vn" target="_blank" rel="noopener"><img src="/wp-content/uploads/2024/08/banner-danang-300x80.png" alt="Cổng thông tin điện tử TP Đà Nẵng" class="ct-image" /></a></div>
</div>
<div id="div_block-18-9" class="ct-div-block khoi-sb">
<div id="text_block-19-9" class="ct-text-block tieu-de-khoi">THĂM DÒ Ý KIẾN</div>
<div id="widget-20-9" class="ct-widget"><div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="6f1e2a9c04" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Quý phụ huynh biết đến website của trường qua kênh nào?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Nhóm Zalo lớp</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Fanpage của trường</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Giáo viên chủ nhiệm giới thiệu</label></li>
</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p>
</div></form></div></div>
</div>
<div id="div_block-21-9" class="ct-div-block khoi-sb">
<div id="text_block-22-9" class="ct-text-block tieu-de-khoi">THỐNG KÊ TRUY CẬP</div>
<div id="code_block-23-9" class="ct-code-block"><table class="tk-tc" style="width:100%">
<tr><td>Đang online:</td><td style="text-align:right">17</td></tr>
<tr><td>Hôm nay:</td><td style="text-align:right">342</td></tr>
<tr><td>Hôm qua:</td><td style="text-align:right">518</td></tr>
<tr><td>Tháng này:</td><td style="text-align:right">2.764</td></tr>
<tr><td>Tổng truy cập:</td><td style="text-align:right">1.284.905</td></tr>
</table></div>
</div>
</div>"""


def _views(story: Story) -> str:
    return f"{story.views() * 3:,}".replace(",", ".")


def _footer() -> str:
    return """<section id="section-60-7" class=" ct-section chan-trang"><div class="ct-section-inner-wrap">
<div id="new_columns-61-7" class="ct-new-columns">
<div id="div_block-62-7" class="ct-div-block">
<div id="text_block-63-7" class="ct-text-block"><strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong></div>
<div id="text_block-64-7" class="ct-text-block">Địa chỉ: thôn Dương Lâm 1, xã Hòa Vang, thành phố Đà Nẵng<br>Điện thoại: 0236 3846 215<br>Email: thcslytutrong.hv@danang.gov.vn</div>
</div>
<div id="div_block-65-7" class="ct-div-block">
<div id="text_block-66-7" class="ct-text-block">Chịu trách nhiệm nội dung: Thầy Trần Văn Phúc &#8211; Hiệu trưởng</div>
<div id="text_block-67-7" class="ct-text-block">Ghi rõ nguồn &#8220;Trường THCS Lý Tự Trọng&#8221; khi phát hành lại thông tin từ website này.</div>
</div>
<div id="div_block-68-7" class="ct-div-block">
<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fthcslytutrong.hoavang&amp;tabs&amp;width=300&amp;height=130" width="300" height="130" style="border:none;overflow:hidden" loading="lazy"></iframe>
</div>
</div>
<div id="text_block-69-7" class="ct-text-block ban-quyen">&copy; 2026 Bản quyền thuộc về Trường THCS Lý Tự Trọng. Thiết kế website: <a href="https://webdanang.vn" target="_blank" rel="noopener">WebĐàNẵng</a></div>
</div></section>
<div class="oxy-modal-backdrop center" style="background-color: rgba(0,0,0,0.6);" data-trigger="after_specified_time" data-trigger-time="4" data-trigger-time-unit="seconds" data-close-automatically="no" data-trigger_scroll_amount="50%" data-trigger_scroll_direction="down" data-number-of-clicks="1" data-close-after-time="10" data-close-after-time-unit="seconds" data-trigger_after_number_of_views="1" data-open-again="never_show_again">
<div id="modal-70-7" class="ct-modal">
<h3 id="headline-71-7" class="ct-headline">CẢNH BÁO LỪA ĐẢO GIẢ DANH NHÀ TRƯỜNG</h3>
<div id="_rich_text-72-7" class="oxy-rich-text"><p>Thời gian gần đây, trên địa bàn thành phố xuất hiện tình trạng các đối tượng gọi điện thoại cho phụ huynh, tự xưng là giáo viên hoặc nhân viên y tế của trường, thông báo học sinh bị tai nạn, đang cấp cứu và yêu cầu chuyển tiền gấp.</p>
<p>Nhà trường khẳng định không bao giờ yêu cầu phụ huynh chuyển tiền qua điện thoại hay tin nhắn. Mọi khoản thu đều được thông báo bằng văn bản và thu qua tài khoản của nhà trường.</p>
<p>Khi nhận được cuộc gọi đáng ngờ, quý phụ huynh vui lòng liên hệ ngay giáo viên chủ nhiệm hoặc số điện thoại của nhà trường 0236 3846 215 để xác minh.</p></div>
<div id="div_block-73-7" class="ct-div-block oxy-close-modal">Đóng</div>
</div></div>
<script type="text/javascript" id="ct-footer-js">jQuery(document).ready(function() { jQuery('body').on('click', '.oxy-menu-toggle', function() { jQuery(this).parent('.oxy-nav-menu').toggleClass('oxy-nav-menu-open'); }); });</script>
<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
<script src="/wp-includes/js/comment-reply.min.js?ver=6.9.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
<!-- This website is like a Rocket, isn't it? Performance optimized by WP Rocket. Learn more: https://wp-rocket.me - Debug: cached@1764899520 -->
"""


def _crumbs(trail: list[tuple[str, str | None, str]]) -> str:
    """Breadcrumb NavXT inside an Oxygen shortcode element: (label, href or None, kind)."""
    parts = []
    for pos, (label, href, kind) in enumerate(trail, 1):
        if href:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
                f'title="Đi đến {label}." href="{href}" class="{kind}"><span property="name">{label}</span>'
                f'</a><meta property="position" content="{pos}"></span>'
            )
        else:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name" class="{kind} '
                f'current-item">{label}</span><meta property="url" content=""><meta property="position" '
                f'content="{pos}"></span>'
            )
    return (
        '<div id="shortcode-5-12" class="ct-shortcode"><div class="breadcrumbs" typeof="BreadcrumbList" '
        'vocab="https://schema.org/">' + " &gt; ".join(parts) + "</div></div>"
    )


def _cat_trail(slug: str) -> list[tuple[str, str | None, str]]:
    trail = [("Trang chủ", "/", "home")]
    parent = CATS[slug][1]
    if parent:
        trail.append((CATS[parent][0], cat_path(parent), "taxonomy category"))
    trail.append((CATS[slug][0], cat_path(slug), "taxonomy category"))
    return trail


def page_html(request: Request, title: str, body_class: str, main: str, extra_head: str = "", active: str = "",
              tpl: int = 12) -> str:  # fmt: skip
    return (
        _head(request, title, body_class, extra_head, tpl)
        + _header(active)
        + f"""<section id="section-2-{tpl}" class=" ct-section"><div class="ct-section-inner-wrap">
<div id="new_columns-3-{tpl}" class="ct-new-columns">
<div id="div_block-4-{tpl}" class="ct-div-block cot-chinh">
{main}
</div>
{_sidebar()}
</div></div></section>
"""
        + _footer()
    )


# --- listings -----------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    """The post's featured image in the 400x267 size (a default picture when it has none)."""
    img = s.images[0].src if s.images else "/wp-content/uploads/2024/08/anh-mac-dinh.jpg"
    return re.sub(r"-\d+x\d+(\.\w+)$", r"-400x267\1", img)


def _card(s: Story, k: int, tpl: str) -> str:
    th = s.opts.get("tohop", False)
    thumb = _thumb(s)
    return (
        f'<div class="oxy-post">\n<a class="oxy-post-image" href="{post_path(s)}">'
        f'<div class="oxy-post-image-fixed-ratio">{lazy_img(thumb, "", "attachment-medium")}</div></a>\n'
        f'<a class="oxy-post-title" href="{post_path(s)}">{tx(s.title, th)}</a>\n'
        f'<div class="oxy-post-meta"><div class="oxy-post-meta-date oxy-post-meta-item">{dmy(s.opts["dt"])}</div>'
        f'<div class="oxy-post-meta-comments oxy-post-meta-item"><a href="{post_path(s)}#comments">'
        f"{len(s.opts.get('comments', []))} bình luận</a></div></div>\n"
        f'<div class="oxy-post-content"><p>{excerpt_html(s)}</p></div>\n'
        f'<a href="{post_path(s)}" class="oxy-read-more">Xem thêm &raquo;</a>\n</div>'
    )


def _easy_posts(eid: str, stories: list[Story], pager: str = "") -> str:
    cards = "\n".join(_card(s, k, eid) for k, s in enumerate(stories, 1))
    return (
        f'<div id="{eid}" class="oxy-easy-posts oxy-posts-grid">\n<div class="oxy-posts">\n{cards}\n</div>\n'
        + (f"<div class='oxy-easy-posts-pages'>{pager}</div>\n" if pager else "")
        + "</div>"
    )


def _pager(base: str, page: int, pages: int, query: str = "") -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return (base if n == 1 else f"{base}page/{n}/") + query

    out = []
    if page > 1:
        out.append(f'<a class="prev page-numbers" href="{link(page - 1)}">&laquo; Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{link(n)}">{n}</a>')
    if page < pages:
        out.append(f'<a class="next page-numbers" href="{link(page + 1)}">Sau &raquo;</a>')
    return "\n".join(out)


def posts_in(cat: str) -> list[Story]:
    return [s for s in STORIES if cat in s.opts["cats"] or CATS[s.cat][1] == cat]


def listing(request: Request, heading: str, crumbs, stories: list[Story], base: str, page: int,
            body_class: str, active: str = "", query: str = "") -> Response | None:  # fmt: skip
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    title = heading + (f" &#8211; Trang {page}" if page > 1 else "") + f" &#8211; {SCHOOL}"
    main = (
        _crumbs(crumbs).replace("shortcode-5-12", "shortcode-5-15")
        + f'\n<h1 id="headline-6-15" class="ct-headline tieu-de-cm">{heading}</h1>\n'
        + (
            _easy_posts("_posts_grid-7-15", chunk, _pager(base, page, pages, query))
            if chunk
            else '<div class="oxy-easy-posts"><p>Không tìm thấy bài viết nào.</p></div>'
        )
    )
    b = base_url(request)
    head = f'<link rel="alternate" type="application/rss+xml" title="{SCHOOL} &raquo; {heading} Dòng thông tin" href="{b}{base}feed/" />\n'
    return html(page_html(request, title, body_class, main, head, active, tpl=15))


def category_page(request: Request, slug: str, page: int) -> Response | None:
    name = CATS[slug][0]
    return listing(
        request,
        f"Chuyên mục: {name}",
        [*_cat_trail(slug)[:-1], (name, None, "archive taxonomy category")],
        posts_in(slug),
        cat_path(slug),
        page,
        f"archive category category-{slug}",
        active=slug,
    )


def tag_page(request: Request, slug: str, page: int) -> Response | None:
    stories = [s for s in STORIES if slug in s.opts.get("tags", [])]
    return listing(
        request,
        f"Thẻ: {TAGS[slug]}",
        [("Trang chủ", "/", "home"), (f"Thẻ: {TAGS[slug]}", None, "archive taxonomy post_tag")],
        stories,
        f"/tag/{slug}/",
        page,
        f"archive tag tag-{slug}",
    )


def search_page(request: Request, term: str, page: int) -> Response | None:
    t = unicodedata.normalize("NFC", term).casefold()
    stories = [s for s in STORIES if t in s.title.casefold() or t in " ".join(s.paragraphs).casefold()]
    q = "?s=" + quote(term)
    return listing(
        request,
        f"Kết quả tìm kiếm cho: &#8220;{esc(term)}&#8221;",
        [("Trang chủ", "/", "home"), (f"Kết quả tìm kiếm cho &#8220;{esc(term)}&#8221;", None, "search")],
        stories,
        "/",
        page,
        "search search-results",
        query=q,
    )


# --- the single template ------------------------------------------------------------------------


def _related_repeater(story: Story) -> str:
    others = [s for s in posts_in(story.cat) if s is not story][:3]
    if not others:
        return ""
    items = "\n".join(
        f'<div id="div_block-41-12-{k}" class="ct-div-block tlq-item" data-id="div_block-41-12">'
        f'<a id="link-42-12-{k}" class="ct-link" href="{post_path(s)}">'
        f'{lazy_img(_thumb(s), "", "ct-image")}</a>'
        f'<h4 id="headline-43-12-{k}" class="ct-headline"><a href="{post_path(s)}">{tx(s.title, s.opts.get("tohop", False))}</a></h4>'
        f'<div id="text_block-44-12-{k}" class="ct-text-block">{dmy(s.opts["dt"])}</div>'
        f'<div id="_rich_text-45-12-{k}" class="oxy-rich-text"><p>{excerpt_html(s)}</p></div></div>'
        for k, s in enumerate(others, 1)
    )
    return (
        '<div id="div_block-39-12" class="ct-div-block tin-cung-cm">\n'
        '<div id="text_block-40-12" class="ct-text-block tieu-de-khoi">TIN CÙNG CHUYÊN MỤC</div>\n'
        f'<div id="_dynamic_list-46-12" class="oxy-dynamic-list">\n{items}\n</div></div>'
    )


CRP_POOL = [A5, C2, A1, T2, A2, C3]


def _crp(story: Story) -> str:
    pool = [s for s in CRP_POOL if s is not story]
    start = story.id % 3
    picks = (pool[start:] + pool[:start])[:3]
    lis = "".join(
        f'<li><a href="{post_path(s)}" class="crp_link post-{s.id}"><span class="crp_title">'
        f"{tx(s.title)}</span></a></li>"
        for s in picks
    )
    return f'<div class="crp_related     crp-text-only"><h3>Bài viết liên quan:</h3><ul>{lis}</ul><div class="crp_clear"></div></div>'


def _share(request: Request, path: str, title: str) -> str:
    u = quote(base_url(request) + path, safe="")
    return (
        "<div class='heateorSssClear'></div><div class='heateor_sss_sharing_container "
        f"heateor_sss_horizontal_sharing' data-heateor-sss-href='{base_url(request)}{path}'>"
        "<div class='heateor_sss_sharing_title' style=\"font-weight:bold\">Chia sẻ bài viết:</div>"
        '<div class="heateor_sss_sharing_ul">'
        f'<a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"><svg focusable="false" aria-hidden="true"></svg></span></a>'
        f'<a aria-label="Zalo" class="heateor_sss_button_zalo" href="https://sp.zalo.me/share_inline?d={u}" title="Zalo" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
        f'<a aria-label="Email" class="heateor_sss_email" href="mailto:?subject={quote(title)}&amp;body=Link: {u}" title="Email" rel="nofollow noopener"><span class="heateor_sss_svg"></span></a>'
        "</div><div class=\"heateorSssClear\"></div></div><div class='heateorSssClear'></div>"
    )


def _comments(story: Story) -> str:
    cs: list[Comment] = story.opts.get("comments", [])
    path = post_path(story)
    out = ['<div id="_comments-48-12" class="oxy-comments">']
    if cs:
        out.append(f'<h3 class="comments-title">{len(cs)} bình luận về &ldquo;{tx(story.title)}&rdquo;</h3>')
        out.append('<ol class="comment-list">')
        for k, c in enumerate(cs):
            iso = f"{c.when[0]}-{c.when[1]:02d}-{c.when[2]:02d}T{c.when[3]:02d}:{c.when[4]:02d}:{(c.cid * 7) % 60:02d}+07:00"
            out.append(
                f'<li id="comment-{c.cid}" class="comment {"even" if k % 2 == 0 else "odd alt"} thread-even depth-1">'
                f'<article id="div-comment-{c.cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/{c.cid:x}0a9f?s=32&#038;d=mm&#038;r=g\' class=\'avatar avatar-32 photo\' height=\'32\' width=\'32\' loading=\'lazy\' decoding=\'async\'/>'
                f'<b class="fn">{tx(c.name)}</b> <span class="says">viết:</span></div>'
                f'<div class="comment-metadata"><a href="{path}#comment-{c.cid}"><time datetime="{iso}">'
                f"{vi_date(c.when)} lúc {vi_time(c.when)}</time></a></div></footer>"
                f'<div class="comment-content"><p>{tx(c.text)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={c.cid}#respond" '
                f'data-commentid="{c.cid}" data-postid="{story.id}" data-belowelement="div-comment-{c.cid}" '
                f'data-respondelement="respond" data-replyto="Trả lời {esc(c.name)}" aria-label="Trả lời {esc(c.name)}">Trả lời</a></div>'
                "</article></li>"
            )
        out.append("</ol>")
    out.append(
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận '
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>"
        "</form></div></div>"
    )
    return "\n".join(out)


def _meta_row(dt: tuple, views: str, cats: list[str] | None) -> str:
    cat_links = ""
    if cats:
        links = ", ".join(
            f'<a href="{cat_path(c)}" rel="category tag">{CATS[c][0]}</a>' for c in sorted(cats, key=lambda c: CATS[c][0])
        )
        cat_links = (
            '<div id="fancy_icon-28-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-28-12"><use xlink:href="#FontAwesomeicon-folder-open"></use></svg></div>'
            f'<div id="text_block-29-12" class="ct-text-block">Chuyên mục: <span id="span-30-12" class="ct-span">{links}</span></div>'
        )
    return (
        '<div id="div_block-20-12" class="ct-div-block tt-bv">'
        '<div id="fancy_icon-21-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-21-12"><use xlink:href="#FontAwesomeicon-calendar"></use></svg></div>'
        f'<div id="text_block-22-12" class="ct-text-block"><span id="span-23-12" class="ct-span">{vi_date(dt)}</span>'
        f' lúc <span id="span-24-12" class="ct-span">{vi_time(dt)}</span></div>'
        '<div id="fancy_icon-25-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-25-12"><use xlink:href="#FontAwesomeicon-user"></use></svg></div>'
        f'<div id="text_block-26-12" class="ct-text-block">Người đăng: <span id="span-27-12" class="ct-span">{ACCOUNT}</span></div>'
        '<div id="fancy_icon-31-12" class="ct-fancy-icon"><svg id="svg-fancy_icon-31-12"><use xlink:href="#FontAwesomeicon-eye"></use></svg></div>'
        f'<div id="text_block-32-12" class="ct-text-block"><span id="span-33-12" class="ct-span">{views}</span> lượt xem</div>'
        f"{cat_links}</div>"
    )


def single_post(request: Request, story: Story) -> Response:
    th = story.opts.get("tohop", False)
    path = post_path(story)
    b = base_url(request)
    title_html = tx(story.title, th)
    badge = (
        '<div id="text_block-15-12" class="ct-text-block nhan-noi-bat">TIN NỔI BẬT</div>\n'
        if "tin-noi-bat" in story.opts["cats"]
        else ""
    )
    modified = story.opts.get("modified")
    upd = (
        f'<div id="text_block-34-12" class="ct-text-block cap-nhat">Cập nhật lần cuối: {dmy(modified)} '
        f"{modified[3]:02d}:{modified[4]:02d}</div>\n"
        if modified
        else ""
    )
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div id="text_block-36-12" class="ct-text-block the-bv"><strong>Từ khóa:</strong> '
        + ", ".join(f'<a href="/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in tags)
        + "</div>\n"
        if tags
        else ""
    )
    main = (
        _crumbs([*_cat_trail(story.cat), (title_html, None, "post post-post")])
        + "\n"
        + badge
        + f'<h2 id="headline-16-12" class="ct-headline tieu-de-bv"><span id="span-17-12" class="ct-span">{title_html}</span></h2>\n'
        + _meta_row(story.opts["dt"], _views(story), story.opts["cats"])
        + "\n"
        + upd
        + f'<div id="text_block-18-12" class="ct-text-block tom-tat"><span id="span-19-12" class="ct-span">{excerpt_html(story)}</span></div>\n'
        + f'<div id="inner_content-35-12" class="ct-inner-content">{render_content(story)}\n'
        + _crp(story)
        + "\n"
        + _share(request, path, story.title)
        + "</div>\n"
        + tag_html
        + '<div id="div_block-37-12" class="ct-div-block cong-cu">'
        '<a id="link_button-38-12" class="ct-link-button" href="javascript:window.print()">In bài viết</a>'
        f'<a id="link_button-38b-12" class="ct-link-button" href="https://www.facebook.com/sharer/sharer.php?u={quote(b + path, safe="")}" target="_blank" rel="noopener">Chia sẻ Facebook</a>'
        '<a id="link_button-38c-12" class="ct-link-button" href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a></div>\n'
        + _related_repeater(story)
        + "\n"
        + _comments(story)
    )
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{SCHOOL} &raquo; {title_html} Dòng phản hồi" href="{b}{path}feed/" />\n'
        f'<link rel="alternate" title="JSON" type="application/json" href="{b}/wp-json/wp/v2/posts/{story.id}" />\n'
        f'<link rel="canonical" href="{b}{path}" />\n'
        f"<link rel='shortlink' href='{b}/?p={story.id}' />\n"
        f'<link rel="alternate" title="oEmbed (JSON)" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/embed?url={quote(b + path, safe="")}" />\n'
    )
    body_class = (
        f"wp-singular post-template-default single single-post postid-{story.id} single-format-standard"
    )
    return html(
        page_html(request, f"{title_html} &#8211; {SCHOOL}", body_class, main, head, active=story.cat)
    )


ATTACHMENTS = {
    (A1.slug, "dsc_0412"): (2218, "DSC_0412", A1),
}


def attachment_page(request: Request, wpid: int, name: str, parent: Story) -> Response:
    img = parent.images[0]
    path = f"{post_path(parent)}{name.lower()}/"
    b = base_url(request)
    _, _, original = _size(img.src)
    dt = (2026, 11, 20, 10, 38)
    main = (
        _crumbs(
            [("Trang chủ", "/", "home"), (tx(parent.title), post_path(parent), "post post-post"), (name, None, "post post-attachment")]
        )
        + f'\n<h2 id="headline-16-12" class="ct-headline tieu-de-bv"><span id="span-17-12" class="ct-span">{name}</span></h2>\n'
        + _meta_row(dt, "41", None)
        + f'\n<div id="text_block-18-12" class="ct-text-block tom-tat"><span id="span-19-12" class="ct-span">{tx(img.printed)}</span></div>\n'
        + '<div id="inner_content-35-12" class="ct-inner-content"><p class="attachment">'
        f'<a href=\'{original}\'>{lazy_img(img.src.replace("-1024x683", "-300x200"), "", "attachment-medium size-medium")}</a></p>\n'
        + _share(request, path, name)
        + "</div>\n"
        + f'<div id="text_block-36-12" class="ct-text-block">Đăng trong: <a href="{post_path(parent)}">{tx(parent.title)}</a></div>\n'
    )
    head = f'<link rel="canonical" href="{b}{path}" />\n<link rel=\'shortlink\' href=\'{b}/?p={wpid}\' />\n'
    return html(
        page_html(
            request,
            f"{name} &#8211; {SCHOOL}",
            f"attachment attachment-template-default single single-attachment postid-{wpid} attachmentid-{wpid} attachment-jpeg",
            main,
            head,
        )
    )


# --- home ---------------------------------------------------------------------------------------

THU_NGO = [
    "Kính thưa quý phụ huynh, thân mến các em học sinh!",
    "Trường THCS Lý Tự Trọng được thành lập năm 1998, trải qua gần ba mươi năm xây dựng và trưởng "
    "thành, nhà trường luôn là địa chỉ tin cậy của cha mẹ học sinh trong xã. Năm 2023, trường được "
    "công nhận đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
    "Website là kênh thông tin chính thức của nhà trường, nơi cập nhật các hoạt động dạy và học, "
    "thông báo, kế hoạch và văn bản chỉ đạo. Rất mong nhận được sự quan tâm, góp ý của quý phụ "
    "huynh và các em học sinh.",
]


def home(request: Request) -> Response:
    featured = [s for s in STORIES if "tin-noi-bat" in s.opts["cats"]]
    slides = "\n".join(
        f'<div id="div_block-8-2-{k}" class="ct-div-block slide-item" data-id="div_block-8-2">'
        f'<a id="link-9-2-{k}" class="ct-link" href="{post_path(s)}">{lazy_img(s.images[0].src, "", "ct-image")}</a>'
        f'<h3 id="headline-10-2-{k}" class="ct-headline"><a href="{post_path(s)}">{tx(s.title)}</a></h3>'
        f'<div id="text_block-11-2-{k}" class="ct-text-block">{dmy(s.opts["dt"])}</div></div>'
        for k, s in enumerate(featured, 1)
    )
    thu = "".join(f"<p>{tx(p)}</p>" for p in THU_NGO)

    def block(n: int, label: str, slug: str, stories: list[Story]) -> str:
        return (
            f'<div id="div_block-{n}-2" class="ct-div-block khoi-tin">\n'
            f'<div id="div_block-{n + 1}-2" class="ct-div-block tieu-de-khoi-tin"><a id="link_text-{n + 2}-2" class="ct-link-text" href="{cat_path(slug)}">{label}</a>'
            f'<a id="link_text-{n + 3}-2" class="ct-link-text xem-tat-ca" href="{cat_path(slug)}">Xem tất cả &raquo;</a></div>\n'
            + _easy_posts(f"_posts_grid-{n + 4}-2", stories)
            + "\n</div>"
        )

    main = (
        f'<div id="div_block-6-2" class="ct-div-block slider-tnb"><div id="_dynamic_list-7-2" class="oxy-dynamic-list">\n{slides}\n</div></div>\n'
        f'<div id="div_block-12-2" class="ct-div-block thu-ngo"><h3 id="headline-13-2" class="ct-headline">THƯ NGỎ</h3>'
        f'<div id="_rich_text-14-2" class="oxy-rich-text">{thu}<p style="text-align:right"><strong>Hiệu trưởng</strong><br>Trần Văn Phúc</p></div></div>\n'
        + block(20, "HOẠT ĐỘNG NHÀ TRƯỜNG", "hoat-dong-nha-truong", posts_in("hoat-dong-nha-truong")[:3])
        + "\n"
        + block(30, "THÔNG BÁO", "thong-bao", posts_in("thong-bao")[:3])
        + "\n"
        + block(40, "HOẠT ĐỘNG CHUYÊN MÔN", "hoat-dong-chuyen-mon", posts_in("hoat-dong-chuyen-mon")[:2])
    )
    b = base_url(request)
    head = f'<link rel="canonical" href="{b}/" />\n<link rel=\'shortlink\' href=\'{b}/\' />\n'
    return html(
        page_html(
            request,
            f"{SCHOOL} &#8211; Kỷ cương &#8211; Tình thương &#8211; Trách nhiệm",
            "home wp-singular page-template-default page page-id-2",
            main,
            head,
            active="home",
            tpl=2,
        )
    )


# --- pages and custom post types (not articles) ------------------------------------------------


def _simple_page(request: Request, path: str, title: str, body: str, pid: int, active: str,
                 body_class: str | None = None, crumbs=None, date_line: str = "") -> Response:  # fmt: skip
    b = base_url(request)
    trail = crumbs or [("Trang chủ", "/", "home"), (title, None, "post post-page")]
    main = (
        _crumbs(trail).replace("shortcode-5-12", "shortcode-5-10")
        + f'\n<h2 id="headline-6-10" class="ct-headline tieu-de-trang">{title}</h2>\n'
        + date_line
        + f'<div id="inner_content-7-10" class="ct-inner-content">{body}</div>'
    )
    head = f'<link rel="canonical" href="{b}{path}" />\n<link rel=\'shortlink\' href=\'{b}/?p={pid}\' />\n'
    return html(
        page_html(
            request,
            f"{title} &#8211; {SCHOOL}",
            body_class or f"wp-singular page-template-default page page-id-{pid}",
            main,
            head,
            active=active,
            tpl=10,
        )
    )


def gioi_thieu(request: Request) -> Response:
    body = """<h3 id="lich-su" class="wp-block-heading">1. Lịch sử nhà trường</h3>
<p>Trường THCS Lý Tự Trọng được thành lập theo Quyết định số 1742/QĐ-UB ngày 15/8/1998 của UBND huyện Hòa Vang trên cơ sở tách ra từ Trường Phổ thông cơ sở Hòa Phong. Năm học đầu tiên, trường có 12 lớp với 486 học sinh và 27 cán bộ, giáo viên, nhân viên.</p>
<p>Từ ngày 01/7/2025, thực hiện sắp xếp đơn vị hành chính, nhà trường trực thuộc UBND xã Hòa Vang, thành phố Đà Nẵng.</p>
<h3 id="co-cau" class="wp-block-heading">2. Cơ cấu tổ chức</h3>
<figure class="wp-block-table"><table><tbody>
<tr><td>Hiệu trưởng</td><td>Thầy Trần Văn Phúc</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Thầy Phạm Quốc Bảo</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Cô Huỳnh Thị Ngọc Ánh</td></tr>
<tr><td>Tổ chuyên môn</td><td>Tổ Ngữ văn &#8211; Lịch sử; Tổ Toán &#8211; Tin; Tổ Khoa học tự nhiên; Tổ Năng khiếu</td></tr>
</tbody></table></figure>
<h3 id="thanh-tich" class="wp-block-heading">3. Thành tích</h3>
<p>Trường đạt chuẩn quốc gia mức độ 2 (năm 2023); nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc; Liên đội được Trung ương Đoàn tặng Bằng khen năm 2024.</p>"""
    return _simple_page(request, "/gioi-thieu/", "Giới thiệu chung", body, 30, "gioi-thieu")


def lien_he(request: Request) -> Response:
    sent = request.method == "POST"
    note = (
        '<div class="wpcf7-response-output" aria-hidden="true">Cảm ơn bạn đã gửi tin nhắn. Nhà trường sẽ phản hồi sớm.</div>'
        if sent
        else '<div class="wpcf7-response-output" aria-hidden="true"></div>'
    )
    body = f"""<div class="wp-block-columns"><div class="wp-block-column">
<p><strong>TRƯỜNG THCS LÝ TỰ TRỌNG</strong></p>
<p>Địa chỉ: thôn Dương Lâm 1, xã Hòa Vang, thành phố Đà Nẵng</p>
<p>Điện thoại: 0236 3846 215 &#8211; Email: thcslytutrong.hv@danang.gov.vn</p>
<p>Giờ làm việc: sáng 7:00 &#8211; 11:00, chiều 13:30 &#8211; 17:00 (thứ Hai đến thứ Sáu)</p>
</div><div class="wp-block-column">
<div class="wpcf7 no-js" id="wpcf7-f45-p44-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f45-p44-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="45" /><input type="hidden" name="_wpcf7_version" value="6.0.1" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f45-p44-o1" /></div>
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" maxlength="400" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" maxlength="2000" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>{note}
</form></div></div></div>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3835.9!2d108.12!3d15.98" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe>"""
    return _simple_page(request, "/lien-he/", "Liên hệ", body, 44, "lien-he")


def thoi_khoa_bieu(request: Request) -> Response:
    rows = [
        ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"),
        ("1", "Chào cờ", "Toán", "Ngữ văn", "KHTN", "Tiếng Anh"),
        ("2", "Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử và Địa lí", "Toán"),
        ("3", "Ngữ văn", "KHTN", "Tin học", "Toán", "GDCD"),
        ("4", "KHTN", "Công nghệ", "Toán", "Ngữ văn", "Sinh hoạt lớp"),
    ]
    table = "".join(
        "<tr>" + "".join((f"<th>{c}</th>" if i == 0 else f"<td>{c}</td>") for c in r) + "</tr>"
        for i, r in enumerate(rows)
    )
    body = (
        '<p><em>Áp dụng từ ngày 02/11/2026 (học kỳ I, năm học 2026 &#8211; 2027).</em></p>\n'
        '<p><strong>Lớp 9/1 &#8211; Buổi sáng</strong></p>\n'
        f'<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>{table}</tbody></table></figure>\n'
        '<p>Thời khóa biểu các lớp khác xem tại tệp đính kèm: <a href="/wp-content/uploads/2026/10/TKB-HKI-ap-dung-02-11-2026.pdf">TKB-HKI-ap-dung-02-11-2026.pdf</a></p>'
    )
    return _simple_page(request, "/thoi-khoa-bieu/", "Thời khóa biểu học kỳ I", body, 52, "thoi-khoa-bieu")


VAN_BAN = {
    "ke-hoach-so-86-kh-thcsltt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong": (
        2144,
        "Kế hoạch số 86/KH-THCSLTT tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "86/KH-THCSLTT",
        "05/10/2026",
        "Kế hoạch",
        "Tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "Trần Văn Phúc",
        "KH-86-Hoi-thi-GVDG-2026.pdf",
    ),
    "quyet-dinh-so-112-qd-thcsltt-thanh-lap-ban-to-chuc-hoi-khoe-phu-dong": (
        2023,
        "Quyết định số 112/QĐ-THCSLTT thành lập Ban Tổ chức Hội khỏe Phù Đổng cấp trường",
        "112/QĐ-THCSLTT",
        "08/10/2026",
        "Quyết định",
        "Thành lập Ban Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        "Phạm Quốc Bảo",
        "QD-112-BTC-HKPD-2026.pdf",
    ),
}


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{v[2]}</td><td>{v[3]}</td><td><a href="/van-ban/{slug}/">{tx(v[5])}</a></td></tr>'
        for slug, v in VAN_BAN.items()
    )
    main = (
        _crumbs([("Trang chủ", "/", "home"), ("Văn bản", None, "archive post-van_ban-archive")]).replace(
            "shortcode-5-12", "shortcode-5-18"
        )
        + '\n<h1 id="headline-6-18" class="ct-headline tieu-de-cm">Văn bản</h1>\n'
        + '<div id="code_block-7-18" class="ct-code-block"><table class="bang-vb" style="width:100%" border="1">'
        + "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
        + f"<tbody>{rows}</tbody></table></div>"
    )
    return html(page_html(request, f"Văn bản &#8211; {SCHOOL}", "archive post-type-archive post-type-archive-van_ban", main, "", "van-ban", 18))


def van_ban_entry(request: Request, slug: str) -> Response:
    pid, title, so, ngay, loai, trich, ky, fname = VAN_BAN[slug]
    body = (
        '<table class="chi-tiet-vb" style="width:100%" border="1" cellpadding="6"><tbody>'
        f"<tr><td style=\"width:30%\"><strong>Số/Ký hiệu</strong></td><td>{so}</td></tr>"
        f"<tr><td><strong>Loại văn bản</strong></td><td>{loai}</td></tr>"
        f"<tr><td><strong>Ngày ban hành</strong></td><td>{ngay}</td></tr>"
        f"<tr><td><strong>Trích yếu</strong></td><td>{tx(trich)}</td></tr>"
        f"<tr><td><strong>Người ký</strong></td><td>{ky}</td></tr>"
        f'<tr><td><strong>Tệp đính kèm</strong></td><td><a href="/wp-content/uploads/2026/10/{fname}">{fname}</a></td></tr>'
        "</tbody></table>"
        f'<p><iframe src="/wp-content/uploads/2026/10/{fname}#toolbar=0" width="100%" height="600"></iframe></p>'
    )
    return _simple_page(
        request,
        f"/van-ban/{slug}/",
        tx(title),
        body,
        pid,
        "van-ban",
        f"wp-singular van_ban-template-default single single-van_ban postid-{pid}",
        [("Trang chủ", "/", "home"), ("Văn bản", "/van-ban/", "archive post-van_ban-archive"), (tx(title), None, "post post-van_ban")],
    )


ALBUM_SLUG = "trai-nghiem-lang-rau-tra-que-2026"
VIDEO_SLUG = "van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11-2026"


def album_list(request: Request) -> Response:
    main = (
        '<h1 id="headline-6-20" class="ct-headline tieu-de-cm">Album ảnh</h1>\n'
        f'<div class="oxy-easy-posts"><div class="oxy-posts"><div class="oxy-post"><a class="oxy-post-image" href="/album/{ALBUM_SLUG}/">'
        f'{lazy_img("/wp-content/uploads/2026/10/trai-nghiem-tra-que-05-400x267.jpg", "", "")}</a>'
        f'<a class="oxy-post-title" href="/album/{ALBUM_SLUG}/">Trải nghiệm làng rau Trà Quế</a>'
        '<div class="oxy-post-meta"><div class="oxy-post-meta-date oxy-post-meta-item">27/10/2026</div></div></div></div></div>'
    )
    return html(page_html(request, f"Album ảnh &#8211; {SCHOOL}", "archive post-type-archive post-type-archive-album", main, "", "album", 20))


def album_entry(request: Request) -> Response:
    imgs = "\n".join(
        f'<div class="envira-gallery-item"><a href="/wp-content/uploads/2026/10/trai-nghiem-tra-que-0{k}.jpg" '
        f'class="envira-gallery-link" title="Trải nghiệm Trà Quế {k}">'
        f'{lazy_img(f"/wp-content/uploads/2026/10/trai-nghiem-tra-que-0{k}-640x427.jpg", f"Trải nghiệm Trà Quế {k}", "envira-gallery-image")}</a></div>'
        for k in range(1, 7)
    )
    body = f'<div id="envira-gallery-2091" class="envira-gallery-wrap envira-gallery-theme-base">{imgs}</div>'
    return _simple_page(
        request,
        f"/album/{ALBUM_SLUG}/",
        "Trải nghiệm làng rau Trà Quế",
        body,
        2091,
        "album",
        "wp-singular album-template-default single single-album postid-2091",
        [("Trang chủ", "/", "home"), ("Album ảnh", "/album/", "archive"), ("Trải nghiệm làng rau Trà Quế", None, "post post-album")],
        '<div id="text_block-8-10" class="ct-text-block">27 Tháng Mười, 2026</div>\n',
    )


def video_list(request: Request) -> Response:
    main = (
        '<h1 id="headline-6-21" class="ct-headline tieu-de-cm">Video clip</h1>\n'
        f'<div class="oxy-easy-posts"><div class="oxy-posts"><div class="oxy-post"><a class="oxy-post-image" href="/video/{VIDEO_SLUG}/">'
        f'{lazy_img("/wp-content/uploads/2026/11/video-van-nghe-20-11-400x225.jpg", "", "")}</a>'
        f'<a class="oxy-post-title" href="/video/{VIDEO_SLUG}/">Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</a>'
        '<div class="oxy-post-meta"><div class="oxy-post-meta-date oxy-post-meta-item">21/11/2026</div></div></div></div></div>'
    )
    return html(page_html(request, f"Video clip &#8211; {SCHOOL}", "archive post-type-archive post-type-archive-video", main, "", "video", 21))


def video_entry(request: Request) -> Response:
    body = (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
        '<div class="wp-block-embed__wrapper"><iframe title="Văn nghệ 20/11/2026 - THCS Lý Tự Trọng" width="800" height="450" '
        'src="https://www.youtube.com/embed/Qm3xV7tLr0c?feature=oembed" frameborder="0" allowfullscreen></iframe></div></figure>\n'
        "<p>Tiết mục múa &#8220;Người thầy&#8221; của Chi đội 8/2 và hợp ca &#8220;Bụi phấn&#8221; của tập thể giáo viên "
        "trong chương trình văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026.</p>"
    )
    return _simple_page(
        request,
        f"/video/{VIDEO_SLUG}/",
        "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        body,
        2226,
        "video",
        "wp-singular video-template-default single single-video postid-2226",
        [("Trang chủ", "/", "home"), ("Video clip", "/video/", "archive"), ("Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026", None, "post post-video")],
        '<div id="text_block-8-10" class="ct-text-block">21 Tháng Mười Một, 2026 lúc 8:30 sáng</div>\n',
    )


# --- feeds, robots ------------------------------------------------------------------------------

_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rfc822(dt: tuple) -> str:
    import datetime

    local = datetime.datetime(*dt[:5], tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    u = local.astimezone(datetime.UTC)
    return f"{_DOW[u.weekday()]}, {u.day:02d} {_MON[u.month - 1]} {u.year} {u.hour:02d}:{u.minute:02d}:00 +0000"


def feed(request: Request, stories: list[Story], title: str, link: str) -> Response:
    b = base_url(request)
    items = "\n".join(
        f"""<item>
<title>{tx(s.title)}</title>
<link>{b}{post_path(s)}</link>
<comments>{b}{post_path(s)}#respond</comments>
<dc:creator><![CDATA[{ACCOUNT}]]></dc:creator>
<pubDate>{_rfc822(s.opts["dt"])}</pubDate>
{"".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])}
<guid isPermaLink="false">{b}/?p={s.id}</guid>
<description><![CDATA[{_html.unescape(excerpt_html(s))}]]></description>
</item>"""
        for s in stories[:10]
    )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
<title>{title}</title>
<atom:link href="{b}{link}feed/" rel="self" type="application/rss+xml" />
<link>{b}{link}</link>
<description>Kỷ cương &#8211; Tình thương &#8211; Trách nhiệm</description>
<lastBuildDate>{_rfc822(STORIES[0].opts["dt"])}</lastBuildDate>
<language>vi</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=6.9.1</generator>
{items}
</channel>
</rss>
"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


# --- routing ------------------------------------------------------------------------------------

_CAT_RE = re.compile(r"/chuyen-muc/((?:[a-z0-9-]+/)*?)([a-z0-9-]+)/(?:page/(\d+)/)?")
_TAG_RE_URL = re.compile(r"/tag/([a-z0-9-]+)/(?:page/(\d+)/)?")
_POST_RE = re.compile(r"/tin-tuc/([^/]+)/(?:([^/]+)/)?")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        lower = path.lower()
        if lower.startswith("/wp-content/uploads/") and lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/feed/":
            return feed(request, STORIES, SCHOOL, "/")
        if path in ("/index.php", "/page/1/"):
            return redirect("/", 301)
        if path == "/wp-comments-post.php":
            return html(
                "<!DOCTYPE html><html lang='vi'><head><title>WordPress &rsaquo; Lỗi</title></head><body id='error-page'>"
                "<div class='wp-die-message'><p><strong>Lỗi</strong>: vui lòng điền các trường bắt buộc.</p></div></body></html>",
                status=400,
            )
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(story), 301) if story else None
            if params.get("s", "").strip():
                return search_page(request, params["s"].strip(), 1)
            return home(request)
        m = re.fullmatch(r"/page/(\d+)/", path)
        if m and params.get("s", "").strip():
            return search_page(request, params["s"].strip(), int(m.group(1)))
        m = _CAT_RE.fullmatch(path)
        if m:
            parents, slug, page = m.group(1), m.group(2), m.group(3)
            if slug not in CATS:
                return None
            if page == "1":
                return redirect(cat_path(slug), 301)
            if f"/chuyen-muc/{parents}{slug}/" != cat_path(slug):
                return redirect(cat_path(slug) + (f"page/{page}/" if page else ""), 301)
            return category_page(request, slug, int(page or 1))
        m = re.fullmatch(r"/chuyen-muc/([a-z0-9-]+/)+feed/", path)
        if m:
            slug = path.rstrip("/").split("/")[-2]
            if slug in CATS:
                return feed(request, posts_in(slug), f"{SCHOOL} &#8211; {CATS[slug][0]}", cat_path(slug))
            return None
        m = _TAG_RE_URL.fullmatch(path)
        if m:
            if m.group(1) not in TAGS:
                return None
            if m.group(2) == "1":
                return redirect(f"/tag/{m.group(1)}/", 301)
            return tag_page(request, m.group(1), int(m.group(2) or 1))
        decoded = unquote(path)
        m = _POST_RE.fullmatch(decoded)
        if m:
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            if m.group(2) is None:
                return single_post(request, story)
            att = ATTACHMENTS.get((story.slug, m.group(2)))
            if att:
                return attachment_page(request, att[0], att[1], att[2])
            return None
        if re.fullmatch(r"/tin-tuc/[^/]+", decoded) and decoded[len("/tin-tuc/") :] in BY_SLUG:
            return redirect(path + "/", 301)
        pages = {"/gioi-thieu/": gioi_thieu, "/lien-he/": lien_he, "/thoi-khoa-bieu/": thoi_khoa_bieu,
                 "/van-ban/": van_ban_list, "/album/": album_list, "/video/": video_list,
                 f"/album/{ALBUM_SLUG}/": album_entry, f"/video/{VIDEO_SLUG}/": video_entry}  # fmt: skip
        if path in pages:
            return pages[path](request)
        m = re.fullmatch(r"/van-ban/([a-z0-9-]+)/", path)
        if m and m.group(1) in VAN_BAN:
            return van_ban_entry(request, m.group(1))
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    path = post_path(story)
    return gold_record(story, path, CATS[story.cat][0], canonical_path=path, alt_paths=alt or [])


GOLD = [
    _gold(T2),
    _gold(A5),
    _gold(T1),
    _gold(C2),
    _gold(A1, [f"{post_path(A1)}?replytocom=4512", f"{post_path(A1)}?replytocom=4519"]),
    _gold(A7),
    _gold(A2, [A2_FB]),
    _gold(C3),
    _gold(A3, [upper_escapes(post_path(A3))]),
    _gold(C1),
    _gold(A6),
    _gold(T3),
    _gold(A4),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/van-ban/ke-hoach-so-86-kh-thcsltt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong/",
    "/van-ban/quyet-dinh-so-112-qd-thcsltt-thanh-lap-ban-to-chuc-hoi-khoe-phu-dong/",
    f"/album/{ALBUM_SLUG}/",
    f"/video/{VIDEO_SLUG}/",
    f"{post_path(A1)}dsc_0412/",
]
