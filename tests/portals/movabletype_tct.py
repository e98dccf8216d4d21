"""Movable Type 5 static-publishing site of a provincial political school (Trường Chính trị tỉnh).

Platform imitated
-----------------
Movable Type Pro 5.2 (Perl, Six Apart), set up in 2011 and still in use: the CMS bakes every
page to a ``.html`` file and Apache serves the files. One blog sits at the site root with
customised archive mappings (``tin-tuc/%y/%m/%f`` for entries, ``tin-tuc/%c/%i`` for category
archives, ``tin-tuc/%y/%m/%i`` for monthly archives, ``%f`` for pages). The "Classic Blog"
templates were half translated: the school left English strings in them ("Posted by … on … at …",
"Comments (0)", "TrackBacks", "Categories", "Tags", "Monthly Archives", "« Previous", "Main",
"Next »", "Recently in … Category", "Remember personal info?"). MT prints its own navigation as
absolute URLs (the site URL; here the request's host), while links typed by editors (the menu
module, asset markup stored in entries, 2009 images) are root-relative.

Because files are static, a page keeps the template it was last published with: the entry
template was translated on 16/11/2026 and only the entries published since (17/11, 20/11, 24/11)
carry the Vietnamese byline "Đăng bởi <login> lúc 14:05 20/11/2026", a breadcrumb and a
"Tin cùng chuyên mục" list; the older entry files still say "Posted by <login> on 14/11/2026 at
08:30 AM" and their sidebars (calendar of their own month, "Tin mới" as of their publication) are
as they were baked. Every other page (index, archives, pages) was republished with the current
templates and shows the November 2026 calendar.

The header's date line and the visitor counter come from Apache SSI includes, so they show today
(``TODAY``) on every page.

What the portal serves
----------------------
* ``/`` and ``/index.html`` (the same file; MT links ``/``, the hand-typed menu's "Trang chủ"
  links ``/index.html``): the main index, the 10 newest entries as MT "Entry
  Summary" blocks: title linked to the permalink, byline, the entry body *before* the
  ``<!-- more -->`` split (div.asset-body) and, for entries with an extended part, "Đọc tiếp »"
  to ``permalink#more``. Short entries therefore print their whole text on the index. Under the
  list: a link to ``/archives.html``. No pagination (MT static indexes have none).
* Entries ``/tin-tuc/YYYY/MM/<basename>.html``. MT basenames: auto-made ones are dirified titles
  cut at 15 characters ("hoi_nghi_tong_k", trailing "_" stripped: "thong_bao_lich"), one was
  typed by an editor with dashes ("khai-giang-k47"); the two 2009 entries imported with entity
  titles got MT's dirify of a title whose entities it deletes ("trng_chnh_tr_t",
  "i_hi_chi_on_trn").
  Markup: div#alpha > div.entry-asset.asset.hentry > div.asset-header h1.asset-name +
  div.asset-meta; div.asset-content > div.asset-body (first part) + div#more.asset-more
  (extended part, when any); div.asset-footer (Categories, Tags as ``javascript:`` links with the
  search URL in ``onclick``, "Chia sẻ" Facebook/Zalo); a trackback block ("TrackBack URL:" linking
  ``/cgi-bin/mt/mt-tb.cgi/<tb_id>``); a comments block (1–2 comments on three entries; commenter
  names link ``mt-comments.cgi?__mode=red&id=N``); a comment form posting to
  ``/cgi-bin/mt/mt-comments.cgi`` with a sign-in link ``mt-comments.cgi?__mode=login&…``; entry
  navigation "« Bài trước | Trang chính | Bài sau »" (new template) or "« Previous | Main |
  Next »" (old template). An RDF trackback block sits in an HTML comment in the head (with
  ``dc:creator`` = the login and ``dc:subject`` = the primary category). No rel=canonical.
* Images are MT assets typed into the entry: ``<span class="mt-enclosure mt-enclosure-image"><a
  href="/tin-tuc/2026/11/20/full.jpg"><img src="/assets_c/2026/11/full-thumb-500x333-3127.jpg"
  …/></a></span>``; the editors type the caption as the next block: ``<p style="text-align:
  center;"><em>…</em></p>`` or ``<div style="text-align: center;">…</div>``, or nothing. The 2009
  entries have a hand-typed ``<img>`` in a centred paragraph with the caption after a ``<br />``.
* Category archives ``/tin-tuc/<cat>/`` (Apache also answers ``…/index.html``; nothing links it):
  every entry of the category on one page (MT category archives are not paginated), as Entry
  Summaries, titled "Recently in <em>Hoạt động</em> Category".
* Monthly archives ``/tin-tuc/YYYY/MM/`` (also ``…/index.html``): the month's entries, with
  "« Previous | Main | Next »" to the neighbouring months that have entries (2026/11, 2026/10,
  2026/09, 2009/05, 2009/03). Those are the platform's only "pages" of listings.
* Sidebar (div#beta) on every page: search form (GET ``mt-search.cgi``), "Tin mới" (5 newest),
  "Chuyên mục" with counts, the calendar of the current month whose days with entries link
  ``/tin-tuc/YYYY/MM/DD/`` (daily archives are not published: 404), "Lưu trữ theo tháng"
  ("November 2026 (7)" …), "Từ khóa" tag cloud (direct ``mt-search.cgi?…tag=…`` links),
  "Liên kết website" dropdown, "Thống kê truy cập" counter.
* Pages (MT Pages, div.page-asset, no byline, no date): ``/gioi-thieu.html``,
  ``/co-cau-to-chuc.html``, ``/van-ban.html`` (documents list with PDF links),
  ``/thu-vien-anh.html`` (photo album with captions), ``/lien-he.html``; plus the archive index
  ``/archives.html``. These are the NON_ARTICLES.
* Feeds: ``/atom.xml`` (MT Atom template: 15 newest = all 13 entries, full body + extended
  part as ``content type="html"``, dates in UTC "Z", titles through MT's ``encode_xml`` so the
  entity titles of 2009 come out double-escaped), ``/rss.xml`` (RSS 2.0 left from the old
  setup: 40-word excerpts, RFC 822 dates).
* PDFs under ``/tai-lieu/…pdf`` and ``/tin-tuc/2026/11/…pdf``; images, CSS, JS anywhere.
* No robots.txt (404), no sitemap.

Traps
-----
* ``/cgi-bin/mt/mt-search.cgi?…&page=N``: search and tag results. The customised results
  template prints "Next »" to ``page=N+1`` unconditionally, so past the last result the pages
  are empty ("Không tìm thấy bài viết nào phù hợp.") but still link onwards: never-ending.
* ``/cgi-bin/mt/mt-tb.cgi/<id>``: GET answers MT's XML error "Trackback pings must use HTTP
  POST" (200, text/xml).
* ``/cgi-bin/mt/mt-comments.cgi?__mode=login…`` (sign-in page, 200, not an article),
  ``?__mode=red&id=N`` (302 to the commenter's own web site on another host), any other GET
  or a POST (MT error page, 200).
* Calendar days ``/tin-tuc/YYYY/MM/DD/``: 404 (the template links daily archives the blog does
  not publish); the full-size images live in those folders.
* ``/`` and ``/index.html`` are the same page; archive folders also answer as ``index.html``.
* The index and archives print each entry's first part (the whole text for short entries).
* Two entries of 2009, imported from the school's older site, write every non-ASCII letter as an
  HTML entity (named for Latin-1 letters, ``&#NNNN;`` for the rest), titles included; one of
  them separates its paragraphs with ``<br /><br />`` inside one ``<p>``. One 2026 entry was
  typed with Unikey in "Unicode tổ hợp": its title and text are decomposed (NFD).
* The login in "Posted by bientap" / "Đăng bởi quantri" is an account, not an author.
* "Khai giảng lớp … khóa 47" (khai-giang-k47) has two categories; MT lists "Categories:" sorted by label (code point order), so
  "Hoạt động" is printed before "Đào tạo - Bồi dưỡng"; the breadcrumb and the RDF ``dc:subject``
  show the primary category, "Đào tạo - Bồi dưỡng".
* Comments (names, dates, texts) sit under three entries; they are not article text.

Gold decisions (as a careful reader decides)
--------------------------------------------
* 13 entries, all gold. Paths: the 10 newest are linked from ``/``; "Bế giảng lớp Cao cấp…"
  (30/09/2026) and the two 2009 entries are reached through the monthly archives, the category
  archives ("Đào tạo - Bồi dưỡng", "Tin tổng hợp"), the entry navigation and the "Lưu trữ theo
  tháng" list. ``canonical_path`` = path (no rel=canonical, no other address serves an entry).
* title: the h1.asset-name, entities decoded, NFC.
* published_at: the byline's date and time, local (+07:00): "on 14/11/2026 at 08:30 AM" →
  2026-11-14T08:30:00+07:00, "at 03:00 PM" is 15:00, "lúc 14:05 20/11/2026" → 14:05.
* authors: from the byline the editor typed at the end of the text, without academic titles
  ("ThS.", "TS.") and without the unit after " - " ("ThS. Trần Thị Thu Hà - Khoa Xây dựng Đảng"
  → Trần Thị Thu Hà). "Tin, ảnh: Minh Châu" → author and photographer Minh Châu; "Bài: Hà Thu -
  Ảnh: Quang Huy" → author Hà Thu, photographer Quang Huy; "Ảnh: Thu Trang" alone → photographer
  only; a bare bold name at the end ("Quỳnh Anh", "Nguyễn Văn Thắng") is the author. A unit
  signing alone ("Phòng Quản lý đào tạo", "PHÒNG QUẢN LÝ ĐÀO TẠO", "BCH Chi đoàn") wrote the post:
  it is the author, as printed (harmonised with the other portals' gold; the helper had written
  none). The MT login ("bientap", "quantri", "admin") is never an author.
* source: "Nguồn: Tạp chí Tuyên giáo" → "Tạp chí Tuyên giáo" (one entry); else None.
* summary: the bold lead paragraph that opens three entries (it is also the body's first
  paragraph); entries without such a lead have None.
* body: the asset-body paragraphs then the asset-more paragraphs, in order; bold sub-headings,
  list items and table rows (cells joined by " | ") are paragraphs; the ``<br /><br />``-split
  2009 text gives one paragraph per block. Not in the body: captions, byline/source lines, the
  ``&nbsp;`` spacer paragraphs, the "Đọc tiếp" link, tags, share, trackback, comments, related
  lists. A link inside a paragraph ("Thông báo số 125/TB-TCT") is plain text of the paragraph.
* images: the ``img src`` of each photo in the text (the 500px MT thumbnail under
  ``/assets_c/``, not the full-size file it links to), in order; caption = the centred line
  the editor typed under it, or None when nothing is printed under it.
* category: the primary category (breadcrumb on the new template, the single "Categories:" item
  on the old one).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qs, quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, entity_mix, esc, gold_record
from ._common import static_file as _static_file

NAME = "movabletype_tct"
PLATFORM = "Movable Type 5.2 static publishing (Classic Blog templates, half translated)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Sơn La"
TAGLINE = "Trang thông tin điện tử"
BLOG_ID = 1
#: the entry template was translated on this day; entries published since carry the new markup
TEMPLATE_SWITCH = datetime(2026, 11, 16, 0, 0)
#: the day the index, archives and pages were last republished (the sidebar calendar's month)
LAST_BUILD = datetime(2026, 11, 24, 15, 40)
B = "__BASE__"  # MT prints its own links absolute: replaced by the request's host when served

MORE = Raw("<!-- more -->")
SPACER = Raw("<p>&nbsp;</p>")

CATS: dict[str, str] = {
    "hoat-dong": "Hoạt động",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
    "dang-doan-the": "Công tác Đảng - Đoàn thể",
    "tin-tong-hop": "Tin tổng hợp",
}
#: order of the "Chuyên mục" widget (MT sorts by label; the school reordered it by hand)
CAT_ORDER = list(CATS)


def right(line: str, tag: str = "strong") -> Raw:
    """A byline/source line typed right-aligned at the end of the text."""
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def right_old(line: str, tag: str = "strong") -> Raw:
    """The 2009 editor's right-aligned line (HTML 3 attributes)."""
    return Raw(f'<p align="right"><{tag}>{esc(line)}</{tag}></p>')


# --- the entries ------------------------------------------------------------------------------
# opts: base (MT basename), when (local time as printed), login, cats (primary first), tags,
# form ("" | "nfd" | "entities"), comments, tb (TrackBack id), links {phrase: href}

ENTRIES: list[Story] = [
    Story(
        id=1492,
        slug="thong_bao_lich",
        title="Thông báo lịch thi kết thúc học phần lớp Trung cấp lý luận chính trị khóa 45",
        cat="thong-bao",
        published_at="2026-11-24T15:40:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo thông báo lịch thi kết thúc học phần “Những vấn đề cơ bản "
                "về hệ thống chính trị, Nhà nước và pháp luật xã hội chủ nghĩa” đối với lớp Trung "
                "cấp lý luận chính trị hệ tập trung khóa 45: 7 giờ 30 phút, thứ Năm, ngày "
                "03/12/2026 tại Hội trường B, Trường Chính trị tỉnh."
            ),
            P(
                "Đề nghị học viên có mặt đúng giờ, mang theo thẻ học viên và chấp hành nghiêm quy "
                "chế thi."
            ),
            right("PHÒNG QUẢN LÝ ĐÀO TẠO"),
        ],
        # (harmonised with the other portals' gold: an office signing alone wrote the post)
        authors=["PHÒNG QUẢN LÝ ĐÀO TẠO"],
        opts={
            "when": "2026-11-24 15:40",
            "login": "quantri",
            "cats": ("thong-bao",),
            "tags": ("thi học phần", "trung cấp LLCT"),
            "tb": 1403,
        },
    ),
    Story(
        id=1489,
        slug="truong_chinh_tr",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)",
        cat="hoat-dong",
        published_at="2026-11-20T14:05:00+07:00",
        summary="Sáng 19/11, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm học "
        "2025 - 2026.",
        blocks=[
            P(
                "Sáng 19/11, Trường Chính trị tỉnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu năm học "
                "2025 - 2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Cầm Thị Phượng, Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân "
                "vận Tỉnh ủy; đại diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các đồng chí "
                "nguyên lãnh đạo Trường qua các thời kỳ cùng toàn thể cán bộ, giảng viên, nhân "
                "viên nhà trường."
            ),
            Img(
                "/assets_c/2026/11/le-ky-niem-20-11-thumb-500x333-3127.jpg",
                "Đồng chí Cầm Thị Phượng, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc "
                "mừng tập thể Nhà trường",
                "Đồng chí Cầm Thị Phượng, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc "
                "mừng tập thể Nhà trường",
                "em",
            ),
            MORE,
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống vẻ vang "
                "của Ngày Nhà giáo Việt Nam, khẳng định trong năm học vừa qua, đội ngũ giảng viên "
                "đã hoàn thành tốt nhiệm vụ giảng dạy 28 lớp với hơn 2.100 học viên; tích cực đổi "
                "mới phương pháp giảng dạy, gắn lý luận với thực tiễn của địa phương."
            ),
            P(
                "Nhân dịp này, Nhà trường đã trao Giấy khen cho 12 giảng viên có thành tích xuất "
                "sắc trong hoạt động giảng dạy và nghiên cứu khoa học; công bố kết quả Hội thi "
                "giảng viên dạy giỏi cấp trường năm 2026 với 3 giải Nhất, 4 giải Nhì và 6 giải Ba."
            ),
            Img(
                "/assets_c/2026/11/trao-giay-khen-thumb-500x333-3128.jpg",
                "Lãnh đạo Nhà trường trao Giấy khen cho các giảng viên tiêu biểu",
                "Lãnh đạo Nhà trường trao Giấy khen cho các giảng viên tiêu biểu",
                "em",
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Cầm Thị Phượng ghi nhận, biểu dương những kết quả "
                "mà tập thể Nhà trường đạt được, đồng thời đề nghị đội ngũ nhà giáo tiếp tục rèn "
                "luyện phẩm chất chính trị, đạo đức, lối sống, nâng cao trình độ chuyên môn, xứng "
                "đáng là “cái nôi” đào tạo cán bộ của tỉnh."
            ),
            SPACER,
            right("Tin, ảnh: Minh Châu"),
        ],
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        opts={
            "when": "2026-11-20 14:05",
            "login": "bientap",
            "cats": ("hoat-dong",),
            "tags": ("20/11", "nhà giáo"),
            "tb": 1400,
            "comments": [
                (
                    812,
                    "Nguyễn Văn Hùng",
                    "http://nguyenvanhung-sl.blogspot.com/",
                    "2026-11-20 21:12",
                    "Chúc mừng các thầy cô nhân ngày Nhà giáo Việt Nam! Kính chúc thầy cô luôn "
                    "mạnh khỏe, hạnh phúc.",
                ),
                (
                    815,
                    "Học viên lớp TC45",
                    None,
                    "2026-11-21 07:30",
                    "Cảm ơn các thầy cô đã tận tình giảng dạy chúng em trong suốt khóa học.",
                ),
            ],
        },
    ),
    Story(
        id=1486,
        slug="khai-giang-k47",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 47 tại xã Mai "
        "Sơn",
        cat="dao-tao-boi-duong",
        published_at="2026-11-17T09:15:00+07:00",
        blocks=[
            P(
                "Ngày 16/11/2026, tại Trung tâm Chính trị xã Mai Sơn, Trường Chính trị tỉnh phối "
                "hợp với Đảng ủy xã Mai Sơn tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị "
                "hệ không tập trung khóa 47."
            ),
            Img(
                "/assets_c/2026/11/khai-giang-k47-thumb-500x375-3119.jpg",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "center",
            ),
            P(
                "Lớp học có 68 học viên là cán bộ, công chức các xã Mai Sơn, Chiềng Mung, Cò Nòi và "
                "các đơn vị lực lượng vũ trang đóng quân trên địa bàn. Trong thời gian 8 tháng, học "
                "viên sẽ được trang bị những kiến thức cơ bản, hệ thống về chủ nghĩa Mác - Lênin, "
                "tư tưởng Hồ Chí Minh, đường lối của Đảng, chính sách, pháp luật của Nhà nước và kỹ "
                "năng lãnh đạo, quản lý ở cơ sở."
            ),
            MORE,
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ động "
                "cơ, thái độ học tập đúng đắn; chấp hành nghiêm quy chế, nội quy của lớp học; tích "
                "cực nghiên cứu, trao đổi, liên hệ với thực tiễn công tác tại địa phương, đơn vị."
            ),
            P(
                "Đồng chí Bí thư Đảng ủy xã Mai Sơn cam kết tạo mọi điều kiện thuận lợi về cơ sở "
                "vật chất, thời gian để học viên hoàn thành tốt chương trình khóa học."
            ),
            right("ThS. Nguyễn Thị Hồng Nhung - Khoa Nhà nước và pháp luật", "em"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "when": "2026-11-17 09:15",
            "login": "bientap",
            "cats": ("dao-tao-boi-duong", "hoat-dong"),
            "tags": ("khai giảng", "trung cấp LLCT"),
            "tb": 1397,
        },
    ),
    Story(
        id=1484,
        slug="hoi_nghi_tong_k",
        title="Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm học 2025 - 2026",
        cat="hoat-dong",
        published_at="2026-11-14T08:30:00+07:00",
        summary="Ngày 13/11/2026, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác đào "
        "tạo, bồi dưỡng năm học 2025 - 2026, triển khai phương hướng, nhiệm vụ năm học 2026 - "
        "2027.",
        blocks=[
            P(
                "Ngày 13/11/2026, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác đào "
                "tạo, bồi dưỡng năm học 2025 - 2026, triển khai phương hướng, nhiệm vụ năm học "
                "2026 - 2027.",
                "lead",
            ),
            P(
                "Tham dự Hội nghị có đồng chí Lường Văn Thắng, Phó Trưởng Ban Tổ chức Tỉnh ủy; lãnh "
                "đạo các sở, ngành có liên quan; đại diện Đảng ủy các xã, phường có học viên theo "
                "học tại Trường."
            ),
            Img(
                "/assets_c/2026/11/hoi-nghi-tong-ket-thumb-500x333-3112.jpg",
                "Quang cảnh Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm học 2025 - 2026",
                "Quang cảnh Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm học 2025 - 2026",
                "em",
            ),
            MORE,
            P(
                "Báo cáo tổng kết nêu rõ, năm học 2025 - 2026 diễn ra trong bối cảnh tỉnh thực hiện "
                "sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp, nhu cầu đào "
                "tạo, bồi dưỡng cán bộ cơ sở tăng cao. Nhà trường đã chủ động phối hợp với các cơ "
                "quan liên quan mở 31 lớp với 2.386 học viên, vượt 8% kế hoạch được giao."
            ),
            P("Kết quả đào tạo, bồi dưỡng năm học 2025 - 2026", "strong"),
            P("Loại hình lớp | Số lớp | Số học viên | Tỷ lệ khá, giỏi", "th"),
            P("Cao cấp lý luận chính trị (hệ không tập trung) | 2 | 196 | 87,2%", "tr"),
            P("Trung cấp lý luận chính trị | 14 | 1.032 | 74,5%", "tr"),
            P("Bồi dưỡng cán bộ lãnh đạo, quản lý cấp xã | 9 | 812 | -", "tr"),
            P("Bồi dưỡng kết nạp Đảng, đảng viên mới | 6 | 346 | -", "tr"),
            P("Tổng cộng | 31 | 2.386 | -", "tr"),
            P(
                "Công tác nghiên cứu khoa học tiếp tục được quan tâm: Nhà trường chủ trì 2 đề tài "
                "khoa học cấp tỉnh, 9 đề tài cấp cơ sở; tổ chức 3 hội thảo khoa học và 12 chuyên "
                "đề sinh hoạt khoa học tại các khoa."
            ),
            P(
                "Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số hạn chế: việc đổi mới "
                "phương pháp giảng dạy ở một số bộ môn còn chậm; tỷ lệ giảng viên đi thực tế tại "
                "cơ sở chưa đạt yêu cầu; cơ sở vật chất phục vụ học tập trực tuyến còn thiếu."
            ),
            P(
                "Phát biểu chỉ đạo Hội nghị, đồng chí Lường Văn Thắng đề nghị Nhà trường tập trung "
                "nâng cao chất lượng đội ngũ giảng viên, đẩy mạnh chuyển đổi số trong quản lý đào "
                "tạo, bám sát nhu cầu của cơ sở để xây dựng kế hoạch mở lớp phù hợp."
            ),
            P(
                "Dịp này, Nhà trường đã khen thưởng 5 tập thể và 23 cá nhân có thành tích xuất sắc "
                "trong năm học 2025 - 2026."
            ),
            right("Phòng Quản lý đào tạo"),
        ],
        # (harmonised with the other portals' gold: an office signing alone wrote the post)
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "when": "2026-11-14 08:30",
            "login": "bientap",
            "cats": ("hoat-dong",),
            "tags": ("hội nghị", "tổng kết"),
            "tb": 1395,
        },
    ),
    Story(
        id=1481,
        slug="hoi_thao_khoa_h",
        title="Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị trong bối cảnh "
        "chuyển đổi số”",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-11-10T16:20:00+07:00",
        blocks=[
            P(
                "Chiều 10/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng "
                "cao chất lượng giảng dạy lý luận chính trị trong bối cảnh chuyển đổi số”. Đồng chí "
                "Hiệu trưởng Nhà trường chủ trì Hội thảo."
            ),
            Img(
                "/assets_c/2026/11/hoi-thao-cds-thumb-500x333-3104.jpg",
                "Các đại biểu dự Hội thảo khoa học",
                "Các đại biểu dự Hội thảo khoa học",
                "center",
            ),
            MORE,
            P(
                "Hội thảo nhận được 24 bài tham luận của giảng viên Nhà trường, báo cáo viên cấp "
                "tỉnh và cán bộ các trung tâm chính trị. Các ý kiến tập trung phân tích thực trạng "
                "ứng dụng công nghệ thông tin trong giảng dạy, những thuận lợi, khó khăn khi tổ "
                "chức học tập kết hợp trực tiếp và trực tuyến."
            ),
            P(
                "Nhiều tham luận đề xuất xây dựng kho học liệu số dùng chung, số hóa giáo trình, "
                "bài giảng; bồi dưỡng kỹ năng số cho giảng viên; đổi mới hình thức kiểm tra, đánh "
                "giá theo hướng phát huy tính chủ động của người học."
            ),
            Img("/assets_c/2026/11/hoi-thao-cds-2-thumb-500x333-3105.jpg", None, None, "none"),
            P(
                "Kết luận Hội thảo, đồng chí Hiệu trưởng ghi nhận các ý kiến tâm huyết, có tính "
                "thực tiễn cao; giao Phòng Quản lý khoa học tổng hợp, biên tập kỷ yếu để làm tài "
                "liệu tham khảo trong giảng dạy."
            ),
            right("Bài: Hà Thu - Ảnh: Quang Huy"),
        ],
        authors=["Hà Thu"],
        photographers=["Quang Huy"],
        opts={
            "when": "2026-11-10 16:20",
            "login": "bientap",
            "cats": ("nghien-cuu-khoa-hoc",),
            "tags": ("hội thảo", "chuyển đổi số"),
            "tb": 1392,
            "comments": [
                (
                    805,
                    "Đỗ Minh Tuấn",
                    None,
                    "2026-11-11 08:47",
                    "Đề nghị Nhà trường sớm đưa kỷ yếu Hội thảo lên trang thông tin để các trung "
                    "tâm chính trị cùng tham khảo.",
                ),
            ],
        },
    ),
    Story(
        id=1478,
        slug="chi_bo_khoa_xay",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="dang-doan-the",
        published_at="2026-11-05T10:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Hướng dẫn của Đảng ủy Trường, ngày 04/11/2026, Chi bộ Khoa Xây dựng Đảng "
                "tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao tính tiên phong, gương mẫu của "
                "đảng viên là giảng viên trong thực hiện nhiệm vụ chính trị”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ trách nhiệm nêu gương của "
                "người giảng viên lý luận chính trị: giữ vững lập trường tư tưởng, không ngừng học "
                "tập nâng cao trình độ, nói đi đôi với làm; kiên quyết đấu tranh phản bác các quan "
                "điểm sai trái, thù địch trên không gian mạng."
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất ban hành Kế hoạch thực hiện chuyên đề, "
                "trong đó mỗi đảng viên đăng ký ít nhất một nội dung cụ thể để rèn luyện, phấn đấu "
                "trong năm 2027."
            ),
            right("ThS. Trần Thị Thu Hà - Khoa Xây dựng Đảng", "em"),
        ],
        authors=["Trần Thị Thu Hà"],
        opts={
            "when": "2026-11-05 10:00",
            "login": "bientap",
            "cats": ("dang-doan-the",),
            "tags": ("chi bộ", "sinh hoạt chuyên đề"),
            "form": "nfd",
            "tb": 1390,
        },
    ),
    Story(
        id=1475,
        slug="thong_bao_tuyen",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-02T07:45:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215-KH/TU của Ban Thường vụ Tỉnh ủy về đào tạo lý luận chính "
                "trị năm 2027, Trường Chính trị tỉnh thông báo tuyển sinh lớp Cao cấp lý luận chính "
                "trị hệ không tập trung mở tại Trường, cụ thể như sau:"
            ),
            MORE,
            P("1. Đối tượng, tiêu chuẩn", "strong"),
            P(
                "Cán bộ lãnh đạo, quản lý cấp phòng, ban và tương đương trở lên của các cơ quan, "
                "đơn vị cấp tỉnh; cán bộ chủ chốt cấp xã.",
                "li",
            ),
            P(
                "Có trình độ đại học trở lên; đã có bằng trung cấp lý luận chính trị hoặc tương "
                "đương.",
                "li",
            ),
            P(
                "Tuổi đời không quá 50 đối với nam, không quá 45 đối với nữ tính đến thời điểm "
                "khai giảng.",
                "li",
            ),
            P("2. Hồ sơ dự tuyển", "strong"),
            P(
                "Hồ sơ gồm: quyết định cử đi học của cấp có thẩm quyền; bản sao bằng tốt nghiệp đại "
                "học, bằng trung cấp lý luận chính trị; sơ yếu lý lịch có xác nhận của cơ quan; "
                "giấy chứng nhận sức khỏe."
            ),
            P("3. Thời gian nhận hồ sơ", "strong"),
            P(
                "Từ ngày 15/11/2026 đến hết ngày 15/12/2026 tại Phòng Quản lý đào tạo, Trường Chính "
                "trị tỉnh. Chi tiết xem tại Thông báo số 125/TB-TCT."
            ),
        ],
        opts={
            "when": "2026-11-02 07:45",
            "login": "quantri",
            "cats": ("thong-bao",),
            "tags": ("tuyển sinh", "cao cấp LLCT"),
            "tb": 1387,
            "links": {"Thông báo số 125/TB-TCT": "/tin-tuc/2026/11/TB-125-TCT-tuyen-sinh.pdf"},
        },
    ),
    Story(
        id=1471,
        slug="doan_cong_tac_h",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
        cat="hoat-dong",
        published_at="2026-10-28T15:00:00+07:00",
        blocks=[
            P(
                "Chiều 27/10/2026, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn "
                "Đức, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính "
                "trị tỉnh về công tác phối hợp đào tạo, bồi dưỡng cán bộ."
            ),
            Img(
                "/assets_c/2026/10/hv-kv1-lam-viec-thumb-500x333-3088.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "center",
            ),
            MORE,
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về kết quả phối hợp tổ chức các lớp Cao cấp "
                "lý luận chính trị hệ không tập trung tại tỉnh; thống nhất kế hoạch mở lớp năm "
                "2027, cử giảng viên tham gia giảng dạy, hướng dẫn nghiên cứu thực tế và trao đổi "
                "kinh nghiệm trong công tác quản lý đào tạo."
            ),
            P(
                "Phó Giám đốc Học viện đánh giá cao sự chủ động, trách nhiệm của Trường Chính trị "
                "tỉnh trong công tác phối hợp quản lý lớp học, bảo đảm chất lượng, đúng quy chế."
            ),
            right("Tin: Phạm Đức Anh"),
        ],
        authors=["Phạm Đức Anh"],
        opts={
            "when": "2026-10-28 15:00",
            "login": "bientap",
            "cats": ("hoat-dong",),
            "tags": ("Học viện Chính trị khu vực I",),
            "tb": 1383,
        },
    ),
    Story(
        id=1467,
        slug="cong_doan_truon",
        title="Công đoàn Trường tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt "
        "Nam",
        cat="dang-doan-the",
        published_at="2026-10-20T10:30:00+07:00",
        blocks=[
            P(
                "Sáng 20/10/2026, Ban Chấp hành Công đoàn Trường Chính trị tỉnh tổ chức buổi tọa "
                "đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2026)."
            ),
            P(
                "Tại buổi tọa đàm, các nữ cán bộ, giảng viên đã cùng ôn lại truyền thống của phụ "
                "nữ Việt Nam, chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình. Dịp này, "
                "Công đoàn Trường tặng quà cho 42 nữ đoàn viên."
            ),
            Img(
                "/assets_c/2026/10/toa-dam-20-10-thumb-500x333-3080.jpg",
                "Các nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm",
                "Các nữ cán bộ, viên chức Nhà trường chụp ảnh lưu niệm",
                "em",
            ),
            right("Ảnh: Thu Trang", "em"),
        ],
        photographers=["Thu Trang"],
        opts={
            "when": "2026-10-20 10:30",
            "login": "bientap",
            "cats": ("dang-doan-the",),
            "tags": ("công đoàn", "20/10"),
            "tb": 1379,
            "comments": [
                (
                    790,
                    "Lò Thị Hương",
                    None,
                    "2026-10-20 15:02",
                    "Buổi tọa đàm rất ý nghĩa. Chúc các chị em luôn vui khỏe!",
                ),
                (
                    791,
                    "Phạm Thị Lan",
                    "http://phamthilan.wordpress.com/",
                    "2026-10-21 09:40",
                    "Cảm ơn Công đoàn Trường đã tổ chức chương trình.",
                ),
            ],
        },
    ),
    Story(
        id=1459,
        slug="van_dung_tu_tuo",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở "
        "hiện nay",
        cat="nghien-cuu-khoa-hoc",
        published_at="2026-10-09T08:00:00+07:00",
        summary="Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để "
        "các trường chính trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán bộ cơ "
        "sở đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp.",
        source="Tạp chí Tuyên giáo",
        blocks=[
            P(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để "
                "các trường chính trị đổi mới nội dung, phương pháp đào tạo, bồi dưỡng đội ngũ cán "
                "bộ cơ sở đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp.",
                "lead",
            ),
            P("1. Tư tưởng Hồ Chí Minh về vai trò của cán bộ", "strong"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “muôn "
                "việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, cán bộ là "
                "cầu nối giữa Đảng, Chính phủ với nhân dân; là người đem chính sách của Đảng, "
                "Chính phủ giải thích cho dân chúng hiểu rõ và thi hành, đồng thời đem tình hình "
                "của dân chúng báo cáo cho Đảng, Chính phủ hiểu rõ để đặt chính sách cho đúng."
            ),
            P(
                "Người đặc biệt quan tâm đến cán bộ cơ sở, bởi “cấp xã là gần gũi dân nhất, là nền "
                "tảng của hành chính. Cấp xã làm được việc thì mọi công việc đều xong xuôi”."
            ),
            MORE,
            P(
                "2. Một số yêu cầu đặt ra đối với công tác đào tạo, bồi dưỡng cán bộ cơ sở",
                "strong",
            ),
            P(
                "Sau khi sắp xếp đơn vị hành chính, chính quyền cấp xã được giao nhiều nhiệm vụ, "
                "quyền hạn mới; phạm vi quản lý rộng hơn, đòi hỏi đội ngũ cán bộ cơ sở phải có bản "
                "lĩnh chính trị vững vàng, năng lực tham mưu, tổ chức thực hiện và kỹ năng giải "
                "quyết công việc trên môi trường số."
            ),
            P(
                "Thực tiễn giảng dạy tại Trường Chính trị tỉnh cho thấy, bên cạnh những kết quả đạt "
                "được, chương trình bồi dưỡng còn nặng về lý thuyết, thời lượng dành cho thảo luận "
                "tình huống, nghiên cứu thực tế còn ít; một bộ phận học viên chưa chủ động vận dụng "
                "kiến thức vào thực tiễn công tác."
            ),
            P("3. Giải pháp vận dụng", "strong"),
            P(
                "Một là, đổi mới nội dung chương trình theo hướng tinh gọn, thiết thực, gắn với "
                "chức trách, nhiệm vụ của từng chức danh cán bộ cấp xã.",
                "li",
            ),
            P(
                "Hai là, đẩy mạnh phương pháp giảng dạy tích cực, tăng cường xử lý tình huống, mời "
                "cán bộ có kinh nghiệm thực tiễn tham gia trao đổi với học viên.",
                "li",
            ),
            P(
                "Ba là, gắn đào tạo với rèn luyện đạo đức cách mạng, thực hiện nghiêm việc đánh giá "
                "ý thức tổ chức kỷ luật, tác phong của học viên trong suốt khóa học.",
                "li",
            ),
            P(
                "Bốn là, xây dựng đội ngũ giảng viên “vừa hồng, vừa chuyên”, thường xuyên đi thực "
                "tế cơ sở để bài giảng sát với đời sống.",
                "li",
            ),
            P(
                "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về cán bộ vào công tác đào tạo, bồi dưỡng "
                "là yêu cầu vừa cấp bách, vừa lâu dài, góp phần xây dựng đội ngũ cán bộ cơ sở đủ "
                "phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ trong giai đoạn mới."
            ),
            right("TS. Lê Văn Bình - Khoa Lý luận cơ sở"),
            right("Nguồn: Tạp chí Tuyên giáo", "em"),
        ],
        authors=["Lê Văn Bình"],
        opts={
            "when": "2026-10-09 08:00",
            "login": "bientap",
            "cats": ("nghien-cuu-khoa-hoc",),
            "tags": ("tư tưởng Hồ Chí Minh", "cán bộ cơ sở"),
            "tb": 1371,
        },
    ),
    Story(
        id=1452,
        slug="be_giang_lop_ca",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2024 - 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-09-30T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 29/9/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh "
                "tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ "
                "không tập trung khóa học 2024 - 2026 mở tại tỉnh."
            ),
            P(
                "Sau hơn hai năm học tập, 98/98 học viên đã hoàn thành chương trình và được công "
                "nhận tốt nghiệp. Kết quả cụ thể như sau:"
            ),
            MORE,
            P("Xếp loại tốt nghiệp | Số học viên | Tỷ lệ", "th"),
            P("Xuất sắc | 6 | 6,1%", "tr"),
            P("Giỏi | 41 | 41,8%", "tr"),
            P("Khá | 48 | 49,0%", "tr"),
            P("Trung bình | 3 | 3,1%", "tr"),
            Img(
                "/assets_c/2026/09/be-giang-cao-cap-thumb-500x333-3061.jpg",
                "Trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
                "Trao bằng tốt nghiệp cho các học viên đạt loại xuất sắc",
                "em",
            ),
            P(
                "Phát biểu bế giảng, đại diện lãnh đạo Học viện đề nghị các học viên tiếp tục tự "
                "học tập, rèn luyện, vận dụng sáng tạo những kiến thức đã được trang bị vào thực "
                "tiễn công tác tại cơ quan, đơn vị, địa phương."
            ),
            right("Quỳnh Anh"),
        ],
        authors=["Quỳnh Anh"],
        opts={
            "when": "2026-09-30 14:30",
            "login": "bientap",
            "cats": ("dao-tao-boi-duong",),
            "tags": ("bế giảng", "cao cấp LLCT"),
            "tb": 1364,
        },
    ),
    Story(
        id=38,
        slug="trng_chnh_tr_t",
        title="Trường Chính trị tổ chức Lễ kỷ niệm 119 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        cat="tin-tong-hop",
        published_at="2009-05-19T09:00:00+07:00",
        blocks=[
            P(
                "Sáng ngày 18/5/2009, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 119 năm Ngày sinh "
                "Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2009). Tham dự có toàn thể cán bộ, giáo "
                "viên, công nhân viên và hơn 300 học viên các lớp đang học tập tại Trường."
            ),
            Img(
                "/images/tintuc/2009/ky-niem-119-nam.jpg",
                "Các đại biểu dâng hoa trước tượng đài Bác Hồ",
                "Các đại biểu dâng hoa trước tượng đài Bác Hồ",
                "old",
            ),
            P(
                "Tại buổi lễ, đồng chí Phó Hiệu trưởng đã ôn lại cuộc đời và sự nghiệp cách mạng vĩ "
                "đại của Chủ tịch Hồ Chí Minh; đồng thời phát động cán bộ, giáo viên và học viên "
                "tiếp tục đẩy mạnh Cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí "
                "Minh”."
            ),
            P(
                "Nhân dịp này, Nhà trường đã khen thưởng 5 tập thể và 14 cá nhân có thành tích "
                "tiêu biểu trong thực hiện Cuộc vận động năm 2008."
            ),
            right_old("Nguyễn Văn Thắng"),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={
            "when": "2009-05-19 09:00",
            "login": "admin",
            "cats": ("tin-tong-hop",),
            "tags": (),
            "form": "entities",
            "tb": 29,
        },
    ),
    Story(
        id=31,
        slug="i_hi_chi_on_trn",
        title="Đại hội Chi đoàn Trường Chính trị nhiệm kỳ 2009 - 2011",
        cat="tin-tong-hop",
        published_at="2009-03-26T16:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 25/3/2009, Chi đoàn Trường Chính trị tỉnh đã tổ chức Đại hội Chi đoàn "
                "nhiệm kỳ 2009 - 2011. Về dự Đại hội có đại diện Tỉnh đoàn, Đảng ủy Trường và 27 "
                "đoàn viên thanh niên của Chi đoàn.",
                "br",
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nhiệm vụ nhiệm kỳ 2007 - 2009: Chi đoàn đã "
                "tổ chức tốt các phong trào thi đua, hoạt động tình nguyện, văn hóa, thể thao; 4 "
                "đoàn viên ưu tú được giới thiệu kết nạp vào Đảng.",
                "br",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Chi đoàn nhiệm kỳ 2009 - 2011 gồm 3 đồng chí; đồng "
                "chí Lò Thị Hương được bầu làm Bí thư Chi đoàn.",
                "br",
            ),
            right_old("BCH Chi đoàn", "em"),
        ],
        # (harmonised with the other portals' gold: an office signing alone wrote the post)
        authors=["BCH Chi đoàn"],
        opts={
            "when": "2009-03-26 16:00",
            "login": "admin",
            "cats": ("tin-tong-hop",),
            "tags": (),
            "form": "entities",
            "tb": 23,
        },
    ),
]

BY_ID = {s.id: s for s in ENTRIES}


def when(story: Story) -> datetime:
    return datetime.strptime(story.opts["when"], "%Y-%m-%d %H:%M")


def entry_path(story: Story) -> str:
    dt = when(story)
    return f"/tin-tuc/{dt:%Y}/{dt:%m}/{story.slug}.html"


def new_template(story: Story) -> bool:
    return when(story) >= TEMPLATE_SWITCH


#: newest first, as MT lists them
CHRONO = sorted(ENTRIES, key=when, reverse=True)


def neighbours(story: Story) -> tuple[Story | None, Story | None]:
    """(previous = older, next = newer) in publication order."""
    i = CHRONO.index(story)
    older = CHRONO[i + 1] if i + 1 < len(CHRONO) else None
    newer = CHRONO[i - 1] if i > 0 else None
    return older, newer


# --- text forms -------------------------------------------------------------------------------


def stored(story: Story, markup: str) -> str:
    """Markup as the entry stores it: decomposed for the Unikey editor, entities for 2009."""
    form = story.opts.get("form", "")
    if form == "nfd":
        return unicodedata.normalize("NFD", markup)
    if form == "entities":
        return entity_mix(markup)
    return markup


def stored_title(story: Story) -> str:
    """The title as MT holds it (printed raw by ``<$mt:EntryTitle$>``)."""
    return stored(story, esc(story.title).replace("&#x27;", "'").replace("&quot;", '"'))


def attr_title(story: Story) -> str:
    """``<$mt:EntryTitle encode_html="1"$>``: does not double-encode references."""
    return stored_title(story).replace('"', "&quot;")


# --- entry text -------------------------------------------------------------------------------


def _para_text(story: Story, p: P) -> str:
    out = esc(p.text).replace("&#x27;", "'").replace("&quot;", '"')
    for phrase, href in story.opts.get("links", {}).items():
        label = esc(phrase)
        if label in out:
            out = out.replace(
                label, f'<a href="{href}" target="_blank"><strong>{label}</strong></a>', 1
            )
    return out


def _full_image(story: Story, img: Img) -> str:
    """The full-size file the MT thumbnail links to (uploaded to a dated folder)."""
    name = re.sub(r"-thumb-\d+x\d+-\d+(\.\w+)$", r"\1", img.src.rsplit("/", 1)[1])
    dt = when(story)
    return f"/tin-tuc/{dt:%Y}/{dt:%m}/{dt:%d}/{name}"


def _image(story: Story, img: Img) -> str:
    if img.style == "old":
        cap = f"<br />\n<em>{esc(img.printed)}</em>" if img.printed else ""
        return (
            f'<p align="center"><img src="{img.src}" width="400" height="300" border="0" '
            f'alt="" />{cap}</p>'
        )
    m = re.search(r"-thumb-(\d+)x(\d+)-\d+\.", img.src)
    w, h = (m.group(1), m.group(2)) if m else ("500", "333")
    full = _full_image(story, img)
    asset = (
        '<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;">'
        f'<a href="{full}"><img alt="{esc(full.rsplit("/", 1)[1])}" src="{img.src}" '
        f'width="{w}" height="{h}" class="mt-image-center" '
        'style="text-align: center; display: block; margin: 0 auto 20px;" /></a></span></p>'
    )
    if not img.printed:
        return asset
    if img.style == "center":
        return asset + f'\n<div style="text-align: center;">{esc(img.printed)}</div>'
    return asset + f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'


def _blocks_html(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "th", "tr", "br"):
            group = [b]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and (
                    blocks[i + 1].style == b.style
                    or (b.style in ("th", "tr") and blocks[i + 1].style == "tr")
                )
            ):
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                items = "\n".join(f"<li>{_para_text(story, p)}</li>" for p in group)
                out.append(f"<ul>\n{items}\n</ul>")
            elif b.style == "br":
                out.append(
                    "<p>" + "<br />\n<br />\n".join(_para_text(story, p) for p in group) + "</p>"
                )
            else:
                rows = []
                for p in group:
                    cells = [c.strip() for c in p.text.split(" | ")]
                    if p.style == "th":
                        tds = "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells)
                    else:
                        tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellspacing="0" cellpadding="4" style="width: 100%; '
                    'border-collapse: collapse;">\n<tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody>\n</table>"
                )
        elif isinstance(b, P):
            t = _para_text(story, b)
            # TinyMCE (2011 on) justifies; the 2009 imports are bare <p>
            opening = (
                "<p>"
                if story.opts.get("form") == "entities"
                else '<p style="text-align: justify;">'
            )
            if b.style in ("lead", "strong"):
                out.append(f"{opening}<strong>{t}</strong></p>")
            else:
                out.append(f"{opening}{t}</p>")
        elif isinstance(b, Img):
            out.append(_image(story, b))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def split_parts(story: Story) -> tuple[list, list]:
    if MORE in story.blocks:
        k = story.blocks.index(MORE)
        return story.blocks[:k], story.blocks[k + 1 :]
    return list(story.blocks), []


def body_html(story: Story) -> str:
    """``<$mt:EntryBody$>``: the first part."""
    first, _ = split_parts(story)
    return stored(story, _blocks_html(story, first))


def more_html(story: Story) -> str:
    """``<$mt:EntryMore$>``: the extended part ("" when none)."""
    _, rest = split_parts(story)
    return stored(story, _blocks_html(story, rest)) if rest else ""


def excerpt(story: Story, words: int = 40) -> str:
    """MT's automatic excerpt: the first 40 words of the body with the markup removed."""
    plain = re.sub(r"<[^>]+>", " ", body_html(story) + " " + more_html(story))
    plain = plain.replace("&nbsp;", " ")
    parts = plain.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


# --- dates as the templates print them ---------------------------------------------------------


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def ampm(dt: datetime) -> str:
    """MT's ``%I:%M %p`` (English AM/PM whatever the server locale)."""
    return f"{(dt.hour + 11) % 12 + 1:02d}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def month_title(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def rfc822(dt: datetime) -> str:
    return f"{DAYS[dt.weekday()]}, {dt.day:02d} {MONTHS[dt.month - 1][:3]} {dt:%Y %H:%M:%S} +0700"


# --- chrome -----------------------------------------------------------------------------------

MENU = """<div id="nav"><div id="nav-inner"><ul class="menu">
<li><a href="/index.html">Trang chủ</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a>
  <ul><li><a href="/gioi-thieu.html">Giới thiệu chung</a></li>
  <li><a href="/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="/tin-tuc/hoat-dong/">Tin tức</a>
  <ul><li><a href="/tin-tuc/hoat-dong/">Hoạt động</a></li>
  <li><a href="/tin-tuc/dao-tao-boi-duong/">Đào tạo - Bồi dưỡng</a></li>
  <li><a href="/tin-tuc/nghien-cuu-khoa-hoc/">Nghiên cứu khoa học</a></li>
  <li><a href="/tin-tuc/dang-doan-the/">Công tác Đảng - Đoàn thể</a></li></ul></li>
<li><a href="/tin-tuc/thong-bao/">Thông báo</a></li>
<li><a href="/van-ban.html">Văn bản</a></li>
<li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul></div></div>"""


def head(title: str, body_class: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="generator" content="Movable Type Pro 5.2.13" />
    <meta name="description" content="{esc(TAGLINE)} {esc(SITE)}" />
    <link rel="stylesheet" href="{B}/styles.css" type="text/css" />
    <link rel="start" href="{B}/" title="Home" />
    <link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{B}/atom.xml" />
    <link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{B}/rss.xml" />
    <script type="text/javascript" src="{B}/mt.js"></script>
{extra}
    <title>{title}</title>
</head>
<body id="classic-blog" class="{body_class} layout-wtt">
<div id="container"><div id="container-inner">
<div id="header"><div id="header-inner"><div id="header-content">
    <div id="header-name"><a href="{B}/" accesskey="1"><img src="/images/logo-tct.png" alt="Logo" width="90" height="90" /></a> <a href="{B}/" accesskey="1">{esc(SITE)}</a></div>
    <div id="header-description">{esc(TAGLINE)}</div>
    <div id="header-date">{TODAY}</div>
</div></div></div>
{MENU}
<div id="content"><div id="content-inner">
<div id="alpha"><div id="alpha-inner">
"""


def _calendar(year: int, month: int, upto: datetime) -> str:
    days = {
        when(s).day
        for s in ENTRIES
        if when(s) <= upto and when(s).year == year and when(s).month == month
    }
    cal = calendar.Calendar(firstweekday=6)  # Sunday first, as MT's widget
    rows = []
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for d in week:
            if not d:
                cells.append("<td>&nbsp;</td>")
            elif d in days:
                cells.append(
                    f'<td><span class="day-listing"><a href="{B}/tin-tuc/{year}/{month:02d}/{d:02d}/">{d}</a></span></td>'
                )
            else:
                cells.append(f"<td>{d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    heads = "".join(
        f'<th abbr="{a}">{t}</th>'
        for a, t in zip(
            ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
            ("CN", "T2", "T3", "T4", "T5", "T6", "T7"),
            strict=True,
        )
    )
    return f"""<div class="widget-calendar widget">
<h3 class="widget-header">{month_title(year, month)}</h3>
<div class="widget-content">
<table summary="Monthly calendar with links to each day's posts">
<tr>{heads}</tr>
{chr(10).join(rows)}
</table>
</div></div>"""


def months_with_entries(upto: datetime | None = None) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for s in CHRONO:
        dt = when(s)
        if upto and dt > upto:
            continue
        key = (dt.year, dt.month)
        if key not in seen:
            seen.append(key)
    return seen


TAG_CLOUD = ("hội nghị", "cao cấp LLCT", "trung cấp LLCT", "hội thảo", "20/11", "tuyển sinh")


def tag_link(tag: str) -> str:
    return f"{B}/cgi-bin/mt/mt-search.cgi?" + urlencode(
        {"blog_id": BLOG_ID, "tag": tag, "limit": 20}, quote_via=quote
    ).replace("&", "&amp;")


def sidebar(upto: datetime = LAST_BUILD) -> str:
    """div#beta as baked at ``upto`` (stale on entry files that were never republished)."""
    live = [s for s in CHRONO if when(s) <= upto]
    recent = "\n".join(
        f'<li><a href="{B}{entry_path(s)}">{stored_title(s)}</a></li>' for s in live[:5]
    )
    counts = {k: sum(1 for s in live if k in s.opts["cats"]) for k in CATS}
    cats = "\n".join(
        f'<li><a href="{B}/tin-tuc/{k}/">{esc(CATS[k])}</a> ({counts[k]})</li>'
        for k in CAT_ORDER
        if counts[k]
    )
    months = "\n".join(
        f'<li><a href="{B}/tin-tuc/{y}/{m:02d}/">{month_title(y, m)}</a> '
        f"({sum(1 for s in live if (when(s).year, when(s).month) == (y, m))})</li>"
        for y, m in months_with_entries(upto)
    )
    tags = " ".join(
        f'<li class="rank-{i % 4 + 1}"><a href="{tag_link(t)}">{esc(t)}</a></li>'
        for i, t in enumerate(TAG_CLOUD)
    )
    return f"""
</div></div>
<div id="beta"><div id="beta-inner">
<div class="widget-search widget">
<h3 class="widget-header">Tìm kiếm</h3>
<div class="widget-content">
<form method="get" id="search" action="{B}/cgi-bin/mt/mt-search.cgi">
<div><input type="text" id="search" class="ti" name="search" value="" />
<input type="hidden" name="IncludeBlogs" value="{BLOG_ID}" />
<input type="hidden" name="limit" value="20" />
<input type="submit" accesskey="4" value="Tìm" /></div>
</form></div></div>
<div class="widget-recent-entries widget">
<h3 class="widget-header">Tin mới</h3>
<div class="widget-content"><ul>
{recent}
</ul></div></div>
<div class="widget-archive widget-archive-category widget">
<h3 class="widget-header">Chuyên mục</h3>
<div class="widget-content"><ul>
{cats}
</ul></div></div>
{_calendar(upto.year, upto.month, upto)}
<div class="widget-archive widget-archive-monthly widget">
<h3 class="widget-header">Lưu trữ theo tháng</h3>
<div class="widget-content"><ul>
{months}
</ul></div></div>
<div class="widget-tag-cloud widget">
<h3 class="widget-header">Từ khóa</h3>
<div class="widget-content"><ul class="widget-list">{tags}</ul></div></div>
<div class="widget-links widget">
<h3 class="widget-header">Liên kết website</h3>
<div class="widget-content">
<select onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.sonla.gov.vn/">Cổng thông tin điện tử tỉnh Sơn La</option>
<option value="http://www.hcma.vn/">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="http://www.tuyengiao.vn/">Tạp chí Tuyên giáo</option>
<option value="http://baosonla.vn/">Báo Sơn La</option>
</select></div></div>
<div class="widget-counter widget">
<h3 class="widget-header">Thống kê truy cập</h3>
<div class="widget-content">
<p>Đang online: 14<br />Hôm nay: 286<br />Tháng này: 7.912<br />Tổng lượt truy cập: 1.046.372</p>
</div></div>
<div class="widget-syndication widget">
<div class="widget-content"><ul>
<li><img src="/mt-static/images/status_icons/feed.gif" alt="Subscribe to feed" width="9" height="9" /> <a href="{B}/atom.xml">Subscribe to this blog's feed</a></li>
</ul></div></div>
<div class="widget-powered widget"><div class="widget-content">
<a href="http://www.movabletype.org"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 5.2.13" width="120" height="75" /></a>
</div></div>
</div></div>
"""


FOOTER = f"""
</div></div>
<div id="footer"><div id="footer-inner"><div id="footer-content">
<div class="widget-powered"><div class="widget-content">
<p><strong>{esc(SITE).upper()}</strong><br />
Cơ quan chủ quản: Tỉnh ủy Sơn La<br />
Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh<br />
Địa chỉ: Số 8, đường Chu Văn Thịnh, phường Tô Hiệu, tỉnh Sơn La<br />
Điện thoại: 0212.3852.246 - Fax: 0212.3852.247 - Email: truongchinhtri@sonla.gov.vn</p>
<p>Bản quyền &copy; 2011 - 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p><a href="{B}/gioi-thieu.html">Giới thiệu</a> | <a href="{B}/lien-he.html">Liên hệ</a> | <a href="{B}/archives.html">Archives</a> | Powered by <a href="http://www.movabletype.com/">Movable Type Pro</a></p>
</div></div>
</div></div></div>
</div></div>
</body>
</html>
"""


# --- entry summaries (index and archives) --------------------------------------------------------


def cats_line(story: Story) -> str:
    # MT lists an entry's categories sorted by label (plain code point order)
    keys = sorted(story.opts["cats"], key=lambda k: CATS[k])
    items = "\n".join(
        f'<li><a href="{B}/tin-tuc/{k}/" rel="tag">{esc(CATS[k])}</a>'
        + ('<span class="delimiter">,</span>' if n < len(keys) - 1 else "")
        + "</li>"
        for n, k in enumerate(keys)
    )
    return f"""<div class="entry-categories">
<h4>Categories<span class="delimiter">:</span></h4>
<ul>
{items}
</ul></div>"""


def tags_line(story: Story) -> str:
    tags = story.opts.get("tags", ())
    if not tags:
        return ""
    items = "\n".join(
        f"""<li><a href="javascript:void(0)" onclick="location.href='{tag_link(t)}';return false;" rel="tag">{esc(t)}</a>"""
        + ('<span class="delimiter">,</span>' if n < len(tags) - 1 else "")
        + "</li>"
        for n, t in enumerate(tags)
    )
    return f"""<div class="entry-tags">
<h4>Tags<span class="delimiter">:</span></h4>
<ul>
{items}
</ul></div>"""


def byline(story: Story, permalink: str, old: bool) -> str:
    dt = when(story)
    ncom = len(story.opts.get("comments", []))
    login = story.opts["login"]
    if old:
        return f"""<div class="asset-meta">
<span class="byline">Posted by <span class="vcard author">{login}</span> on <abbr class="published" title="{iso(dt)}">{dt:%d/%m/%Y}</abbr> at {ampm(dt)}</span>
<span class="separator">|</span> <a href="{permalink}#comments">Comments ({ncom})</a>
<span class="separator">|</span> <a href="{permalink}#trackbacks">TrackBacks (0)</a>
</div>"""
    return f"""<div class="asset-meta">
<span class="byline">Đăng bởi <span class="vcard author">{login}</span> lúc <abbr class="published" title="{iso(dt)}">{dt:%H:%M %d/%m/%Y}</abbr></span>
<span class="separator">|</span> <a href="{permalink}#comments">Comments ({ncom})</a>
</div>"""


def summary_block(story: Story) -> str:
    """MT's "Entry Summary" module as the current templates print it."""
    perm = B + entry_path(story)
    more = ""
    if more_html(story):
        more = f'\n<div class="asset-more-link"><a href="{perm}#more" rel="bookmark">Đọc tiếp »</a></div>'
    return f"""<div id="entry-{story.id}" class="entry-asset asset hentry">
<div class="asset-header">
<h2 class="asset-name entry-title"><a href="{perm}" rel="bookmark">{stored_title(story)}</a></h2>
{byline(story, perm, old=False)}
</div>
<div class="asset-content entry-content">
<div class="asset-body">
{body_html(story)}
</div>{more}
</div>
<div class="asset-footer">
{cats_line(story)}
</div>
</div>
"""


def index_page() -> str:
    entries = "\n".join(summary_block(s) for s in CHRONO[:10])
    return (
        head(esc(SITE), "mt-main-index")
        + entries
        + f'\n<div class="content-nav"><a href="{B}/archives.html">Xem các tin cũ hơn trong Lưu trữ</a></div>\n'
        + sidebar()
        + FOOTER
    )


def category_page(key: str) -> str:
    entries = [s for s in CHRONO if key in s.opts["cats"]]
    label = esc(CATS[key])
    return (
        head(f"{label} - {esc(SITE)}", "mt-archive-listing mt-category-archive")
        + f'<h1 id="page-title" class="archive-title">Recently in <em>{label}</em> Category</h1>\n'
        + "\n".join(summary_block(s) for s in entries)
        + sidebar()
        + FOOTER
    )


def month_page(year: int, month: int) -> str:
    entries = [s for s in CHRONO if (when(s).year, when(s).month) == (year, month)]
    order = months_with_entries()
    i = order.index((year, month))
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    nav = []
    if older:
        nav.append(f'<a href="{B}/tin-tuc/{older[0]}/{older[1]:02d}/">« Previous</a>')
    nav.append(f'<a href="{B}/">Main</a>')
    if newer:
        nav.append(f'<a href="{B}/tin-tuc/{newer[0]}/{newer[1]:02d}/">Next »</a>')
    navhtml = '<div class="content-nav">' + " | ".join(nav) + "</div>\n"
    return (
        head(f"{month_title(year, month)} - {esc(SITE)}", "mt-archive-listing mt-datebased-archive")
        + f'<h1 id="page-title" class="archive-title">Monthly Archives: {month_title(year, month)}</h1>\n'
        + navhtml
        + "\n".join(summary_block(s) for s in entries)
        + navhtml
        + sidebar()
        + FOOTER
    )


# --- entry pages --------------------------------------------------------------------------------


def _rdf(story: Story, perm: str) -> str:
    return f"""    <!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="{perm}"
    trackback:ping="{B}/cgi-bin/mt/mt-tb.cgi/{story.opts["tb"]}"
    dc:title="{attr_title(story)}"
    dc:identifier="{perm}"
    dc:subject="{esc(CATS[story.cat])}"
    dc:description="{esc(excerpt(story))}"
    dc:creator="{story.opts["login"]}"
    dc:date="{iso(when(story))}" />
</rdf:RDF>
-->"""


def _comments(story: Story, perm: str) -> str:
    items = []
    for cid, name, url, at, body in story.opts.get("comments", []):
        dt = datetime.strptime(at, "%Y-%m-%d %H:%M")
        who = (
            f'<a class="fn url" href="{B}/cgi-bin/mt/mt-comments.cgi?__mode=red&amp;id={cid}" rel="nofollow">{esc(name)}</a>'
            if url
            else f'<span class="fn">{esc(name)}</span>'
        )
        items.append(f"""<div id="comment-{cid}" class="comment">
<div class="inner">
<div class="comment-header"><div class="asset-meta">
<span class="byline"><span class="vcard author">{who}</span>
<span class="separator">|</span> <a href="{perm}#comment-{cid}"><abbr class="published" title="{iso(dt)}">{dt:%d/%m/%Y} {ampm(dt)}</abbr></a>
<span class="separator">|</span> <a title="Trả lời" href="javascript:void(0);" onclick="mtReplyCommentOnClick({cid}, '{esc(name)}')">Trả lời</a></span>
</div></div>
<div class="comment-content"><p>{esc(body)}</p></div>
</div></div>""")
    n = len(items)
    listing = ""
    if n:
        listing = (
            f'<h2 class="comments-header">{n} Comment{"s" if n > 1 else ""}</h2>\n'
            '<div class="comments-content">\n' + "\n".join(items) + "\n</div>\n"
        )
    if when(story).year < 2011:
        form = '<div class="comments-closed"><p>Comments are closed.</p></div>'
    else:
        form = f"""<div class="comments-open" id="comments-open">
<h2 class="comments-open-header">Gửi bình luận</h2>
<div class="comments-open-content">
<div id="comment-greeting">Bạn có thể <a href="{B}/cgi-bin/mt/mt-comments.cgi?__mode=login&amp;entry_id={story.id}&amp;blog_id={BLOG_ID}&amp;static=1">đăng nhập</a> để bình luận, hoặc gửi bình luận không cần đăng nhập.</div>
<form method="post" action="{B}/cgi-bin/mt/mt-comments.cgi" name="comments_form" id="comments-form" onsubmit="return mtCommentOnSubmit(this)">
<input type="hidden" name="static" value="1" />
<input type="hidden" name="entry_id" value="{story.id}" />
<input type="hidden" name="__lang" value="en-us" />
<input type="hidden" name="parent_id" value="" id="comment-parent-id" />
<input type="hidden" name="armor" value="1" />
<input type="hidden" name="preview" value="" />
<input type="hidden" name="sid" value="" />
<div id="comments-open-data">
<div id="comment-form-name"><label for="comment-author">Họ tên</label> <input id="comment-author" name="author" size="30" value="" /></div>
<div id="comment-form-email"><label for="comment-email">Email</label> <input id="comment-email" name="email" size="30" value="" /></div>
<div id="comment-form-url"><label for="comment-url">Website</label> <input id="comment-url" name="url" size="30" value="" /></div>
<div id="comment-form-remember-me"><input type="checkbox" id="comment-bake-cookie" name="bakecookie" value="1" /> <label for="comment-bake-cookie">Remember personal info?</label></div>
</div>
<div id="comments-open-text"><label for="comment-text">Nội dung bình luận</label>
<textarea id="comment-text" name="text" rows="10" cols="50"></textarea></div>
<div id="comments-open-footer">
<input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="Xem trước" onclick="this.form.preview.value='1';" />
<input type="submit" accesskey="s" name="post" id="comment-submit" value="Gửi" />
</div>
</form></div></div>"""
    return f'<div id="comments" class="comments">\n{listing}{form}\n</div>'


def entry_page(story: Story) -> str:
    perm = B + entry_path(story)
    old = not new_template(story)
    older, newer = neighbours(story)
    links = []
    if older:
        links.append(
            f'    <link rel="prev bookmark" href="{B}{entry_path(older)}" title="{attr_title(older)}" />'
        )
    if newer:
        links.append(
            f'    <link rel="next bookmark" href="{B}{entry_path(newer)}" title="{attr_title(newer)}" />'
        )
    extra = "\n".join([*links, _rdf(story, perm)])
    labels = (
        ("« Previous", "Main", "Next »") if old else ("« Bài trước", "Trang chính", "Bài sau »")
    )
    nav = []
    if older:
        nav.append(f'<a class="previous-link" href="{B}{entry_path(older)}">{labels[0]}</a>')
    nav.append(f'<a class="top-link" href="{B}/">{labels[1]}</a>')
    if newer:
        nav.append(f'<a class="next-link" href="{B}{entry_path(newer)}">{labels[2]}</a>')
    navhtml = '<p class="content-nav">\n' + " |\n".join(nav) + "\n</p>"
    crumb = ""
    related = ""
    if not old:
        crumb = (
            f'<div class="breadcrumb"><a href="{B}/">Trang chủ</a> » '
            f'<a href="{B}/tin-tuc/{story.cat}/">{esc(CATS[story.cat])}</a></div>\n'
        )
        same = [s for s in CHRONO if story.cat in s.opts["cats"] and s is not story][:5]
        if same:
            lis = "\n".join(
                f'<li><a href="{B}{entry_path(s)}">{stored_title(s)}</a> <span class="date">({when(s):%d/%m/%Y})</span></li>'
                for s in same
            )
            related = f'<div class="related-entries">\n<h3>Tin cùng chuyên mục</h3>\n<ul>\n{lis}\n</ul>\n</div>\n'
    more = more_html(story)
    more_div = f'\n<div id="more" class="asset-more">\n{more}\n</div>' if more else ""
    share = (
        '<div class="entry-share">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={perm}" target="_blank" rel="nofollow">Facebook</a> '
        f'<a href="https://sp.zalo.me/share_inline?url={perm}" target="_blank" rel="nofollow">Zalo</a> '
        '<a href="javascript:window.print();">In bài viết</a></div>'
    )
    tb = story.opts["tb"]
    trackbacks = f"""<div id="trackbacks" class="trackbacks">
<h2 class="trackbacks-header">TrackBacks</h2>
<div class="trackbacks-info">
<p>TrackBack URL: <a href="{B}/cgi-bin/mt/mt-tb.cgi/{tb}">{B}/cgi-bin/mt/mt-tb.cgi/{tb}</a></p>
</div></div>"""
    upto = when(story) if old else LAST_BUILD
    body_class = "mt-entry-archive"
    return (
        head(f"{stored_title(story)} - {esc(SITE)}", body_class, extra)
        + crumb
        + f"""<div id="entry-{story.id}" class="entry-asset asset hentry">
<div class="asset-header">
<h1 id="page-title" class="asset-name entry-title">{stored_title(story)}</h1>
{byline(story, perm, old)}
</div>
<div class="asset-content entry-content">
<div class="asset-body">
{body_html(story)}
</div>{more_div}
</div>
<div class="asset-footer">
{cats_line(story)}
{tags_line(story)}
{share}
</div>
</div>
{navhtml}
{related}{trackbacks}
{_comments(story, perm)}
"""
        + sidebar(upto)
        + FOOTER
    )


# --- MT Pages (not articles) -----------------------------------------------------------------------


def page(page_id: int, title: str, body: str) -> str:
    return (
        head(f"{esc(title)} - {esc(SITE)}", "mt-page-archive")
        + f"""<div id="page-{page_id}" class="page-asset asset">
<div class="asset-header">
<h1 id="page-title" class="asset-name">{esc(title)}</h1>
</div>
<div class="asset-content">
<div class="asset-body">
{body}
</div>
</div>
<div class="asset-footer"></div>
</div>
"""
        + sidebar()
        + FOOTER
    )


PAGES: dict[str, tuple[int, str, str]] = {
    "/gioi-thieu.html": (
        4,
        "Giới thiệu chung",
        """<p style="text-align: justify;">Trường Chính trị tỉnh Sơn La là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; sự hướng dẫn về chương trình, nội dung đào tạo của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p style="text-align: justify;">Tiền thân của Trường là Trường Đảng tỉnh Sơn La, được thành lập năm 1960. Trải qua hơn 60 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên, góp phần quan trọng vào sự nghiệp xây dựng và phát triển của tỉnh.</p>
<p style="text-align: justify;"><strong>Chức năng:</strong> Tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị; bồi dưỡng cập nhật kiến thức; nghiên cứu khoa học về các lĩnh vực lý luận chính trị và thực tiễn của địa phương.</p>
<p style="text-align: justify;">Năm 2019, Trường được công nhận đạt chuẩn mức 1 theo Quy định về tiêu chuẩn trường chính trị chuẩn của Ban Bí thư.</p>""",
    ),
    "/co-cau-to-chuc.html": (
        5,
        "Cơ cấu tổ chức",
        """<p><strong>Ban Giám hiệu</strong></p>
<ul>
<li>Hiệu trưởng: đồng chí Hoàng Văn Chất</li>
<li>Phó Hiệu trưởng: đồng chí Lò Thị Mai</li>
<li>Phó Hiệu trưởng: đồng chí Đinh Công Tuấn</li>
</ul>
<p><strong>Các phòng chức năng</strong></p>
<ul>
<li>Phòng Tổ chức - Hành chính</li>
<li>Phòng Quản lý đào tạo</li>
<li>Phòng Quản lý khoa học và Thông tin tư liệu</li>
</ul>
<p><strong>Các khoa chuyên môn</strong></p>
<ul>
<li>Khoa Lý luận cơ sở</li>
<li>Khoa Xây dựng Đảng</li>
<li>Khoa Nhà nước và pháp luật</li>
<li>Khoa Dân vận</li>
</ul>""",
    ),
    "/van-ban.html": (
        6,
        "Văn bản - Tài liệu",
        """<p>Các văn bản, tài liệu phục vụ công tác đào tạo, bồi dưỡng của Nhà trường:</p>
<table border="1" cellspacing="0" cellpadding="4" style="width: 100%;">
<tbody>
<tr><td><strong>Số, ký hiệu</strong></td><td><strong>Trích yếu</strong></td><td><strong>Tải về</strong></td></tr>
<tr><td>125/TB-TCT</td><td>Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027</td><td><a href="/tin-tuc/2026/11/TB-125-TCT-tuyen-sinh.pdf">Tải về</a></td></tr>
<tr><td>98/QĐ-TCT</td><td>Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị</td><td><a href="/tai-lieu/2026/QD-98-TCT-quy-che-dao-tao.pdf">Tải về</a></td></tr>
<tr><td>45/KH-TCT</td><td>Kế hoạch đào tạo, bồi dưỡng năm học 2026 - 2027</td><td><a href="/tai-lieu/2026/KH-45-TCT-ke-hoach-nam-hoc.pdf">Tải về</a></td></tr>
</tbody>
</table>""",
    ),
    "/thu-vien-anh.html": (
        7,
        "Thư viện ảnh",
        """<p>Một số hình ảnh hoạt động của Nhà trường năm 2026.</p>
<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="/tin-tuc/2026/11/20/le-ky-niem-20-11.jpg"><img alt="le-ky-niem-20-11.jpg" src="/assets_c/2026/11/le-ky-niem-20-11-thumb-240x160-3129.jpg" width="240" height="160" class="mt-image-left" style="float: left; margin: 0 20px 20px 0;" /></a></span>Lễ kỷ niệm Ngày Nhà giáo Việt Nam</p>
<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="/tin-tuc/2026/11/14/hoi-nghi-tong-ket.jpg"><img alt="hoi-nghi-tong-ket.jpg" src="/assets_c/2026/11/hoi-nghi-tong-ket-thumb-240x160-3113.jpg" width="240" height="160" class="mt-image-left" style="float: left; margin: 0 20px 20px 0;" /></a></span>Hội nghị tổng kết năm học</p>
<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="/tin-tuc/2026/09/30/be-giang-cao-cap.jpg"><img alt="be-giang-cao-cap.jpg" src="/assets_c/2026/09/be-giang-cao-cap-thumb-240x160-3062.jpg" width="240" height="160" class="mt-image-left" style="float: left; margin: 0 20px 20px 0;" /></a></span>Bế giảng lớp Cao cấp lý luận chính trị</p>
<p><span class="mt-enclosure mt-enclosure-image" style="display: inline;"><a href="/tin-tuc/2026/10/20/toa-dam-20-10.jpg"><img alt="toa-dam-20-10.jpg" src="/assets_c/2026/10/toa-dam-20-10-thumb-240x160-3081.jpg" width="240" height="160" class="mt-image-left" style="float: left; margin: 0 20px 20px 0;" /></a></span>Tọa đàm kỷ niệm Ngày Phụ nữ Việt Nam</p>""",
    ),
    "/lien-he.html": (
        8,
        "Liên hệ",
        """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA</strong></p>
<p>Địa chỉ: Số 8, đường Chu Văn Thịnh, phường Tô Hiệu, tỉnh Sơn La</p>
<p>Điện thoại: 0212.3852.246 - Fax: 0212.3852.247</p>
<p>Email: <a href="mailto:truongchinhtri@sonla.gov.vn">truongchinhtri@sonla.gov.vn</a></p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3717.2!2d103.91!3d21.32" width="600" height="350" frameborder="0" style="border:0"></iframe></p>""",
    ),
}


def archives_page() -> str:
    cats = "\n".join(f'<li><a href="{B}/tin-tuc/{k}/">{esc(CATS[k])}</a></li>' for k in CAT_ORDER)
    months = "\n".join(
        f'<li><a href="{B}/tin-tuc/{y}/{m:02d}/">{month_title(y, m)}</a></li>'
        for y, m in months_with_entries()
    )
    return (
        head(f"Archives - {esc(SITE)}", "mt-archive-index")
        + f"""<h1 id="page-title" class="archive-title">Archives</h1>
<div class="archive-category archive">
<h2 class="archive-header">Categories</h2>
<div class="archive-content"><ul>
{cats}
</ul></div></div>
<div class="archive-monthly archive">
<h2 class="archive-header">Monthly Archives</h2>
<div class="archive-content"><ul>
{months}
</ul></div></div>
"""
        + sidebar()
        + FOOTER
    )


# --- feeds ----------------------------------------------------------------------------------------


def encode_xml(value: str) -> str:
    """MT::Util::encode_xml: CDATA when the text has markup or a named entity, else escape."""
    if re.search(r"<[^>]+>|&(?!#\d+;|#x[0-9a-fA-F]+;)\w+;", value):
        return "<![CDATA[" + value.replace("]]>", "]]&gt;") + "]]>"
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def atom() -> str:
    entries = []
    for s in CHRONO[:15]:
        dt = when(s) - timedelta(hours=7)
        perm = B + entry_path(s)
        cats = "\n".join(
            f'    <category term="{esc(CATS[k])}" scheme="http://www.sixapart.com/ns/types#category" />'
            for k in s.opts["cats"]
        )
        entries.append(f"""<entry>
    <title>{encode_xml(stored_title(s))}</title>
    <link rel="alternate" type="text/html" href="{perm}" />
    <id>tag:truongchinhtri.sonla.gov.vn,{when(s).year}:/{BLOG_ID}.{s.id}</id>
    <published>{dt:%Y-%m-%dT%H:%M:%SZ}</published>
    <updated>{dt + timedelta(minutes=17):%Y-%m-%dT%H:%M:%SZ}</updated>
    <summary>{encode_xml(excerpt(s))}</summary>
    <author>
        <name>{s.opts["login"]}</name>
    </author>
{cats}
    <content type="html" xml:lang="vi" xml:base="{B}/">
        {encode_xml(body_html(s) + more_html(s))}
    </content>
</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
    <title>{esc(SITE)}</title>
    <link rel="alternate" type="text/html" href="{B}/" />
    <link rel="self" type="application/atom+xml" href="{B}/atom.xml" />
    <id>tag:truongchinhtri.sonla.gov.vn,2011-03-01://{BLOG_ID}</id>
    <updated>2026-11-24T08:57:00Z</updated>
    <subtitle>{esc(TAGLINE)}</subtitle>
    <generator uri="http://www.sixapart.com/movabletype/">Movable Type Pro 5.2.13</generator>
{chr(10).join(entries)}
</feed>
"""


def rss() -> str:
    items = []
    for s in CHRONO[:15]:
        dt = when(s)
        perm = B + entry_path(s)
        items.append(f"""<item>
<title>{encode_xml(stored_title(s))}</title>
<description>{encode_xml(excerpt(s))}</description>
<link>{perm}</link>
<guid>{perm}</guid>
<category>{esc(CATS[s.cat])}</category>
<pubDate>{rfc822(dt)}</pubDate>
</item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{esc(SITE)}</title>
<link>{B}/</link>
<description>{esc(TAGLINE)}</description>
<language>vi</language>
<copyright>Copyright 2026</copyright>
<lastBuildDate>Tue, 24 Nov 2026 15:40:00 +0700</lastBuildDate>
<generator>http://www.sixapart.com/movabletype/</generator>
<docs>http://www.rssboard.org/rss-specification</docs>
{chr(10).join(items)}
</channel>
</rss>
"""


# --- CGI scripts (the traps) ------------------------------------------------------------------------


def search_page(req: Request) -> str:
    params = {k: v[0] for k, v in parse_qs(req.query, keep_blank_values=True).items()}
    term = params.get("search", "").strip()
    tag = params.get("tag", "").strip()
    try:
        page_no = max(1, int(params.get("page", "1")))
    except ValueError:
        page_no = 1
    limit = 10
    if tag:
        hits = [s for s in CHRONO if tag in s.opts.get("tags", ())]
        header = f"Các bài viết có từ khóa “{esc(tag)}”"
    elif term:
        needle = term.lower()
        hits = [s for s in CHRONO if needle in (s.title + " " + " ".join(s.paragraphs)).lower()]
        header = f"Kết quả tìm kiếm cho “{esc(term)}”"
    else:
        hits = []
        header = "Tìm kiếm"
    shown = hits[(page_no - 1) * limit : page_no * limit]
    results = []
    for s in shown:
        perm = B + entry_path(s)
        results.append(f"""<div class="entry-asset asset hentry">
<div class="asset-header"><h2 class="asset-name entry-title"><a href="{perm}">{stored_title(s)}</a></h2>
{byline(s, perm, old=False)}</div>
<div class="asset-content entry-content"><div class="asset-body"><p>{excerpt(s)}</p></div></div>
</div>""")
    if not results:
        results.append('<p class="search-results-none">Không tìm thấy bài viết nào phù hợp.</p>')
    base_q = {k: v for k, v in params.items() if k != "page"}
    nav = []
    if page_no > 1:
        q = urlencode({**base_q, "page": page_no - 1}, quote_via=quote).replace("&", "&amp;")
        nav.append(f'<a href="{B}/cgi-bin/mt/mt-search.cgi?{q}" rel="prev">« Previous</a>')
    q = urlencode({**base_q, "page": page_no + 1}, quote_via=quote).replace("&", "&amp;")
    nav.append(f'<a href="{B}/cgi-bin/mt/mt-search.cgi?{q}" rel="next">Next »</a>')
    return (
        head(f"Kết quả tìm kiếm - {esc(SITE)}", "mt-search-results")
        + f'<h1 id="page-title" class="search-results-header">{header}</h1>\n'
        + f'<div class="search-results-container">\n{chr(10).join(results)}\n</div>\n'
        + '<div class="content-nav">'
        + " | ".join(nav)
        + "</div>\n"
        + sidebar()
        + FOOTER
    )


TB_ERROR = """<?xml version="1.0" encoding="utf-8"?>
<response>
<error>1</error>
<message>Trackback pings must use HTTP POST</message>
</response>
"""

COMMENTER_SITES = {
    cid: url for s in ENTRIES for cid, _name, url, _at, _text in s.opts.get("comments", []) if url
}


def mt_error(message: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(SITE)}: Comment Submission Error</title>
<link rel="stylesheet" href="{B}/styles.css" type="text/css" /></head>
<body class="mt-comment-error">
<div id="container"><div id="content"><div id="alpha">
<h1 id="page-title">Comment Submission Error</h1>
<p class="error">Your comment submission failed for the following reasons: {esc(message)}</p>
<p><a href="javascript:history.back()">Quay lại</a> | <a href="{B}/">Trang chủ</a></p>
</div></div></div>
</body></html>
"""


def login_page(req: Request) -> str:
    entry_id = req.params.get("entry_id", "")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Sign in | {esc(SITE)}</title>
<link rel="stylesheet" href="/mt-static/css/simple.css" type="text/css" /></head>
<body id="sign-in" class="dialog">
<div id="container"><div id="content">
<h1 id="page-title">Sign in to comment</h1>
<form method="post" action="{B}/cgi-bin/mt/mt-comments.cgi">
<input type="hidden" name="__mode" value="do_login" />
<input type="hidden" name="blog_id" value="{BLOG_ID}" />
<input type="hidden" name="entry_id" value="{esc(entry_id)}" />
<input type="hidden" name="static" value="1" />
<p><label for="username">Username</label> <input type="text" name="username" id="username" /></p>
<p><label for="password">Password</label> <input type="password" name="password" id="password" /></p>
<p><input type="checkbox" name="remember" value="1" /> Remember me?</p>
<p><input type="submit" value="Sign In" /></p>
</form>
<p>Chưa có tài khoản? <a href="{B}/cgi-bin/mt/mt-comments.cgi?__mode=signup&amp;blog_id={BLOG_ID}&amp;entry_id={esc(entry_id)}&amp;static=1">Đăng ký</a></p>
</div></div>
</body></html>
"""


def comments_cgi(req: Request) -> Response:
    params = {**req.params, **(req.form if req.method == "POST" else {})}
    mode = params.get("__mode", "")
    if req.method == "POST":
        return html(mt_error("Name and email address are required."))
    if mode == "red":
        try:
            target = COMMENTER_SITES[int(params.get("id", "0"))]
        except (KeyError, ValueError):
            return html(mt_error("Invalid request."))
        return redirect(target)
    if mode in ("login", "signup"):
        return html(login_page(req))
    return html(mt_error("Invalid request."))


# --- the site ---------------------------------------------------------------------------------------

PDFS = {
    "/tin-tuc/2026/11/TB-125-TCT-tuyen-sinh.pdf",
    "/tai-lieu/2026/QD-98-TCT-quy-che-dao-tao.pdf",
    "/tai-lieu/2026/KH-45-TCT-ke-hoach-nam-hoc.pdf",
}

NON_ARTICLES = [*PAGES, "/archives.html"]


def _html_page(markup: str) -> Response:
    return html(markup, headers={"Last-Modified": "Tue, 24 Nov 2026 08:40:12 GMT"})


class MovableTypeSite:
    """Apache serving the baked files, plus the three MT CGI scripts."""

    def __init__(self) -> None:
        pages: dict[str, str] = {}
        index = index_page()
        pages["/"] = index
        pages["/index.html"] = index
        for s in ENTRIES:
            pages[entry_path(s)] = entry_page(s)
        for key in CATS:
            markup = category_page(key)
            pages[f"/tin-tuc/{key}/"] = markup
            pages[f"/tin-tuc/{key}/index.html"] = markup
        for y, m in months_with_entries():
            markup = month_page(y, m)
            pages[f"/tin-tuc/{y}/{m:02d}/"] = markup
            pages[f"/tin-tuc/{y}/{m:02d}/index.html"] = markup
        for path, (pid, title, body) in PAGES.items():
            pages[path] = page(pid, title, body)
        pages["/archives.html"] = archives_page()
        self.pages = pages
        self.atom = atom()
        self.rss = rss()

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        if path == "/cgi-bin/mt/mt-search.cgi":
            return _html_page(search_page(request).replace(B, base))
        if path.startswith("/cgi-bin/mt/mt-tb.cgi"):
            return Response(200, TB_ERROR, {"Content-Type": "text/xml; charset=utf-8"})
        if path == "/cgi-bin/mt/mt-comments.cgi":
            resp = comments_cgi(request)
            if isinstance(resp.body, str):
                resp.body = resp.body.replace(B, base)
            return resp
        if path.startswith("/cgi-bin/"):
            return None
        if request.method == "POST":
            return Response(405, "Method Not Allowed", {"Content-Type": "text/plain"})
        if request.query and path in self.pages:
            # Apache ignores the query string of a static file
            return _html_page(self.pages[path].replace(B, base))
        if path in self.pages:
            return _html_page(self.pages[path].replace(B, base))
        if path == "/atom.xml":
            return Response(200, self.atom.replace(B, base), {"Content-Type": "application/xml"})
        if path == "/rss.xml":
            return Response(200, self.rss.replace(B, base), {"Content-Type": "application/xml"})
        if path in PDFS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return _static_file(path)


def build_site() -> MovableTypeSite:
    return MovableTypeSite()


# --- gold (hand-written fields of the stories above) --------------------------------------------------


def _gold(story_id: int, path: str, category: str) -> dict:
    return gold_record(BY_ID[story_id], path, category)


GOLD = [
    _gold(1492, "/tin-tuc/2026/11/thong_bao_lich.html", "Thông báo"),
    _gold(1489, "/tin-tuc/2026/11/truong_chinh_tr.html", "Hoạt động"),
    _gold(1486, "/tin-tuc/2026/11/khai-giang-k47.html", "Đào tạo - Bồi dưỡng"),
    _gold(1484, "/tin-tuc/2026/11/hoi_nghi_tong_k.html", "Hoạt động"),
    _gold(1481, "/tin-tuc/2026/11/hoi_thao_khoa_h.html", "Nghiên cứu khoa học"),
    _gold(1478, "/tin-tuc/2026/11/chi_bo_khoa_xay.html", "Công tác Đảng - Đoàn thể"),
    _gold(1475, "/tin-tuc/2026/11/thong_bao_tuyen.html", "Thông báo"),
    _gold(1471, "/tin-tuc/2026/10/doan_cong_tac_h.html", "Hoạt động"),
    _gold(1467, "/tin-tuc/2026/10/cong_doan_truon.html", "Công tác Đảng - Đoàn thể"),
    _gold(1459, "/tin-tuc/2026/10/van_dung_tu_tuo.html", "Nghiên cứu khoa học"),
    _gold(1452, "/tin-tuc/2026/09/be_giang_lop_ca.html", "Đào tạo - Bồi dưỡng"),
    _gold(38, "/tin-tuc/2009/05/trng_chnh_tr_t.html", "Tin tổng hợp"),
    _gold(31, "/tin-tuc/2009/03/i_hi_chi_on_trn.html", "Tin tổng hợp"),
]
