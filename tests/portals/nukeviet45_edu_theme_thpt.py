"""Trường THPT Nguyễn Huệ (tỉnh Phú Yên): NukeViet CMS 4.5 with a third-party school theme.

Platform
--------
NukeViet 4.5 (PHP, VINADES) with rewrite on and "Loại bỏ ngôn ngữ khỏi URL" on, a school theme
``edu_thpt`` built on the Bootstrap 3 default theme (``news_column panel panel-default``,
``#news-bodyhtml.bodytext``, ``hometext``, ``temp-breadcrumbs``, ``send-to-friend`` tool bar,
``other-news`` lists, ``#form3B`` rating form, ``#idcomment`` comment module) and its own
Vietnamese-abbreviated classes in the listings (``tieude``, ``ngaydang``, ``tomtat``, ``cm-phai``).
The "news" module runs four categories: "Tin tức - Sự kiện" (layout viewcat_main_right, with the
sub-category "Hoạt động Đoàn trường" in its right column), "Hoạt động chuyên môn" and "Thông báo"
(viewcat_page_new). Module setting "per_page" is 3; "st_links" (newer/older lists) is 3.

URL scheme
----------
- ``/`` home (theme blocks: "Tin nổi bật" slider + one block per category); ``/vi/`` is the same
  home (the language bar links it).
- ``/news/`` the module's own listing (all articles newest first), ``/news/page-<n>/`` later pages.
- ``/news/<cat-alias>/`` category, ``/news/<cat-alias>/page-<n>/`` later pages (page 1 is the bare
  alias; ``page-1/`` 301s to it; a listing without its trailing slash 301s to it).
- ``/news/<cat-alias>/<article-alias>-<id>.html`` article; ``/news/print/…``, ``/news/savefile/…``,
  ``/news/sendmail/…`` with the same tail: print view, "save as file", send-to-friend form.
- ``/news/tag/<tag-alias>/`` tag pages (the alias keeps its Vietnamese letters, printed raw).
- ``/vi/news/…`` every module URL with the old language prefix (still served).
- ``/index.php?language=vi&nv=news&op=<cat-alias>/<article-alias>-<id>`` the non-rewritten form.
- Non-articles: ``/about/<alias>.html`` (page module), ``/contact/``, ``/laws/detail/<alias>.html``
  (văn bản), ``/photos/<cat>/<album>-<id>/`` (album), ``/videoclips/<alias>.html`` (clip).

Page templates
--------------
Every page: header (logo, "Thứ Bảy, 05/12/2026" clock, marquee greeting), NukeViet menu with
drop-downs, the breadcrumb printed only in the hidden ``ul.temp-breadcrumbs`` (the theme's JS moves
it into the visible, empty ``ul.breadcrumbs``), right column blocks "Tin mới", "Xem nhiều",
"Thăm dò ý kiến", "Liên kết website", "Thống kê truy cập", footer with address and copyright.
The detail page: ``div.news_column[itemtype=NewsArticle]`` > ``h1.title``, hidden schema.org spans,
date line ``span.h5`` "Thứ năm - 12/11/2026 07:45", tool bar (send, print by ``onclick`` only;
savefile as a real link; "Lượt xem"), optional home-image ``figure``, ``div.hometext``,
``#news-bodyhtml``, optional "Tài liệu đính kèm", the "Đánh giá bài viết" rating form, the
"Tác giả:" / "Nguồn tin:" lines; then tags panel, "Ý kiến bạn đọc" comments, "Tin cùng chuyên mục"
panel with "Tin mới hơn" / "Tin cũ hơn".

How each gold article is reached (per_page 3; listings newest first)
-------------------------------------------------------------------
- Tin tức - Sự kiện p1: 424 (filed under Hoạt động chuyên môn, also listed here), 421, 415;
  p2 (``page-2/``): 430, 426.  Right column: Hoạt động Đoàn trường 418, 409.
- Hoạt động Đoàn trường: 418, 409.
- Hoạt động chuyên môn p1: 424, 419, 413; p2: 407.
- Thông báo: 427, 420, 410.
- /news/ p1..p5 (all 13): 424 427 421 | 415 420 418 | 419 413 430 | 410 409 407 | 426.
- Home blocks: 424 421 415 (slider), 424 421 / 418 409 / 424 419 / 427 420; sidebar "Tin mới"
  424 427 421 415 420; "Xem nhiều" 415 424 418 421 (with ``/vi/``).
- 426, 430 and 407 are on no home block, no sidebar, no tag page: among listings only page 2+ of
  their category (and /news/ page 3+) list them (the "Tin cũ hơn" lists of neighbours in the
  same category also link them, as NukeViet does).

Traps
-----
1. One article, two categories (NukeViet ``listcatid``): 424 is filed under "Hoạt động chuyên
   môn" and also listed in "Tin tức - Sự kiện", whose listing links
   ``/news/tin-tuc-su-kien/<alias>-424.html``. That URL answers 200 with the same article; its
   breadcrumb follows the URL ("Tin tức - Sự kiện") but ``rel=canonical`` and
   ``article:section`` name the main category. Gold: path/canonical the main-category URL, the
   other in ``alt_paths``, category "Hoạt động chuyên môn".
2. Cached "Xem nhiều" block from before the language prefix was dropped: its links are
   ``/vi/news/<cat>/<alias>-<id>.html``, served 200 with canonical to the unprefixed URL. Gold:
   the ``/vi/`` URLs of 415, 424, 418, 421 are ``alt_paths``.
3. Tool bar duplicates: "Lưu bài viết này" is a real link to ``/news/savefile/…`` answering
   ``text/html`` with ``Content-Disposition: attachment`` (the article re-rendered, no canonical,
   a "Bài viết được lưu từ trang" footer); print and send-to-friend are only in ``onclick``
   (``nv_open_browse('…')``). Gold: print and savefile URLs are ``alt_paths`` of each article;
   sendmail is a form, nothing.
4. Non-rewritten legacy link inside a text: 418 ends with "Xem thêm: <a href="/index.php?
   language=vi&amp;nv=news&amp;op=hoat-dong-doan-truong/…-409">"; it answers 200 with 409 and a
   canonical. Gold: an ``alt_path`` of 409; the "Xem thêm" line is not 418's body.
5. SEO title ("titlesite") differs from the headline: 424's ``<title>`` and ``og:title`` are
   "Nguyễn Huệ giành 18 giải HSG tỉnh lớp 12 năm 2026 | THPT Nguyễn Huệ Phú Yên"; the ``h1``
   prints the real headline. Every other page's ``<title>`` is "headline - category - site".
   Gold: the ``h1``.
6. Hidden schema.org copies inside the article container (``class="hidden hide d-none"``):
   ``itemprop=description`` repeats the hometext, ``itemprop=author`` holds the posting CMS
   account ("nh_quantri" / "doantruong_nh"), ``dateModified`` the edit time. Gold: the sapo once,
   no CMS account as author, no modified date.
7. Malformed ``article:published_time`` / ``article:modified_time`` metas as NukeViet prints them
   with PHP ``date('Y-m-dTH:i:s')`` ("T" is the zone abbreviation): "2026-11-12+0707:45:00".
   Gold: the visible date line, "Thứ năm - 12/11/2026 07:45" -> "2026-11-12T07:45:00+07:00"
   (day first, day <= 12 in 424, 427, 419, 413, 407, 426: a month-first reading is wrong).
   409 was published at "00:00" -> the day alone "2026-10-17".
8. The home image (``homeimgfile``) between the date line and the hometext: with image position
   "large" (415, 424) a ``figure.article`` with ``figcaption`` outside ``#news-bodyhtml``: it is the
   article's first photo, its figcaption the caption. With position "none" the image is only the
   listing thumbnail ``/assets/news/…`` and ``og:image``: not an article photo.
9. Widgets between the text and the byline: the "Đánh giá bài viết" rating form
   ("Tổng số điểm của bài viết là: 23 trong 5 đánh giá", star inputs, "Click để đánh giá bài
   viết") sits inside the article panel before "Tác giả:"/"Nguồn tin:"; below, "Ý kiến bạn đọc"
   prints readers' names, dates and comments (424, 415). Gold: none of it is body; authors come
   from "Tác giả:" (degree and post dropped: "ThS. Phạm Ngọc Quang - Phó Hiệu trưởng" ->
   "Phạm Ngọc Quang") or a byline typed in the text; "Nguồn tin: <a>Sở …</a>" -> source.
10. Attachments: 427's "Tài liệu đính kèm" links ``…-427.html?download=1&amp;id=0``, a query
    variant of the article URL that answers a PDF. Gold: not an article, not an alt path; the
    file line is not body.
11. Word-pasted text (426): ``p.MsoNormal`` paragraphs whose words are split across
    ``<span lang="VI">`` runs with no space at the split ("đã ng</span><span …>he báo cáo"), ``&nbsp;``
    between words and ``<o:p>&nbsp;</o:p>`` spacer paragraphs. Gold: words whole, spacers no
    paragraph, the right-aligned "Công đoàn trường" the author.
12. Captions in a two-row layout table (430): image row, caption row. Gold: the caption row is
    the photo's caption, not a table-row paragraph.
13. Official notice (427): letterhead table, "Số: 215/TB-THPTNH", "Tuy Hòa, ngày 30 tháng 11 năm
    2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) /
    Nguyễn Thị Kim Loan", posted "Thứ ba - 01/12/2026 09:15". Gold (house rule): date
    "2026-11-30", author "Nguyễn Thị Kim Loan", letterhead/closing not body, the schedule table's
    rows are paragraphs.
14. Bullets: 410's lines start with an emoji drawn as ``<img alt="📌">`` (no text, not a photo);
    420's lines start with a typed "👉 " (text). 420 is signed "BBT" (nobody); 410 closes with
    "Theo Bảo hiểm xã hội tỉnh Phú Yên" (source).
15. ``<br>`` lists (418, 413): one ``<p>``/``<div>`` with ``<br />`` is several paragraphs; 413's
    typed "- " is kept. 418 embeds a YouTube iframe (nothing) and "Tin: X - Ảnh: Y".

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the main-category URL (the canonical); ``alt_paths`` lists the linked duplicates
  (print, savefile, ``/vi/``, other category, legacy ``index.php``).
- The hometext is the sapo (own element) and the body's first paragraph; articles without
  hometext (413, 409, 427, 420) have ``summary`` null.
- The category is the deepest breadcrumb item of the canonical page: "Hoạt động Đoàn trường" for
  418 and 409 (not its parent "Tin tức - Sự kiện").
- 424's image whose only line is "Ảnh: Trần Quốc Bảo": caption null, photographer Trần Quốc Bảo.
  415's "Tin, ảnh: Nguyễn Thị Thu Hà" -> author and photographer.
- A byline with a unit alone ("Đoàn trường", "Công đoàn trường", "Tổ Sử - Địa - GDKT&PL") is the
  author as printed.
- In the notice, "1. Thời gian kiểm tra"/"2. Lưu ý" (bold lines) and the "Căn cứ …" lines are body.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet45_edu_theme_thpt"
PLATFORM = "NukeViet CMS 4.5 (news module, rewrite on) with a third-party school theme"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Huệ"
THEME = "/themes/edu_thpt"
MODULE_TITLE = "Tin tức"
PER_PAGE = 3
ST_LINKS = 3
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    title: str
    parent: str | None = None
    layout: str = "viewcat_page_new"


CATS: dict[str, Cat] = {
    c.alias: c
    for c in (
        Cat(1, "tin-tuc-su-kien", "Tin tức - Sự kiện", layout="viewcat_main_right"),
        Cat(5, "hoat-dong-doan-truong", "Hoạt động Đoàn trường", parent="tin-tuc-su-kien"),
        Cat(2, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
        Cat(3, "thong-bao", "Thông báo"),
    )
}

TAGS = {
    "học-sinh-giỏi": "học sinh giỏi",
    "20-11": "20-11",
    "đoàn-thanh-niên": "đoàn thanh niên",
}

# --- the articles ---------------------------------------------------------------------------


def _right(html_: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{html_}</{tag}></p>')


S415 = Story(
    id=415,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:40:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường THPT Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam, tôn vinh những đóng góp thầm lặng của đội ngũ cán bộ, giáo viên, nhân "
        "viên nhà trường."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/le-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm tại hội trường nhà trường",
            "Toàn cảnh Lễ kỷ niệm tại hội trường nhà trường",
            style="home",
        ),
        P(
            "Đến dự buổi lễ có đồng chí Trần Hữu Thắng, Phó Giám đốc Sở Giáo dục và Đào tạo; đại "
            "diện lãnh đạo UBND phường 7, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo "
            "đã nghỉ hưu và hơn 1.300 học sinh toàn trường."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Lê Văn Thành, Hiệu trưởng nhà trường, ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục Việt Nam và chặng đường 49 năm xây dựng, phát triển của "
            "trường. Năm học 2025 - 2026, nhà trường có 96,8% học sinh đỗ tốt nghiệp THPT, 42 học "
            "sinh đạt giải học sinh giỏi cấp tỉnh và 3 học sinh đạt giải quốc gia."
        ),
        Img(
            "/uploads/news/2026_11/thay-hieu-truong-phat-bieu.jpg",
            "Thầy Lê Văn Thành, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
            "Thầy Lê Văn Thành, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
            style="figure",
        ),
        P(
            "Thay mặt lãnh đạo ngành, đồng chí Trần Hữu Thắng ghi nhận những kết quả nhà trường "
            "đạt được, đồng thời đề nghị tập thể sư phạm tiếp tục đổi mới phương pháp dạy học theo "
            "Chương trình giáo dục phổ thông 2018, chú trọng giáo dục kỹ năng sống và chuyển đổi số "
            "trong quản lý."
        ),
        P(
            "Dịp này, 12 giáo viên được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen vì có thành "
            "tích xuất sắc trong năm học 2025 - 2026; 2 tổ chuyên môn được công nhận danh hiệu Tập "
            "thể lao động tiên tiến."
        ),
        Img(
            "/uploads/news/2026_11/trao-giay-khen-giao-vien.jpg",
            "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các giáo viên tiêu biểu",
            "Lãnh đạo Sở GD&ĐT trao Giấy khen cho các giáo viên tiêu biểu",
            style="figure",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng với nhiều "
            "tiết mục ca ngợi tình thầy trò, để lại nhiều cảm xúc cho các thế hệ thầy cô và học sinh."
        ),
        _right("Tin, ảnh: Nguyễn Thị Thu Hà"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={
        "pub": "2026-11-20 10:40",
        "edit": "2026-11-21 07:12",
        "imgpos": 2,
        "home": "/uploads/news/2026_11/le-20-11-toan-canh.jpg",
        "tags": ["20-11"],
        "views": 1873,
        "account": "nh_quantri",
        "rating": (24, 5),
        "comments": [
            (
                "Cựu học sinh khóa 2005 - 2008",
                "20/11/2026 21:14",
                "Kính chúc quý thầy cô trường Nguyễn Huệ luôn mạnh khỏe, hạnh phúc và thành công!",
            ),
        ],
    },
)

S421 = Story(
    id=421,
    slug="chung-tay-ung-ho-hoc-sinh-vung-lu-vuot-qua-kho-khan",
    title="Chung tay ủng hộ học sinh vùng lũ vượt qua khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T15:10:00+07:00",
    summary=(
        "Hưởng ứng lời kêu gọi của Sở GD&ĐT, trong một tuần, cán bộ, giáo viên và học sinh Trường "
        "THPT Nguyễn Huệ đã quyên góp được hơn 186 triệu đồng cùng nhiều sách vở, quần áo gửi đến "
        "học sinh các xã bị thiệt hại do mưa lũ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đợt mưa lũ lịch sử từ ngày 16 đến 20/11/2026 đã gây thiệt hại nặng nề cho nhiều địa "
            "phương trong tỉnh, đặc biệt là các xã vùng hạ lưu sông Ba và sông Kỳ Lộ. Nhiều gia "
            "đình học sinh bị ngập sâu, hư hỏng nhà cửa, sách vở và đồ dùng học tập."
        ),
        P(
            "Ngay sau khi nước rút, Ban Giám hiệu, Công đoàn và Đoàn trường đã phát động đợt quyên "
            "góp “Vì học sinh vùng lũ” với kết quả cụ thể như sau:"
        ),
        P("Cán bộ, giáo viên, nhân viên ủng hộ 1 ngày lương: 62.450.000 đồng;", "li"),
        P("Học sinh 36 lớp quyên góp: 98.720.000 đồng;", "li"),
        P("Ban đại diện cha mẹ học sinh và các nhà hảo tâm: 25.000.000 đồng;", "li"),
        P("Hơn 2.400 quyển vở, 560 bộ sách giáo khoa cũ và 35 thùng quần áo.", "li"),
        Img(
            "/uploads/news/2026_11/trao-qua-hoc-sinh-vung-lu.jpg",
            "(Đại diện Đoàn trường trao quà cho học sinh xã Sơn Thành Đông)",
            "Đại diện Đoàn trường trao quà cho học sinh xã Sơn Thành Đông",
            style="pem",
        ),
        P(
            "Sáng 26/11, đoàn công tác của nhà trường đã trực tiếp đến các trường THPT trên địa "
            "bàn huyện Tây Hòa trao 120 suất quà, mỗi suất trị giá 1.000.000 đồng cho các em học "
            "sinh có hoàn cảnh khó khăn do ảnh hưởng của lũ."
        ),
        P(
            "👉 Các tập thể, cá nhân muốn tiếp tục ủng hộ xin liên hệ cô Đặng Thị Mỹ Linh, Bí thư "
            "Đoàn trường, số điện thoại 0914 328 506."
        ),
        _right("Đoàn trường", "em"),
    ],
    authors=["Đoàn trường"],
    opts={
        "pub": "2026-11-27 15:10",
        "edit": "2026-11-28 08:01",
        "imgpos": 0,
        "home": "/uploads/news/2026_11/trao-qua-hoc-sinh-vung-lu.jpg",
        "tags": ["đoàn-thanh-niên"],
        "views": 1240,
        "account": "doantruong_nh",
        "rating": (19, 4),
    },
)

S430 = Story(
    id=430,
    slug="hoc-sinh-khoi-10-trai-nghiem-tai-khu-di-tich-lich-su-vung-ro",
    title="Học sinh khối 10 trải nghiệm tại Khu di tích lịch sử Vũng Rô",
    cat="tin-tuc-su-kien",
    published_at="2026-10-24T17:05:00+07:00",
    summary=(
        "Ngày 23/10, hơn 440 học sinh khối 10 đã tham gia chuyến học tập trải nghiệm “Về nguồn” "
        "tại Khu di tích lịch sử Vũng Rô, nơi gắn với con đường Hồ Chí Minh trên biển huyền thoại."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hoạt động nằm trong kế hoạch giáo dục địa phương và hoạt động trải nghiệm, hướng "
            "nghiệp năm học 2026 - 2027, giúp các em hiểu thêm về truyền thống cách mạng của quê "
            "hương Phú Yên."
        ),
        P(
            "Tại bia tưởng niệm Tàu không số, các em học sinh đã dâng hương tưởng nhớ các anh hùng "
            "liệt sĩ và nghe cán bộ Ban quản lý di tích kể lại câu chuyện về những chuyến tàu không "
            "số cập bến Vũng Rô từ năm 1964, vận chuyển vũ khí chi viện cho chiến trường miền Nam."
        ),
        Img(
            "/uploads/news/2026_10/vung-ro-dang-huong.jpg",
            "Học sinh dâng hương tại bia tưởng niệm Tàu không số",
            "Học sinh dâng hương tại bia tưởng niệm Tàu không số",
            style="table",
        ),
        P(
            "Sau phần tham quan, các lớp tham gia trò chơi lớn “Hành trình Tàu không số” với các "
            "trạm thử thách về lịch sử, địa lý và kỹ năng làm việc nhóm. Lớp 10A3 giành giải nhất, "
            "lớp 10A7 và 10A1 đồng giải nhì."
        ),
        Img(
            "/uploads/news/2026_10/vung-ro-tro-choi-lon.jpg",
            "Các đội tham gia trò chơi lớn trên bãi biển Vũng Rô",
            "Các đội tham gia trò chơi lớn trên bãi biển Vũng Rô",
            style="table",
        ),
        P(
            "Em Phạm Ngọc Bảo Trân, lớp 10A3, chia sẻ: “Đây là lần đầu tiên em đến Vũng Rô. Nghe "
            "kể về những người lính năm xưa, em càng thêm tự hào và biết ơn thế hệ cha ông”."
        ),
        P(
            "Được biết, mỗi năm học nhà trường tổ chức ít nhất hai chuyến trải nghiệm thực tế cho "
            "mỗi khối lớp, gắn nội dung học tập trên lớp với di tích, danh thắng của địa phương."
        ),
    ],
    authors=["Võ Minh Tuấn"],
    opts={
        "pub": "2026-10-24 17:05",
        "edit": "2026-10-25 09:40",
        "imgpos": 0,
        "home": "/uploads/news/2026_10/vung-ro-dang-huong.jpg",
        "author_line": "Võ Minh Tuấn",
        "views": 412,
        "account": "nh_quantri",
        "rating": (9, 2),
    },
)

_WORD_426 = [
    "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học "
    "2026 - 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và dự "
    "thảo sửa đổi Quy chế chi tiêu nội bộ.",
    "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.462 học sinh. Nhà trường đặt mục tiêu tỷ lệ "
    "học sinh tốt nghiệp THPT đạt trên 98%, có ít nhất 45 giải học sinh giỏi cấp tỉnh và duy trì "
    "danh hiệu trường đạt chuẩn quốc gia mức độ 2.",
    "Trong phần thảo luận, nhiều ý kiến tập trung vào việc tăng cường cơ sở vật chất cho các môn "
    "học lựa chọn, sắp xếp thời khóa biểu hợp lý và đẩy mạnh ứng dụng sổ điểm điện tử, học bạ số.",
    "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành; đồng thời bầu Ban "
    "Thanh tra nhân dân nhiệm kỳ 2026 - 2027 gồm 3 đồng chí, do thầy Nguyễn Đình Khoa làm Trưởng "
    "ban.",
    "Cũng tại hội nghị, cán bộ, giáo viên, nhân viên đã ký giao ước thi đua, quyết tâm thực hiện "
    "thắng lợi nhiệm vụ năm học mới.",
]

S426 = Story(
    id=426,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-09T16:45:00+07:00",
    summary=(
        "Chiều 08/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội nghị viên chức, người lao động năm "
        "học 2026 - 2027 với sự tham dự của 98 cán bộ, giáo viên, nhân viên."
    ),
    sapo_outside=True,
    blocks=[
        *[P(t, "word") for t in _WORD_426],
        Raw(
            '<p align="right" class="MsoNormal" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Công đoàn '
            "trường</span></b><o:p></o:p></p>"
        ),
    ],
    authors=["Công đoàn trường"],
    opts={
        "pub": "2026-10-09 16:45",
        "edit": "2026-10-09 16:52",
        "imgpos": 0,
        "home": None,
        "views": 288,
        "account": "nh_quantri",
        "rating": (0, 0),
    },
)

S418 = Story(
    id=418,
    slug="soi-noi-hoi-thi-tieng-hat-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam",
    title="Sôi nổi Hội thi “Tiếng hát học sinh” chào mừng Ngày Nhà giáo Việt Nam",
    cat="hoat-dong-doan-truong",
    published_at="2026-11-16T19:45:00+07:00",
    summary=(
        "Tối 15/11, Đoàn trường THPT Nguyễn Huệ tổ chức vòng chung kết Hội thi “Tiếng hát học "
        "sinh” năm 2026 với 14 tiết mục xuất sắc được chọn từ 36 chi đoàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tạo "
            "sân chơi lành mạnh giúp học sinh phát huy năng khiếu nghệ thuật và gắn kết tập thể lớp."
        ),
        P(
            "Các tiết mục dự thi được đầu tư công phu về dàn dựng, trang phục, đa dạng thể loại từ "
            "đơn ca, song ca đến tốp ca, múa phụ họa. Nhiều ca khúc về mái trường, thầy cô như “Bụi "
            "phấn”, “Người thầy”, “Nhớ ơn thầy cô” được thể hiện đầy cảm xúc."
        ),
        Img(
            "/uploads/news/2026_11/tiet-muc-top-ca-12a2.jpg",
            "Tiết mục tốp ca của Chi đoàn 12A2",
            "Tiết mục tốp ca của Chi đoàn 12A2",
            style="pem",
        ),
        P("Kết quả, Ban tổ chức trao các giải:", "br"),
        P("Giải nhất: Chi đoàn 12A2;", "br"),
        P("Giải nhì: Chi đoàn 11A5 và 10A3;", "br"),
        P("Giải ba: Chi đoàn 12A6, 11A1 và 10A8."),
        P(
            "Giải tiết mục được yêu thích nhất thuộc về Chi đoàn 11A5 với liên khúc dân ca Phú Yên "
            "do 12 đoàn viên thể hiện."
        ),
        Raw(
            '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
            'height="360" src="https://www.youtube.com/embed/kX3pQh7Lw2M" width="640"></iframe></p>'
        ),
        Raw("@@XEMTHEM409@@"),
        _right("Tin: Lê Minh Khoa - Ảnh: Võ Thị Ngọc Hân"),
    ],
    authors=["Lê Minh Khoa"],
    photographers=["Võ Thị Ngọc Hân"],
    opts={
        "pub": "2026-11-16 19:45",
        "edit": "2026-11-17 06:30",
        "imgpos": 0,
        "home": "/uploads/news/2026_11/tiet-muc-top-ca-12a2.jpg",
        "tags": ["20-11", "đoàn-thanh-niên"],
        "views": 1566,
        "account": "doantruong_nh",
        "rating": (14, 3),
    },
)

S409 = Story(
    id=409,
    slug="dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-nguyen-hue-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Huệ nhiệm kỳ 2026 - 2027",
    cat="hoat-dong-doan-truong",
    published_at="2026-10-17",
    blocks=[
        P(
            "Ngày 16/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Huệ tổ chức Đại hội đại biểu "
            "lần thứ XXIII, nhiệm kỳ 2026 - 2027. Về dự đại hội có đồng chí Nguyễn Thị Hồng Nhung, "
            "Phó Bí thư Thành đoàn Tuy Hòa cùng 180 đại biểu đại diện cho hơn 1.400 đoàn viên của "
            "36 chi đoàn."
        ),
        P(
            "Báo cáo tại đại hội cho thấy, nhiệm kỳ qua Đoàn trường đã tổ chức hiệu quả các phong "
            "trào “Thanh niên tình nguyện”, “Tuổi trẻ sáng tạo”, “Xây dựng trường học xanh - sạch - "
            "đẹp”; kết nạp 126 đoàn viên mới, giới thiệu 8 đoàn viên ưu tú cho chi bộ xem xét kết "
            "nạp Đảng."
        ),
        P(
            "Đại hội đề ra 5 chỉ tiêu trọng tâm cho nhiệm kỳ mới, trong đó có mục tiêu 100% đoàn "
            "viên tham gia ít nhất một công trình, phần việc thanh niên và xây dựng mô hình “Cổng "
            "trường an toàn giao thông”."
        ),
        Img(
            "/uploads/news/2026_10/dai-hoi-doan-bch-moi.jpg",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt đại hội",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 - 2027 ra mắt đại hội",
            style="pem",
        ),
        P(
            "Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí; cô Đặng Thị Mỹ Linh tiếp tục được tín "
            "nhiệm giữ chức Bí thư Đoàn trường."
        ),
    ],
    authors=["Trần Thị Thanh Thảo"],
    opts={
        "pub": "2026-10-17 00:00",
        "edit": "2026-10-17 10:21",
        "imgpos": 0,
        "home": "/uploads/news/2026_10/dai-hoi-doan-bch-moi.jpg",
        "author_line": "Trần Thị Thanh Thảo",
        "tags": ["đoàn-thanh-niên"],
        "views": 530,
        "account": "doantruong_nh",
        "rating": (5, 1),
    },
)

S424 = Story(
    id=424,
    slug="hoc-sinh-truong-thpt-nguyen-hue-dat-18-giai-tai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title=(
        "Học sinh Trường THPT Nguyễn Huệ đạt 18 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T10:05:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển Trường THPT "
        "Nguyễn Huệ đạt 18 giải, gồm 2 giải nhất, 5 giải nhì, 6 giải ba và 5 giải khuyến khích, "
        "xếp thứ ba toàn tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_12/doi-tuyen-hsg-tinh-2026.jpg",
            "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
            "Đội tuyển học sinh giỏi của trường chụp ảnh lưu niệm cùng Ban Giám hiệu",
            style="home",
        ),
        P(
            "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với 1.126 thí sinh của 32 trường THPT "
            "trong tỉnh tham gia ở 11 môn thi. Nhà trường có 24 học sinh dự thi ở 9 môn."
        ),
        P("Kết quả cụ thể theo từng môn như sau:"),
        P("Môn thi | Nhất | Nhì | Ba | Khuyến khích", "th"),
        P("Ngữ văn | 1 | 1 | 1 | 0", "tr"),
        P("Toán | 0 | 1 | 2 | 1", "tr"),
        P("Vật lí | 1 | 0 | 1 | 1", "tr"),
        P("Hóa học | 0 | 2 | 0 | 1", "tr"),
        P("Tiếng Anh | 0 | 1 | 1 | 1", "tr"),
        P("Lịch sử | 0 | 0 | 1 | 1", "tr"),
        P(
            "Đặc biệt, em Nguyễn Hoàng Minh Thư, lớp 12A1, đạt giải nhất môn Ngữ văn với số điểm "
            "17,5/20 và em Lê Quốc Huy, lớp 12A2, đạt giải nhất môn Vật lí. Cả hai em được chọn vào "
            "đội tuyển của tỉnh dự kỳ thi chọn học sinh giỏi quốc gia năm 2027."
        ),
        Img(
            "/uploads/news/2026_12/minh-thu-quoc-huy.jpg",
            "Ảnh: Trần Quốc Bảo",
            None,
            style="credit",
        ),
        P(
            "Thầy Phạm Ngọc Quang, Phó Hiệu trưởng phụ trách chuyên môn, cho biết nhà trường sẽ tiếp "
            "tục bồi dưỡng đội tuyển quốc gia và chuẩn bị lực lượng cho kỳ thi học sinh giỏi lớp 11 "
            "vào tháng 3/2027."
        ),
    ],
    authors=["Phạm Ngọc Quang"],
    photographers=["Trần Quốc Bảo"],
    opts={
        "pub": "2026-12-02 10:05",
        "edit": "2026-12-03 15:48",
        "imgpos": 2,
        "home": "/uploads/news/2026_12/doi-tuyen-hsg-tinh-2026.jpg",
        "author_line": "ThS. Phạm Ngọc Quang - Phó Hiệu trưởng",
        "titlesite": "Nguyễn Huệ giành 18 giải HSG tỉnh lớp 12 năm 2026 | THPT Nguyễn Huệ Phú Yên",
        "extra_cats": ["tin-tuc-su-kien"],
        "tags": ["học-sinh-giỏi"],
        "views": 2314,
        "account": "nh_quantri",
        "rating": (23, 5),
        "comments": [
            (
                "Nguyễn Thị Mai",
                "05/12/2026 06:21",
                "Chúc mừng các em! Thầy cô đội tuyển Ngữ văn vất vả nhiều rồi.",
            ),
            (
                "Phụ huynh lớp 12A2",
                "03/12/2026 20:47",
                "Cảm ơn nhà trường đã quan tâm bồi dưỡng các cháu suốt thời gian qua.",
            ),
        ],
    },
)

S419 = Story(
    id=419,
    slug="sinh-hoat-chuyen-de-day-hoc-phat-trien-nang-luc-thong-qua-hoat-dong-trai-nghiem-mon-dia-li",
    title=(
        "Sinh hoạt chuyên đề “Dạy học phát triển năng lực thông qua hoạt động trải nghiệm” môn "
        "Địa lí"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12T07:45:00+07:00",
    summary=(
        "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, ngày 10/11, "
        "Tổ Sử - Địa - GDKT&PL tổ chức sinh hoạt chuyên đề môn Địa lí với chủ đề dạy học phát "
        "triển năng lực thông qua hoạt động trải nghiệm."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự chuyên đề có thầy Phạm Ngọc Quang, Phó Hiệu trưởng cùng toàn thể giáo viên "
            "trong tổ và giáo viên các tổ Ngữ văn, Sinh - Công nghệ."
        ),
        P("1. Tiết dạy minh họa", "h3"),
        P(
            "Cô Trương Thị Kim Oanh thực hiện tiết dạy minh họa bài “Thực hành: Tìm hiểu sự phân "
            "hóa tự nhiên tại địa phương” tại lớp 10A5. Học sinh chia thành 4 nhóm, sử dụng bản đồ "
            "số, ảnh chụp thực địa và phiếu học tập để tìm hiểu đặc điểm tự nhiên của đồng bằng "
            "Tuy Hòa và vùng núi Sơn Hòa."
        ),
        Img(
            "/uploads/news/2026_11/tiet-day-minh-hoa-dia-li.jpg",
            "Học sinh lớp 10A5 trình bày sản phẩm nhóm trong tiết dạy minh họa",
            "Học sinh lớp 10A5 trình bày sản phẩm nhóm trong tiết dạy minh họa",
            style="figure",
        ),
        P("2. Thảo luận, rút kinh nghiệm", "h3"),
        P(
            "Các giáo viên dự giờ đánh giá cao việc tổ chức hoạt động nhóm, cách đặt câu hỏi gợi mở "
            "và sử dụng công cụ số. Bên cạnh đó, tổ cũng thống nhất một số điểm cần điều chỉnh:"
        ),
        P("Phân bổ thời gian hợp lý hơn giữa hoạt động khám phá và luyện tập;", "li"),
        P("Tăng cường sử dụng học liệu địa phương trong các bài thực hành;", "li"),
        P("Xây dựng bộ tiêu chí đánh giá sản phẩm học tập của học sinh.", "li"),
        P(
            "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong thiết kế và tổ chức hoạt động "
            "trải nghiệm, góp phần nâng cao chất lượng dạy học bộ môn."
        ),
    ],
    authors=["Tổ Sử - Địa - GDKT&PL"],
    opts={
        "pub": "2026-11-12 07:45",
        "edit": "2026-11-12 07:45",
        "imgpos": 0,
        "home": "/uploads/news/2026_11/tiet-day-minh-hoa-dia-li.jpg",
        "author_line": "Tổ Sử - Địa - GDKT&amp;PL",
        "views": 604,
        "account": "nh_quantri",
        "rating": (8, 2),
    },
)

S413 = Story(
    id=413,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05T14:20:00+07:00",
    blocks=[
        P(
            "Từ ngày 19/10 đến 31/10/2026, Trường THPT Nguyễn Huệ tổ chức Hội thi giáo viên dạy "
            "giỏi cấp trường năm học 2026 - 2027 với 21 giáo viên của 7 tổ chuyên môn tham gia.",
            "div",
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất lượng "
            "giảng dạy và dạy hai tiết thực hành trên lớp, trong đó có một tiết có ứng dụng công "
            "nghệ thông tin.",
            "div",
        ),
        Img(
            "/uploads/news/2026_11/hoi-thi-gvdg.jpg",
            "Cô Huỳnh Thị Diễm (Tổ Hóa - Sinh) trong tiết dạy thực hành",
            "Cô Huỳnh Thị Diễm (Tổ Hóa - Sinh) trong tiết dạy thực hành",
            style="pem",
        ),
        P(
            "Qua hội thi, Ban giám khảo đánh giá các tiết dạy đều được chuẩn bị chu đáo, nhiều giáo "
            "viên trẻ mạnh dạn vận dụng các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, "
            "trạm học tập.",
            "div",
        ),
        P(
            "Kết quả, có 17 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó:",
            "br",
        ),
        P("- 6 giáo viên xếp loại xuất sắc;", "br"),
        P("- 11 giáo viên xếp loại tốt.", "div"),
        P(
            "Nhà trường sẽ chọn 5 giáo viên tiêu biểu tham dự Hội thi giáo viên dạy giỏi cấp tỉnh "
            "dự kiến tổ chức vào tháng 2/2027.",
            "div",
        ),
    ],
    authors=["Nguyễn Văn Hòa"],
    opts={
        "pub": "2026-11-05 14:20",
        "edit": "2026-11-06 08:05",
        "imgpos": 0,
        "home": "/uploads/news/2026_11/hoi-thi-gvdg.jpg",
        "author_line": "Nguyễn Văn Hòa - Thư ký Hội đồng thi đua",
        "views": 377,
        "account": "nh_quantri",
        "rating": (4, 1),
    },
)

S407 = Story(
    id=407,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-day-cho-giao-vien",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy cho giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-10T11:30:00+07:00",
    summary=(
        "Ngày 08 và 09/10/2026, hơn 90 cán bộ quản lý, giáo viên Trường THPT Nguyễn Huệ tham gia "
        "lớp tập huấn ứng dụng trí tuệ nhân tạo (AI) trong thiết kế bài dạy và kiểm tra, đánh giá."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp tập huấn do Sở Giáo dục và Đào tạo phối hợp với Trường Đại học Phú Yên tổ chức theo "
            "hình thức trực tiếp kết hợp trực tuyến, nằm trong chương trình chuyển đổi số ngành giáo "
            "dục giai đoạn 2025 - 2030."
        ),
        P(
            "Các học viên được hướng dẫn sử dụng một số công cụ AI hỗ trợ soạn kế hoạch bài dạy, xây "
            "dựng ngân hàng câu hỏi trắc nghiệm, tạo học liệu đa phương tiện; đồng thời được lưu ý "
            "các nguyên tắc về bản quyền, bảo mật dữ liệu học sinh và kiểm chứng thông tin do AI tạo "
            "ra."
        ),
        Img(
            "/uploads/news/2026_10/tap-huan-ai.jpg",
            "Giáo viên thực hành thiết kế bài dạy có sự hỗ trợ của AI",
            "Giáo viên thực hành thiết kế bài dạy có sự hỗ trợ của AI",
            style="pem",
        ),
        P(
            "Theo đánh giá của báo cáo viên, đa số giáo viên nắm bắt nhanh và vận dụng được ngay vào "
            "bài dạy của mình. Sau tập huấn, mỗi tổ chuyên môn sẽ xây dựng ít nhất hai kế hoạch bài "
            "dạy mẫu có ứng dụng AI để chia sẻ trong toàn trường."
        ),
    ],
    authors=["Minh Châu"],
    source="Sở Giáo dục và Đào tạo Phú Yên",
    opts={
        "pub": "2026-10-10 11:30",
        "edit": "2026-10-12 14:03",
        "imgpos": 0,
        "home": "/uploads/news/2026_10/tap-huan-ai.jpg",
        "author_line": "Minh Châu",
        "source_line": ("Sở Giáo dục và Đào tạo Phú Yên", "https://phuyen.edu.vn/"),
        "views": 219,
        "account": "nh_quantri",
        "rating": (0, 0),
    },
)

_LETTERHEAD_427 = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
    '<tr><td style="text-align:center;width:42%;">SỞ GD&amp;ĐT PHÚ YÊN<br />'
    "<strong>TRƯỜNG THPT NGUYỄN HUỆ</strong></td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center;">Số: 215/TB-THPTNH</td>'
    '<td style="text-align:right;"><em>Tuy Hòa, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>\n"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối kỳ I năm học 2026 - 2027</strong></p>"
)
_CLOSING_427 = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Sở GD&amp;ĐT (để b/c);<br />- CB, GV, NV, HS;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. HIỆU TRƯỞNG<br />'
    "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
    "<strong>Nguyễn Thị Kim Loan</strong></td></tr></tbody></table>"
)

S427 = Story(
    id=427,
    slug="thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD_427),
        P("Căn cứ Kế hoạch giáo dục của nhà trường năm học 2026 - 2027;"),
        P("Căn cứ kết quả thực hiện chương trình học kỳ I của các tổ chuyên môn,"),
        P("Trường THPT Nguyễn Huệ thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", "strong"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("16/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("17/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "tr"),
        P("2. Lưu ý", "strong"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
            "không mang điện thoại di động và tài liệu vào phòng kiểm tra."
        ),
        P(
            "Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh của lớp "
            "mình phụ trách."
        ),
        Raw(_CLOSING_427),
    ],
    authors=["Nguyễn Thị Kim Loan"],
    opts={
        "pub": "2026-12-01 09:15",
        "edit": "2026-12-01 09:20",
        "imgpos": 0,
        "home": None,
        "views": 1688,
        "account": "vanphong_nh",
        "rating": (0, 0),
        "files": ["lich-kiem-tra-cuoi-ky-1-2026-2027.pdf"],
    },
)

S420 = Story(
    id=420,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-19-11-2026-do-mua-lu",
    title="Thông báo cho học sinh nghỉ học ngày 19/11/2026 do mưa lũ",
    cat="thong-bao",
    published_at="2026-11-18T21:30:00+07:00",
    blocks=[
        P(
            "Thực hiện Công văn số 2145/SGDĐT-VP ngày 18/11/2026 của Sở Giáo dục và Đào tạo về việc "
            "ứng phó với mưa lũ, Ban Giám hiệu Trường THPT Nguyễn Huệ thông báo:"
        ),
        P(
            "👉 Toàn thể học sinh nghỉ học ngày thứ Năm, 19/11/2026. Thời gian học bù sẽ được thông "
            "báo sau."
        ),
        P(
            "👉 Giáo viên chủ nhiệm thông tin kịp thời đến cha mẹ học sinh qua nhóm Zalo của lớp, "
            "nắm tình hình học sinh ở vùng thấp trũng, ven sông để báo cáo về nhà trường trước 10 "
            "giờ ngày 19/11."
        ),
        P(
            "👉 Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban chỉ huy phòng chống "
            "thiên tai nhà trường."
        ),
        P(
            "Đề nghị học sinh không đi qua các ngầm tràn, khu vực nước chảy xiết; theo dõi thông tin "
            "trên website và fanpage của trường."
        ),
        _right("BBT"),
    ],
    opts={
        "pub": "2026-11-18 21:30",
        "edit": "2026-11-18 21:34",
        "imgpos": 0,
        "home": None,
        "views": 1432,
        "account": "vanphong_nh",
        "rating": (0, 0),
    },
)

S410 = Story(
    id=410,
    slug="thong-bao-ve-viec-tham-gia-bao-hiem-y-te-hoc-sinh-nam-2027",
    title="Thông báo về việc tham gia Bảo hiểm y tế học sinh năm 2027",
    cat="thong-bao",
    published_at="2026-10-20T08:00:00+07:00",
    summary=(
        "Nhà trường thông báo đến cha mẹ học sinh về mức đóng, thời gian và hình thức tham gia bảo "
        "hiểm y tế học sinh năm 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo quy định của Luật Bảo hiểm y tế, học sinh là đối tượng bắt buộc tham gia bảo hiểm "
            "y tế. Thời gian sử dụng thẻ năm 2027 từ ngày 01/01/2027 đến hết ngày 31/12/2027."
        ),
        P(
            "Mức đóng: 884.520 đồng/học sinh/năm (đã trừ phần ngân sách nhà nước hỗ trợ 30%).",
            "emoji",
        ),
        P(
            "Thời gian nộp: từ ngày 21/10 đến ngày 20/11/2026, tại văn phòng nhà trường hoặc chuyển "
            "khoản theo hướng dẫn của giáo viên chủ nhiệm.",
            "emoji",
        ),
        P(
            "Học sinh đã có thẻ bảo hiểm y tế theo đối tượng khác (hộ nghèo, cận nghèo, dân tộc "
            "thiểu số…) nộp bản photo thẻ cho giáo viên chủ nhiệm trước ngày 31/10/2026.",
            "emoji",
        ),
        P(
            "Bảo hiểm y tế giúp học sinh được chi trả chi phí khám, chữa bệnh khi ốm đau, tai nạn; "
            "đồng thời được chăm sóc sức khỏe ban đầu ngay tại phòng y tế của trường."
        ),
        _right("Theo Bảo hiểm xã hội tỉnh Phú Yên", "em"),
    ],
    source="Bảo hiểm xã hội tỉnh Phú Yên",
    opts={
        "pub": "2026-10-20 08:00",
        "edit": "2026-10-21 10:10",
        "imgpos": 0,
        "home": None,
        "views": 655,
        "account": "vanphong_nh",
        "rating": (3, 1),
    },
)

STORIES: list[Story] = [
    S424, S427, S421, S415, S420, S418, S419, S413, S430, S410, S409, S407, S426,
]
BY_ID = {s.id: s for s in STORIES}

HOT = [415, 424, 418, 421]  # "Xem nhiều": the cached block with /vi/ links
FEATURED = [424, 421, 415]


def _pub(s: Story) -> datetime:
    return datetime.strptime(s.opts["pub"], "%Y-%m-%d %H:%M")


def _edit(s: Story) -> datetime:
    return datetime.strptime(s.opts["edit"], "%Y-%m-%d %H:%M")


def article_path(s: Story, cat: str | None = None) -> str:
    return f"/news/{cat or s.cat}/{s.slug}-{s.id}.html"


def legacy_path(s: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}"


def cat_stories(alias: str) -> list[Story]:
    found = [s for s in STORIES if s.cat == alias or alias in s.opts.get("extra_cats", [])]
    return sorted(found, key=_pub, reverse=True)


def all_stories() -> list[Story]:
    return sorted(STORIES, key=_pub, reverse=True)


def tag_stories(tag: str) -> list[Story]:
    return [s for s in all_stories() if tag in s.opts.get("tags", [])]


def _detail_date(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def _php_t_date(d: datetime) -> str:
    """PHP ``date('Y-m-dTH:i:s')``: the "T" is the zone abbreviation, "+07" for Ho Chi Minh."""
    return f"{d:%Y-%m-%d}+07{d:%H:%M:%S}"


def _thumb(s: Story) -> str:
    home = s.opts.get("home")
    return home.replace("/uploads/", "/assets/", 1) if home else f"{THEME}/images/no_image.gif"


def _plain_hometext(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:160].rsplit(" ", 1)[0] + "…"


# --- body rendering -------------------------------------------------------------------------

_WORD_P = (
    'class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
    'line-height:130%"'
)
_WORD_SPAN = (
    'lang="VI" style="font-size:14.0pt;line-height:130%;font-family:&quot;Times New Roman&quot;,'
    'serif"'
)


def _word_paragraph(value: str) -> str:
    """Word's markup: the run split inside a word, a non-breaking space, an <o:p> tail."""
    cut = value.find(" ", 12)
    cut = cut - 2 if cut > 3 else len(value) // 2
    first, second = value[:cut], value[cut:]
    spaces = [i for i, ch in enumerate(second) if ch == " "]
    if len(spaces) > 4:
        i = spaces[4]
        second_html = text(second[:i]) + "&nbsp;" + text(second[i + 1 :])
    else:
        second_html = text(second)
    return (
        f"<p {_WORD_P}><span {_WORD_SPAN}>{text(first)}</span><span {_WORD_SPAN}>"
        f"{second_html}</span><o:p></o:p></p>\n"
        f'<p {_WORD_P}><span {_WORD_SPAN}><o:p>&nbsp;</o:p></span></p>'
    )


def _img_markup(img: Img) -> str:
    src = esc(img.src)
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block"><img alt="" height="533" '
            f'src="{src}" width="800" /><figcaption>{text(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:620px;">'
            f'<tbody><tr><td style="text-align:center;"><img alt="" src="{src}" '
            'style="width:600px;height:400px;" /></td></tr><tr><td style="text-align:center;">'
            f'<span style="font-size:12px;"><em>{text(img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center;"><img alt="" height="480" src="{src}" width="720" /></p>'
            f'<p style="text-align:right;"><em>{text(img.printed or "")}</em></p>'
        )
    # "pem": the line under it, centred, italic
    return (
        f'<p style="text-align:center;"><img alt="" height="450" src="{src}" width="700" /></p>'
        f'<p style="text-align:center;"><em>{text(img.printed or "")}</em></p>'
    )


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@@XEMTHEM409@@":
                other = BY_ID[409]
                out.append(
                    '<p><strong>Xem thêm:</strong> <a href="'
                    + esc(legacy_path(other))
                    + f'">{text(other.title)}</a></p>'
                )
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style != "home":
                out.append(_img_markup(b))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f'<{cell} style="text-align:center;">{text(c)}</{cell}>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
                'style="width:100%;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(text(blocks[i].text))
                i += 1
            last = blocks[i]
            assert isinstance(last, P)
            lines.append(text(last.text))
            tag = "div" if last.style == "div" else "p"
            out.append(f'<{tag} style="text-align: justify;">' + "<br />\n".join(lines) + f"</{tag}>")
            i += 1
            continue
        if style == "word":
            out.append(_word_paragraph(b.text))
        elif style == "h3":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif style == "strong":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{text(b.text)}</div>')
        elif style == "emoji":
            out.append(
                '<p style="text-align: justify;"><img alt="📌" height="20" '
                'src="/assets/images/emoji/1f4cc.png" style="vertical-align:middle" width="20" />'
                f"&nbsp;{text(b.text)}</p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _home_figure(s: Story) -> str:
    if s.opts.get("imgpos") != 2:
        return ""
    img = next(b for b in s.blocks if isinstance(b, Img) and b.style == "home")
    return (
        '<figure class="article center pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        '<div id="imgpreview" style="width:460px;"><p class="text-center">'
        f'<img alt="{esc(img.printed or s.title)}" src="{esc(img.src)}" width="460" '
        f'class="img-thumbnail"/></p><figcaption>{text(img.printed or "")}</figcaption></div>'
        "</figure>"
    )


def _author_lines(s: Story) -> str:
    parts = []
    if s.opts.get("author_line"):
        parts.append(
            f'<p class="h5 text-right"><strong>Tác giả: </strong>{s.opts["author_line"]}</p>'
        )
    if s.opts.get("source_line"):
        name, href = s.opts["source_line"]
        parts.append(
            '<p class="h5 text-right"><strong>Nguồn tin: </strong>'
            f'<a title="{esc(name)}" rel="nofollow" href="{esc(href)}">{text(name)}</a></p>'
        )
    if not parts:
        return ""
    return '<div class="margin-bottom-lg tacgia-nguontin">' + "".join(parts) + "</div>"


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("Trang nhất", "/", []),
    (
        "Giới thiệu",
        "/about/gioi-thieu-chung.html",
        [
            ("Giới thiệu chung", "/about/gioi-thieu-chung.html"),
            ("Cơ cấu tổ chức", "/about/co-cau-to-chuc.html"),
            ("Thành tích nhà trường", "/about/thanh-tich-nha-truong.html"),
        ],
    ),
    (
        "Tin tức",
        "/news/",
        [
            ("Tin tức - Sự kiện", "/news/tin-tuc-su-kien/"),
            ("Hoạt động Đoàn trường", "/news/hoat-dong-doan-truong/"),
        ],
    ),
    ("Hoạt động chuyên môn", "/news/hoat-dong-chuyen-mon/", []),
    ("Thông báo", "/news/thong-bao/", []),
    (
        "Văn bản",
        "/laws/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html",
        [
            (
                "Kế hoạch giáo dục năm học 2026 - 2027",
                "/laws/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html",
            ),
            (
                "Quy chế chi tiêu nội bộ năm 2026",
                "/laws/detail/quy-che-chi-tieu-noi-bo-nam-2026.html",
            ),
        ],
    ),
    (
        "Thư viện",
        "/photos/hoat-dong-nha-truong/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-15/",
        [
            (
                "Thư viện ảnh",
                "/photos/hoat-dong-nha-truong/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-15/",
            ),
            ("Video clip", "/videoclips/tiet-muc-top-ca-chi-doan-12a2.html"),
        ],
    ),
    ("Liên hệ", "/contact/", []),
]


def _menu() -> str:
    items = []
    for title, href, subs in _MENU:
        if href == "/":
            items.append(
                '<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">'
                '&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
            )
            continue
        if not subs:
            items.append(
                f'<li role="presentation"><a class="dropdown-toggle" href="{href}" '
                f'title="{esc(title)}">{esc(title)}</a></li>'
            )
            continue
        sub = "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for t, h in subs)
        items.append(
            f'<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="{href}" '
            f'role="button" aria-expanded="false" title="{esc(title)}">{esc(title)} '
            f'<strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">{sub}</ul></li>'
        )
    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row">'
        '<div class="bg box-shadow"><div class="navbar navbar-default navbar-static-top" '
        'role="navigation"><div class="navbar-header"><button type="button" '
        'class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">'
        '<span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>'
        '<div class="collapse navbar-collapse" id="menu-site-default">'
        '<ul class="nav navbar-nav">' + "".join(items) + "</ul></div></div></div></div></div></nav>"
    )


def _breadcrumbs(trail: list[tuple[str, str]]) -> str:
    """NukeViet 4.5: the trail is printed hidden, the theme's JS moves it into ul.breadcrumbs."""
    if not trail:
        return ""
    items = [("Trang nhất", "/"), *trail]
    lis = "".join(
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(t)}"><span itemprop="name">{esc(t)}'
        f'</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (t, href) in enumerate(items, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs '
        'hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg '
        'fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul><ul class="temp-breadcrumbs hidden" itemscope '
        f'itemtype="https://schema.org/BreadcrumbList">{lis}</ul></div>'
    )


def _block_new() -> str:
    lis = []
    for s in all_stories()[:5]:
        url = article_path(s)
        lis.append(
            f'<li class="clearfix"><a title="{esc(s.title)}" href="{url}"><img '
            f'src="{_thumb(s)}" alt="{esc(s.title)}" width="70" class="img-thumbnail pull-left '
            f'mr-1"/></a><a data-content="{esc(_plain_hometext(s))}" data-img="{_thumb(s)}" '
            f'data-rel="block_news_tooltip" title="{esc(s.title)}" href="{url}">{text(s.title)}'
            "</a></li>"
        )
    return (
        '<div class="panel panel-primary khoi-tinmoi"><div class="panel-heading">Tin mới</div>'
        '<div class="panel-body"><ul class="list-none list-items block_news">'
        + "".join(lis)
        + "</ul></div></div>"
    )


def _block_hot() -> str:
    lis = []
    for sid in HOT:
        s = BY_ID[sid]
        views = f"{s.opts['views']:,}".replace(",", ".")
        lis.append(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/vi{article_path(s)}" '
            f'title="{esc(s.title)}">{text(s.title)}</a> <span class="text-muted">'
            f"({views} lượt xem)</span></li>"
        )
    return (
        '<div class="panel panel-primary khoi-xemnhieu"><div class="panel-heading">Xem nhiều'
        '</div><div class="panel-body"><ul class="list-none list-items tophits">'
        + "".join(lis)
        + "</ul></div></div>"
    )


_SIDE_STATIC = """
<div class="panel panel-primary khoi-binhchon"><div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body"><form action="/voting/" method="get" onsubmit="return false;">
<p><strong>Bạn biết đến website của trường qua kênh nào?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="11"> Giáo viên chủ nhiệm giới thiệu</label></div>
<div class="radio"><label><input type="radio" name="option" value="12"> Fanpage của trường</label></div>
<div class="radio"><label><input type="radio" name="option" value="13"> Tìm kiếm trên Internet</label></div>
<div class="radio"><label><input type="radio" name="option" value="14"> Kênh khác</label></div>
<input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '3', '1', 'b2f0c6', '', '0');" />
<input class="btn btn-primary btn-sm" value="Kết quả" type="button" onclick="nv_sendvoting(this.form, '3', 0, 'b2f0c6', '', '0');" />
</form></div></div>
<div class="panel panel-primary khoi-lienket"><div class="panel-heading">Liên kết website</div>
<div class="panel-body"><select class="form-control" onchange="if(this.value)window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
<option value="https://phuyen.edu.vn/">Sở GD&amp;ĐT Phú Yên</option>
<option value="https://www.phuyen.gov.vn/">Cổng TTĐT tỉnh Phú Yên</option>
</select>
<p class="text-center margin-top"><a href="https://www.facebook.com/thptnguyenhue.phuyen" rel="nofollow" target="_blank"><img src="/uploads/banner/fanpage-nguyenhue.png" alt="Fanpage" width="260" /></a></p></div></div>
<div class="panel panel-primary khoi-thongke"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.204</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>8.911</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.482.336</span></li>
</ul></div></div>
"""

_FOOTER = """
<footer id="footer" class="footer-truong"><div class="container"><div class="row">
<div class="col-xs-24 col-md-14"><p class="ten-truong"><strong>TRƯỜNG THPT NGUYỄN HUỆ - TỈNH PHÚ YÊN</strong></p>
<p>Địa chỉ: Số 125 Trần Hưng Đạo, Phường 4, TP Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: (0257) 3 823 416 - Email: <a href="mailto:thptnguyenhue@phuyen.edu.vn">thptnguyenhue@phuyen.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Lê Văn Thành - Hiệu trưởng</p></div>
<div class="col-xs-24 col-md-10 text-right"><p>&copy; Bản quyền thuộc về Trường THPT Nguyễn Huệ</p>
<p class="copyright">Thiết kế bởi <a href="https://vinades.vn/" rel="nofollow">VINADES.,JSC</a> - Sử dụng <a href="https://nukeviet.vn/" rel="nofollow">NukeViet CMS</a></p></div>
</div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/jquery/jquery.min.js?t=1698"></script>
<script src="/assets/js/language/vi.js?t=1698"></script>
<script src="/assets/js/global.js?t=1698"></script>
<script src="/themes/edu_thpt/js/main.js?t=1698"></script>
"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    canonical: str,
    description: str = "",
    trail: list[tuple[str, str]] | None = None,
    head_extra: str = "",
    func: str = "main",
) -> str:
    base = base_url(request)
    side = _block_new() + _block_hot() + _SIDE_STATIC
    desc = esc(description or "Website Trường THPT Nguyễn Huệ - tỉnh Phú Yên")
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{desc}">
<meta name="author" content="{esc(SITE)}">
<meta name="copyright" content="{esc(SITE)} [thptnguyenhue@phuyen.edu.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{esc(SITE)}">
{head_extra}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{base}{canonical}">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1698">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Qe3Lr",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_is_recaptcha=0;</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div class="thanh-tren clearfix"><span class="current-time"><em class="fa fa-clock-o">&nbsp;</em>{HEADER_TODAY}</span>
<marquee class="chay-chu" scrollamount="4">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với Website Trường THPT Nguyễn Huệ - tỉnh Phú Yên</marquee>
<span class="chon-ngon-ngu"><a href="/vi/" title="Tiếng Việt"><img src="/assets/images/flags/vi.png" alt="Tiếng Việt" width="20" /></a></span></div>
<div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(SITE)}" href="/"><img src="/uploads/logo-nguyenhue.png" alt="{esc(SITE)}" width="120"></a>
<span class="site_name">{esc(SITE)}</span><span class="site_description">Sở Giáo dục và Đào tạo tỉnh Phú Yên</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><img class="banner-dau" src="/uploads/banner/banner-nguyenhue-2026.jpg" alt="Banner" width="780"></div></div></div></header>
{_menu()}
<section><div class="container" id="body"><div class="row">
<div class="col-md-24">{_breadcrumbs(trail or [])}</div>
<div class="col-sm-16 col-md-17 cot-chinh">
{main}
</div>
<div class="col-sm-8 col-md-7 cot-phai">{side}</div>
</div></div></section>
{_FOOTER}
</div></div>
</body>
</html>"""


# --- pages ----------------------------------------------------------------------------------


def _trail_for(cat: Cat) -> list[tuple[str, str]]:
    trail = [(MODULE_TITLE, "/news/")]
    if cat.parent:
        parent = CATS[cat.parent]
        trail.append((parent.title, f"/news/{parent.alias}/"))
    trail.append((cat.title, f"/news/{cat.alias}/"))
    return trail


def _others(s: Story) -> str:
    same = cat_stories(s.cat)
    newer = [o for o in same if _pub(o) > _pub(s)][::-1][:ST_LINKS]
    older = [o for o in same if _pub(o) < _pub(s)][:ST_LINKS]

    def lis(items: list[Story]) -> str:
        return "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(o)}" '
            f'title="{esc(o.title)}" data-content="{esc(_plain_hometext(o))}" '
            f'data-img="{_thumb(o)}" data-rel="tooltip" data-placement="top">{text(o.title)}</a> '
            f"<em>({_pub(o):%d/%m/%Y})</em></li>"
            for o in items
        )

    parts = []
    if newer:
        parts.append(
            '<p class="h3"><strong>Tin mới hơn</strong></p><div class="clearfix"><ul '
            f'class="related list-items">{lis(newer)}</ul></div>'
        )
    if older:
        parts.append(
            '<p class="h3"><strong>Tin cũ hơn</strong></p><div class="clearfix"><ul '
            f'class="related list-items">{lis(older)}</ul></div>'
        )
    if not parts:
        return ""
    return (
        '<div class="news_column panel panel-default tin-cung-cm"><div class="panel-heading '
        'tieude-khoi">Tin cùng chuyên mục</div><div class="panel-body other-news">'
        + "".join(parts)
        + "</div></div>"
    )


def _rating(s: Story) -> str:
    total, count = s.opts.get("rating", (0, 0))
    avg = f"{total / count:.1f}" if count else "0"
    stars = "".join(
        f'<input class="hover-star required" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(
            ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"],
            1,
        )
    )
    return (
        '<div class="danh-gia-bv margin-bottom-lg"><p class="tieude-danhgia"><em class="fa '
        'fa-star-o">&nbsp;</em>Đánh giá bài viết</p><form id="form3B" action=""><div '
        f'class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {total} trong '
        f"{count} đánh giá</p>"
        + (
            '<span itemscope itemtype="https://schema.org/AggregateRating">Xếp hạng: '
            f'<span id="numberrating" itemprop="ratingValue">{avg}</span> - <span '
            f'id="click_rating" itemprop="ratingCount">{count}</span> phiếu bầu</span>'
            if count
            else ""
        )
        + f'<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">'
        "Click để đánh giá bài viết</span></div></div></form></div>"
    )


def _comments(s: Story) -> str:
    items = s.opts.get("comments", [])
    boxes = "".join(
        '<div class="comment-box"><div class="media"><a class="pull-left" href="#"><img '
        'class="media-object bg-gainsboro" src="/assets/images/users/no_avatar.png" alt="" '
        f'width="40"/></a><div class="media-body"><h4 class="media-heading"><strong>{esc(name)}'
        f'</strong> <span class="small text-muted">{when}</span></h4><p>{esc(body)}</p>'
        f'<a href="#" onclick="nv_commment_feedback({n}, \'{esc(name)}\'); return false;" '
        'class="comment-reply">Trả lời</a></div></div></div>'
        for n, (name, when, body) in enumerate(items, 900 + s.id)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" '
        f'class="nv-fullbg" data-module="news" data-content="news_commentcontent" data-area="8" '
        f'data-id="{s.id}"><div class="row clearfix margin-bottom-lg"><div class="col-xs-12 '
        'text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn '
        'đọc</p></div><div class="col-xs-12 text-right"><select class="form-control" '
        'onchange="nv_comment_sort_change(event, this)"><option value="0">Sắp xếp theo bình luận '
        'mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp '
        'xếp theo số lượt thích</option></select></div></div><div id="showcomment" '
        f'class="margin-bottom-lg">{boxes}</div><div id="formcomment" class="comment-form">'
        '<div class="alert alert-info">Bạn cần <a href="#" onclick="return loginForm(\'\');">'
        "đăng nhập</a> để gửi bình luận</div></div></div></div></div>"
    )


def _tags(s: Story) -> str:
    tags = s.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}/"><em>{esc(TAGS[t])}</em></a>' for t in tags
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
    )


def _files(s: Story, path: str) -> str:
    files = s.opts.get("files", [])
    if not files:
        return ""
    rows = "".join(
        '<div class="list-group-item"><span class="badge"><a class="btn btn-primary btn-xs" '
        f'href="{path}?download=1&amp;id={n}" title="Tải về"><em class="fa fa-download"></em>'
        f'</a></span><em class="fa fa-file-pdf-o">&nbsp;</em>{esc(name)}</div>'
        for n, name in enumerate(files)
    )
    return (
        '<div class="news-download-file panel panel-default margin-bottom-lg"><div '
        'class="panel-heading"><em class="fa fa-paperclip">&nbsp;</em>Tài liệu đính kèm</div>'
        f'<div class="list-group">{rows}</div></div>'
    )


def _og_image(request: Request, s: Story) -> str:
    home = s.opts.get("home")
    return base_url(request) + (home if home else "/uploads/logo-nguyenhue.png")


def detail_page(request: Request, s: Story, url_cat: str) -> Response:
    path = article_path(s, url_cat)
    canonical = article_path(s)
    cat = CATS[url_cat]
    main_cat = CATS[s.cat]
    pub, edit = _pub(s), _edit(s)
    titlesite = s.opts.get("titlesite")
    page_title = titlesite or f"{s.title} - {main_cat.title} - {SITE}"
    desc = _plain_hometext(s)
    base = base_url(request)
    head = "\n".join(
        [
            f'<meta property="og:title" content="{esc(titlesite or s.title)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:description" content="{esc(desc)}">',
            f'<meta property="og:image" content="{_og_image(request, s)}">',
            f'<meta property="og:url" content="{base}{canonical}">',
            f'<meta property="article:published_time" content="{_php_t_date(pub)}">',
            f'<meta property="article:modified_time" content="{_php_t_date(edit)}">',
            f'<meta property="article:section" content="{esc(main_cat.title)}">',
            *[
                f'<meta property="article:tag" content="{esc(TAGS[t])}">'
                for t in s.opts.get("tags", [])
            ],
        ]
    )
    print_url = f"/news/print/{s.cat}/{s.slug}-{s.id}.html"
    save_url = f"/news/savefile/{s.cat}/{s.slug}-{s.id}.html"
    send_url = f"/news/sendmail/{s.cat}/{s.slug}-{s.id}.html"
    hometext = (
        f'<div class="hometext m-bottom">{text(s.summary)}</div>' if s.summary else ""
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{text(s.title)}</h1>
<div class="hidden hide d-none" itemprop="mainEntityOfPage">{base}{canonical}</div>
<div class="hidden hide d-none" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><span itemprop="url">{_og_image(request, s)}</span><span itemprop="width">460</span><span itemprop="height">307</span></div>
<div class="hidden hide d-none" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{s.opts.get("account", "admin")}</span></div>
<span class="hidden hide d-none" itemprop="datePublished">{pub:%Y-%m-%dT%H:%M:%S}+07:00</span>
<span class="hidden hide d-none" itemprop="dateModified">{edit:%Y-%m-%dT%H:%M:%S}+07:00</span>
<span class="hidden hide d-none" itemprop="description">{text(desc)}</span>
<div class="hidden hide d-none" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{esc(SITE)}</span><span itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><span itemprop="url">{base}/uploads/logo-nguyenhue.png</span></span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{_detail_date(pub)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right send-to-friend">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{send_url}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_url}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{save_url}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
<li class="luot-xem"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {s.opts.get("views", s.views())}</li>
</ul></div>
</div>
<div class="clearfix">
{_home_figure(s)}
{hometext}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
</div>
{_files(s, path)}
{_rating(s)}
{_author_lines(s)}
</div>
</div>
{_tags(s)}
<div class="news_column panel panel-default"><div class="panel-body chia-se"><div class="fb-like" data-href="{base}{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div> <a href="https://zalo.me/share?url={quote(base + canonical, safe='')}" rel="nofollow" target="_blank" class="btn btn-xs btn-info">Chia sẻ Zalo</a></div></div>
{_comments(s) if s.opts.get("comments") else ""}
{_others(s)}"""
    page = layout(
        request,
        title=page_title,
        main=main,
        canonical=canonical,
        description=desc,
        trail=_trail_for(cat),
        head_extra=head,
        func="detail",
    )
    return html(page)


def _print_body(s: Story) -> str:
    figure = _home_figure(s)
    hometext = f'<div id="hometext"><strong>{text(s.summary)}</strong></div>' if s.summary else ""
    return f"{figure}{hometext}<div class=\"bodytext\">{render_body(s)}</div>{_author_lines(s)}"


def print_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    canonical = article_path(s)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="{THEME}/css/print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2><p class="pull-right"><a title="{esc(SITE)}" href="{base}/">{base}</a></p></div>
<div class="clear"></div><hr />
<div id="content">
<h1>{text(s.title)}</h1>
<ul class="list-inline"><li>{_detail_date(_pub(s))}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
{_print_body(s)}
</div>
<div id="footer"><div id="url"><strong>URL của bản tin này: </strong><a href="{base}{canonical}" title="{esc(s.title)}">{base}{canonical}</a></div>
<div class="copyright">&copy; {esc(SITE)}</div>
<div id="contact"><a href="mailto:thptnguyenhue@phuyen.edu.vn">thptnguyenhue@phuyen.edu.vn</a></div></div>
</div></body></html>"""
    return html(page)


def savefile_page(request: Request, s: Story) -> Response:
    base = base_url(request)
    canonical = article_path(s)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(s.title)}</title></head>
<body>
<h1>{text(s.title)}</h1>
<p><em>Đăng lúc: {_detail_date(_pub(s))}</em></p>
{_print_body(s)}
<hr /><p>Bài viết được lưu từ trang: <a href="{base}{canonical}">{base}{canonical}</a></p>
</body></html>"""
    return html(
        page,
        headers={"Content-Disposition": f'attachment; filename="{s.slug}-{s.id}.html"'},
    )


def sendmail_page(request: Request, s: Story) -> Response:
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow"></head><body>
<form id="sendmailForm" method="post" action="/news/sendmail/{s.cat}/{s.slug}-{s.id}.html">
<div class="h3">Gửi bài viết qua email</div>
<p>Tên của bạn: <input type="text" name="name" /></p><p>Email của bạn: <input type="email" name="youremail" /></p>
<p>Email người nhận: <input type="email" name="email" /></p><p>Nội dung: <textarea name="content"></textarea></p>
<input type="hidden" name="checkss" value="6f1b3c2a9e0d" /><input type="submit" value="Gửi bài viết" />
</form></body></html>"""
    return html(page)


def _item_row(s: Story, url_cat: str | None = None) -> str:
    url = article_path(s, url_cat)
    return f"""<div class="news-list-item panel panel-default clearfix"><div class="panel-body">
<a href="{url}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{_thumb(s)}" width="140" class="img-thumbnail pull-left anh-dd"/></a>
<h3 class="tieude"><a href="{url}" title="{esc(s.title)}">{text(s.title)}</a></h3>
<div class="text-muted ngaydang"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {_pub(s):%d/%m/%Y %H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.opts.get("views", 0)}</li></ul></div>
<div class="tomtat">{text(_plain_hometext(s))}</div>
</div></div>"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}" title="Trang trước">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><span>{n}</span></li>')
        else:
            items.append(f'<li><a href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{href(page + 1)}" title="Trang sau">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center phan-trang"><ul class="pagination">' + "".join(items) + "</ul></div>"


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def category_page(request: Request, cat: Cat, page: int) -> Response | None:
    items = cat_stories(cat.alias)
    pages = _pages(len(items))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/news/{cat.alias}/"
    canonical = base if page == 1 else f"{base}page-{page}/"
    if cat.layout == "viewcat_main_right":
        first, rest = chunk[0], chunk[1:]
        url = article_path(first, cat.alias)
        left = f"""<div class="tin-noi-bat-cm panel panel-default"><div class="panel-body">
<a href="{url}" title="{esc(first.title)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" width="300" class="img-thumbnail pull-left anh-lon"/></a>
<h2 class="tieude"><a href="{url}" title="{esc(first.title)}">{text(first.title)}</a></h2>
<p class="ngaydang"><em class="fa fa-clock-o">&nbsp;</em> {_pub(first):%d/%m/%Y %H:%M}</p>
<div class="tomtat">{text(_plain_hometext(first))}</div></div></div>
<ul class="list-items cac-tin-khac">""" + "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(o, cat.alias)}" '
            f'title="{esc(o.title)}">{text(o.title)}</a> <span class="ngay">({_pub(o):%d/%m/%Y})'
            "</span></li>"
            for o in rest
        ) + "</ul>"
        right = ""
        for sub in (c for c in CATS.values() if c.parent == cat.alias):
            lis = "".join(
                f'<li><a href="{article_path(o)}" title="{esc(o.title)}">{text(o.title)}</a></li>'
                for o in cat_stories(sub.alias)[:4]
            )
            right += (
                '<div class="panel panel-default cm-con"><div class="panel-heading"><h4><a '
                f'href="/news/{sub.alias}/" title="{esc(sub.title)}">{esc(sub.title)}</a></h4>'
                f'</div><div class="panel-body"><ul class="list-items">{lis}</ul></div></div>'
            )
        main = (
            f'<div class="viewcat-main-right"><h1 class="tieude-cm">{esc(cat.title)}</h1>'
            f'<div class="row"><div class="col-md-16 cm-trai">{left}</div>'
            f'<div class="col-md-8 cm-phai">{right}</div></div>{_pager(base, page, pages)}</div>'
        )
    else:
        main = (
            f'<div class="viewcat-page-new"><h1 class="tieude-cm">{esc(cat.title)}</h1>'
            + "".join(_item_row(s, cat.alias) for s in chunk)
            + _pager(base, page, pages)
            + "</div>"
        )
    title = cat.title + (f" - Trang {page}" if page > 1 else "") + f" - {SITE}"
    return html(
        layout(request, title=title, main=main, canonical=canonical, trail=_trail_for(cat),
               func="viewcat")
    )


def module_main(request: Request, page: int) -> Response | None:
    items = all_stories()
    pages = _pages(len(items))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    canonical = "/news/" if page == 1 else f"/news/page-{page}/"
    main = (
        '<div class="viewcat-page-new tin-moi-nhat">'
        + "".join(_item_row(s) for s in chunk)
        + _pager("/news/", page, pages)
        + "</div>"
    )
    title = MODULE_TITLE + (f" - Trang {page}" if page > 1 else "") + f" - {SITE}"
    return html(
        layout(request, title=title, main=main, canonical=canonical,
               trail=[(MODULE_TITLE, "/news/")])
    )


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = tag_stories(tag)
    main = (
        f'<div class="viewcat-page-new trang-tag"><h1 class="tieude-cm">{esc(TAGS[tag])}</h1>'
        + "".join(_item_row(s) for s in items)
        + "</div>"
    )
    return html(
        layout(request, title=f"{TAGS[tag]} - {MODULE_TITLE} - {SITE}", main=main,
               canonical=f"/news/tag/{quote(tag)}/",
               trail=[(MODULE_TITLE, "/news/"), (TAGS[tag], f"/news/tag/{tag}/")], func="tag")
    )


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{article_path(s)}" '
        f'title="{esc(s.title)}"><img src="{s.opts.get("home") or _thumb(s)}" alt="'
        f'{esc(s.title)}" width="700"/></a><div class="carousel-caption"><h3><a '
        f'href="{article_path(s)}">{text(s.title)}</a></h3></div></div>'
        for n, s in enumerate(BY_ID[i] for i in FEATURED)
    )
    blocks = []
    for alias in ("tin-tuc-su-kien", "hoat-dong-doan-truong", "hoat-dong-chuyen-mon", "thong-bao"):
        cat = CATS[alias]
        items = cat_stories(alias)[:2]
        first, rest = items[0], items[1:]
        others = "".join(
            f'<li><a href="{article_path(o)}" title="{esc(o.title)}">{text(o.title)}</a> '
            f'<span class="ngay">({_pub(o):%d/%m})</span></li>'
            for o in rest
        )
        blocks.append(
            f'<div class="panel panel-default khoi-cm"><div class="panel-heading"><a '
            f'href="/news/{alias}/" title="{esc(cat.title)}">{esc(cat.title)}</a></div>'
            f'<div class="panel-body"><div class="row"><div class="col-md-12"><a '
            f'href="{article_path(first)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" '
            f'class="img-thumbnail" width="240"/></a><h3 class="tieude"><a '
            f'href="{article_path(first)}" title="{esc(first.title)}">{text(first.title)}</a>'
            f'</h3><div class="tomtat">{text(_plain_hometext(first))}</div></div>'
            f'<div class="col-md-12"><ul class="list-items">{others}</ul></div></div></div></div>'
        )
    main = (
        '<div id="tin-noi-bat" class="carousel slide" data-ride="carousel"><div '
        f'class="carousel-inner">{slides}</div></div>' + "".join(blocks)
    )
    return html(layout(request, title=SITE, main=main, canonical="/"))


# --- non-articles ---------------------------------------------------------------------------

_NON = {
    "/about/gioi-thieu-chung.html": (
        "Giới thiệu chung",
        [
            "Trường THPT Nguyễn Huệ được thành lập năm 1977, là một trong những trường trung học "
            "phổ thông có bề dày truyền thống của tỉnh Phú Yên.",
            "Năm học 2026 - 2027, trường có 36 lớp với 1.462 học sinh, 98 cán bộ, giáo viên, "
            "nhân viên; trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng cấp độ 3.",
        ],
    ),
    "/about/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Lê Văn Thành. Phó Hiệu trưởng: Thầy Phạm Ngọc Quang, Cô Nguyễn Thị "
            "Kim Loan.",
            "Các tổ chuyên môn: Ngữ văn; Toán - Tin; Vật lí - Công nghệ; Hóa - Sinh; Sử - Địa - "
            "GDKT&PL; Ngoại ngữ; Thể dục - GDQP&AN; Tổ Văn phòng.",
        ],
    ),
    "/about/thanh-tich-nha-truong.html": (
        "Thành tích nhà trường",
        [
            "Huân chương Lao động hạng Ba (2017); Cờ thi đua của UBND tỉnh các năm học 2019 - 2020, "
            "2023 - 2024.",
            "Nhiều năm liền có học sinh đạt giải trong Kỳ thi chọn học sinh giỏi quốc gia.",
        ],
    ),
    "/contact/": (
        "Liên hệ",
        [
            "Trường THPT Nguyễn Huệ - Số 125 Trần Hưng Đạo, Phường 4, TP Tuy Hòa, tỉnh Phú Yên.",
            "Điện thoại: (0257) 3 823 416 - Email: thptnguyenhue@phuyen.edu.vn",
        ],
    ),
    "/laws/detail/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027.html": (
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        [
            "Số/Ký hiệu: 168/KH-THPTNH | Ngày ban hành: 15/09/2026 | Người ký: Lê Văn Thành",
            "Trích yếu: Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        ],
    ),
    "/laws/detail/quy-che-chi-tieu-noi-bo-nam-2026.html": (
        "Quy chế chi tiêu nội bộ năm 2026",
        [
            "Số/Ký hiệu: 12/QĐ-THPTNH | Ngày ban hành: 08/01/2026 | Người ký: Lê Văn Thành",
            "Trích yếu: Ban hành Quy chế chi tiêu nội bộ năm 2026",
        ],
    ),
    "/photos/hoat-dong-nha-truong/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-15/": (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        ["Album gồm 24 ảnh - Ngày đăng: 21/11/2026 - Lượt xem: 611"],
    ),
    "/videoclips/tiet-muc-top-ca-chi-doan-12a2.html": (
        "Tiết mục tốp ca Chi đoàn 12A2 - Hội thi Tiếng hát học sinh 2026",
        ["Video clip - Lượt xem: 245"],
    ),
}

NON_ARTICLES = list(_NON)


def non_article_page(request: Request, path: str) -> Response:
    title, paras = _NON[path]
    body = "".join(f"<p>{text(p)}</p>" for p in paras)
    if path.startswith("/photos/"):
        body += "".join(
            f'<div class="col-xs-6"><a href="{path}#anh-{n}" class="thumbnail"><img '
            f'src="/uploads/photos/2026_11/le-20-11-{n:02d}.jpg" alt="Ảnh {n}" width="160"/></a></div>'
            for n in range(1, 7)
        )
    if path.startswith("/videoclips/"):
        body += (
            '<div class="embed-responsive embed-responsive-16by9"><iframe '
            'src="https://www.youtube.com/embed/kX3pQh7Lw2M" allowfullscreen></iframe></div>'
        )
    if path.startswith("/laws/"):
        body += (
            '<p><a class="btn btn-primary" href="/uploads/laws/' + path.rsplit("/", 1)[1][:-5]
            + '.pdf" download>Tải văn bản</a></p>'
        )
    main = f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title">{esc(title)}</h1>{body}</div></div>'
    trail = [(title, path)]
    return html(
        layout(request, title=f"{title} - {SITE}", main=main, canonical=path, trail=trail,
               func="main")
    )


# --- the site -------------------------------------------------------------------------------


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/vi/"):
            return home_page(request)
        if path == "/vi":
            return redirect("/vi/", 301)
        if path == "/index.php":
            return self._legacy(request)
        if path in _NON:
            return non_article_page(request, path)
        if path.startswith("/vi/news/"):
            path = path[3:]
        if path.startswith("/news"):
            return self._news(request, path)
        return None

    def _legacy(self, request: Request) -> Response | None:
        params = request.params
        if params.get("nv") != "news" or params.get("language", "vi") != "vi":
            return None
        op = params.get("op", "")
        if "/" not in op:
            return None
        cat_alias, tail = op.split("/", 1)
        s = self._find(tail)
        if s is None or cat_alias not in (s.cat, *s.opts.get("extra_cats", [])):
            return None
        return detail_page(request, s, cat_alias)

    @staticmethod
    def _find(tail: str) -> Story | None:
        slug, _, sid = tail.rpartition("-")
        if not sid.isdigit() or int(sid) not in BY_ID:
            return None
        s = BY_ID[int(sid)]
        return s if slug else None

    def _news(self, request: Request, path: str) -> Response | None:
        parts = path.split("/")[2:]  # after "", "news"
        if path == "/news":
            return redirect("/news/", 301)
        trailing = path.endswith("/")
        segs = [p for p in parts if p]
        if not segs:
            return module_main(request, 1)
        if len(segs) == 1 and segs[0].startswith("page-"):
            n = segs[0][5:]
            if not n.isdigit():
                return None
            if not trailing:
                return redirect(path + "/", 301)
            if int(n) == 1:
                return redirect("/news/", 301)
            return module_main(request, int(n)) if int(n) > 1 else None
        if segs[0] == "tag" and len(segs) == 2:
            if segs[1] not in TAGS:
                return None
            if not trailing:
                return redirect(f"/news/tag/{quote(segs[1])}/", 301)
            return tag_page(request, segs[1])
        if segs[0] in ("print", "savefile", "sendmail") and len(segs) == 3:
            s = self._article(segs[1], segs[2])
            if s is None or segs[1] != s.cat:
                return None
            return {"print": print_page, "savefile": savefile_page, "sendmail": sendmail_page}[
                segs[0]
            ](request, s)
        if segs[0] in CATS:
            cat = CATS[segs[0]]
            if len(segs) == 1:
                if not trailing:
                    return redirect(f"/news/{cat.alias}/", 301)
                return category_page(request, cat, 1)
            if len(segs) == 2 and segs[1].startswith("page-"):
                n = segs[1][5:]
                if not n.isdigit() or int(n) < 1:
                    return None
                if int(n) == 1:
                    return redirect(f"/news/{cat.alias}/", 301)
                if not trailing:
                    return redirect(f"/news/{cat.alias}/page-{n}/", 301)
                return category_page(request, cat, int(n))
            if len(segs) == 2 and segs[1].endswith(".html") and not trailing:
                s = self._article(cat.alias, segs[1])
                if s is None:
                    return None
                if segs[1] != f"{s.slug}-{s.id}.html":
                    return redirect(article_path(s, cat.alias), 301)
                if request.query:
                    q = request.params
                    if q.get("download") == "1":
                        files = s.opts.get("files", [])
                        idx = q.get("id", "0")
                        if not idx.isdigit() or int(idx) >= len(files):
                            return None
                        return Response(
                            200,
                            PDF,
                            {
                                "Content-Type": "application/pdf",
                                "Content-Disposition": f'attachment; filename="{files[int(idx)]}"',
                            },
                        )
                return detail_page(request, s, cat.alias)
        return None

    def _article(self, cat_alias: str, tail: str) -> Story | None:
        if not tail.endswith(".html"):
            return None
        s = self._find(tail[:-5])
        if s is None or cat_alias not in (s.cat, *s.opts.get("extra_cats", [])):
            return None
        return s


def build_site() -> NukeVietSite:
    return NukeVietSite()


# --- gold -----------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [
        f"/news/print/{s.cat}/{s.slug}-{s.id}.html",
        f"/news/savefile/{s.cat}/{s.slug}-{s.id}.html",
    ]
    if s.id in HOT:
        alts.append("/vi" + article_path(s))
    alts += [article_path(s, c) for c in s.opts.get("extra_cats", [])]
    if s.id == 409:
        alts.append(legacy_path(s))
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat].title, canonical_path=article_path(s),
                alt_paths=_alts(s))
    for s in STORIES
]
