"""Phòng GD&ĐT huyện Thạch Hà on Joomla 3.10 with JoomlArt's "JA University" template (T3 framework).

The platform
------------
A district education office (Phòng Giáo dục và Đào tạo huyện Thạch Hà) runs Joomla 3.10 with the
JA University template on the T3 framework (Bootstrap 3). SEF URLs are on, URL rewriting is off,
so every SEF path keeps ``/index.php/``. Joomla 3 prints ``<base href="…">`` with the current URL
(without its query) in every page head. The site language is vi-VN.

Page chrome (every page): ``div.t3-wrapper`` > ``div#t3-topbar`` (today's date, TODAY, and a
"Đăng nhập" link to com_users), ``header#t3-header`` whose logo is an ``<h1>`` with the *site
name* (never an article title), a search module (a POST form to com_search),
``nav#t3-mainnav`` (T3 megamenu, repeated in an off-canvas menu), a breadcrumb
(``ol.breadcrumb``, whose last item on an article is the article's own title), ``div#t3-mainbody``
> ``div.row`` > ``div#t3-content`` plus a right sidebar ("Tin mới" latest news on inner pages,
"Thống kê truy cập" visitor counter, "Liên kết website" select, a login module with "Quên mật
khẩu?" / "Quên tên đăng nhập?" links), and ``footer#t3-footer`` with the address, phone and
copyright, a footer menu (Giới thiệu, Liên hệ, Tìm kiếm) and "Powered by T3 Framework".

URL scheme
----------
- ``/`` and ``/index.php``: home. A JA slideshow (3 featured stories), the component area is the
  featured-articles view (``div.blog-featured``, 4 featured articles with intro text and "Đọc
  thêm"), and the sidebar carries "Tin mới nhất" (a third-party news module that builds its
  links without JRoute, so they are *non-SEF*:
  ``/index.php?option=com_content&view=article&id=356&catid=12&Itemid=115``), "Thông báo"
  (mod_articles_category, SEF links with dates), "Văn bản mới" (direct PDF links), "Lịch công
  tác" (the next JEvents events, links to event details), the counters ("Đang truy cập",
  "Hôm nay", "Hôm qua", "Tổng truy cập") and "Liên kết website".
- ``/index.php/tin-tuc``: menu "Tin tức", a category blog of the parent category "Tin tức" with
  subcategory content included: all 13 articles, 6 a page (``?start=6``, ``?start=12``).
- ``/index.php/tin-tuc/hoat-dong-giao-duc``: category blog (catid 9, Itemid 110), 7 articles,
  6 a page: page 2 is ``?start=6``; ``?start=12`` is past the end and Joomla 3 clamps it to the
  last page (the same articles as ``?start=6``).
- ``/index.php/tin-tuc/thong-bao``: "Thông báo" (catid 12, Itemid 115), a category *list* view:
  a table (Tiêu đề, Ngày đăng, Lượt xem), 5 a page; page 2 is ``?limitstart=5``; a "Hiển thị #"
  select in a POST form (``limit=5|10|…|0``: 0 = all) re-renders the list (``limit`` in the query
  string works too); ``?limitstart=10`` is past the end and shows the last page again.
- Articles: ``/index.php/tin-tuc/hoat-dong-giao-duc/354-hoi-thi-…`` and
  ``/index.php/tin-tuc/thong-bao/356-thong-bao-…`` (Joomla 3 "id-alias"), the same article also at
  ``/index.php?option=com_content&view=article&id=354&catid=9&Itemid=110`` (non-SEF, linked
  from "Tin mới nhất" on the home page). Neither prints rel=canonical; both serve the very same
  article, so the non-SEF address is every article's ``alt_paths``.
- Article tools: ``?tmpl=component&print=1&layout=default`` (print view, no chrome, robots
  noindex, no canonical) and ``/index.php/component/mailto/?tmpl=component&template=
  ja_university&link=<base64>`` ("Gửi email" form).
- Feeds: every blog/list and the home page link ``?format=feed&type=rss`` and ``type=atom``
  (RSS 2.0 / Atom 1.0 of the category's articles, absolute SEF links).
- Static pages: ``/index.php/gioi-thieu`` and ``/index.php/gioi-thieu/co-cau-to-chuc`` are
  single-article menu items, printed by com_content's article view (``div.item-page``, the same
  h2 headline and ``itemprop="articleBody"``) but with the article info, tools and pager hidden:
  static pages, not news. ``/index.php/lien-he`` is com_contact.
- Documents: ``/index.php/van-ban`` (Phoca Download category: a table of files),
  ``/index.php/van-ban/file/21-…`` (a file entry: description, size, date, downloads),
  ``?download=21:…`` and ``/images/van-ban/…pdf`` (PDF files).
- Albums: ``/index.php/thu-vien-anh`` (Phoca Gallery categories) and
  ``/index.php/thu-vien-anh/category/3-…`` (an album of photos).
- Calendar (JEvents): ``/index.php/lich-cong-tac`` is the month view of November 2026, the same
  as ``/index.php/lich-cong-tac/month.calendar/2026/11/-``; "Tháng trước"/"Tháng sau" lead to any
  month of any year (never ending), every day cell links ``day.listevents/Y/M/D/-``, the toolbar
  links ``year.listevents`` and ``week.listevents`` (also endless); events open at
  ``icalrepeat.detail/2026/11/27/58/-/<slug>``.
- Users and search: ``/index.php/component/users/?view=login|reset|remind&Itemid=101`` (forms),
  ``/index.php/component/search/?searchword=…&searchphrase=all&Itemid=101`` (search results,
  linking hits with ``?highlight=<base64>``: the article again).
- ``/robots.txt`` is Joomla 3's default file (administrator/, cache/, components/, … disallowed).

How each gold article is reached
--------------------------------
All 13 are listed on the "Tin tức" blog (3 pages) and on their own category's listing:
"Hoạt động giáo dục" (354, 350, 349, 346, 341, 337 on page 1, 327 on ``?start=6``) and
"Thông báo" (356, 351, 339, 335, 332 on page 1, 330 on ``?limitstart=5``). The home page links
featured ones (slideshow, featured view), the five newest through non-SEF links, notices through
the "Thông báo" module; every article links its category neighbours ("Trước"/"Tiếp") and three
related articles ("Bài viết liên quan"); the feeds list them too.

Traps
-----
- The h1 of every page is the site name in the logo; the article title is the
  ``h2[itemprop=headline]`` in ``div.page-header``; ``<title>`` is "Title - Phòng GD&ĐT Thạch Hà".
- ``dd.createdby`` "Viết bởi <name>" (``itemprop="author"``) and ``<meta name="author">`` name the
  *account that posted* ("Quản trị viên", the clerk "Nguyễn Thị Hoa"), not the writer.
- The ``<time datetime>`` is UTC; the page prints the local day. Two articles were posted in the
  early morning local time, so the UTC day in the attribute is the day before the printed one
  (332: ``2026-11-02T23:20:00+00:00``, printed 03/11/2026; 351: ``2026-11-22T22:45:00+00:00``,
  printed 23/11/2026). Article 337 also shows ``dd.modified`` "Cập nhật lần cuối: 12/11/2026".
- The breadcrumb's last item is the article title, not a category.
- The article's own image (``div.pull-left.item-image``, the intro/full-text image, a
  ``<figure>`` with ``<figcaption>`` when it has a caption) sits outside ``articleBody``.
- Word paste in the bodies (``p.MsoNormal``, spans with Times New Roman, ``<o:p></o:p>``, empty
  ``&nbsp;`` paragraphs, a sentence split over two spans), tables in Word's ``MsoTableGrid`` with a
  ``<p>`` in each cell, a right-aligned bold signature line at the end.
- Article 327 is typed in decomposed Unicode (NFD), title included; article 337 was saved by an
  editor that wrote every second non-ASCII character as an entity.
- Article 346 is split by the pagebreak plugin into two pages: "Mục lục bài viết" (Article Index)
  box with ``?showall=&limitstart=`` / ``?showall=&limitstart=1`` / ``?showall=1`` ("Tất cả các
  trang"), "Trang 1 của 2", a "Tiếp"/"Trước" page pager. Page 1 alone is half the article.
- Article 332 ends with the Attachments extension's box ("Tệp đính kèm:" table) appended inside
  ``articleBody``: a tool, not text.
- Pagination past the end returns the last page again; the calendar never ends; print and email
  variants, feeds, login/reset/remind forms, search pages (``searchword=``) are not articles.
- Static pages printed as com_content articles (Giới thiệu, Cơ cấu tổ chức) carry the same
  headline and ``articleBody`` markup as news.

Gold decisions (as a careful reader decides)
--------------------------------------------
- title: the h2 headline (NFC).
- published_at: the day ``dd.published`` prints ("Ngày đăng: 14/11/2026"; its ``<time datetime>``
  read in Asia/Ho_Chi_Minh agrees); the stamp's time is not shown, so the gold is the day
  (harmonised with the other portals' gold); never the modified date, never the header clock.
- authors: the signature at the end of the text, when it names a person: "Nguyễn Văn Hùng -
  Trường THCS Thạch Long" gives Nguyễn Văn Hùng; "Ngô Thị Thu Hà - Trường MN Thạch Trị" gives
  Ngô Thị Thu Hà; "Bài, ảnh: Đặng Quốc Bảo" gives Đặng Quốc Bảo as author *and* photographer.
  A unit signing alone ("Phòng GD&ĐT", "Tổ chuyên môn THCS") wrote the post: it is the author
  (harmonised with the other portals' gold; the helper had written none). The
  "Viết bởi" account is never the author. Names in tables and in the text are content.
- photographers: only where a byline credits photos (350).
- source: none of these articles names a source.
- summary: only where the editor set a bold lead paragraph as a sapo (350, 341); it is also the
  body's first paragraph. The intro text shown on the listings is the article's first paragraph,
  not a sapo.
- body: every paragraph of ``articleBody`` in order (all pages of 346: the showall text); headings
  typed as bold paragraphs, list items (typed "- " items keep their dash), table rows (cells
  joined by " | ") are paragraphs; the empty ``&nbsp;`` paragraphs, the caption lines under the
  photos, the signature line and the attachments box are not.
- images: the item image first (with its figcaption as caption, or None), then the photos in the
  body in order, each with the line typed under it; a photo with no line (349's Zalo photo) has no
  caption. Logos, slideshow, thumbnails, icons are not the article's.
- category: the ``dd.category-name`` link ("Hoạt động giáo dục" or "Thông báo").
"""

from __future__ import annotations

import base64
import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
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

NAME = "joomla3_t3_pgd"
PLATFORM = "Joomla 3.10 + JA University (T3)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Thạch Hà"
SITE_SHORT = "Phòng GD&ĐT Thạch Hà"
TOKEN = "8d3c1f0a5be9472e91c6d2a0f4b7e513"


# --- categories and menu --------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    id: int
    itemid: int
    alias: str
    title: str
    layout: str  # "blog" | "list"

    @property
    def path(self) -> str:
        return f"/index.php/tin-tuc/{self.alias}"


HDGD = Cat("hdgd", 9, 110, "hoat-dong-giao-duc", "Hoạt động giáo dục", "blog")
TB = Cat("tb", 12, 115, "thong-bao", "Thông báo", "list")
CATS = {HDGD.key: HDGD, TB.key: TB}
NEWS_PATH = "/index.php/tin-tuc"
BLOG_LIMIT = 6
LIST_LIMIT = 5


# --- the articles ---------------------------------------------------------------------------
# opts: utc (the <time datetime> the page prints), day (the printed local day), poster (the
# "Viết bởi" account), mode ("word": pasted from Word / "tiny": typed in TinyMCE), nfd,
# entities, modified, featured, hits, attachment, font ("quot" prints &quot;Times New Roman&quot;)

BYLINE = (
    '<p class="MsoNormal" style="text-align: right;"><strong><span style="font-size: 14.0pt; '
    "font-family: 'Times New Roman', serif;\">{}</span></strong></p>"
)
TINY_BYLINE = '<p style="text-align: right;"><strong>{}</strong></p>'
SPACER = '<p class="MsoNormal"><span style="font-size: 14.0pt;">&nbsp;</span></p>'
SPACER_O = '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'


def _byline(text_: str, tiny: bool = False) -> Raw:
    return Raw((TINY_BYLINE if tiny else BYLINE).format(esc(text_)))


A354 = Story(
    id=354,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027-thanh-cong-tot-dep",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 thành công tốt đẹp",
    cat="hdgd",
    published_at="2026-11-23T09:45:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/hoi-thi-gvdg-tieu-hoc-2026.jpg",
            "Quang cảnh lễ bế mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
            "Quang cảnh lễ bế mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
            style="item",
        ),
        P(
            "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về tổ "
            "chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027, từ ngày 09/11 đến ngày "
            "21/11/2026, Phòng GD&ĐT đã tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học "
            "tại 8 điểm trường trên địa bàn huyện."
        ),
        P(
            "Tham gia Hội thi có 126 giáo viên đến từ 27 trường tiểu học, trong đó có 98 giáo viên "
            "dạy văn hóa và 28 giáo viên dạy các môn Âm nhạc, Mĩ thuật, Tiếng Anh, Tin học. Mỗi "
            "giáo viên dự thi thực hiện hai phần thi: trình bày biện pháp nâng cao chất lượng giảng "
            "dạy và thực hành dạy hai tiết trên lớp (một tiết bốc thăm, một tiết tự chọn)."
        ),
        Raw(SPACER),
        Img(
            "/images/tin-tuc/2026/11/gvdg-th-tiet-day-1.jpg",
            "Cô giáo Trần Thị Mai Anh, Trường Tiểu học Thạch Đài trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô giáo Trần Thị Mai Anh, Trường Tiểu học Thạch Đài trong tiết dạy môn Tiếng Việt lớp 3",
            style="center",
        ),
        P(
            "Ban Tổ chức đã thành lập 9 tiểu ban giám khảo gồm các đồng chí lãnh đạo, chuyên viên "
            "Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt cán có nhiều kinh nghiệm. Các tiết dạy "
            "được đánh giá theo Công văn số 2345/BGDĐT-GDTH, chú trọng việc tổ chức các hoạt động "
            "học tập và khả năng vận dụng kiến thức vào thực tiễn của học sinh."
        ),
        P(
            "Qua hai vòng thi, nhiều giáo viên đã thể hiện được năng lực chuyên môn vững vàng, ứng "
            "dụng hiệu quả công nghệ thông tin và các phương pháp, kĩ thuật dạy học tích cực. Nhiều "
            "tiết dạy sinh động, nhẹ nhàng, học sinh được hoạt động và trải nghiệm tích cực."
        ),
        Img(
            "/images/tin-tuc/2026/11/gvdg-th-tiet-day-2.jpg",
            "Tiết dạy Tin học lớp 5 của thầy giáo Lê Văn Tuấn, Trường Tiểu học Thạch Khê",
            "Tiết dạy Tin học lớp 5 của thầy giáo Lê Văn Tuấn, Trường Tiểu học Thạch Khê",
            style="center",
        ),
        P("Kết quả Hội thi cụ thể như sau:", "h"),
        P("TT | Nhóm môn | Số GV dự thi | Đạt GVDG | Tỷ lệ (%)", "th"),
        P("1 | Giáo viên chủ nhiệm lớp 1, 2, 3 | 54 | 47 | 87,0", "tr"),
        P("2 | Giáo viên chủ nhiệm lớp 4, 5 | 44 | 37 | 84,1", "tr"),
        P("3 | Tiếng Anh | 10 | 9 | 90,0", "tr"),
        P("4 | Tin học, Công nghệ | 8 | 7 | 87,5", "tr"),
        P("5 | Âm nhạc, Mĩ thuật | 10 | 8 | 80,0", "tr"),
        P("Tổng cộng | 126 | 108 | 85,7", "tr-span2"),
        Raw(SPACER_O),
        P(
            "Tại buổi lễ bế mạc, Phòng GD&ĐT đã công nhận 108 giáo viên đạt danh hiệu giáo viên "
            "dạy giỏi cấp huyện, đồng thời lựa chọn 12 giáo viên có thành tích xuất sắc tham gia "
            "Hội thi giáo viên dạy giỏi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
        ),
        P(
            "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, góp phần thực hiện có "
            "hiệu quả Chương trình giáo dục phổ thông 2018 ở bậc tiểu học."
        ),
        Raw(SPACER),
        _byline("Phòng GD&ĐT"),
    ],
    opts={
        "utc": "2026-11-23T02:45:00+00:00",
        "day": "23/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
        "font": "quot",
        "featured": True,
    },
)

A350 = Story(
    id=350,
    slug="phong-gd-dt-thach-ha-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Phòng GD&ĐT Thạch Hà gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hdgd",
    published_at="2026-11-20T11:30:00+07:00",
    summary=(
        "Sáng 20/11, Phòng Giáo dục và Đào tạo Thạch Hà tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026), tôn vinh các tập thể, cá nhân có thành tích xuất "
        "sắc trong năm học 2025 - 2026."
    ),
    blocks=[
        Img("/images/tin-tuc/2026/11/gap-mat-20-11.jpg", None, None, style="item"),
        P(
            "Sáng 20/11, Phòng Giáo dục và Đào tạo Thạch Hà tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026), tôn vinh các tập thể, cá nhân có thành tích "
            "xuất sắc trong năm học 2025 - 2026.",
            "lead",
        ),
        P(
            "Dự buổi gặp mặt có đồng chí Phan Văn Lợi, Phó Chủ tịch UBND huyện; đại diện lãnh đạo "
            "các phòng, ban, ngành cấp huyện; các thế hệ nhà giáo đã nghỉ hưu cùng đại diện cán bộ "
            "quản lý, giáo viên các trường học trên địa bàn."
        ),
        Img(
            "/images/tin-tuc/2026/11/20-11-dai-bieu.jpg",
            "Các đại biểu dự buổi gặp mặt",
            "Các đại biểu dự buổi gặp mặt",
            style="center",
        ),
        P(
            "Phát biểu tại buổi gặp mặt, đồng chí Trưởng phòng GD&ĐT Nguyễn Đình Thắng ôn lại "
            "truyền thống vẻ vang của ngành giáo dục huyện nhà và đánh giá những kết quả nổi bật "
            "của năm học vừa qua: tỷ lệ học sinh lớp 9 được công nhận tốt nghiệp THCS đạt 99,8%; "
            "toàn huyện có 43 học sinh đạt giải học sinh giỏi cấp tỉnh; 100% trường học đạt chuẩn "
            "quốc gia."
        ),
        Img(
            "/images/tin-tuc/2026/11/20-11-phat-bieu.jpg",
            "Đồng chí Phan Văn Lợi, Phó Chủ tịch UBND huyện phát biểu chúc mừng",
            "Đồng chí Phan Văn Lợi, Phó Chủ tịch UBND huyện phát biểu chúc mừng",
            style="center",
        ),
        P(
            "Thay mặt lãnh đạo huyện, đồng chí Phan Văn Lợi ghi nhận, biểu dương những nỗ lực của "
            "đội ngũ thầy cô giáo và đề nghị ngành giáo dục tiếp tục đổi mới quản lý, nâng cao "
            "chất lượng giáo dục toàn diện, quan tâm hơn nữa đến đời sống của giáo viên."
        ),
        P(
            "Nhân dịp này, UBND huyện đã tặng Giấy khen cho 12 tập thể và 35 cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm học "
            "2025 - 2026."
        ),
        Img(
            "/images/tin-tuc/2026/11/20-11-khen-thuong.jpg",
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "Trao Giấy khen cho các tập thể có thành tích xuất sắc",
            style="center",
        ),
        _byline("Bài, ảnh: Đặng Quốc Bảo", tiny=True),
    ],
    authors=["Đặng Quốc Bảo"],
    photographers=["Đặng Quốc Bảo"],
    opts={
        "utc": "2026-11-20T04:30:00+00:00",
        "day": "20/11/2026",
        "poster": "Quản trị viên",
        "mode": "tiny",
        "featured": True,
    },
)

A349 = Story(
    id=349,
    slug="truong-thcs-thach-long-to-chuc-chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien",
    title="Trường THCS Thạch Long tổ chức chuyên đề dạy học STEM môn Khoa học tự nhiên",
    cat="hdgd",
    published_at="2026-11-19T15:20:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/stem-thach-long.jpg",
            "Học sinh lớp 8 lắp ráp mô hình máy lọc nước mini",
            "Học sinh lớp 8 lắp ráp mô hình máy lọc nước mini",
            style="item",
        ),
        P(
            "Chiều ngày 17/11/2026, Trường THCS Thạch Long tổ chức chuyên đề cấp cụm “Dạy học theo "
            "định hướng giáo dục STEM trong môn Khoa học tự nhiên” với sự tham gia của tổ Khoa học "
            "tự nhiên các trường THCS Thạch Long, Thạch Sơn, Thạch Hải và Thạch Kênh."
        ),
        P(
            "Tại chuyên đề, thầy giáo Trần Quốc Khánh đã thực hiện tiết dạy minh họa bài “Thiết kế "
            "và chế tạo máy lọc nước mini” với học sinh lớp 8A. Học sinh được chia thành các nhóm, "
            "tìm hiểu kiến thức về sự lọc, vẽ bản thiết kế, lựa chọn vật liệu, lắp ráp và thử "
            "nghiệm sản phẩm, sau đó trình bày và bảo vệ sản phẩm của nhóm mình."
        ),
        Img(
            "/images/tin-tuc/2026/11/stem-thach-long-2.jpg",
            "Các nhóm học sinh trình bày sản phẩm",
            "Các nhóm học sinh trình bày sản phẩm",
            style="center",
        ),
        P(
            "Sau tiết dạy, các thầy cô giáo đã thảo luận, chia sẻ về quy trình xây dựng bài học "
            "STEM, cách lựa chọn chủ đề phù hợp với nội dung chương trình và điều kiện cơ sở vật "
            "chất của nhà trường, cũng như cách đánh giá năng lực của học sinh thông qua sản phẩm."
        ),
        P(
            "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc thiết kế và tổ chức các bài "
            "học STEM, góp phần phát triển phẩm chất, năng lực cho học sinh theo yêu cầu của "
            "Chương trình giáo dục phổ thông 2018."
        ),
        Img(
            "/images/tin-tuc/2026/11/z6034817265512_8c1f0e7b1d2a4c55b1b0f6a3e4d2c901.jpg",
            None,
            None,
            style="center",
        ),
        Raw(SPACER),
        _byline("Nguyễn Văn Hùng - Trường THCS Thạch Long"),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={
        "utc": "2026-11-19T08:20:00+00:00",
        "day": "19/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
    },
)

A346 = Story(
    id=346,
    slug="thach-ha-duy-tri-vung-chac-ket-qua-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Thạch Hà duy trì vững chắc kết quả phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="hdgd",
    published_at="2026-11-17T09:05:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/kiem-tra-pcgd.jpg",
            "Đoàn kiểm tra làm việc tại xã Thạch Xuân",
            "Đoàn kiểm tra làm việc tại xã Thạch Xuân",
            style="item",
        ),
        P(
            "Từ ngày 10/11 đến ngày 14/11/2026, Phòng GD&ĐT phối hợp với Ban Chỉ đạo phổ cập giáo "
            "dục, xóa mù chữ huyện tổ chức kiểm tra, công nhận kết quả phổ cập giáo dục, xóa mù "
            "chữ năm 2026 tại 31 xã, thị trấn trên địa bàn huyện."
        ),
        P("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "h"),
        P(
            "Ngay từ đầu năm, Ban Chỉ đạo huyện đã ban hành kế hoạch, phân công nhiệm vụ cụ thể cho "
            "từng thành viên; chỉ đạo các xã, thị trấn kiện toàn Ban Chỉ đạo cấp xã, rà soát, cập "
            "nhật dữ liệu phổ cập trên hệ thống thông tin điện tử quản lý phổ cập giáo dục, xóa mù "
            "chữ của Bộ GD&ĐT."
        ),
        P(
            "Các trường học đã phối hợp chặt chẽ với chính quyền địa phương điều tra, cập nhật số "
            "liệu trẻ em, học sinh trong độ tuổi; huy động trẻ ra lớp, hạn chế thấp nhất tình "
            "trạng học sinh bỏ học giữa chừng."
        ),
        Raw('<hr class="system-pagebreak" title="Kết quả cụ thể" alt="Kết quả cụ thể" />'),
        P("II. KẾT QUẢ CỤ THỂ", "h"),
        P(
            "Kết quả kiểm tra cho thấy 31/31 xã, thị trấn tiếp tục duy trì đạt chuẩn phổ cập giáo "
            "dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục "
            "THCS mức độ 3 và xóa mù chữ mức độ 2."
        ),
        P("Tiêu chí | Số đơn vị đạt | Tỷ lệ (%)", "th"),
        P("Phổ cập GDMN trẻ 5 tuổi | 31/31 | 100", "tr"),
        P("Phổ cập GDTH mức độ 3 | 31/31 | 100", "tr"),
        P("Phổ cập GDTHCS mức độ 3 | 31/31 | 100", "tr"),
        P("Xóa mù chữ mức độ 2 | 31/31 | 100", "tr"),
        Raw(SPACER_O),
        Img(
            "/images/tin-tuc/2026/11/pcgd-ho-so.jpg",
            "Kiểm tra hồ sơ phổ cập tại Trường THCS Thạch Xuân",
            "Kiểm tra hồ sơ phổ cập tại Trường THCS Thạch Xuân",
            style="center",
        ),
        P("III. NHIỆM VỤ TRONG THỜI GIAN TỚI", "h"),
        P(
            "- Tiếp tục củng cố, nâng cao chất lượng phổ cập giáo dục, xóa mù chữ; chú trọng công "
            "tác điều tra, cập nhật số liệu vào hệ thống phần mềm đảm bảo chính xác, kịp thời."
        ),
        P(
            "- Quan tâm huy động người trong độ tuổi chưa biết chữ tham gia các lớp xóa mù chữ; phối "
            "hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện duy trì các lớp "
            "học tập sau xóa mù chữ."
        ),
        Raw(SPACER),
        _byline("Phòng GD&ĐT"),
    ],
    opts={
        "utc": "2026-11-17T02:05:00+00:00",
        "day": "17/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
        "featured": True,
        "toc": [
            "Thạch Hà duy trì vững chắc kết quả phổ cập giáo dục, xóa mù chữ năm 2026",
            "Kết quả cụ thể",
        ],
    },
)

A341 = Story(
    id=341,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
    cat="hdgd",
    published_at="2026-11-14T08:30:00+07:00",
    summary=(
        "Ngày 13/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) hỗ trợ "
        "đổi mới phương pháp dạy học và kiểm tra, đánh giá” cho hơn 150 cán bộ quản lý, giáo viên "
        "cốt cán các trường THCS trên địa bàn huyện."
    ),
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/tap-huan-ai-thcs.jpg",
            "Các học viên thực hành trên máy tính",
            "Các học viên thực hành trên máy tính",
            style="item",
        ),
        P(
            "Ngày 13/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân tạo (AI) hỗ "
            "trợ đổi mới phương pháp dạy học và kiểm tra, đánh giá” cho hơn 150 cán bộ quản lý, "
            "giáo viên cốt cán các trường THCS trên địa bàn huyện.",
            "lead",
        ),
        P(
            "Lớp tập huấn do các giảng viên Trường Đại học Hà Tĩnh trực tiếp hướng dẫn. Nội dung "
            "tập trung vào các chủ đề:"
        ),
        P(
            "Tổng quan về trí tuệ nhân tạo và những lưu ý về đạo đức, an toàn thông tin khi sử dụng "
            "AI trong nhà trường;",
            "li",
        ),
        P(
            "Sử dụng các công cụ AI hỗ trợ soạn kế hoạch bài dạy, thiết kế học liệu số và câu hỏi "
            "kiểm tra;",
            "li",
        ),
        P(
            "Khai thác AI trong việc phân tích kết quả học tập, hỗ trợ cá nhân hóa việc học cho "
            "học sinh.",
            "li",
        ),
        P(
            "Học viên được thực hành trực tiếp trên máy tính, xây dựng sản phẩm là một kế hoạch bài "
            "dạy có sử dụng công cụ AI và chia sẻ trong nhóm chuyên môn."
        ),
        P(
            "Kết thúc lớp tập huấn, các trường THCS sẽ tổ chức sinh hoạt chuyên môn tại đơn vị để "
            "triển khai nội dung tập huấn đến toàn thể giáo viên trước ngày 30/11/2026."
        ),
        _byline("Tổ chuyên môn THCS", tiny=True),
    ],
    opts={
        "utc": "2026-11-14T01:30:00+00:00",
        "day": "14/11/2026",
        "poster": "Quản trị viên",
        "mode": "tiny",
        "hits": 312,
        "featured": True,
    },
)

A337 = Story(
    id=337,
    slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
    title="Kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
    cat="hdgd",
    published_at="2026-11-10T10:00:00+07:00",
    blocks=[
        Img("/images/tin-tuc/2026/11/thi-hsg-lop-9.jpg", None, None, style="item"),
        P(
            "Ngày 07/11/2026, Phòng GD&ĐT đã tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm "
            "học 2026 - 2027 tại Trường THCS Phan Huy Chú. Kỳ thi có 412 thí sinh của 25 trường "
            "THCS tham gia dự thi ở 8 môn: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, "
            "Lịch sử và Địa lí, Tin học."
        ),
        P(
            "Kỳ thi được tổ chức nghiêm túc, đúng quy chế. Kết quả có 246 thí sinh đạt giải, chiếm "
            "tỷ lệ 59,7%, trong đó có 14 giải Nhất, 48 giải Nhì, 79 giải Ba và 105 giải Khuyến "
            "khích."
        ),
        P("Kết quả theo môn thi như sau:"),
        P("Môn thi | Số dự thi | Nhất | Nhì | Ba | KK | Tổng giải", "th"),
        P("Ngữ văn | 68 | 2 | 8 | 13 | 17 | 40", "tr"),
        P("Toán | 72 | 3 | 9 | 14 | 18 | 44", "tr"),
        P("Tiếng Anh | 64 | 2 | 8 | 12 | 16 | 38", "tr"),
        P("Vật lí | 44 | 2 | 5 | 8 | 11 | 26", "tr"),
        P("Hóa học | 42 | 1 | 5 | 8 | 11 | 25", "tr"),
        P("Sinh học | 40 | 1 | 4 | 8 | 11 | 24", "tr"),
        P("Lịch sử và Địa lí | 46 | 2 | 5 | 9 | 12 | 28", "tr"),
        P("Tin học | 36 | 1 | 4 | 7 | 9 | 21", "tr"),
        P("Tổng cộng | 412 | 14 | 48 | 79 | 105 | 246", "tr"),
        P(
            "Các trường có nhiều học sinh đạt giải cao gồm: THCS Phan Huy Chú, THCS Thạch Long, "
            "THCS Thạch Đài và THCS Thạch Kênh. Danh sách học sinh đạt giải được gửi về các đơn vị "
            "qua hệ thống quản lý văn bản điều hành."
        ),
        P(
            "Phòng GD&ĐT sẽ tổ chức bồi dưỡng đội tuyển học sinh giỏi của huyện tham dự kỳ thi học "
            "sinh giỏi cấp tỉnh lớp 9 dự kiến vào tháng 3/2027."
        ),
        _byline("Phòng GD&ĐT", tiny=True),
    ],
    opts={
        "utc": "2026-11-10T03:00:00+00:00",
        "day": "10/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "tiny",
        "entities": 2,
        "modified": ("2026-11-12T08:10:00+00:00", "12/11/2026"),
    },
)

A327 = Story(
    id=327,
    slug="truong-mam-non-thach-tri-to-chuc-hoi-thi-be-khoe-be-ngoan",
    title="Trường Mầm non Thạch Trị tổ chức hội thi “Bé khỏe - Bé ngoan”",
    cat="hdgd",
    published_at="2026-10-28T15:40:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/10/be-khoe-be-ngoan.jpg",
            "Các bé tham gia phần thi vận động",
            "Các bé tham gia phần thi vận động",
            style="item",
        ),
        P(
            "Nhằm tạo sân chơi bổ ích cho trẻ, góp phần nâng cao chất lượng chăm sóc, giáo dục trẻ, "
            "ngày 26/10/2026, Trường Mầm non Thạch Trị tổ chức hội thi “Bé khỏe - Bé ngoan” cho trẻ "
            "mẫu giáo 4 - 5 tuổi."
        ),
        P(
            "Hội thi gồm ba phần: chào hỏi, năng khiếu và vận động. Các bé tự tin giới thiệu về bản "
            "thân, gia đình, biểu diễn các tiết mục múa hát và tham gia các trò chơi vận động như "
            "bật liên tục qua vòng, đi trên ghế thể dục, ném bóng trúng đích."
        ),
        Img(
            "/images/tin-tuc/2026/10/be-khoe-be-ngoan-2.jpg",
            "Tiết mục múa “Cháu yêu cô chú công nhân” của lớp Mẫu giáo 5 tuổi A",
            "Tiết mục múa “Cháu yêu cô chú công nhân” của lớp Mẫu giáo 5 tuổi A",
            style="center",
        ),
        P(
            "Kết thúc hội thi, Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba cho các đội "
            "thi và nhiều phần quà cho các bé."
        ),
        _byline("Ngô Thị Thu Hà - Trường MN Thạch Trị"),
    ],
    authors=["Ngô Thị Thu Hà"],
    opts={
        "utc": "2026-10-28T08:40:00+00:00",
        "day": "28/10/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
        "nfd": True,
    },
)

A356 = Story(
    id=356,
    slug="thong-bao-lich-hop-giao-ban-hieu-truong-thang-11-2026",
    title="Thông báo lịch họp giao ban hiệu trưởng tháng 11/2026",
    cat="tb",
    published_at="2026-11-24T07:50:00+07:00",
    blocks=[
        P(
            "Phòng GD&ĐT thông báo: cuộc họp giao ban hiệu trưởng các trường mầm non, tiểu học, "
            "THCS tháng 11/2026 được tổ chức vào lúc 14 giờ 00 ngày 27/11/2026 (thứ Sáu) tại Hội "
            "trường Phòng GD&ĐT."
        ),
        P("Đề nghị các đồng chí hiệu trưởng dự họp đầy đủ, đúng giờ."),
    ],
    opts={
        "utc": "2026-11-24T00:50:00+00:00",
        "day": "24/11/2026",
        "poster": "Quản trị viên",
        "mode": "tiny",
    },
)

A351 = Story(
    id=351,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-23-11-2026-de-phong-tranh-bao-so-12",
    title="Thông báo cho học sinh nghỉ học ngày 23/11/2026 để phòng, tránh bão số 12",
    cat="tb",
    published_at="2026-11-23T05:45:00+07:00",
    blocks=[
        P(
            "Thực hiện Công điện số 18/CĐ-UBND ngày 22/11/2026 của UBND huyện về việc chủ động ứng "
            "phó với bão số 12, Phòng GD&ĐT thông báo:"
        ),
        P(
            "- Cho toàn bộ trẻ mầm non, học sinh tiểu học và THCS trên địa bàn huyện nghỉ học ngày "
            "23/11/2026 (thứ Hai);"
        ),
        P(
            "- Hiệu trưởng các trường phân công trực 24/24 giờ, chằng chống phòng học, di chuyển hồ "
            "sơ, thiết bị đến nơi an toàn;"
        ),
        P("- Báo cáo tình hình thiệt hại (nếu có) về Phòng GD&ĐT trước 16 giờ 00 ngày 23/11/2026."),
        P("Thời gian đi học trở lại sẽ có thông báo sau."),
        _byline("Phòng GD&ĐT"),
    ],
    opts={
        "utc": "2026-11-22T22:45:00+00:00",
        "day": "23/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
    },
)

A339 = Story(
    id=339,
    slug="thong-bao-ve-viec-dang-ky-du-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    title=(
        "Thông báo về việc đăng ký dự thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027"
    ),
    cat="tb",
    published_at="2026-11-12T16:45:00+07:00",
    blocks=[
        P(
            "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về tổ chức Hội thi giáo "
            "viên dạy giỏi cấp huyện năm học 2026 - 2027, Phòng GD&ĐT thông báo việc đăng ký dự thi "
            "giáo viên dạy giỏi cấp huyện bậc THCS như sau:",
            "link:Kế hoạch số 215/KH-PGDĐT:/images/van-ban/2026/kh-215-pgddt.pdf",
        ),
        P("1. Đối tượng", "h"),
        P(
            "Giáo viên đang trực tiếp giảng dạy tại các trường THCS, đã đạt danh hiệu giáo viên dạy "
            "giỏi cấp trường năm học 2026 - 2027."
        ),
        P("2. Hồ sơ đăng ký", "h"),
        P("- Danh sách giáo viên đăng ký dự thi (theo mẫu);"),
        P("- Báo cáo biện pháp nâng cao chất lượng giảng dạy của giáo viên;"),
        P("- Biên bản Hội thi giáo viên dạy giỏi cấp trường."),
        P("3. Thời gian nộp hồ sơ", "h"),
        P(
            "Các trường nộp hồ sơ về Phòng GD&ĐT (qua đồng chí Lê Thị Hằng, chuyên viên phụ trách "
            "THCS) trước ngày 25/11/2026. Hội thi dự kiến khai mạc ngày 04/12/2026."
        ),
        Raw(SPACER),
        _byline("Phòng GD&ĐT"),
    ],
    opts={
        "utc": "2026-11-12T09:45:00+00:00",
        "day": "12/11/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
        "font": "quot",
    },
)

A335 = Story(
    id=335,
    slug=(
        "thong-bao-trieu-tap-can-bo-quan-ly-tham-du-lop-boi-duong-nghiep-vu-quan-ly-tai-chinh-"
        "truong-hoc"
    ),
    title=(
        "Thông báo triệu tập cán bộ quản lý tham dự lớp bồi dưỡng nghiệp vụ quản lý tài chính "
        "trường học"
    ),
    cat="tb",
    published_at="2026-11-06T14:30:00+07:00",
    blocks=[
        P(
            "Phòng GD&ĐT triệu tập các đồng chí có tên sau đây tham dự lớp bồi dưỡng nghiệp vụ quản "
            "lý tài chính trường học do Sở GD&ĐT tổ chức:"
        ),
        P("TT | Họ và tên | Chức vụ | Đơn vị", "th"),
        P("1 | Trần Văn Bình | Hiệu trưởng | Trường TH Thạch Đài", "tr"),
        P("2 | Lê Thị Minh Nguyệt | Phó Hiệu trưởng | Trường TH Thạch Khê", "tr"),
        P("3 | Hoàng Đức Thịnh | Hiệu trưởng | Trường THCS Thạch Hải", "tr"),
        P("4 | Võ Thị Thanh Tâm | Phó Hiệu trưởng | Trường THCS Thạch Long", "tr"),
        P(
            "Thời gian: 02 ngày, từ ngày 12/11 đến ngày 13/11/2026 (khai mạc lúc 7 giờ 30 ngày "
            "12/11/2026)."
        ),
        P("Địa điểm: Hội trường Sở GD&ĐT, thành phố Hà Tĩnh."),
        P("Đề nghị các đồng chí có tên trên tham dự đầy đủ, đúng thời gian."),
    ],
    opts={
        "utc": "2026-11-06T07:30:00+00:00",
        "day": "06/11/2026",
        "poster": "Quản trị viên",
        "mode": "tiny",
    },
)

A332 = Story(
    id=332,
    slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-vong-2",
    title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)",
    cat="tb",
    published_at="2026-11-03T06:20:00+07:00",
    blocks=[
        P(
            "Hội đồng xét tuyển viên chức giáo viên huyện Thạch Hà năm 2026 thông báo kết quả xét "
            "tuyển vòng 2 đối với thí sinh đăng ký dự tuyển vào các vị trí giáo viên mầm non, tiểu "
            "học và THCS."
        ),
        P("Danh sách thí sinh trúng tuyển và thời gian hoàn thiện hồ sơ xem tại tệp đính kèm."),
    ],
    opts={
        "utc": "2026-11-02T23:20:00+00:00",
        "day": "03/11/2026",
        "poster": "Quản trị viên",
        "mode": "tiny",
        "attachment": (41, "DS_trung_tuyen_vien_chuc_2026_vong_2.pdf", "215 Kb"),
    },
)

A330 = Story(
    id=330,
    slug="thong-bao-dieu-chinh-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
    title="Thông báo điều chỉnh lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 cấp THCS",
    cat="tb",
    published_at="2026-10-30T10:15:00+07:00",
    blocks=[
        P(
            "Do ảnh hưởng của mưa lũ, Phòng GD&ĐT điều chỉnh lịch kiểm tra giữa học kỳ I các môn "
            "Ngữ văn, Toán, Tiếng Anh lớp 9 (đề chung toàn huyện) từ ngày 02/11/2026 sang ngày "
            "09/11/2026."
        ),
        P(
            "Các nội dung khác thực hiện theo Công văn số 1391/PGDĐT-THCS ngày 15/10/2026 của Phòng "
            "GD&ĐT."
        ),
        _byline("Phòng GD&ĐT"),
    ],
    opts={
        "utc": "2026-10-30T03:15:00+00:00",
        "day": "30/10/2026",
        "poster": "Nguyễn Thị Hoa",
        "mode": "word",
    },
)

STORIES: list[Story] = [
    A354,
    A350,
    A349,
    A346,
    A341,
    A337,
    A327,
    A356,
    A351,
    A339,
    A335,
    A332,
    A330,
]
BY_ID = {s.id: s for s in STORIES}


def _order(stories: list[Story]) -> list[Story]:
    """Newest first, as the blogs, lists and pager order them (by the publish time)."""
    return sorted(stories, key=lambda s: s.opts["utc"], reverse=True)


ALL_ORDERED = _order(STORIES)
IN_CAT = {key: _order([s for s in STORIES if s.cat == key]) for key in CATS}
FEATURED = [s for s in ALL_ORDERED if s.opts.get("featured")]


def sef_path(s: Story) -> str:
    return f"{CATS[s.cat].path}/{s.id}-{s.slug}"


def nonsef_path(s: Story) -> str:
    cat = CATS[s.cat]
    return (
        f"/index.php?option=com_content&view=article&id={s.id}&catid={cat.id}&Itemid={cat.itemid}"
    )


def hits(s: Story) -> int:
    """The "Lượt xem" counter: grows with the days since posting (312 for 341, as printed)."""
    if "hits" in s.opts:
        return s.opts["hits"]
    days = (_dt.date(2026, 11, 25) - _dt.date.fromisoformat(s.published_at[:10])).days
    return 64 + days * 23 + (s.id * 7) % 40


# --- gold (hand-written fields of the stories above) --------------------------------------------


def _gold() -> list[dict]:
    out = []
    for s in STORIES:
        alt = [nonsef_path(s)]
        if s.id == 346:
            base = sef_path(s)
            alt += [
                f"{base}?showall=&limitstart=",
                f"{base}?showall=1",
                f"{base}?showall=&limitstart=1",
            ]
        record = gold_record(s, sef_path(s), CATS[s.cat].title, alt_paths=alt)
        # (harmonised with the other portals' gold: the day the page prints, a time only where one
        # is shown; an office signing alone wrote the post. The helper had written the stamp's
        # time and no author for a unit's signature)
        record["published_at"] = s.published_at[:10]
        if s.id in UNIT_SIGNED:
            record["authors"] = [UNIT_SIGNED[s.id]]
        out.append(record)
    return out


#: the articles an office signs alone, by hand
UNIT_SIGNED = {
    354: "Phòng GD&ĐT",
    346: "Phòng GD&ĐT",
    341: "Tổ chuyên môn THCS",
    337: "Phòng GD&ĐT",
    351: "Phòng GD&ĐT",
    339: "Phòng GD&ĐT",
    330: "Phòng GD&ĐT",
}


GOLD = _gold()

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/lien-he",
    "/index.php/van-ban",
    "/index.php/van-ban/file/21-kh-215-pgddt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen",
    "/index.php/van-ban/file/22-cv-1391-pgddt-huong-dan-kiem-tra-giua-hoc-ky-i",
    "/index.php/thu-vien-anh/category/3-gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11",
    "/index.php/lich-cong-tac",
]


# --- text rendering ---------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    """Article text as the editor's markup stores it (escaped; NFD or entity-encoded per story)."""
    out = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
    if s.opts.get("entities"):
        out = entity_mix(out, s.opts["entities"])
    return out


def _font(s: Story) -> str:
    if s.opts.get("font") == "quot":
        return "font-family: &quot;Times New Roman&quot;, serif;"
    return "font-family: 'Times New Roman', serif;"


def _word_p(s: Story, value: str, link: tuple[str, str] | None = None) -> str:
    span = f'<span style="font-size: 14.0pt; line-height: 150%; {_font(s)}">'
    span_vi = f'<span lang="VI" style="font-size: 14.0pt; line-height: 150%; {_font(s)}">'
    words = value.split(" ")
    if link:
        label, href = link
        before, _, after = value.partition(label)
        inner = f'{_t(s, before)}<a href="{esc(href)}">{_t(s, label)}</a>{_t(s, after)}'
        body = f"{span}{inner}<o:p></o:p></span>"
    elif len(words) > 14:
        k = len(words) // 2
        first = " ".join(words[:k]) + " "
        body = f"{span}{_t(s, first)}</span>{span_vi}{_t(s, ' '.join(words[k:]))}<o:p></o:p></span>"
    else:
        body = f"{span}{_t(s, value)}<o:p></o:p></span>"
    return (
        '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
        f'line-height: 150%;">{body}</p>'
    )


def _word_h(s: Story, value: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; line-height: 150%;">'
        f'<b><span style="font-size: 14.0pt; line-height: 150%; {_font(s)}">{_t(s, value)}'
        "<o:p></o:p></span></b></p>"
    )


def _table(s: Story, rows: list[P]) -> str:
    word = s.opts.get("mode") == "word"
    out = []
    if word:
        out.append(
            '<table class="MsoTableGrid" style="width: 100%; border-collapse: collapse; border: none;" '
            'border="1" cellspacing="0" cellpadding="0"><tbody>'
        )
    else:
        out.append('<table class="table table-bordered" style="width: 100%;"><tbody>')
    for row in rows:
        cells = row.text.split(" | ")
        tds = []
        for i, cell in enumerate(cells):
            span = ' colspan="2"' if row.style == "tr-span2" and i == 0 else ""
            content = _t(s, cell)
            if row.style == "th" or (row.style == "tr-span2" and i == 0):
                content = f"<b>{content}</b>" if word else f"<strong>{content}</strong>"
            if word:
                tds.append(
                    f'<td style="border: solid windowtext 1.0pt; padding: 0cm 5.4pt;" valign="top"{span}>'
                    f'<p class="MsoNormal" style="text-align: center;"><span style="font-size: 13.0pt; '
                    f'{_font(s)}">{content}<o:p></o:p></span></p></td>'
                )
            else:
                tds.append(f'<td style="text-align: center;"{span}>{content}</td>')
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _img(s: Story, im: Img) -> str:
    alt = im.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    tag = f'<img src="{esc(im.src)}" alt="{esc(alt)}" width="600" height="400" />'
    out = f'<p style="text-align: center;">{tag}</p>'
    if im.printed:
        if s.opts.get("mode") == "word":
            out += (
                f'<p class="MsoNormal" style="text-align: center;"><em><span style="font-size: 13.0pt; '
                f'{_font(s)}">{_t(s, im.printed)}</span></em></p>'
            )
        else:
            out += f'<p style="text-align: center;"><em>{_t(s, im.printed)}</em></p>'
    return out


def _blocks_html(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    word = s.opts.get("mode") == "word"
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr", "tr-span2"):
            rows = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and blocks[i].style in ("th", "tr", "tr-span2")
            ):
                rows.append(blocks[i])
                i += 1
            out.append(_table(s, rows))
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P):
            link = None
            if b.style.startswith("link:"):
                _, label, href = b.style.split(":", 2)
                link = (label, href)
            if b.style == "h":
                out.append(
                    _word_h(s, b.text) if word else f"<p><strong>{_t(s, b.text)}</strong></p>"
                )
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{_t(s, b.text)}</strong></p>')
            elif word:
                out.append(_word_p(s, b.text, link))
            else:
                out.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        elif isinstance(b, Img):
            if b.style != "item":
                out.append(_img(s, b))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    markup = "\n".join(out)
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def _pages(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _shown(s: Story, value: str) -> str:
    """Title-like text (headline, listing links) as the database holds it."""
    out = esc(value)
    return unicodedata.normalize("NFD", out) if s.opts.get("nfd") else out


def intro_html(s: Story) -> str:
    """The intro text (above Joomla's read-more): the article's first paragraph."""
    first = next(b for b in s.blocks if isinstance(b, P))
    return _blocks_html(s, [first])


def item_image(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "item"), None)


# --- page chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/index.php", 101, []),
    (
        "Giới thiệu",
        "/index.php/gioi-thieu",
        102,
        [
            ("Giới thiệu chung", "/index.php/gioi-thieu", 102),
            ("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc", 103),
        ],
    ),
    (
        "Tin tức",
        NEWS_PATH,
        108,
        [
            (HDGD.title, HDGD.path, HDGD.itemid),
            (TB.title, TB.path, TB.itemid),
        ],
    ),
    ("Văn bản", "/index.php/van-ban", 120, []),
    ("Lịch công tác", "/index.php/lich-cong-tac", 130, []),
    ("Thư viện ảnh", "/index.php/thu-vien-anh", 135, []),
    ("Liên hệ", "/index.php/lien-he", 140, []),
]


def _megamenu(active: int) -> str:
    items = []
    for title, href, itemid, children in MENU:
        cls = ' class="active"' if itemid == active else ""
        if children:
            sub = "".join(
                f'<li itemprop="name" data-id="{cid}" data-level="2"><a itemprop="url" href="{ch}">'
                f"{esc(ct)}</a></li>"
                for ct, ch, cid in children
            )
            items.append(
                f'<li itemprop="name" class="dropdown mega{" active" if itemid == active else ""}" '
                f'data-id="{itemid}" data-level="1"><a itemprop="url" class=" dropdown-toggle" '
                f'href="{href}" data-target="#" data-toggle="dropdown">{esc(title)} <em class="caret"></em></a>'
                '<div class="nav-child dropdown-menu mega-dropdown-menu"><div class="mega-dropdown-inner">'
                '<div class="row"><div class="col-xs-12 mega-col-nav" data-width="12"><div class="mega-inner">'
                f'<ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="mega-nav level1">{sub}</ul>'
                "</div></div></div></div></div></li>"
            )
        else:
            items.append(
                f'<li itemprop="name"{cls} data-id="{itemid}" data-level="1"><a itemprop="url" '
                f'href="{href}" data-target="#">{esc(title)}</a></li>'
            )
    return (
        '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">'
        '<div class="navbar-header"><button type="button" class="btn btn-primary off-canvas-toggle" '
        'data-pos="left" data-nav="#t3-off-canvas" data-effect="off-canvas-effect-4"><i class="fa fa-bars"></i>'
        '</button></div><div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu" '
        'data-responsive="true"><ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" '
        f'class="nav navbar-nav level0">{"".join(items)}</ul></div></div></div></nav>'
    )


def _offcanvas() -> str:
    items = []
    for title, href, itemid, children in MENU:
        sub = ""
        if children:
            sub = (
                '<ul class="nav-child unstyled small">'
                + "".join(
                    f'<li class="item-{cid}"><a href="{ch}">{esc(ct)}</a></li>'
                    for ct, ch, cid in children
                )
                + "</ul>"
            )
        items.append(f'<li class="item-{itemid}"><a href="{href}">{esc(title)}</a>{sub}</li>')
    return (
        '<div id="t3-off-canvas" class="t3-off-canvas "><div class="t3-off-canvas-header">'
        '<h2 class="t3-off-canvas-header-title">Sidebar</h2><button type="button" class="close" '
        'data-dismiss="modal" aria-hidden="true">&times;</button></div><div class="t3-off-canvas-body">'
        '<div class="t3-module module " id="Mod98"><div class="module-inner"><div class="module-ct">'
        f'<ul class="nav menu">{"".join(items)}</ul></div></div></div></div></div>'
    )


def _module(title: str | None, body: str, cls: str = "", mod_id: int = 90) -> str:
    head = f'<h3 class="module-title "><span>{esc(title)}</span></h3>' if title else ""
    return (
        f'<div class="t3-module module{(" " + cls) if cls else " "}" id="Mod{mod_id}">'
        f'<div class="module-inner">{head}<div class="module-ct">{body}</div></div></div>'
    )


def _search_form(action: str, itemid: int) -> str:
    return (
        f'<div class="head-search"><form action="{action}" method="post" class="form-inline form-search">'
        '<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> '
        '<input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" '
        'type="search" size="20" placeholder="Tìm kiếm..." />'
        '<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" />'
        f'<input type="hidden" name="Itemid" value="{itemid}" /></form></div>'
    )


def _login_module(action: str) -> str:
    ret = base64.b64encode(action.encode()).decode()
    return _module(
        "Đăng nhập",
        f'<form action="{action}" method="post" id="login-form">'
        '<fieldset class="userdata"><div id="form-login-username" class="form-group">'
        '<input id="modlgn-username" type="text" name="username" class="input form-control" tabindex="0" '
        'size="18" placeholder="Tên đăng nhập" /></div><div id="form-login-password" class="form-group">'
        '<input id="modlgn-passwd" type="password" name="password" class="input form-control" tabindex="0" '
        'size="18" placeholder="Mật khẩu" /></div><div id="form-login-remember" class="form-group">'
        '<label for="modlgn-remember" class="checkbox"><input id="modlgn-remember" type="checkbox" '
        'name="remember" class="input" value="yes"/> Ghi nhớ</label></div>'
        '<div class="control-group"><input type="submit" name="Submit" class="btn btn-primary" value="Đăng nhập" /></div>'
        '<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">'
        'Quên tên đăng nhập?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">'
        "Quên mật khẩu?</a></li></ul>"
        '<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" />'
        f'<input type="hidden" name="return" value="{ret}" /><input type="hidden" name="{TOKEN}" value="1" />'
        "</fieldset></form>",
        "login",
        96,
    )


COUNTER = _module(
    "Thống kê truy cập",
    '<div id="vvisit_counter" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 100%;">'
    "<tbody>"
    '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="Hôm nay" /></td>'
    '<td>Hôm nay</td><td align="right">412</td></tr>'
    '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="Hôm qua" /></td>'
    '<td>Hôm qua</td><td align="right">1.028</td></tr>'
    '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="Tổng truy cập" /></td>'
    '<td>Tổng truy cập</td><td align="right">2.316.478</td></tr>'
    "</tbody></table>"
    '<div style="text-align: center;">Đang truy cập: <strong>23</strong></div></div>',
    "counter",
    92,
)

LINKS = _module(
    "Liên kết website",
    '<form name="jumpmenu" action="#"><select name="links" class="inputbox" '
    'onchange="if (this.value) window.open(this.value);">'
    '<option value="">-- Liên kết website --</option>'
    '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
    '<option value="https://hatinh.edu.vn">Sở Giáo dục và Đào tạo Hà Tĩnh</option>'
    '<option value="https://thachha.hatinh.gov.vn">Cổng thông tin điện tử huyện Thạch Hà</option>'
    '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành giáo dục</option>'
    "</select></form>"
    '<p style="text-align: center;"><a href="https://hatinh.edu.vn" target="_blank">'
    '<img src="/images/banners/banner-sgddt-hatinh.png" alt="Sở GD&amp;ĐT Hà Tĩnh" /></a></p>',
    "links",
    93,
)


def _latest_sef() -> str:
    items = "".join(
        '<li itemscope itemtype="https://schema.org/Article">'
        f'<a href="{sef_path(s)}" itemprop="url"><span itemprop="name">{_shown(s, s.title)}</span></a></li>'
        for s in ALL_ORDERED[:5]
    )
    return _module("Tin mới", f'<ul class="latestnews mod-list">{items}</ul>', "tin-moi", 91)


def _latest_nonsef() -> str:
    items = []
    for i, s in enumerate(ALL_ORDERED[:5]):
        im = item_image(s)
        thumb = (
            f'<div class="box-left"><a href="{esc(nonsef_path(s))}" class="mostread-image">'
            f'<img src="{im.src}" alt="" width="60" /></a></div>'
            if im
            else ""
        )
        items.append(
            f'<li class="{"first" if i == 0 else ""}">{thumb}<div class="box-right">'
            f'<a href="{esc(nonsef_path(s))}" class="mostread">{_shown(s, s.title)}</a>'
            f'<br /><span class="create">{s.opts["day"]}</span></div></li>'
        )
    return _module(
        "Tin mới nhất",
        f'<ul class="ja-bullettin clearfix">{"".join(items)}</ul>',
        "tin-moi-nhat",
        120,
    )


def _notices_module() -> str:
    items = "".join(
        f'<li><a class="mod-articles-category-title " href="{sef_path(s)}">{_shown(s, s.title)}</a>'
        f'<span class="mod-articles-category-date">{s.opts["day"]}</span></li>'
        for s in IN_CAT["tb"][:5]
    )
    return _module(
        "Thông báo",
        f'<ul class="category-module mod-list">{items}</ul>'
        f'<p class="readmore"><a href="{TB.path}">Xem tất cả</a></p>',
        "thong-bao",
        121,
    )


DOCS = [
    (
        21,
        "kh-215-pgddt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen",
        "Kế hoạch số 215/KH-PGDĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026 - 2027",
        "/images/van-ban/2026/kh-215-pgddt.pdf",
        "15-09-2026",
        "412 KB",
        386,
    ),
    (
        22,
        "cv-1391-pgddt-huong-dan-kiem-tra-giua-hoc-ky-i",
        "Công văn số 1391/PGDĐT-THCS hướng dẫn kiểm tra giữa học kỳ I năm học 2026 - 2027",
        "/images/van-ban/2026/cv-1391-pgddt-thcs.pdf",
        "15-10-2026",
        "188 KB",
        241,
    ),
]


def _doc_path(doc: tuple) -> str:
    return f"/index.php/van-ban/file/{doc[0]}-{doc[1]}"


def _docs_module() -> str:
    items = "".join(
        f'<li><a href="{d[3]}" target="_blank"><img src="/images/icons/pdf.png" alt="" /> {esc(d[2])}</a></li>'
        for d in DOCS
    )
    items += (
        '<li><a href="/images/van-ban/2026/qd-thanh-lap-hoi-dong-xet-tuyen-2026.pdf" target="_blank">'
        '<img src="/images/icons/pdf.png" alt="" /> Quyết định thành lập Hội đồng xét tuyển viên chức '
        "giáo viên năm 2026</a></li>"
    )
    return _module(
        "Văn bản mới",
        f'<div class="custom"><ul class="van-ban-moi">{items}</ul>'
        '<p style="text-align: right;"><a href="/index.php/van-ban">Xem tất cả »</a></p></div>',
        "van-ban-moi",
        122,
    )


EVENTS = [
    (
        55,
        _dt.date(2026, 11, 20),
        "07:30",
        "11:00",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "Hội trường UBND huyện",
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    ),
    (
        58,
        _dt.date(2026, 11, 27),
        "14:00",
        "17:00",
        "Họp giao ban hiệu trưởng tháng 11/2026",
        "Hội trường Phòng GD&ĐT",
        "hop-giao-ban-hieu-truong-thang-11-2026",
    ),
    (
        59,
        _dt.date(2026, 11, 30),
        "07:30",
        "16:30",
        "Kiểm tra công tác bán trú tại các trường mầm non",
        "Các trường mầm non cụm Bắc huyện",
        "kiem-tra-cong-tac-ban-tru-tai-cac-truong-mam-non",
    ),
    (
        60,
        _dt.date(2026, 12, 4),
        "07:30",
        "10:30",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS",
        "Trường THCS Phan Huy Chú",
        "khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs",
    ),
]
CAL = "/index.php/lich-cong-tac"


def _event_path(ev: tuple) -> str:
    d = ev[1]
    return f"{CAL}/icalrepeat.detail/{d.year}/{d.month}/{d.day}/{ev[0]}/-/{ev[6]}"


def _events_module() -> str:
    items = "".join(
        f'<li class="jevlatest"><span class="mod_events_latest_date">{ev[1]:%d/%m/%Y} {ev[2]}</span><br />'
        f'<span class="mod_events_latest_content"><a href="{_event_path(ev)}">{esc(ev[4])}</a></span></li>'
        for ev in EVENTS[1:]
    )
    return _module(
        "Lịch công tác",
        f'<table class="mod_events_latest_table"><tbody><tr><td><ul>{items}</ul></td></tr></tbody></table>'
        f'<h6><a href="{CAL}">Xem lịch công tác</a></h6>',
        "lich-cong-tac",
        123,
    )


def _feed_links(path: str) -> str:
    sep = "&amp;" if "?" in path else "?"
    return (
        f'<link href="{path}{sep}format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        f'<link href="{path}{sep}format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0" />'
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="active"><span class="hasTooltip"><i class="fa fa-map-marker" data-toggle="tooltip" '
        'title="Bạn đang ở: "></i></span></li>'
    ]
    for label, href in trail:
        if href:
            items.append(
                f'<li><a href="{href}" class="pathway">{label}</a><span class="divider">'
                '<img src="/templates/ja_university/images/system/arrow.png" alt="" /></span></li>'
            )
        else:
            items.append(f'<li class="active"><span>{label}</span></li>')
    return (
        '<nav class="wrap t3-navhelper "><div class="container">'
        f'<ol class="breadcrumb ">{"".join(items)}</ol></div></nav>'
    )


FOOTER = (
    '<footer id="t3-footer" class="wrap t3-footer"><div class="container">'
    '<div class="t3-spotlight t3-footnav row">'
    '<div class="col-xs-12 col-sm-6"><div class="t3-module module " id="Mod100"><div class="module-inner">'
    '<h3 class="module-title "><span>Liên hệ</span></h3><div class="module-ct"><div class="custom">'
    "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THẠCH HÀ</strong></p>"
    "<p>Địa chỉ: Khối 10, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh</p>"
    "<p>Điện thoại: 0239.3845.217 - Fax: 0239.3845.218</p>"
    '<p>Email: <a href="mailto:pgdthachha@hatinh.edu.vn">pgdthachha@hatinh.edu.vn</a></p>'
    "<p>Chịu trách nhiệm chính: Ông Nguyễn Đình Thắng - Trưởng phòng</p>"
    "</div></div></div></div></div>"
    '<div class="col-xs-12 col-sm-6"><div class="t3-module module " id="Mod101"><div class="module-inner">'
    '<div class="module-ct"><ul class="nav menu">'
    '<li class="item-102"><a href="/index.php/gioi-thieu">Giới thiệu</a></li>'
    '<li class="item-140"><a href="/index.php/lien-he">Liên hệ</a></li>'
    '<li class="item-150"><a href="/index.php/component/search/?searchword=&amp;searchphrase=all&amp;Itemid=101">'
    "Tìm kiếm</a></li></ul></div></div></div></div>"
    "</div></div>"
    '<section class="t3-copyright"><div class="container"><div class="row">'
    '<div class="col-md-8 copyright "><div class="custom"><p>Bản quyền © 2018 - 2026 Phòng Giáo dục và '
    "Đào tạo huyện Thạch Hà. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div>"
    '<div class="col-md-4 poweredby text-hide"><a class="t3-logo t3-logo-small t3-logo-light" '
    'href="http://t3-framework.org" title="Powered By T3 Framework" target="_blank" rel="nofollow">'
    "Powered by <strong>T3 Framework</strong></a></div>"
    "</div></div></section></footer>"
    '<div id="back-to-top" data-spy="affix" data-offset-top="200" class="back-to-top hidden-xs hidden-sm affix-top">'
    '<i class="fa fa-angle-up"></i></div>'
)


def layout(
    request: Request,
    *,
    title: str,
    content: str,
    classes: str,
    itemid: int,
    sidebar: str | None = None,
    trail: list[tuple[str, str | None]] | None = None,
    head: str = "",
    home: bool = False,
) -> str:
    here = base_url(request) + request.path
    slideshow = _slideshow() if home else ""
    crumbs = _breadcrumb(trail) if trail is not None else ""
    action = esc(request.path)
    if sidebar is None:
        sidebar = _latest_sef() + COUNTER + LINKS + _login_module(request.path)
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" class='{classes} itemid-{itemid} j310 mm-hover'>
<head>
<base href="{esc(here)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Phòng GD&amp;ĐT Thạch Hà, giáo dục Thạch Hà, Hà Tĩnh" />
{head}
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title}</title>
<link href="/templates/ja_university/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/t3-assets/css/css-9b0e3.css?t=512" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?4c5a1e0c4d1b9d53" type="text/javascript"></script>
<script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js?4c5a1e0c4d1b9d53" type="text/javascript"></script>
<script src="/t3-assets/js/js-7e2a1.js?t=512" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
</head>
<body>
<div class="t3-wrapper">
<div id="t3-topbar" class="wrap t3-topbar"><div class="container"><div class="row">
<div class="col-xs-12 col-sm-6 topbar-left"><p class="today"><i class="fa fa-calendar"></i> {TODAY}</p></div>
<div class="col-xs-12 col-sm-6 topbar-right"><ul class="nav nav-pills menu">
<li class="item-160"><a href="/index.php/component/users/?view=login&amp;Itemid=101">Đăng nhập</a></li>
<li class="item-161"><a href="https://mail.hatinh.edu.vn" target="_blank">Thư điện tử</a></li></ul></div>
</div></div></div>
<header id="t3-header" class="wrap t3-header"><div class="container"><div class="row">
<div class="col-xs-12 col-sm-8 logo"><div class="logo-image logo-control">
<h1><a href="/" title="{esc(SITE_NAME)}"><img class="logo-img" src="/images/logo-pgd-thach-ha.png" alt="{esc(SITE_NAME)}" /><span>{esc(SITE_NAME)}</span></a></h1>
<small class="site-slogan">Đổi mới - Sáng tạo - Chất lượng - Hiệu quả</small>
</div></div>
<div class="col-xs-12 col-sm-4">{_search_form(action, itemid)}</div>
</div></div></header>
{_megamenu(itemid)}
{slideshow}
{crumbs}
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">
<div id="system-message-container"></div>
{content}
</div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3 hidden-print">
{sidebar}
</div>
</div></div>
{FOOTER}
</div>
{_offcanvas()}
</body>
</html>"""


def _slideshow() -> str:
    items = []
    for i, s in enumerate([A354, A350, A349], start=1):
        items.append(
            f'<div class="ja-ss-item"><img src="/images/slideshow/slide-{i}.jpg" alt="" />'
            f'<div class="ja-ss-desc"><h3><a href="{sef_path(s)}">{_shown(s, s.title)}</a></h3></div></div>'
        )
    return (
        '<div class="wrap t3-slideshow"><div class="container"><div class="ja-ss-wrap">'
        f'<div class="ja-ss-items">{"".join(items)}</div>'
        '<div class="ja-ss-btns"><span class="ja-ss-prev">Trước</span><span class="ja-ss-next">Tiếp</span></div>'
        "</div></div></div>"
    )


def page_title(text_: str) -> str:
    return f"{text_} - {esc(SITE_SHORT)}"


# --- article info, items, pagination -------------------------------------------------------------


def _info(s: Story, *, tools: bool = True) -> str:
    cat = CATS[s.cat]
    mod = ""
    if s.opts.get("modified"):
        utc, day = s.opts["modified"]
        mod = (
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{utc}" itemprop="dateModified">Cập nhật lần cuối: {day}</time></dd>'
        )
    return (
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'Viết bởi <span itemprop="name">{esc(s.opts["poster"])}</span></dd>'
        '<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> '
        f'Danh mục: <a href="{cat.path}" itemprop="genre">{esc(cat.title)}</a></dd>'
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{s.opts["utc"]}" itemprop="datePublished">Ngày đăng: {s.opts["day"]}</time></dd>'
        f"{mod}"
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits(s)}" />Lượt xem: {hits(s)}</dd>'
        "</dl>"
    )


def _item_image_html(s: Story, *, listing: bool = False) -> str:
    im = item_image(s)
    if not im:
        return ""
    alt = esc(im.printed or "")
    if listing:
        return (
            f'<div class="pull-left item-image"><a href="{sef_path(s)}"><img src="{im.src}" alt="{alt}" '
            'itemprop="thumbnailUrl" /></a></div>'
        )
    if im.printed:
        return (
            '<div class="pull-left item-image"><figure>'
            f'<img class="caption" title="{_shown(s, im.printed)}" src="{im.src}" alt="{alt}" itemprop="image" />'
            f"<figcaption>{_shown(s, im.printed)}</figcaption></figure></div>"
        )
    return f'<div class="pull-left item-image"><img src="{im.src}" alt="" itemprop="image" /></div>'


def _blog_item(s: Story, cls: str) -> str:
    return (
        f'<div class="{cls} clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f"{_item_image_html(s, listing=True)}"
        f'<div class="page-header"><h2 itemprop="name"><a href="{sef_path(s)}" itemprop="url">'
        f"{_shown(s, s.title)}</a></h2></div>"
        f"{_info(s)}"
        f"{intro_html(s)}"
        f'<p class="readmore"><a class="btn btn-default" href="{sef_path(s)}" itemprop="url" '
        f'aria-label="Đọc thêm: {_shown(s, s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
        "Đọc thêm...</a></p></div>"
    )


def _clamp(start: int, total: int, limit: int) -> int:
    """Joomla 3's JModelList::getStart: a start past the end shows the last page."""
    if limit <= 0:
        return 0
    if start > total - limit:
        start = max(0, (-(-total // limit) - 1) * limit)
    return max(0, start)


def _pagination(path: str, start: int, total: int, limit: int, param: str) -> str:
    if limit <= 0 or total <= limit:
        return ""
    pages = -(-total // limit)
    current = start // limit

    def link(n: int) -> str:
        if n == 0 and param == "start":
            return path
        return f"{path}?{param}={n * limit}"

    items = []
    if current > 0:
        items.append(f'<li><a title="Đầu" href="{link(0)}" class="pagenav">Đầu</a></li>')
        items.append(
            f'<li><a title="Trước" href="{link(current - 1)}" class="pagenav">Trước</a></li>'
        )
    else:
        items.append('<li class="disabled"><a>Đầu</a></li><li class="disabled"><a>Trước</a></li>')
    for n in range(pages):
        if n == current:
            items.append(f'<li class="active"><a>{n + 1}</a></li>')
        else:
            items.append(
                f'<li><a title="{n + 1}" href="{link(n)}" class="pagenav">{n + 1}</a></li>'
            )
    if current < pages - 1:
        items.append(
            f'<li><a title="Tiếp" href="{link(current + 1)}" class="pagenav">Tiếp</a></li>'
        )
        items.append(f'<li><a title="Cuối" href="{link(pages - 1)}" class="pagenav">Cuối</a></li>')
    else:
        items.append('<li class="disabled"><a>Tiếp</a></li><li class="disabled"><a>Cuối</a></li>')
    return (
        f'<div class="pagination"><p class="counter pull-right">Trang {current + 1} của {pages}</p>'
        f'<ul class="pagination">{"".join(items)}</ul></div>'
    )


def _start_param(request: Request) -> int:
    p = request.params
    raw = p.get("limitstart") or p.get("start") or "0"
    try:
        return max(0, int(raw))
    except ValueError:
        return 0


# --- pages -------------------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    items = "".join(_blog_item(s, f"leading-{i}") for i, s in enumerate(FEATURED))
    content = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="items-leading clearfix">{items}</div></div>'
    )
    sidebar = (
        _latest_nonsef() + _notices_module() + _docs_module() + _events_module() + COUNTER + LINKS
    )
    sidebar += _login_module("/index.php")
    return html(
        layout(
            request,
            title=esc(SITE_NAME),
            content=content,
            classes="com_content view-featured",
            itemid=101,
            sidebar=sidebar,
            head='<meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Thạch Hà" />\n'
            + _feed_links("/index.php"),
            home=True,
        )
    )


def blog_page(
    request: Request, path: str, title: str, stories: list[Story], itemid: int, trail
) -> Response:
    total = len(stories)
    start = _clamp(_start_param(request), total, BLOG_LIMIT)
    shown = stories[start : start + BLOG_LIMIT]
    leading = _blog_item(shown[0], "leading-0") if shown else ""
    rows = "".join(
        f'<div class="items-row cols-1 row-{i} row clearfix"><div class="col-sm-12">'
        f"{_blog_item(s, 'item column-1')}</div></div>"
        for i, s in enumerate(shown[1:])
    )
    content = (
        '<div class="blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header clearfix"><h1 class="page-title">{esc(title)}</h1></div>'
        f'<div class="items-leading clearfix">{leading}</div>{rows}'
        f"{_pagination(path, start, total, BLOG_LIMIT, 'start')}</div>"
    )
    return html(
        layout(
            request,
            title=page_title(esc(title)),
            content=content,
            classes="com_content view-category layout-blog",
            itemid=itemid,
            trail=trail,
            head=_feed_links(path),
        )
    )


LIMIT_OPTIONS = [5, 10, 15, 20, 25, 30, 50, 100, 0]


def list_page(request: Request) -> Response:
    stories = IN_CAT["tb"]
    total = len(stories)
    values = dict(request.params)
    if request.method == "POST":
        values.update(request.form)
    try:
        limit = int(values.get("limit", LIST_LIMIT))
    except ValueError:
        limit = LIST_LIMIT
    if limit not in LIMIT_OPTIONS:
        limit = LIST_LIMIT
    try:
        raw_start = int(values.get("limitstart") or values.get("start") or 0)
    except ValueError:
        raw_start = 0
    start = _clamp(raw_start, total, limit)
    shown = stories[start : start + limit] if limit else stories
    selected = ' selected="selected"'
    options = "".join(
        f'<option value="{n}"{selected if n == limit else ""}>{n if n else "Tất cả"}</option>'
        for n in LIMIT_OPTIONS
    )
    rows = "".join(
        f'<tr class="cat-list-row{i % 2}"><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{sef_path(s)}">{_shown(s, s.title)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{s.opts["day"].replace("/", "-")}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">'
        f"Lượt xem: {hits(s)}</span></td></tr>"
        for i, s in enumerate(shown)
    )

    def sort_link(col: str, label: str) -> str:
        return (
            f"<a href=\"#\" onclick=\"Joomla.tableOrdering('{col}','asc','', document.getElementById('adminForm'));"
            f'return false;" class="hasPopover" title="{label}" data-content="Chọn để sắp xếp theo cột này" '
            f'data-placement="top">{label}</a>'
        )

    content = (
        '<div class="category-list"><div class="page-header clearfix"><h1 class="page-title">Thông báo</h1></div>'
        f'<div class="cat-items"><form action="{TB.path}" method="post" name="adminForm" id="adminForm" class="form-inline">'
        '<fieldset class="filters btn-toolbar clearfix"><legend class="hide">Lọc</legend>'
        '<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>'
        '<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" '
        'onchange="document.adminForm.submit();" title="Nhập toàn bộ hoặc một phần tiêu đề để tìm kiếm." '
        'placeholder="Lọc tiêu đề" /></div>'
        '<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>'
        f'Hiển thị # <select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{options}</select></div>'
        '<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />'
        '<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>'
        '<table class="category table table-striped table-bordered table-hover">'
        '<caption class="hide">Danh sách bài viết trong chuyên mục Thông báo</caption><thead><tr>'
        f'<th scope="col" id="categorylist_header_title">{sort_link("a.title", "Tiêu đề")}</th>'
        f'<th scope="col" id="categorylist_header_date">{sort_link("a.publish_up", "Ngày đăng")}</th>'
        f'<th scope="col" id="categorylist_header_hits">{sort_link("a.hits", "Lượt xem")}</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        f"{_pagination(TB.path, start, total, limit, 'limitstart')}"
        "</form></div></div>"
    )
    return html(
        layout(
            request,
            title=page_title("Thông báo"),
            content=content,
            classes="com_content view-category",
            itemid=TB.itemid,
            trail=[("Trang chủ", "/index.php"), ("Tin tức", NEWS_PATH), ("Thông báo", None)],
            head=_feed_links(TB.path),
        )
    )


def _toc(s: Story, page: int | None) -> str:
    base = sef_path(s)
    titles = s.opts["toc"]
    items = []
    for n, label in enumerate(titles):
        href = f"{base}?showall=&amp;limitstart={n if n else ''}"
        active = " active" if page == n else ""
        items.append(
            f'<li class="{active.strip()}"><a href="{href}" class="toclink{active}">{esc(label)}</a></li>'
        )
    active = " active" if page is None else ""
    items.append(
        f'<li class="{active.strip()}"><a href="{base}?showall=1" class="toclink{active}">Tất cả các trang</a></li>'
    )
    return (
        '<div class="pull-right article-index"><h3>Mục lục bài viết</h3>'
        f'<ul class="nav nav-tabs nav-stacked">{"".join(items)}</ul></div>'
    )


def _page_nav(s: Story, page: int, pages: int) -> str:
    base = sef_path(s)
    prev_ = (
        f'<li class="previous"><a href="{base}?showall=&amp;limitstart={page - 1 if page - 1 else ""}" '
        f'title="{esc(s.opts["toc"][page - 1])}">&lt; Trước</a></li>'
        if page > 0
        else ""
    )
    next_ = (
        f'<li class="next"><a href="{base}?showall=&amp;limitstart={page + 1}" '
        f'title="{esc(s.opts["toc"][page + 1])}">Tiếp &gt;</a></li>'
        if page < pages - 1
        else ""
    )
    return f'<div class="pager"><ul>{prev_}{next_}</ul></div>'


def _attachments(s: Story) -> str:
    att = s.opts.get("attachment")
    if not att:
        return ""
    aid, name, size = att
    return (
        f'<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_default_{s.id}">'
        '<caption>Tệp đính kèm:</caption><tbody><tr class="odd"><td class="at_filename">'
        f'<a class="at_icon" href="/index.php/component/attachments/download/{aid}" title="Tải về: {name}">'
        '<img src="/components/com_attachments/media/icons/pdf.gif" alt="Tải về" /></a>'
        f'<a class="at_url" href="/index.php/component/attachments/download/{aid}" title="Tải về: {name}">{name}</a>'
        f'</td><td class="at_file_size">{size}</td></tr></tbody></table></div>'
    )


def _pagenav(s: Story) -> str:
    order = IN_CAT[s.cat]
    i = order.index(s)
    items = []
    if i > 0:
        p = order[i - 1]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{_shown(p, p.title)}" aria-label="Bài trước: '
            f'{_shown(p, p.title)}" href="{sef_path(p)}" rel="prev"><span class="icon-chevron-left" '
            'aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if i < len(order) - 1:
        n = order[i + 1]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{_shown(n, n.title)}" aria-label="Bài tiếp theo: '
            f'{_shown(n, n.title)}" href="{sef_path(n)}" rel="next"><span aria-hidden="true">Tiếp</span> '
            '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return f'<ul class="pager pagenav">{"".join(items)}</ul>'


def _related(s: Story) -> str:
    order = IN_CAT[s.cat]
    i = order.index(s)
    picks = [o for o in order if o is not s]
    picks = sorted(picks, key=lambda o: abs(order.index(o) - i))[:3]
    items = "".join(f'<li><a href="{sef_path(o)}">{_shown(o, o.title)}</a></li>' for o in picks)
    return _module(
        "Bài viết liên quan", f'<ul class="relateditems mod-list">{items}</ul>', "related", 130
    )


def _tools(s: Story, request: Request) -> str:
    base = sef_path(s)
    link = base64.b64encode((base_url(request) + base).encode()).decode()
    title = _shown(s, s.title)
    print_js = (
        "window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
        "resizable=yes,width=640,height=480,directories=no,location=no'); return false;"
    )
    mail_js = "window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;"
    return (
        '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" '
        f'type="button" id="dropdownMenuButton-{s.id}" aria-label="Công cụ người dùng" '
        'data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" '
        'aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
        f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{s.id}">'
        f'<li class="print-icon"><a href="{base}?tmpl=component&amp;print=1&amp;layout=default" '
        f'title="In bài viết &lt; {title} &gt;" onclick="{print_js}" rel="nofollow">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></li>'
        '<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;'
        f'template=ja_university&amp;link={link}" title="Gửi email" onclick="{mail_js}" '
        'rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> Gửi email</a></li>'
        "</ul></div></div>"
    )


def _share(s: Story, request: Request) -> str:
    url = quote(base_url(request) + sef_path(s), safe="")
    return (
        '<div class="ja-social-share clearfix"><span class="share-label">Chia sẻ:</span> '
        f'<a class="facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">Facebook</a> '
        f'<a class="twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="nofollow">Twitter</a> '
        f'<a class="zalo" href="https://sp.zalo.me/share_inline?u={url}" target="_blank" rel="nofollow">Zalo</a></div>'
    )


def _article_inner(
    s: Story, request: Request, page: int | None, *, print_view: bool = False
) -> str:
    pages = _pages(s)
    toc = ""
    counter = ""
    pager = ""
    if len(pages) > 1:
        toc = _toc(s, page)
        if page is None:
            text_html = (
                _blocks_html(s, pages[0])
                + "<br />"
                + "<br />".join(_blocks_html(s, pg) for pg in pages[1:])
            )
        else:
            text_html = _blocks_html(s, pages[page])
            counter = f'<div class="pagenavcounter">Trang {page + 1} của {len(pages)}</div>'
            pager = _page_nav(s, page, len(pages))
    else:
        text_html = _blocks_html(s, pages[0])
    tools = "" if print_view else _tools(s, request)
    popup = (
        '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
        '<span class="icon-print" aria-hidden="true"></span> In</a></div>'
        if print_view
        else ""
    )
    tail = "" if print_view else _share(s, request) + _pagenav(s)
    return (
        '<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        f"{popup}"
        f'<div class="page-header"><h2 itemprop="headline">{_shown(s, s.title)}</h2></div>'
        f"{tools}{_info(s)}{toc}{counter}{_item_image_html(s)}"
        f'<div itemprop="articleBody">{text_html}{_attachments(s)}</div>'
        f"{pager}{tail}</div>"
    )


def article_page(request: Request, s: Story) -> Response:
    p = request.params
    if p.get("format") and p.get("format") != "html":
        return None  # Joomla: "View not found [name, type, prefix]: article, feed, contentView"
    page: int | None = 0
    if len(_pages(s)) > 1:
        if p.get("showall") == "1":
            page = None
        else:
            try:
                page = int(p.get("limitstart") or 0)
            except ValueError:
                page = 0
            if not 0 <= page < len(_pages(s)):
                page = 0
    cat = CATS[s.cat]
    if p.get("tmpl") == "component":
        body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<base href="{esc(base_url(request) + request.path)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{page_title(_shown(s, s.title))}</title>
<link href="/t3-assets/css/css-9b0e3.css?t=512" rel="stylesheet" type="text/css" />
</head>
<body id="bd" class="contentpane modal">
<div id="system-message-container"></div>
{_article_inner(s, request, page, print_view=True)}
</body>
</html>"""
        return html(body)
    head = (
        f'<meta name="author" content="{esc(s.opts["poster"])}" />\n'
        f'<meta name="description" content="{_shown(s, s.title)}" />'
    )
    content = _article_inner(s, request, page) + _related(s)
    return html(
        layout(
            request,
            title=page_title(_shown(s, s.title)),
            content=content,
            classes="com_content view-article",
            itemid=cat.itemid,
            trail=[
                ("Trang chủ", "/index.php"),
                ("Tin tức", NEWS_PATH),
                (esc(cat.title), cat.path),
                (_shown(s, s.title), None),
            ],
            head=head,
        )
    )


# --- feeds -------------------------------------------------------------------------------------


def _rfc822(s: Story) -> str:
    local = _dt.datetime.fromisoformat(s.published_at)
    return local.strftime("%a, %d %b %Y %H:%M:%S +0700")


def feed(request: Request, path: str, title: str, stories: list[Story]) -> Response:
    base = base_url(request)
    kind = request.params.get("type", "rss")
    if kind == "atom":
        entries = "".join(
            f"<entry><title>{_shown(s, s.title)}</title>"
            f'<link rel="alternate" href="{base}{sef_path(s)}"/><published>{s.opts["utc"]}</published>'
            f"<updated>{s.opts['utc']}</updated><id>{base}{sef_path(s)}</id>"
            f"<author><name>{esc(s.opts['poster'])}</name><email>pgdthachha@hatinh.edu.vn</email></author>"
            f'<summary type="html">{esc(intro_html(s))}</summary>'
            f'<category term="{esc(CATS[s.cat].title)}" /></entry>'
            for s in stories[:10]
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">'
            f'<title type="text">{esc(title)}</title><subtitle type="text">{esc(SITE_NAME)}</subtitle>'
            f'<link rel="alternate" type="text/html" href="{base}"/><id>{base}{path}</id>'
            f'<updated>{stories[0].opts["utc"]}</updated><generator uri="https://www.joomla.org">Joomla! - Open Source '
            f'Content Management</generator><link rel="self" type="application/atom+xml" '
            f'href="{base}{path}?format=feed&amp;type=atom"/>{entries}</feed>'
        )
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    items = "".join(
        f"<item><title>{_shown(s, s.title)}</title><link>{base}{sef_path(s)}</link>"
        f'<guid isPermaLink="true">{base}{sef_path(s)}</guid>'
        f"<description>{esc(intro_html(s))}</description>"
        f"<author>pgdthachha@hatinh.edu.vn ({esc(s.opts['poster'])})</author>"
        f"<category>{esc(CATS[s.cat].title)}</category><pubDate>{_rfc822(s)}</pubDate></item>"
        for s in stories[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(title)}</title><description><![CDATA[{SITE_NAME}]]></description><link>{base}{path}</link>"
        f"<lastBuildDate>{_rfc822(stories[0])}</lastBuildDate><generator>Joomla! - Open Source Content Management</generator>"
        f'<atom:link rel="self" type="application/rss+xml" href="{base}{path}?format=feed&amp;type=rss"/>'
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other pages ---------------------------------------------------------------------------------


def _static_article(request: Request, title: str, body: str, itemid: int, trail) -> Response:
    content = (
        '<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        f'<div itemprop="articleBody">{body}</div></div>'
    )
    return html(
        layout(
            request,
            title=page_title(esc(title)),
            content=content,
            classes="com_content view-article",
            itemid=itemid,
            trail=trail,
        )
    )


def about_page(request: Request) -> Response:
    body = (
        '<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Thạch Hà là cơ quan chuyên môn '
        "thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng "
        "quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        '<p style="text-align: justify;">Toàn huyện hiện có 31 trường mầm non, 27 trường tiểu học, 25 trường '
        "THCS với hơn 28.000 học sinh và 2.100 cán bộ, giáo viên, nhân viên. 100% trường học đạt chuẩn quốc "
        "gia, trong đó 21 trường đạt chuẩn quốc gia mức độ 2.</p>"
        '<p style="text-align: center;"><img src="/images/gioi-thieu/tru-so-phong-gd.jpg" alt="Trụ sở Phòng GD&amp;ĐT" '
        'width="600" height="400" /></p><p style="text-align: center;"><em>Trụ sở Phòng GD&amp;ĐT Thạch Hà</em></p>'
        "<p><strong>Nhiệm vụ, quyền hạn:</strong></p><ul>"
        "<li>Trình UBND huyện ban hành các quyết định, kế hoạch phát triển giáo dục trên địa bàn;</li>"
        "<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục của các cơ sở giáo dục;</li>"
        "<li>Tổ chức bồi dưỡng đội ngũ nhà giáo và cán bộ quản lý giáo dục.</li></ul>"
    )
    return _static_article(
        request, "Giới thiệu chung", body, 102, [("Trang chủ", "/index.php"), ("Giới thiệu", None)]
    )


def staff_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Đình Thắng", "Trưởng phòng", "0239.3845.217"),
        ("Trần Thị Thu Hương", "Phó Trưởng phòng", "0239.3845.219"),
        ("Phạm Văn Sơn", "Phó Trưởng phòng", "0239.3845.220"),
        ("Lê Thị Hằng", "Chuyên viên phụ trách THCS", "0239.3845.221"),
        ("Nguyễn Thị Hoa", "Văn thư - Quản trị website", "0239.3845.222"),
    ]
    trs = "".join(
        f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(r)}</td><td>{p}</td></tr>"
        for i, (n, r, p) in enumerate(rows, 1)
    )
    body = (
        "<p>Lãnh đạo và chuyên viên Phòng Giáo dục và Đào tạo:</p>"
        '<table class="table table-bordered"><tbody><tr><td><strong>TT</strong></td><td><strong>Họ và tên</strong></td>'
        f"<td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>{trs}</tbody></table>"
    )
    return _static_article(
        request,
        "Cơ cấu tổ chức",
        body,
        103,
        [
            ("Trang chủ", "/index.php"),
            ("Giới thiệu", "/index.php/gioi-thieu"),
            ("Cơ cấu tổ chức", None),
        ],
    )


def contact_page(request: Request) -> Response:
    if request.method == "POST":
        return redirect("/index.php/lien-he", 303)
    content = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person">'
        '<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Thạch Hà</span></h2></div>'
        '<h3>Thông tin liên hệ</h3><dl class="contact-address dl-horizontal" itemprop="address">'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>'
        '<dd><span class="contact-street" itemprop="streetAddress">Khối 10, thị trấn Thạch Hà<br /></span></dd>'
        '<dd><span class="contact-suburb" itemprop="addressLocality">huyện Thạch Hà, tỉnh Hà Tĩnh<br /></span></dd>'
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>'
        '<dd><span class="contact-telephone" itemprop="telephone">0239.3845.217</span></dd></dl>'
        '<h3>Gửi email</h3><form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">'
        "<fieldset><legend>Gửi email. Các mục đánh dấu sao (*) là bắt buộc.</legend>"
        '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" required /></div>'
        '<div class="control-group"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" required /></div>'
        '<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" required /></div>'
        '<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div>'
        '<button class="btn btn-primary validate" type="submit">Gửi email</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
        f'<input type="hidden" name="{TOKEN}" value="1" /></fieldset></form></div>'
    )
    return html(
        layout(
            request,
            title=page_title("Liên hệ"),
            content=content,
            classes="com_contact view-contact",
            itemid=140,
            trail=[("Trang chủ", "/index.php"), ("Liên hệ", None)],
        )
    )


def docs_page(request: Request) -> Response:
    dl = request.params.get("download")
    if dl:
        doc_id = dl.split(":", 1)[0]
        for d in DOCS:
            if str(d[0]) == doc_id:
                return Response(
                    200,
                    PDF,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{d[1]}.pdf"',
                    },
                )
        return None
    rows = "".join(
        '<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-filename">'
        f'<div class="pd-document16" style="background: url(/media/com_phocadownload/images/mime/16/icon-pdf.png) 0 center no-repeat;">'
        f'<div class="pd-float"><a href="{_doc_path(d)}">{esc(d[2])}</a></div></div></div></div>'
        f'<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" '
        f'href="/index.php/van-ban?download={d[0]}:{d[1]}">Tải về</a></div>'
        f'<div class="pd-button-details"><a class="btn btn-info" href="{_doc_path(d)}">Chi tiết</a></div></div>'
        f'<div class="pd-date">Ngày: {d[4]}</div><div class="pd-hits">Lượt tải: {d[6]}</div></div>'
        for d in DOCS
    )
    content = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><div class="page-header"><h1>Văn bản của Phòng</h1></div>'
        f'<div class="pd-category">{rows}</div></div>'
    )
    return html(
        layout(
            request,
            title=page_title("Văn bản"),
            content=content,
            classes="com_phocadownload view-category",
            itemid=120,
            trail=[("Trang chủ", "/index.php"), ("Văn bản", None)],
        )
    )


def doc_page(request: Request, d: tuple) -> Response:
    content = (
        '<div id="phoca-dl-file-box" class="pd-file-view"><div class="pd-file">'
        f'<h3 class="pd-ctitle">{esc(d[2])}</h3>'
        '<div class="pd-filebox"><table class="pd-file-info"><tbody>'
        f"<tr><td>Tên tệp:</td><td>{d[1]}.pdf</td></tr><tr><td>Kích thước:</td><td>{d[5]}</td></tr>"
        f"<tr><td>Ngày tạo:</td><td>{d[4]}</td></tr><tr><td>Lượt tải:</td><td>{d[6]}</td></tr>"
        "</tbody></table></div>"
        '<div class="pd-fdesc"><p>Văn bản do Phòng GD&amp;ĐT ban hành, gửi các trường trên địa bàn huyện.</p></div>'
        f'<div class="pd-buttons"><a class="btn btn-success" href="/index.php/van-ban?download={d[0]}:{d[1]}">Tải về</a></div>'
        '<div class="pd-cb"><a href="/index.php/van-ban">« Quay lại danh sách</a></div></div></div>'
    )
    return html(
        layout(
            request,
            title=page_title(esc(d[2])),
            content=content,
            classes="com_phocadownload view-file",
            itemid=120,
            trail=[
                ("Trang chủ", "/index.php"),
                ("Văn bản", "/index.php/van-ban"),
                (esc(d[2]), None),
            ],
        )
    )


ALBUM = "/index.php/thu-vien-anh/category/3-gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11"


def gallery_page(request: Request) -> Response:
    content = (
        '<div id="phocagallery" class="pg-categories-view"><div class="page-header"><h1>Thư viện ảnh</h1></div>'
        '<div class="pg-categories-items-box"><div class="pg-category-box">'
        f'<div class="pg-category-box-image"><a href="{ALBUM}"><img src="/images/phocagallery/20-11/thumbs/phoca_thumb_m_01.jpg" alt="" /></a></div>'
        f'<div class="pg-category-box-title"><a href="{ALBUM}">Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a>'
        ' <span class="small">(8)</span></div></div></div></div>'
    )
    return html(
        layout(
            request,
            title=page_title("Thư viện ảnh"),
            content=content,
            classes="com_phocagallery view-categories",
            itemid=135,
            trail=[("Trang chủ", "/index.php"), ("Thư viện ảnh", None)],
        )
    )


def album_page(request: Request) -> Response:
    boxes = "".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a class="pg-lightbox" '
        f'href="/images/phocagallery/20-11/anh-{i:02d}.jpg" title="Ảnh {i}">'
        f'<img src="/images/phocagallery/20-11/thumbs/phoca_thumb_m_{i:02d}.jpg" alt="anh-{i:02d}" /></a></div>'
        f'<div class="pg-cv-name">anh-{i:02d}</div></div>'
        for i in range(1, 9)
    )
    content = (
        '<div id="phocagallery" class="pg-category-view"><div class="page-header">'
        "<h1>Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11</h1></div>"
        '<div class="pg-category-view-desc">Một số hình ảnh tại buổi gặp mặt ngày 20/11/2026.</div>'
        f'<div id="pg-msnr-container">{boxes}</div>'
        '<div class="pg-cv-paginaton"><a href="/index.php/thu-vien-anh">« Thư viện ảnh</a></div></div>'
    )
    return html(
        layout(
            request,
            title=page_title("Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),
            content=content,
            classes="com_phocagallery view-category",
            itemid=135,
            trail=[
                ("Trang chủ", "/index.php"),
                ("Thư viện ảnh", "/index.php/thu-vien-anh"),
                ("Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11", None),
            ],
        )
    )


# --- JEvents calendar ----------------------------------------------------------------------------


def _cal_nav(d: _dt.date) -> str:
    return (
        '<div class="ev_navigation"><table class="ev_navtable"><tr>'
        f'<td class="iconic_td"><a href="{CAL}/year.listevents/{d.year}/{d.month}/{d.day}/-" title="Theo năm">Theo năm</a></td>'
        f'<td class="iconic_td"><a href="{CAL}/month.calendar/{d.year}/{d.month}/-" title="Theo tháng">Theo tháng</a></td>'
        f'<td class="iconic_td"><a href="{CAL}/week.listevents/{d.year}/{d.month}/{d.day}/-" title="Theo tuần">Theo tuần</a></td>'
        f'<td class="iconic_td"><a href="{CAL}/day.listevents/2026/11/25/-" title="Hôm nay">Hôm nay</a></td>'
        "</tr></table></div>"
    )


def _cal_page(request: Request, title: str, content: str) -> Response:
    return html(
        layout(
            request,
            title=page_title(title),
            content=f'<div id="jevents"><div class="jev_toprow"><h2 class="contentheading">Lịch công tác</h2></div>{content}</div>',
            classes="com_jevents view-month",
            itemid=130,
            trail=[("Trang chủ", "/index.php"), ("Lịch công tác", None)],
        )
    )


def month_page(request: Request, year: int, month: int) -> Response:
    prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    weeks = []
    for week in calendar.Calendar().monthdatescalendar(year, month):
        cells = []
        for d in week:
            evs = "".join(
                f'<div class="eventfull"><a class="cal_titlelink" href="{_event_path(ev)}">{esc(ev[4])}</a></div>'
                for ev in EVENTS
                if ev[1] == d
            )
            cls = "cal_td_daysnoevents" if d.month == month else "cal_daysoutofmonth"
            cells.append(
                f'<td class="{cls}"><a class="cal_daylink" href="{CAL}/day.listevents/{d.year}/{d.month}/{d.day}/-" '
                f'title="Xem ngày">{d.day}</a>{evs}</td>'
            )
        weeks.append("<tr>" + "".join(cells) + "</tr>")
    heads = "".join(
        f"<th>{n}</th>"
        for n in ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
    )
    content = (
        _cal_nav(_dt.date(year, month, 1))
        + '<table class="cal_table"><tr><td class="cal_td_month" colspan="7"><div class="jev_monthnav">'
        f'<a class="previousmonth" href="{CAL}/month.calendar/{prev_m[0]}/{prev_m[1]}/-" title="Tháng trước">« Tháng trước</a> '
        f'<span class="cal_monthyear">Tháng {month} năm {year}</span> '
        f'<a class="nextmonth" href="{CAL}/month.calendar/{next_m[0]}/{next_m[1]}/-" title="Tháng sau">Tháng sau »</a>'
        f"</div></td></tr><tr>{heads}</tr>{''.join(weeks)}</table>"
    )
    return _cal_page(request, f"Lịch công tác - Tháng {month}/{year}", content)


def day_page(request: Request, d: _dt.date, kind: str) -> Response:
    if kind == "day":
        span = [d]
        prev_, next_ = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
        label = f"Ngày {d:%d/%m/%Y}"
    elif kind == "week":
        monday = d - _dt.timedelta(days=d.weekday())
        span = [monday + _dt.timedelta(days=i) for i in range(7)]
        prev_, next_ = d - _dt.timedelta(days=7), d + _dt.timedelta(days=7)
        label = f"Tuần từ {span[0]:%d/%m/%Y} đến {span[-1]:%d/%m/%Y}"
    else:
        span = None
        prev_ = _dt.date(d.year - 1, 1, 1) if d.year > 1 else d
        next_ = _dt.date(d.year + 1, 1, 1) if d.year < 9999 else d
        label = f"Năm {d.year}"
    evs = [ev for ev in EVENTS if (ev[1] in span if span else ev[1].year == d.year)]
    lst = (
        "".join(
            f'<li class="ev_td_li"><a class="ev_link_row" href="{_event_path(ev)}">{esc(ev[4])}</a> '
            f"<span>{ev[1]:%d/%m/%Y} {ev[2]} - {ev[3]}</span></li>"
            for ev in evs
        )
        or '<li class="ev_td_li">Không có sự kiện nào</li>'
    )
    view = {"day": "day.listevents", "week": "week.listevents", "year": "year.listevents"}[kind]
    content = (
        _cal_nav(d)
        + f'<div class="jev_daynav"><a href="{CAL}/{view}/{prev_.year}/{prev_.month}/{prev_.day}/-">« Trước</a> '
        f"<strong>{label}</strong> "
        f'<a href="{CAL}/{view}/{next_.year}/{next_.month}/{next_.day}/-">Sau »</a></div>'
        f'<ul class="ev_ul">{lst}</ul>'
    )
    return _cal_page(request, f"Lịch công tác - {label}", content)


def event_page(request: Request, ev: tuple) -> Response:
    content = (
        '<div class="jev_evdt"><table class="contentpaneopen jevbootstrap"><tr class="headingrow">'
        f'<td class="contentheading"><h2 class="contentheading gsl-h2">{esc(ev[4])}</h2></td></tr>'
        f'<tr class="starttimerow"><td>{ev[1]:%d/%m/%Y}, {ev[2]} - {ev[3]}</td></tr>'
        f'<tr><td class="ev_detail">Địa điểm: {esc(ev[5])}</td></tr>'
        f'<tr><td class="ev_detail">Thành phần: Lãnh đạo Phòng GD&amp;ĐT, các bộ phận liên quan.</td></tr>'
        "</table></div>"
        f'<p><a href="{CAL}/month.calendar/{ev[1].year}/{ev[1].month}/-">« Quay lại lịch tháng</a></p>'
    )
    return _cal_page(request, ev[4], content)


def calendar_route(request: Request, rest: str) -> Response | None:
    if rest == "":
        return month_page(request, 2026, 11)
    parts = rest.split("/")
    try:
        if parts[0] == "month.calendar" and len(parts) == 4 and parts[3] == "-":
            year, month = int(parts[1]), int(parts[2])
            if 1 <= year <= 9999 and 1 <= month <= 12:
                return month_page(request, year, month)
            return None
        if (
            parts[0] in ("day.listevents", "week.listevents", "year.listevents")
            and len(parts) == 5
            and parts[4] == "-"
        ):
            d = _dt.date(int(parts[1]), int(parts[2]), int(parts[3]))
            return day_page(request, d, parts[0].split(".")[0])
        if parts[0] == "icalrepeat.detail" and len(parts) >= 6:
            for ev in EVENTS:
                if str(ev[0]) == parts[4]:
                    return event_page(request, ev)
    except ValueError:
        return None
    return None


# --- com_users, com_search, com_mailto -----------------------------------------------------------


def users_page(request: Request) -> Response | None:
    if request.method == "POST":
        return redirect("/index.php/component/users/?view=login&Itemid=101", 303)
    view = request.params.get("view", "login")
    if view == "login":
        title = "Đăng nhập"
        form = (
            '<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">'
            '<fieldset><div class="control-group"><label for="username">Tên đăng nhập *</label>'
            '<input type="text" name="username" id="username" value="" class="validate-username required" size="25" /></div>'
            '<div class="control-group"><label for="password">Mật khẩu *</label>'
            '<input type="password" name="password" id="password" value="" class="validate-password required" size="25" /></div>'
            '<button type="submit" class="btn btn-primary">Đăng nhập</button>'
            f'<input type="hidden" name="{TOKEN}" value="1" /></fieldset></form>'
            '<ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">Quên mật khẩu?</a></li>'
            '<li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">Quên tên đăng nhập?</a></li></ul>'
        )
    elif view in ("reset", "remind"):
        title = "Quên mật khẩu?" if view == "reset" else "Quên tên đăng nhập?"
        form = (
            f'<form id="user-registration" action="/index.php/component/users/?task={view}.request&amp;Itemid=101" '
            'method="post" class="form-validate form-horizontal well"><fieldset>'
            "<p>Vui lòng nhập địa chỉ email cho tài khoản của bạn.</p>"
            '<div class="control-group"><label for="jform_email">Địa chỉ email *</label>'
            '<input type="text" name="jform[email]" id="jform_email" value="" class="validate-username required" size="30" /></div>'
            '<button type="submit" class="btn btn-primary validate">Gửi</button>'
            f'<input type="hidden" name="{TOKEN}" value="1" /></fieldset></form>'
        )
    else:
        return None
    return html(
        layout(
            request,
            title=page_title(title),
            content=f'<div class="login"><div class="page-header"><h1>{title}</h1></div>{form}</div>',
            classes="com_users view-login",
            itemid=101,
            trail=[("Trang chủ", "/index.php"), (title, None)],
        )
    )


def _b64_highlight(word: str) -> str:
    return base64.b64encode(f'["{word}"]'.encode()).decode()


def search_page(request: Request) -> Response:
    p = request.params
    word = p.get("searchword", "").strip()
    phrase = p.get("searchphrase", "all")
    hits_: list[Story] = []
    if word:
        low = word.lower()
        hits_ = [s for s in ALL_ORDERED if low in s.title.lower()]
    try:
        start = max(0, int(p.get("limitstart") or 0))
    except ValueError:
        start = 0
    shown = hits_[start : start + 20]
    results = "".join(
        f'<dt class="result-title">{start + i + 1}. <a href="{sef_path(s)}?highlight={_b64_highlight(word)}">'
        f"{_shown(s, s.title)}</a></dt>"
        f'<dd class="result-category"><span class="small">({esc(CATS[s.cat].title)})</span></dd>'
        f'<dd class="result-created">Ngày tạo: {s.opts["day"]}</dd>'
        for i, s in enumerate(shown)
    )
    radios = "".join(
        f'<label for="searchphrase{k}" class="radio"><input type="radio" name="searchphrase" id="searchphrase{k}" '
        f'value="{k}"{" checked" if k == phrase else ""} />{label}</label>'
        for k, label in (
            ("all", "Tất cả các từ"),
            ("any", "Bất kỳ từ nào"),
            ("exact", "Cụm từ chính xác"),
        )
    )
    content = (
        '<div class="search"><div class="page-header"><h1>Tìm kiếm</h1></div>'
        '<form id="searchForm" action="/index.php/component/search/" method="post">'
        f'<div class="btn-toolbar"><input type="text" name="searchword" placeholder="Từ khóa tìm kiếm" '
        f'id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />'
        '<button name="Search" onclick="this.form.submit()" class="btn hasTooltip" title="Tìm kiếm">Tìm kiếm</button>'
        '<input type="hidden" name="task" value="search" /></div>'
        f'<div class="searchintro"><p>Tổng cộng: <span class="badge badge-info">{len(hits_)}</span> kết quả được tìm thấy.</p></div>'
        f'<fieldset class="phrases"><legend>Tìm kiếm với:</legend><div class="phrases-box">{radios}</div>'
        '<div class="ordering-box"><label for="ordering" class="ordering">Sắp xếp theo:</label>'
        '<select id="ordering" name="ordering" class="inputbox"><option value="newest" selected="selected">Mới nhất</option>'
        '<option value="oldest">Cũ nhất</option><option value="popular">Phổ biến nhất</option>'
        '<option value="alpha">Theo ABC</option><option value="category">Chuyên mục</option></select></div></fieldset>'
        f'</form><dl class="search-results">{results}</dl></div>'
    )
    return html(
        layout(
            request,
            title=page_title("Tìm kiếm"),
            content=content,
            classes="com_search view-search",
            itemid=101,
            trail=[("Trang chủ", "/index.php"), ("Tìm kiếm", None)],
        )
    )


def mailto_page(request: Request) -> Response:
    link = request.params.get("link", "")
    body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<title>{esc(SITE_SHORT)}</title></head>
<body class="contentpane modal">
<div id="mailto-window"><h2>Gửi liên kết này cho bạn bè qua email.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php/component/mailto/?tmpl=component&amp;template=ja_university" method="post" class="form-validate">
<div class="formelm"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value=""/></div>
<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button>
<button class="button" onclick="window.close();return false;">Hủy</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" />
<input type="hidden" name="task" value="send" /><input type="hidden" name="tmpl" value="component" />
<input type="hidden" name="link" value="{esc(link)}" /><input type="hidden" name="{TOKEN}" value="1" />
</form></div></body></html>"""
    return html(body)


# --- routing ---------------------------------------------------------------------------------

ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# https://www.robotstxt.org/orig.html

User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""

_ARTICLE_RE = re.compile(
    r"^/index\.php/tin-tuc/(hoat-dong-giao-duc|thong-bao)/(\d+)(?:-([a-z0-9-]+))?$"
)
NEWS_TRAIL = [("Trang chủ", "/index.php"), ("Tin tức", None)]


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        if path.endswith(".pdf") and path.startswith("/images/van-ban/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if not path.startswith("/index.php") and path != "/":
            return static_file(path)
        p = request.params
        if request.method == "POST" and request.form.get("option") in ("com_users", "com_search"):
            if request.form["option"] == "com_search":
                word = quote(request.form.get("searchword", ""))
                return redirect(
                    f"/index.php/component/search/?searchword={word}&searchphrase=all&Itemid=101",
                    303,
                )
            return redirect("/index.php/component/users/?view=login&Itemid=101", 303)
        if path in ("/", "/index.php"):
            return self._nonsef(request) if p.get("option") else self._home(request)
        if path.startswith("/index.php/"):
            return self._sef(request, path[len("/index.php") :])
        return None

    def _home(self, request: Request) -> Response | None:
        p = request.params
        if p.get("format") == "feed":
            return feed(request, "/index.php", SITE_NAME, FEATURED)
        return home_page(request)

    def _nonsef(self, request: Request) -> Response | None:
        p = request.params
        option, view = p.get("option"), p.get("view")
        if option == "com_content" and view == "article":
            try:
                s = BY_ID.get(int(p.get("id", "").split(":")[0]))
            except ValueError:
                return None
            return article_page(request, s) if s else None
        if option == "com_content" and view == "category":
            cat = next(
                (c for c in CATS.values() if str(c.id) == p.get("id", "").split(":")[0]), None
            )
            if cat is TB:
                return list_page(request)
            if cat is HDGD:
                return blog_page(
                    request,
                    HDGD.path,
                    HDGD.title,
                    IN_CAT["hdgd"],
                    HDGD.itemid,
                    [("Trang chủ", "/index.php"), ("Tin tức", NEWS_PATH), (HDGD.title, None)],
                )
            return None
        if option == "com_users":
            return users_page(request)
        if option == "com_search":
            return search_page(request)
        return None

    def _sef(self, request: Request, rest: str) -> Response | None:
        p = request.params
        if rest.startswith("/component/"):
            comp = rest[len("/component/") :].strip("/")
            if comp == "users":
                return users_page(request)
            if comp == "search":
                return search_page(request)
            if comp == "mailto":
                return mailto_page(request) if p.get("link") or request.method == "POST" else None
            if comp == "attachments/download/41":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        full = "/index.php" + rest
        if full == NEWS_PATH:
            if p.get("format") == "feed":
                return feed(request, NEWS_PATH, "Tin tức", ALL_ORDERED)
            return blog_page(request, NEWS_PATH, "Tin tức", ALL_ORDERED, 108, NEWS_TRAIL)
        if full == HDGD.path:
            if p.get("format") == "feed":
                return feed(request, HDGD.path, HDGD.title, IN_CAT["hdgd"])
            return blog_page(
                request,
                HDGD.path,
                HDGD.title,
                IN_CAT["hdgd"],
                HDGD.itemid,
                [("Trang chủ", "/index.php"), ("Tin tức", NEWS_PATH), (HDGD.title, None)],
            )
        if full == TB.path:
            if p.get("format") == "feed":
                return feed(request, TB.path, TB.title, IN_CAT["tb"])
            return list_page(request)
        m = _ARTICLE_RE.match(full)
        if m:
            s = BY_ID.get(int(m.group(2)))
            if s is None or CATS[s.cat].alias != m.group(1):
                return None
            if m.group(3) and m.group(3) != s.slug:
                return None
            return article_page(request, s)
        if full == "/index.php/gioi-thieu":
            return about_page(request)
        if full == "/index.php/gioi-thieu/co-cau-to-chuc":
            return staff_page(request)
        if full == "/index.php/lien-he":
            return contact_page(request)
        if full == "/index.php/van-ban":
            return docs_page(request)
        for d in DOCS:
            if full == _doc_path(d):
                return doc_page(request, d)
        if full == "/index.php/thu-vien-anh":
            return gallery_page(request)
        if full == ALBUM:
            return album_page(request)
        if full == CAL or full.startswith(CAL + "/"):
            return calendar_route(request, full[len(CAL) :].strip("/"))
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()
