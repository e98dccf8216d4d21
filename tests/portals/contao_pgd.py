"""Fixture portal: Phòng GD&ĐT huyện Cẩm Xuyên (Hà Tĩnh) on Contao 4.13 with its news bundle.

Imitates a district education office's site built by a local agency on Contao 4.13 (PHP,
Symfony): the standard layout ``div#wrapper > header#header > div.inside``, ``div#container``
with ``main#main``, ``aside#left`` and ``aside#right``, ``footer#footer``, every module a
``div.mod_*`` (``nav`` for navigations), ``<!-- indexer::stop -->`` comments around chrome, a
``<base href="http://host/">`` in the head and *relative* links everywhere (``tin-tuc.html``,
``assets/images/…``), so every address must be resolved against the base, not the page.

What it serves:

- three news archives, each listed on its own page by a ``mod_newslist`` that switches to the
  reader when an alias follows (``news_readerModule``): "Tin tức - Sự kiện" ``/tin-tuc.html``
  (module 12, 3 a page: 3 pages), "Hoạt động chuyên môn" ``/chuyen-mon.html`` (module 13, 3 a
  page: 2 pages), "Thông báo" ``/thong-bao.html`` (module 14, 4 a page: 2 pages). Contao pages
  each list module by its own parameter ``?page_n<module id>=N``; page 1 has no parameter; a
  page out of range is a 404. Pagination ``nav.pagination`` prints "Trang 2 / 3", ``li.first``
  "Đầu" (from page 3), ``li.previous`` "Trước", numbers (the current one ``strong.active``),
  ``li.next`` "Sau", ``li.last`` "Trang cuối"; links keep the other query parameters of the
  request in their order and append their own (``&amp;``).
- readers at ``/<archive page>/<alias>.html``. One alias keeps Vietnamese letters (the site
  allows Unicode aliases): its links are percent-encoded. ``div.mod_newsreader >
  div.layout_full.block``: ``h1``, ``p.info`` (per archive, below), an optional ``h2``
  subheadline, the theme's ``div.teaser`` (news_full_pgd prints the teaser field as a lead for
  "Tin tức" and "Chuyên môn"; the stock template used for "Thông báo" does not), the content
  elements (``ce_text`` with TinyMCE paragraphs, ``figure.image_container.float_above`` /
  ``float_left`` + ``figcaption.caption``, inline TinyMCE images with a centred italic line,
  ``ce_image``, ``ce_gallery`` ``ul.cols_3`` of figures, ``ce_table``, ``ce_list``,
  ``ce_downloads`` "Kế hoạch số 215/KH-PGDĐT (245,3 KiB)", ``ce_hyperlink``), ``ul.enclosure``, tags (linked to the
  search page), ``p.back`` "Quay lại", the comments block ("Ý kiến bạn đọc") on "Tin tức", then
  a "Tin khác" list (which includes the article itself: the core list cannot exclude it), the
  article syndication (PDF export ``?pdf=<article id>``, print, Facebook via ``share/?p=``).
- the home page: featured news with list thumbnails and teasers, the "Thông báo" box, the
  "Hoạt động chuyên môn" box; chrome on every page: the header date (TODAY), ``mod_search``,
  ``mod_navigation`` (the current page as ``strong.active``), ``mod_breadcrumb``; left aside:
  ``mod_customnav`` "Liên kết" (internal pages and external redirect pages), ``mod_newsmenu``
  "Lưu trữ tin" by month (``/luu-tru.html?month=YYYYMM``, a ``mod_newsarchive`` paged by its own
  ``?page_a18=N``), ``mod_login``; right aside: "Tin mới" (``mod_newslist`` 15, 15 items, 5 a
  page, paged by ``?page_n15=N`` on every page of the site), the mini calendar ``mod_calendar``,
  the visitor counter (contao-visitors: "Lượt truy cập"), banners; footer with address, phone,
  hotline.
- non-articles: ``/gioi-thieu.html``, ``/gioi-thieu/co-cau-to-chuc.html``, ``/lien-he.html``
  (form generator), ``/van-ban.html`` (a ``ce_downloads`` register), ``/thu-vien-anh.html``
  (``ce_gallery`` paged by ``?page_g45=2``), ``/lich-cong-tac.html`` (``mod_eventlist``, by
  ``?month=`` or ``?day=``), event readers ``/su-kien/<alias>.html``, ``/tim-kiem.html``
  (``?keywords=``), the RSS feed ``/share/tin-tuc-pgd-cam-xuyen.xml`` (10 newest, announced in
  the head), ``/sitemap.xml`` (named in ``/robots.txt``; pages and news), archives by month.
- two news entries that are not articles of this site: an "external" entry linking straight to
  the provincial department's site and an "internal" entry linking to ``van-ban.html`` (their
  alias URLs answer 301 to the target, as the reader does).

Traps, all as Contao 4.13 really behaves:

- the mini calendar on every page links "‹"/"›" to *the current page* with ``?month=YYYYMM``
  (query dropped), bounded by the first event and the last recurrence: the weekly "Giao ban
  chuyên môn đầu tuần" recurs without limit, which Contao stores as a 2106 end, so next-month
  links run to 02/2106 on every page, readers included (``/tin-tuc/<alias>.html?month=202612``
  is the article again); months out of range are 404. Days with events link to
  ``lich-cong-tac.html?day=YYYYMMDD`` (every Monday has one).
- ``page_n15`` (sidebar) combines with ``page_n12``/``page_n13``/``page_n14``/``page_a18`` and
  ``month`` in both orders, and on readers (``/tin-tuc/<alias>.html?page_n15=2``: the article);
- URL rewriting without ``index.php`` is on, but the front controller still answers under
  ``/index.php/…``, and then every generated link carries ``index.php/``: a whole second copy of
  the site. An editor pasted such a link into one article's text (A7 → C3).
- ``?file=<path>`` on a page that holds that download answers the PDF (any other value is
  ignored: the page again); ``?pdf=<article id>`` answers a PDF export; ``share/?p=facebook``
  redirects off-site.
- every HTML page prints ``<link rel="canonical">`` built from the *request* without its query
  (Contao 4.13's canonical with no kept parameters): a reader under ``/index.php/…`` names
  itself, so the index.php copies are listed as ``alt_paths``.

Dates. The site's datim format is ``d/m/Y H:i``. "Tin tức" readers print ``<time>`` "24/11/2026
16:40 bởi <user>" (with the comment count); "Thông báo" readers use a custom template printing the
day only ("23/11/2026 bởi …") though JSON-LD and the feed carry the time; "Hoạt động chuyên
môn" readers have the date switched off in the reader module (meta fields: author only): the
page prints no date at all, while its listing ``/chuyen-mon.html`` prints "20/11/2026 14:00" and
JSON-LD the same time. Lists of "Thông báo", the month archive and the sidebars print the day
only.

Gold (by hand). Articles: the 14 news items with a reader page. published_at: the reader's
printed date; with the time where it prints one; "12/11/2026 00:00" (A4) is a day; "Thông báo"
gives the day alone (the JSON-LD time under a printed day does not count); "Chuyên môn" pages
print no date, so the listing's date and time (the same as JSON-LD) are taken. Authors: a
signature in the text wins ("Tin, ảnh: X", "Bài: X - Ảnh: Y", a bare right-aligned name,
"GV. Phan Thị Hằng - Trường TH Cẩm Bình" → "Phan Thị Hằng", "ThS. Nguyễn Văn Tuấn - Phó Trưởng
phòng GD&ĐT" → "Nguyễn Văn Tuấn"); when nothing signs the text, the backend user printed in
``p.info`` ("bởi Nguyễn Thị Thu Hà", "bởi Phan Văn Khánh", the office account "bởi Bộ phận Văn
thư") is the author; "bởi Quản trị viên" credits nobody. So where a staff member posted a text
signed by someone else (A2, A4, A6), only the signer is an author. "Nguồn: Báo Hà Tĩnh" is the
source and leaves the signer "Thiên Vỹ" as author. A caption ending "(Ảnh: Minh Tuấn)" stays as
printed and gives Minh Tuấn as photographer. Captions drop wrapping parentheses and a leading
"Ảnh:"; gallery pictures without a caption have None. Summary: the printed ``div.teaser`` (also
the body's first paragraph); A5's wholly bold first paragraph is the summary and stays in the
body; a teaser that only the listings show (C2, C3) is no summary; C1 has no content elements,
so the stock template prints the teaser *as the text*: that is its body, and no summary. The
``h2`` subheadline of A3 ("Kỷ niệm 44 năm …") is headline matter, neither summary nor body.
Sub-headings inside the text (B4's ``h3``) are body; list items are body paragraphs; a table row
is a paragraph with cells joined by " | " (header row included). Not body: captions, bylines,
"Nguồn:", ``ce_downloads`` and ``ul.enclosure`` entries, the ``ce_hyperlink`` button of B3, tags,
comments, "Tin khác". The ``<meta name="description">`` Contao fills from the teaser field
(also for C2/C3, whose teaser the page does not print) is no summary. Images: the ``<img src>`` as shown (the ``assets/images`` derivative, not
the lightbox's ``files/`` original), resolved against ``<base>`` (so ``image_page="/"``); list
thumbnails are the news' teaser image, which the reader does not show, hence no article image.
Text forms: A2 is decomposed (NFD), A7 mixes named/numeric references with raw UTF-8.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "contao_pgd"
PLATFORM = "contao"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
SHORT = "Phòng GD&ĐT Cẩm Xuyên"
TODAY_DATE = date(2026, 11, 25)
_TZ = timezone(timedelta(hours=7))
FEED = "/share/tin-tuc-pgd-cam-xuyen.xml"
SIDEBAR_MODULE = 15
SIDEBAR_PER = 5
SIDEBAR_ITEMS = 15
ARCHIVE_MODULE = 18
ARCHIVE_PER = 5
GALLERY_ELEMENT = 45
GALLERY_PER = 6
#: the last month the calendar links to: an unlimited recurrence ends 2106-02-07 in Contao 4
LAST_MONTH = 210602
FIRST_MONTH = 202409


@dataclass(frozen=True)
class Archive:
    key: str
    id: int
    name: str
    module: int
    per: int
    article_id: int
    page_id: int


ARCHIVES: dict[str, Archive] = {
    "tin-tuc": Archive("tin-tuc", 1, "Tin tức - Sự kiện", 12, 3, 21, 4),
    "chuyen-mon": Archive("chuyen-mon", 2, "Hoạt động chuyên môn", 13, 3, 22, 5),
    "thong-bao": Archive("thong-bao", 3, "Thông báo", 14, 4, 23, 6),
}
CATS = {k: a.name for k, a in ARCHIVES.items()}


def _h(seed: str, n: int = 8) -> str:
    return hashlib.md5(seed.encode()).hexdigest()[:n]


#: files/ originals behind the assets/images derivatives (the lightbox targets)
_ORIGINALS: dict[str, str] = {}


def _asset(folder: str, name: str) -> str:
    """A Contao image derivative ``assets/images/<c>/<name>-<hash>.jpg`` of ``files/…/<name>.jpg``."""
    digest = _h(folder + name, 10)
    src = f"assets/images/{digest[0]}/{name}-{digest}.jpg"
    _ORIGINALS[src] = f"files/cam-xuyen/{folder}/{name}.jpg"
    return src


def _file(folder: str, name: str) -> str:
    """A picture inserted by TinyMCE straight from the file manager."""
    return f"files/cam-xuyen/{folder}/{name}.jpg"


def _sig(inner: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{inner}</{tag}></p>')


DOWNLOADS = "{{downloads}}"
HYPERLINK = Raw(
    '<div class="ce_hyperlink block">\n<a href="https://taphuan.csdl.edu.vn/" class="hyperlink_txt"'
    ' title="Hệ thống tập huấn trực tuyến" target="_blank" rel="noreferrer noopener">'
    "Truy cập hệ thống tập huấn trực tuyến</a>\n</div>"
)

# Story.opts: when (datetime as stored), user (backend user shown in p.info), alias (when not
# the slug), teaser (list-only teaser text), subhead, featured, comments [(name, when, text)],
# tags, enclosure [(path, size)], downloads (headline, [(path, title, size)]), fallback (no
# content elements: the stock template prints the teaser as the text), nfd, entities.
# Img styles: above / left (figure inside the ce_text that starts with it), image (ce_image),
# gallery (ce_gallery item), inline (TinyMCE img + centred italic line); "+lb" lightbox link,
# "+lazy" loading=lazy, "+srcset" a 2x source. P styles: "" (paragraph), "new" (starts a new
# ce_text), "bold" (wholly bold paragraph), "h3", "li", "th"/"tr" (table rows), "a|href|phrase".
STORIES: list[Story] = [
    Story(
        id=120,
        slug="phong-gd-dt-to-chuc-hoi-nghi-giao-ban-hieu-truong-thang-11-nam-2026",
        title="Phòng GD&ĐT tổ chức hội nghị giao ban hiệu trưởng tháng 11 năm 2026",
        cat="tin-tuc",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Chiều 24/11, Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên tổ chức hội nghị giao ban"
            " hiệu trưởng các trường mầm non, tiểu học và THCS trên địa bàn, đánh giá kết quả"
            " công tác tháng 11 và triển khai nhiệm vụ tháng 12 năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _asset("tin-tuc/2026/11", "giao-ban-hieu-truong-t11-1"),
                "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "above+lb",
            ),
            P(
                "Trong tháng 11, các nhà trường đã tổ chức nhiều hoạt động thiết thực chào mừng kỷ"
                " niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra nội bộ theo kế hoạch;"
                " 100% trường THCS tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học. Công tác"
                " bán trú tại 24 trường mầm non và tiểu học được duy trì ổn định, bảo đảm an toàn"
                " thực phẩm."
            ),
            P(
                "Bên cạnh đó, hội nghị cũng chỉ ra một số hạn chế: việc cập nhật dữ liệu học sinh"
                " lên cơ sở dữ liệu ngành ở một số trường còn chậm; tỷ lệ học sinh tham gia bảo hiểm"
                " y tế ở các xã vùng bãi ngang chưa đạt chỉ tiêu."
            ),
            Img(_asset("tin-tuc/2026/11", "giao-ban-hieu-truong-t11-2"), None, None, "image"),
            P(
                "Phát biểu kết luận, đồng chí Trưởng phòng GD&ĐT đề nghị các đơn vị tập trung ôn"
                " tập, tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy chế; chủ động phương án"
                " phòng, chống rét cho học sinh; hoàn thành báo cáo sơ kết học kỳ I trước ngày"
                " 10/01/2027.",
                "new",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 24, 16, 40),
            "user": "Nguyễn Thị Thu Hà",
            "featured": True,
            "tags": ["giao ban", "hiệu trưởng"],
        },
    ),
    Story(
        id=121,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức giáo dục huyện Cẩm Xuyên thông báo kết quả xét tuyển"
                " viên chức giáo dục năm 2026 (vòng 2) đối với các vị trí giáo viên mầm non, tiểu"
                " học và THCS."
            ),
            P(
                "Thí sinh xem chi tiết kết quả trong tệp đính kèm. Thời hạn nhận đơn phúc khảo từ"
                " ngày 24/11/2026 đến hết ngày 03/12/2026."
            ),
        ],
        authors=["Bộ phận Văn thư"],
        opts={
            "when": datetime(2026, 11, 23, 16, 50),
            "user": "Bộ phận Văn thư",
            "fallback": True,
            "enclosure": [
                ("files/cam-xuyen/thong-bao/2026/TB-ket-qua-xet-tuyen-VC-2026.pdf", "312,8 KiB")
            ],
        },
    ),
    Story(
        id=118,
        slug="truong-tieu-hoc-cam-binh-to-chuc-ngay-hoi-doc-sach-nam-2026",
        title="Trường Tiểu học Cẩm Bình tổ chức Ngày hội đọc sách năm 2026",
        cat="tin-tuc",
        published_at="2026-11-21T09:15:00+07:00",
        blocks=[
            P(
                "Sáng 20/11, Trường Tiểu học Cẩm Bình tổ chức Ngày hội đọc sách với chủ đề “Sách -"
                " người bạn đồng hành” cho hơn 420 học sinh từ lớp 1 đến lớp 5."
            ),
            Img(
                _file("tin-tuc/2026/11", "ngay-hoi-doc-sach-cam-binh-01"),
                "Học sinh lớp 2 tham gia trò chơi “Rung chuông vàng” về sách",
                "Học sinh lớp 2 tham gia trò chơi “Rung chuông vàng” về sách",
                "inline",
            ),
            P(
                "Tại ngày hội, các lớp trưng bày sản phẩm giới thiệu sách, thi kể chuyện theo sách,"
                " vẽ tranh minh họa nhân vật yêu thích và trao đổi sách cũ. Thư viện nhà trường"
                " tiếp nhận hơn 600 cuốn sách do phụ huynh và học sinh quyên góp để xây dựng tủ sách"
                " lớp học."
            ),
            P(
                "Thông qua hoạt động, nhà trường mong muốn khơi dậy niềm yêu thích đọc sách, hình"
                " thành thói quen đọc hằng ngày cho học sinh, góp phần xây dựng văn hóa đọc trong"
                " trường học."
            ),
            _sig("GV. Phan Thị Hằng - Trường TH Cẩm Bình"),
            Img(
                _asset("tin-tuc/2026/11", "ngay-hoi-doc-sach-cam-binh-02"),
                "Học sinh lớp 4 giới thiệu cuốn sách yêu thích",
                "Học sinh lớp 4 giới thiệu cuốn sách yêu thích",
                "gallery",
            ),
            Img(_asset("tin-tuc/2026/11", "ngay-hoi-doc-sach-cam-binh-03"), None, None, "gallery"),
            Img(
                _asset("tin-tuc/2026/11", "ngay-hoi-doc-sach-cam-binh-04"),
                "Góc trao đổi sách cũ của Liên đội",
                "Góc trao đổi sách cũ của Liên đội",
                "gallery",
            ),
        ],
        authors=["Phan Thị Hằng"],
        opts={
            "when": datetime(2026, 11, 21, 9, 15),
            "user": "Nguyễn Thị Thu Hà",
            "nfd": True,
            "tags": ["văn hóa đọc"],
        },
    ),
    Story(
        id=117,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-lop-4",
        title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4”",
        cat="chuyen-mon",
        published_at="2026-11-20T14:00:00+07:00",
        summary=(
            "Ngày 19/11, tại Trường Tiểu học Thị trấn Cẩm Xuyên, Phòng GD&ĐT tổ chức chuyên đề cấp"
            " huyện về dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _asset("chuyen-mon/2026/11", "chuyen-de-doc-hieu-lop-4"),
                "Tiết dạy minh họa của cô giáo Nguyễn Thị Mai, lớp 4A",
                "Tiết dạy minh họa của cô giáo Nguyễn Thị Mai, lớp 4A",
                "above",
            ),
            P(
                "Tham dự chuyên đề có cán bộ quản lý, tổ trưởng chuyên môn và giáo viên dạy lớp 4"
                " của 22 trường tiểu học trong huyện. Hai tiết dạy minh họa môn Tiếng Việt được"
                " thiết kế theo hướng tăng cường hoạt động đọc, giúp học sinh biết tìm ý chính, liên"
                " hệ nội dung bài đọc với trải nghiệm của bản thân."
            ),
            P(
                "Trong phần thảo luận, giáo viên các trường chia sẻ cách lựa chọn văn bản đọc mở"
                " rộng, tổ chức câu lạc bộ đọc sách và sử dụng phiếu đọc sách để theo dõi sự tiến"
                " bộ của học sinh."
            ),
            Raw(DOWNLOADS),
        ],
        authors=["Phan Văn Khánh"],
        opts={
            "when": datetime(2026, 11, 20, 14, 0),
            "user": "Phan Văn Khánh",
            "downloads": (
                "Tài liệu chuyên đề",
                [
                    (
                        "files/cam-xuyen/chuyen-mon/2026/Chuyen-de-doc-hieu-lop-4.pdf",
                        "Tài liệu chuyên đề đọc hiểu lớp 4",
                        "1,2 MiB",
                    ),
                ],
            ),
        },
    ),
    Story(
        id=116,
        slug="tuyen-duong-126-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam-20-11",
        title="Tuyên dương 126 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-19T10:00:00+07:00",
        summary=(
            "Sáng 19/11, UBND huyện Cẩm Xuyên tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và"
            " tuyên dương 126 nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND huyện ghi nhận những đóng góp của đội ngũ nhà"
                " giáo và cán bộ quản lý giáo dục trong năm học vừa qua. Chất lượng giáo dục toàn"
                " diện của huyện tiếp tục được giữ vững; kết quả thi tuyển sinh vào lớp 10 đứng thứ"
                " 4 toàn tỉnh; có 34 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            Img(
                _asset("tin-tuc/2026/11", "tuyen-duong-nha-giao-tieu-bieu"),
                "(Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "image+lb",
            ),
            P("Dịp này, UBND huyện tặng Giấy khen cho:", "new"),
            P(
                "12 tập thể có thành tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo"
                " trong dạy và học”;",
                "li",
            ),
            P(
                "126 nhà giáo tiêu biểu, trong đó có 38 giáo viên mầm non, 46 giáo viên tiểu học và"
                " 42 giáo viên THCS;",
                "li",
            ),
            P("9 nhân viên trường học hoàn thành xuất sắc nhiệm vụ.", "li"),
            P(
                "Đây là những tấm gương tiêu biểu về tinh thần trách nhiệm, lòng yêu nghề, tận tụy"
                " với học sinh, lan tỏa trong đội ngũ nhà giáo toàn huyện.",
                "new",
            ),
            _sig("Tin, ảnh: Trần Đình Lộc"),
        ],
        authors=["Trần Đình Lộc"],
        photographers=["Trần Đình Lộc"],
        opts={
            "when": datetime(2026, 11, 19, 10, 0),
            "user": "Quản trị viên",
            "subhead": "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
            "featured": True,
            "comments": [
                (
                    "Phụ huynh Cẩm Thành",
                    datetime(2026, 11, 19, 20, 14),
                    "Xin chúc mừng các thầy cô giáo! Cảm ơn các thầy cô đã luôn tận tâm với các cháu.",
                )
            ],
            "tags": ["20/11", "nhà giáo"],
        },
    ),
    Story(
        id=114,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-16",
        blocks=[
            P(
                "Phòng GD&ĐT huyện Cẩm Xuyên thông báo lịch kiểm tra cuối học kỳ I năm học 2026 -"
                " 2027 đối với các trường tiểu học và THCS như sau:"
            ),
            P("Cấp học | Thời gian kiểm tra | Ghi chú", "th"),
            P(
                "Tiểu học (lớp 4, 5) | Từ 28/12/2026 đến 31/12/2026 | Môn Tiếng Việt, Toán, Khoa"
                " học, Lịch sử và Địa lí",
                "tr",
            ),
            P(
                "THCS (lớp 6 - 9) | Từ 21/12/2026 đến 30/12/2026 | Theo kế hoạch của từng trường",
                "tr",
            ),
            P(
                "Các trường xây dựng đề kiểm tra theo ma trận và bản đặc tả, tổ chức coi, chấm"
                " nghiêm túc và báo cáo kết quả về Phòng GD&ĐT trước ngày 08/01/2027.",
                "new",
            ),
        ],
        authors=["Bộ phận Văn thư"],
        opts={
            "when": datetime(2026, 11, 16, 9, 40),
            "user": "Bộ phận Văn thư",
            "teaser": "Lịch kiểm tra cuối học kỳ I đối với cấp tiểu học và THCS trên địa bàn huyện.",
        },
    ),
    Story(
        id=113,
        slug="hoi-thao-doi-moi-sinh-hoat-to-chuyen-mon-cap-thcs",
        title="Hội thảo đổi mới sinh hoạt tổ chuyên môn cấp THCS",
        cat="chuyen-mon",
        published_at="2026-11-13T15:20:00+07:00",
        blocks=[
            P(
                "Ngày 12/11, Phòng GD&ĐT tổ chức hội thảo đổi mới sinh hoạt tổ chuyên môn cấp THCS"
                " tại Trường THCS Cẩm Duệ với sự tham gia của hơn 80 tổ trưởng, tổ phó chuyên môn."
            ),
            P(
                "Các tham luận tập trung vào việc xây dựng kế hoạch giáo dục của tổ, tổ chức sinh"
                " hoạt chuyên môn theo nghiên cứu bài học và khai thác học liệu số. Nhiều ý kiến đề"
                " xuất tăng cường sinh hoạt chuyên môn liên trường, cụm trường để giáo viên các"
                " trường nhỏ có điều kiện trao đổi."
            ),
            Img(
                _asset("chuyen-mon/2026/11", "hoi-thao-sinh-hoat-to-cm-1"),
                "Quang cảnh hội thảo",
                "Quang cảnh hội thảo",
                "gallery",
            ),
            Img(
                _asset("chuyen-mon/2026/11", "hoi-thao-sinh-hoat-to-cm-2"),
                "Tổ Khoa học tự nhiên Trường THCS Cẩm Duệ trình bày tham luận",
                "Tổ Khoa học tự nhiên Trường THCS Cẩm Duệ trình bày tham luận",
                "gallery",
            ),
            Img(
                _asset("chuyen-mon/2026/11", "hoi-thao-sinh-hoat-to-cm-3"),
                "Giáo viên thảo luận nhóm",
                "Giáo viên thảo luận nhóm",
                "gallery",
            ),
            Img(_asset("chuyen-mon/2026/11", "hoi-thao-sinh-hoat-to-cm-4"), None, None, "gallery"),
            P(
                "Hội thảo là dịp để các nhà trường chia sẻ kinh nghiệm, góp phần nâng cao hiệu quả"
                " sinh hoạt tổ chuyên môn trong thực hiện Chương trình giáo dục phổ thông 2018.",
                "new",
            ),
            _sig("ThS. Nguyễn Văn Tuấn - Phó Trưởng phòng GD&amp;ĐT"),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={"when": datetime(2026, 11, 13, 15, 20), "user": "Phan Văn Khánh"},
    ),
    Story(
        id=112,
        slug="hoc-sinh-cam-xuyen-dat-9-giai-tai-hoi-thi-tin-hoc-tre-cap-tinh",
        title="Học sinh Cẩm Xuyên đạt 9 giải tại Hội thi Tin học trẻ cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-11-12",
        summary=(
            "Đội tuyển huyện Cẩm Xuyên giành 9 giải, trong đó có 2 giải Nhất, tại Hội thi Tin học"
            " trẻ tỉnh Hà Tĩnh lần thứ XXIX năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 08 đến 10/11 tại Trường Đại học Hà Tĩnh với 186 thí sinh đến"
                " từ 13 huyện, thị xã, thành phố. Đội tuyển huyện Cẩm Xuyên có 12 thí sinh tham gia ở"
                " cả ba bảng thi."
            ),
            Img(
                _asset("tin-tuc/2026/11", "tin-hoc-tre-cap-tinh-2026"),
                "Ảnh: Các thí sinh đạt giải nhận thưởng tại lễ bế mạc",
                "Các thí sinh đạt giải nhận thưởng tại lễ bế mạc",
                "image",
            ),
            P("Kết quả cụ thể như sau:", "new"),
            P("Bảng thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Bảng A (Tiểu học) | 1 | 1 | 1 | 0", "tr"),
            P("Bảng B (THCS) | 1 | 0 | 2 | 1", "tr"),
            P("Bảng C1 (Sản phẩm sáng tạo) | 0 | 1 | 0 | 1", "tr"),
            P(
                "Em Nguyễn Minh Khang (lớp 9A, Trường THCS Phan Đình Giót) đạt giải Nhất bảng B với"
                " số điểm cao nhất hội thi và được chọn tham gia vòng toàn quốc.",
                "new",
            ),
            _sig("Bài: Lê Văn Sơn - Ảnh: Hoàng Anh", "em"),
        ],
        authors=["Lê Văn Sơn"],
        photographers=["Hoàng Anh"],
        opts={
            "when": datetime(2026, 11, 12, 0, 0),
            "user": "Nguyễn Thị Thu Hà",
            "tags": ["tin học trẻ", "học sinh giỏi"],
        },
    ),
    Story(
        id=109,
        slug="truong-mam-non-cam-quang-to-chuc-hoi-thi-be-khoe-be-ngoan",
        title="Trường Mầm non Cẩm Quang tổ chức hội thi “Bé khỏe - Bé ngoan”",
        cat="tin-tuc",
        published_at="2026-10-30T15:45:00+07:00",
        summary=(
            "Nhằm phát triển thể chất và kỹ năng vận động cho trẻ, ngày 29/10, Trường Mầm non Cẩm"
            " Quang tổ chức hội thi “Bé khỏe - Bé ngoan” cho 180 trẻ mẫu giáo."
        ),
        blocks=[
            Img(
                _asset("tin-tuc/2026/10", "be-khoe-be-ngoan-cam-quang"),
                "Các bé lớp mẫu giáo lớn trình diễn đồng diễn thể dục (Ảnh: Minh Tuấn)",
                "Các bé lớp mẫu giáo lớn trình diễn đồng diễn thể dục (Ảnh: Minh Tuấn)",
                "left+lazy",
            ),
            P(
                "Nhằm phát triển thể chất và kỹ năng vận động cho trẻ, ngày 29/10, Trường Mầm non"
                " Cẩm Quang tổ chức hội thi “Bé khỏe - Bé ngoan” cho 180 trẻ mẫu giáo.",
                "bold",
            ),
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động với các trò chơi dân"
                " gian như bật qua suối nhỏ, ném bóng vào rổ, kéo co và phần thi năng khiếu. Các bé"
                " tự tin, hào hứng tham gia dưới sự cổ vũ nhiệt tình của phụ huynh."
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba cho các lớp và"
                " tặng quà cho tất cả các bé tham gia."
            ),
            Raw('<p style="text-align: right;">Võ Thị Lan</p>'),
        ],
        authors=["Võ Thị Lan"],
        photographers=["Minh Tuấn"],
        opts={"when": datetime(2026, 10, 30, 15, 45), "user": "Quản trị viên", "tags": ["mầm non"]},
    ),
    Story(
        id=108,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="chuyen-mon",
        published_at="2026-10-22T08:00:00+07:00",
        summary=(
            "Từ ngày 20 đến 21/10, Phòng GD&ĐT tổ chức tập huấn ứng dụng trí tuệ nhân tạo (AI)"
            " trong soạn giảng cho 150 giáo viên THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do giảng viên Trường Đại học Hà Tĩnh trực tiếp hướng dẫn. Học viên"
                " được làm quen với một số công cụ AI hỗ trợ thiết kế kế hoạch bài dạy, xây dựng"
                " ngân hàng câu hỏi và tạo học liệu minh họa."
            ),
            P("Nội dung tập huấn gồm:"),
            P("Những nguyên tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường;", "li"),
            P("Thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của AI;", "li"),
            P("Thiết kế câu hỏi, bài tập đánh giá theo định hướng phát triển năng lực.", "li"),
            P(
                "Sau tập huấn, mỗi trường THCS xây dựng ít nhất một chuyên đề ứng dụng AI trong dạy"
                " học và báo cáo về Phòng trước ngày 30/11/2026.",
                "new",
            ),
            HYPERLINK,
        ],
        opts={"when": datetime(2026, 10, 22, 8, 0), "user": "Quản trị viên"},
    ),
    Story(
        id=106,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-10-16T08:05:00+07:00",
        summary=(
            "Hơn 700 vận động viên là học sinh tiểu học và THCS tranh tài ở 8 môn thi đấu tại Hội"
            " khỏe Phù Đổng huyện Cẩm Xuyên năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng 15/10, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa -"
                " Thể thao huyện khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027."
            ),
            Img(
                _asset("tin-tuc/2026/10", "khai-mac-hkpd-2026"),
                "Màn đồng diễn của học sinh Trường THCS Cẩm Thịnh tại lễ khai mạc",
                "Màn đồng diễn của học sinh Trường THCS Cẩm Thịnh tại lễ khai mạc",
                "image+srcset",
            ),
            P(
                "Các môn thi đấu gồm: điền kinh, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá"
                " cầu và kéo co. Hội khỏe diễn ra đến ngày 20/10, là dịp tuyển chọn vận động viên"
                " tham gia Hội khỏe Phù Đổng cấp tỉnh.",
                "new",
            ),
            _sig("Thiên Vỹ"),
            _sig("Nguồn: Báo Hà Tĩnh", "em"),
        ],
        authors=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={
            "when": datetime(2026, 10, 16, 8, 5),
            "user": "Nguyễn Thị Thu Hà",
            "featured": True,
            "tags": ["Hội khỏe Phù Đổng"],
        },
    ),
    Story(
        id=104,
        slug="kế-hoạch-bồi-dưỡng-học-sinh-giỏi-lớp-9-năm-học-2026-2027",
        title="Kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-10-02T10:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 25/9/2026, Phòng GD&ĐT tổ chức bồi dưỡng"
                " đội tuyển học sinh giỏi lớp 9 cấp huyện tham dự kỳ thi chọn học sinh giỏi cấp tỉnh"
                " năm học 2026 - 2027."
            ),
            P("Thời gian và địa điểm", "h3"),
            P(
                "Đội tuyển học tập trung vào sáng thứ Bảy và Chủ nhật hằng tuần, từ ngày 10/10/2026"
                " đến ngày 20/12/2026, tại Trường THCS Phan Đình Giót."
            ),
            P("Lịch bồi dưỡng các môn", "h3"),
            P("Môn | Giáo viên phụ trách | Phòng học", "th"),
            P("Toán | Nguyễn Văn Hòa | Phòng 201", "tr"),
            P("Ngữ văn | Trần Thị Hương | Phòng 202", "tr"),
            P("Tiếng Anh | Lê Thị Thanh Bình | Phòng 203", "tr"),
            P("Khoa học tự nhiên | Phạm Quốc Việt | Phòng thí nghiệm", "tr"),
            Raw(DOWNLOADS),
        ],
        authors=["Phan Văn Khánh"],
        opts={
            "when": datetime(2026, 10, 2, 10, 30),
            "user": "Phan Văn Khánh",
            "downloads": (
                "Văn bản kèm theo",
                [
                    (
                        "files/cam-xuyen/chuyen-mon/2026/Ke-hoach-215-KH-PGDDT.pdf",
                        "Kế hoạch số 215/KH-PGDĐT",
                        "245,3 KiB",
                    ),
                ],
            ),
        },
    ),
    Story(
        id=103,
        slug="trao-45-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc",
        published_at="2026-09-28T14:30:00+07:00",
        summary=(
            "Chiều 27/9, Phòng GD&ĐT huyện phối hợp với Quỹ Khuyến học huyện trao 45 suất học bổng"
            " “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _asset("tin-tuc/2026/09", "trao-hoc-bong-tiep-suc-den-truong"),
                "Đại diện Quỹ Khuyến học huyện trao học bổng cho học sinh",
                "Đại diện Quỹ Khuyến học huyện trao học bổng cho học sinh",
                "above+lb",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng cùng bộ sách giáo khoa và đồ dùng học tập."
                " Các em nhận học bổng được nhà trường lựa chọn theo đúng tiêu chí nêu tại Thông báo"
                " xét, cấp học bổng “Tiếp sức đến trường” năm học 2026 - 2027.",
                "a|index.php/thong-bao/thong-bao-xet-cap-hoc-bong-tiep-suc-den-truong-nam-hoc-2026-2027.html"
                "|Thông báo xét, cấp học bổng “Tiếp sức đến trường” năm học 2026 - 2027",
            ),
            P(
                "Tổng kinh phí của chương trình năm nay là 90 triệu đồng, do các doanh nghiệp, nhà hảo"
                " tâm và cựu học sinh trên địa bàn đóng góp. Từ năm 2018 đến nay, chương trình đã"
                " trao hơn 400 suất học bổng cho học sinh toàn huyện."
            ),
        ],
        opts={
            "when": datetime(2026, 9, 28, 14, 30),
            "user": "Quản trị viên",
            "entities": 2,
            "tags": ["khuyến học"],
        },
    ),
    Story(
        id=101,
        slug="thong-bao-xet-cap-hoc-bong-tiep-suc-den-truong-nam-hoc-2026-2027",
        title="Thông báo xét, cấp học bổng “Tiếp sức đến trường” năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-09-10",
        blocks=[
            P(
                "Thực hiện kế hoạch phối hợp với Quỹ Khuyến học huyện, Phòng GD&ĐT thông báo xét, cấp"
                " học bổng “Tiếp sức đến trường” năm học 2026 - 2027 cho học sinh tiểu học và THCS có"
                " hoàn cảnh khó khăn, vượt khó học tốt."
            ),
            P("Tiêu chí xét chọn:"),
            P("Học sinh thuộc hộ nghèo, hộ cận nghèo hoặc có hoàn cảnh đặc biệt khó khăn;", "li"),
            P(
                "Kết quả học tập và rèn luyện năm học 2025 - 2026 đạt mức Tốt hoặc Hoàn thành tốt trở"
                " lên.",
                "li",
            ),
            P(
                "Các trường lập danh sách đề nghị (mỗi trường không quá 2 học sinh) gửi về Phòng"
                " GD&ĐT qua bộ phận Văn thư trước ngày 20/9/2026.",
                "new",
            ),
        ],
        opts={
            "when": datetime(2026, 9, 10, 7, 55),
            "user": "Quản trị viên",
            "teaser": "Tiêu chí, hồ sơ và thời hạn đề nghị xét cấp học bổng “Tiếp sức đến trường”.",
        },
    ),
]


@dataclass(frozen=True)
class LinkItem:
    """A news entry whose "source" is an external URL or an internal page: no reader page."""

    id: int
    slug: str
    title: str
    cat: str
    when: datetime
    target: str
    external: bool
    teaser: str


LINK_ITEMS: list[LinkItem] = [
    LinkItem(
        111,
        "so-gd-dt-cong-bo-duong-day-nong-ve-day-them-hoc-them",
        "Sở GD&ĐT Hà Tĩnh công bố đường dây nóng tiếp nhận phản ánh về dạy thêm, học thêm",
        "thong-bao",
        datetime(2026, 11, 10, 8, 0),
        "https://hatinh.edu.vn/tin-tuc/so-gd-dt-cong-bo-duong-day-nong-ve-day-them-hoc-them.html",
        True,
        "Tin đăng trên Cổng thông tin điện tử Sở GD&ĐT Hà Tĩnh.",
    ),
    LinkItem(
        105,
        "van-ban-chi-dao-ve-phong-chong-duoi-nuoc-cho-hoc-sinh",
        "Văn bản chỉ đạo về công tác phòng, chống đuối nước cho học sinh",
        "thong-bao",
        datetime(2026, 10, 7, 10, 0),
        "van-ban.html",
        False,
        "Xem văn bản tại mục Văn bản chỉ đạo.",
    ),
]

Entry = Story | LinkItem


def _when(e: Entry) -> datetime:
    return e.opts["when"] if isinstance(e, Story) else e.when


def _alias(s: Story) -> str:
    return s.slug


def reader_path(s: Story) -> str:
    """The reader's path as Contao generates it (percent-encoded alias), without a leading slash."""
    return f"{s.cat}/{quote(_alias(s))}.html"


_ALL: list[Entry] = sorted([*STORIES, *LINK_ITEMS], key=_when, reverse=True)
_BY_ALIAS: dict[tuple[str, str], Story] = {
    (s.cat, unicodedata.normalize("NFC", s.slug)): s for s in STORIES
}
_LINK_BY_ALIAS = {(x.cat, x.slug): x for x in LINK_ITEMS}


def in_archive(key: str) -> list[Entry]:
    return [e for e in _ALL if e.cat == key]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Event:
    id: int
    alias: str
    title: str
    start: datetime
    end: datetime
    place: str
    text: str
    weekly: bool = False


EVENTS: list[Event] = [
    Event(
        3,
        "giao-ban-chuyen-mon-dau-tuan",
        "Giao ban chuyên môn đầu tuần",
        datetime(2024, 9, 9, 7, 30),
        datetime(2024, 9, 9, 8, 30),
        "Phòng họp tầng 2, Phòng GD&ĐT",
        "Lãnh đạo Phòng và chuyên viên các bộ phận giao ban, thống nhất lịch công tác trong tuần.",
        weekly=True,
    ),
    Event(
        14,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học",
        datetime(2026, 11, 10, 7, 0),
        datetime(2026, 11, 13, 17, 0),
        "Các trường tiểu học theo lịch của Ban tổ chức",
        "Giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày biện pháp nâng cao chất lượng giảng dạy.",
    ),
    Event(
        17,
        "hoi-nghi-giao-ban-hieu-truong-thang-11",
        "Hội nghị giao ban hiệu trưởng tháng 11",
        datetime(2026, 11, 24, 14, 0),
        datetime(2026, 11, 24, 16, 30),
        "Hội trường UBND huyện",
        "Thành phần: hiệu trưởng các trường mầm non, tiểu học, THCS trên địa bàn huyện.",
    ),
    Event(
        18,
        "hoi-nghi-trien-khai-kiem-tra-cuoi-hoc-ky-i",
        "Hội nghị triển khai kiểm tra cuối học kỳ I",
        datetime(2026, 11, 27, 14, 0),
        datetime(2026, 11, 27, 16, 30),
        "Phòng họp tầng 2, Phòng GD&ĐT",
        "Thành phần: phó hiệu trưởng phụ trách chuyên môn các trường tiểu học và THCS.",
    ),
    Event(
        19,
        "kiem-tra-cong-tac-ban-tru-tai-cac-truong-mam-non",
        "Kiểm tra công tác bán trú tại các trường mầm non",
        datetime(2026, 12, 2, 7, 30),
        datetime(2026, 12, 4, 16, 30),
        "Các trường mầm non trên địa bàn huyện",
        "Đoàn kiểm tra của Phòng GD&ĐT làm việc tại 8 trường mầm non theo Quyết định số 402/QĐ-PGDĐT.",
    ),
]
_EVENT_BY_ALIAS = {e.alias: e for e in EVENTS}

#: documents of the "Văn bản" page: (path, title, size)
DOCS: list[tuple[str, str, str]] = [
    ("files/cam-xuyen/van-ban/2026/402-QD-PGDDT.pdf",
     "Quyết định số 402/QĐ-PGDĐT về kiểm tra công tác bán trú", "186,4 KiB"),
    ("files/cam-xuyen/van-ban/2026/388-PGDDT-GDTH.pdf",
     "Công văn số 388/PGDĐT-GDTH hướng dẫn kiểm tra cuối học kỳ I cấp tiểu học", "204,9 KiB"),
    ("files/cam-xuyen/van-ban/2026/371-KH-PGDDT.pdf",
     "Kế hoạch số 371/KH-PGDĐT tổ chức Hội khỏe Phù Đổng cấp huyện", "158,0 KiB"),
    ("files/cam-xuyen/van-ban/2026/355-PGDDT-VP.pdf",
     "Công văn số 355/PGDĐT-VP về phòng, chống đuối nước cho học sinh", "97,6 KiB"),
    ("files/cam-xuyen/van-ban/2026/215-KH-PGDDT.pdf",
     "Kế hoạch số 215/KH-PGDĐT bồi dưỡng học sinh giỏi lớp 9", "245,3 KiB"),
]  # fmt: skip

ALBUM: list[tuple[str, str | None]] = [
    (_asset("album/2026", "khai-giang-2026-01"), "Lễ khai giảng năm học 2026 - 2027 tại Trường THCS Cẩm Thịnh"),
    (_asset("album/2026", "khai-giang-2026-02"), "Học sinh lớp 1 Trường TH Cẩm Bình trong ngày khai giảng"),
    (_asset("album/2026", "trung-thu-2026-01"), "Đêm hội trăng rằm tại Trường MN Cẩm Quang"),
    (_asset("album/2026", "trung-thu-2026-02"), None),
    (_asset("album/2026", "hkpd-2026-01"), "Thi đấu bóng đá nam Hội khỏe Phù Đổng cấp huyện"),
    (_asset("album/2026", "hkpd-2026-02"), "Thi kéo co"),
    (_asset("album/2026", "nha-giao-2026-01"), "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam"),
    (_asset("album/2026", "doc-sach-2026-01"), None),
    (_asset("album/2026", "doc-sach-2026-02"), "Tủ sách lớp học Trường TH Cẩm Bình"),
]  # fmt: skip

#: static pages: path -> (page id, title, paragraphs)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "gioi-thieu.html": (2, "Giới thiệu", [
        "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và"
        " đào tạo trên địa bàn huyện.",
        "Toàn huyện hiện có 25 trường mầm non, 24 trường tiểu học và 16 trường THCS với hơn"
        " 27.000 học sinh và gần 1.900 cán bộ, giáo viên, nhân viên.",
    ]),
    "gioi-thieu/co-cau-to-chuc.html": (3, "Cơ cấu tổ chức", [
        "Lãnh đạo Phòng: Trưởng phòng và 02 Phó Trưởng phòng.",
        "Các bộ phận: Văn phòng - Tổng hợp; Giáo dục Mầm non; Giáo dục Tiểu học; Giáo dục Trung"
        " học cơ sở; Kế hoạch - Tài chính; Thanh tra - Kiểm định chất lượng.",
    ]),
}  # fmt: skip


# --- the gold ---------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        "/" + reader_path(s),
        ARCHIVES[s.cat].name,
        alt_paths=["/index.php/" + reader_path(s)],
        image_page="/",
    )
    for s in sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
]


def _listing_targets(key: str) -> list[str]:
    arc = ARCHIVES[key]
    n = _pages(len(in_archive(key)), arc.per)
    return [f"/{key}.html", *(f"/{key}.html?page_n{arc.module}={p}" for p in range(2, n + 1))]


def _months() -> list[tuple[int, int, int]]:
    """(year, month, count) of the news menu, newest first."""
    counts: dict[tuple[int, int], int] = {}
    for e in _ALL:
        w = _when(e)
        counts[(w.year, w.month)] = counts.get((w.year, w.month), 0) + 1
    return [(y, m, c) for (y, m), c in sorted(counts.items(), reverse=True)]


NON_ARTICLES: list[str] = [
    "/",
    *(t for key in ARCHIVES for t in _listing_targets(key)),
    *(
        f"/luu-tru.html?month={y}{m:02d}" + (f"&page_a{ARCHIVE_MODULE}={p}" if p > 1 else "")
        for y, m, c in _months()
        for p in range(1, _pages(c, ARCHIVE_PER) + 1)
    ),
    *(f"/{p}" for p in PAGES),
    "/lien-he.html",
    "/van-ban.html",
    "/thu-vien-anh.html",
    f"/thu-vien-anh.html?page_g{GALLERY_ELEMENT}=2",
    "/lich-cong-tac.html",
    *(f"/su-kien/{e.alias}.html" for e in EVENTS),
    "/tim-kiem.html?keywords=giao%20ban",
]


# --- rendering helpers ------------------------------------------------------------------------


@dataclass
class Ctx:
    """One request as the templates see it."""

    prefix: str  # "" or "index.php/"
    base: str  # "http://host/"
    request: str  # Environment::get('request'): path (as sent) + query, without the leading "/"

    @property
    def path(self) -> str:
        return self.request.split("?", 1)[0]

    @property
    def fragments(self) -> list[str]:
        """The query's fragments in order, as sent."""
        query = self.request.split("?", 1)[1] if "?" in self.request else ""
        return [f for f in query.split("&") if f]

    def get(self, name: str) -> str | None:
        for fragment in self.fragments:
            key, _, value = fragment.partition("=")
            if unquote(key) == name:
                return unquote(value.replace("+", " "))
        return None

    def link(self, page: str) -> str:
        """A page link as the router generates it under this front controller."""
        if page in ("", "./"):
            return self.prefix or "./"
        return self.prefix + page


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _dmy(d: datetime | date) -> str:
    return f"{d:%d/%m/%Y}"


def _datim(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _paginate(ctx: Ctx, param: str, page: int, total: int) -> str:
    """Contao's Pagination: the request's other fragments kept in order, then this parameter."""
    if total <= 1:
        return ""
    url = ctx.path
    kept = [f for f in ctx.fragments if f"{param}=" not in f]
    if kept:
        url += "?" + "&amp;".join(kept)
    conn = "&amp;" if kept else "?"

    def href(n: int) -> str:
        return url if n <= 1 else f"{url}{conn}{param}={n}"

    items = []
    if page > 2:
        items.append(
            f'<li class="first"><a href="{href(1)}" class="first" title="Đến trang 1">Đầu</a></li>'
        )
    if page > 1:
        items.append(
            f'<li class="previous"><a href="{href(page - 1)}" class="previous" title="Đến trang {page - 1}">Trước</a></li>'
        )
    for n in range(1, total + 1):
        if n == page:
            items.append(f'<li><strong class="active">{n}</strong></li>')
        else:
            items.append(f'<li><a href="{href(n)}" class="link" title="Đến trang {n}">{n}</a></li>')
    if page < total:
        items.append(
            f'<li class="next"><a href="{href(page + 1)}" class="next" title="Đến trang {page + 1}">Sau</a></li>'
        )
    if page < total - 1:
        items.append(
            f'<li class="last"><a href="{href(total)}" class="last" title="Đến trang {total}">Trang cuối</a></li>'
        )
    return (
        "<!-- indexer::stop -->\n"
        f'<nav class="pagination block" aria-label="Phân trang">\n<p>Trang {page} / {total}</p>\n'
        f"<ul>\n{chr(10).join(items)}\n</ul>\n</nav>\n<!-- indexer::continue -->"
    )


def _entry_href(e: Entry, ctx: Ctx) -> tuple[str, str]:
    """(href, extra attributes) of a news entry as the list templates print it."""
    if isinstance(e, LinkItem):
        if e.external:
            return e.target, ' target="_blank" rel="noreferrer noopener"'
        return ctx.link(e.target), ""
    return ctx.link(reader_path(e)), ""


def _entry_title_attr(e: Entry) -> str:
    if isinstance(e, LinkItem) and e.external:
        return f"Mở trang: {esc(e.target)}"
    return f"Đọc bài: {esc(e.title)}"


def _user(e: Entry) -> str:
    return e.opts["user"] if isinstance(e, Story) else "Bộ phận Văn thư"


def _teaser_html(e: Entry) -> str:
    if isinstance(e, LinkItem):
        return f"<p>{esc(e.teaser)}</p>"
    if e.sapo_outside and e.summary:
        return f"<p>{_t(e.summary)}</p>"
    if e.opts.get("fallback"):
        return "".join(f"<p>{_t(b.text)}</p>" for b in e.blocks if isinstance(b, P))
    if e.opts.get("teaser"):
        return f"<p>{esc(e.opts['teaser'])}</p>"
    return ""


def _cover(e: Entry) -> str:
    return _asset("anh-dai-dien", f"dai-dien-{e.id}")


def _arc_class(e: Entry) -> str:
    return f"arc_{ARCHIVES[e.cat].id}"


def _parity(i: int, n: int) -> str:
    cls = []
    if i == 0:
        cls.append("first")
    if i == n - 1:
        cls.append("last")
    cls.append("even" if i % 2 == 0 else "odd")
    return " ".join(cls)


def _latest(entries: list[Entry], ctx: Ctx, *, datim: bool = True, thumbs: bool = True) -> str:
    """``news_latest`` entries: info line, thumbnail, h2 link, teaser, "Xem tiếp"."""
    out = []
    for i, e in enumerate(entries):
        href, extra = _entry_href(e, ctx)
        title_attr = _entry_title_attr(e)
        w = _when(e)
        shown = _datim(w) if datim else _dmy(w)
        info = f'<time datetime="{_iso(w)}" itemprop="datePublished">{shown}</time> bởi {esc(_user(e))}'
        if e.cat == "tin-tuc" and isinstance(e, Story):
            n = len(e.opts.get("comments", []))
            info += f' <span class="comments">({n} ý kiến)</span>'
        pic = ""
        if thumbs and isinstance(e, Story) and e.cat != "thong-bao":
            pic = (
                '<figure class="image_container float_left">\n'
                f'<a href="{href}" title="{title_attr}"><img src="{_cover(e)}" width="240" height="160"'
                ' alt="" itemprop="image"></a>\n</figure>\n'
            )
        out.append(
            f'<div class="layout_latest {_arc_class(e)} block {_parity(i, len(entries))}"'
            ' itemscope itemtype="http://schema.org/Article">\n'
            f'<p class="info">{info}</p>\n{pic}'
            f'<h2 itemprop="name"><a href="{href}" title="{title_attr}" itemprop="url"{extra}>'
            f'<span itemprop="headline">{esc(e.title)}</span></a></h2>\n'
            f'<div class="teaser" itemprop="description">{_teaser_html(e)}</div>\n'
            f'<p class="more"><a href="{href}" title="{title_attr}" itemprop="url"{extra}>Xem tiếp'
            f'<span class="invisible"> {esc(e.title)}</span></a></p>\n</div>'
        )
    return "\n".join(out)


def _simple(entries: list[Entry], ctx: Ctx) -> str:
    """``news_simple`` entries: the day and the link."""
    out = []
    for i, e in enumerate(entries):
        href, extra = _entry_href(e, ctx)
        w = _when(e)
        out.append(
            f'<div class="layout_simple {_arc_class(e)} block {_parity(i, len(entries))}">\n'
            f'<time datetime="{_iso(w)}">{_dmy(w)}</time> '
            f'<a href="{href}" title="{_entry_title_attr(e)}"{extra}>{esc(e.title)}</a>\n</div>'
        )
    return "\n".join(out)


def _module(
    cls: str, inner: str, headline: str | None = None, tag: str = "h2", mid: int | None = None
) -> str:
    h = f"<{tag}>{headline}</{tag}>\n" if headline else ""
    ident = f' id="mod-{mid}"' if mid else ""
    return f'<div class="{cls} block"{ident}>\n{h}{inner}\n</div>'


# --- article content --------------------------------------------------------------------------


def _img_tag(img: Img, s: Story, width: int = 640, height: int = 427) -> str:
    flags = img.style.split("+")[1:]
    attrs = f'src="{esc(img.src)}"'
    if "srcset" in flags:
        big = img.src.replace(".jpg", "-2x.jpg")
        attrs += f' srcset="{esc(img.src)} 1x, {esc(big)} 2x"'
    attrs += f' width="{width}" height="{height}" alt=""'
    if "lazy" in flags:
        attrs += ' loading="lazy"'
    return f'<img {attrs} itemprop="image">'


def _figure(img: Img, s: Story, cls: str) -> str:
    flags = img.style.split("+")[1:]
    pic = _img_tag(img, s)
    if "lb" in flags:
        full = _ORIGINALS.get(img.src, img.src)
        title = f' title="{esc(img.printed)}"' if img.printed else ""
        pic = f'<a href="{full}"{title} data-lightbox="lb{s.id}">{pic}</a>'
    cap = f'\n<figcaption class="caption">{_t(img.printed, s)}</figcaption>' if img.printed else ""
    style = ' style="margin-bottom:12px;"' if "float" in cls else ""
    return f'<figure class="image_container{cls}"{style}>\n{pic}{cap}\n</figure>'


def _downloads(s: Story, ctx: Ctx) -> str:
    headline, files = s.opts["downloads"]
    return _downloads_html(headline, files, ctx)


def _file_href(ctx: Ctx, path: str) -> str:
    """Contao's download link: the request (less any ``file=``) plus ``file=<path>``."""
    req = re.sub(r"(&|\?)file=[^&]*", "", ctx.request)
    if "?" not in req and "&" in req:
        req = req.replace("&", "?", 1)
    conn = "&amp;" if "?" in req else "?"
    return f"{req.replace('&', '&amp;')}{conn}file={quote(path)}"


def _downloads_html(headline: str | None, files: list[tuple[str, str, str]], ctx: Ctx) -> str:
    lis = []
    for i, (path, title, size) in enumerate(files):
        pos = " first" if i == 0 else ""
        pos += " last" if i == len(files) - 1 else ""
        lis.append(
            f'<li class="download-element ext-pdf{pos}"><a href="{_file_href(ctx, path)}"'
            f' title="Tải tệp {esc(path.rsplit("/", 1)[1])}" type="application/pdf">{esc(title)}'
            f' <span class="size">({size})</span></a></li>'
        )
    h = f"<h3>{headline}</h3>\n" if headline else ""
    return f'<div class="ce_downloads block">\n{h}<ul>\n{chr(10).join(lis)}\n</ul>\n</div>'


def _content(s: Story, ctx: Ctx) -> str:
    """The news item's content elements, in order."""
    out: list[str] = []
    cur: list[str] | None = None
    blocks = s.blocks
    i = 0

    def close() -> None:
        nonlocal cur
        if cur is not None:
            out.append('<div class="ce_text block">\n' + "\n".join(cur) + "\n</div>")
            cur = None

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "th", "tr"):
            group = [b]
            kinds = ("li",) if b.style == "li" else ("th", "tr")
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style in kinds
            ):
                i += 1
                group.append(blocks[i])
            close()
            if b.style == "li":
                lis = "\n".join(f"<li>{_t(g.text, s)}</li>" for g in group)
                out.append(f'<div class="ce_list block">\n<ul>\n{lis}\n</ul>\n</div>')
            else:
                head = [g for g in group if g.style == "th"]
                rows = [g for g in group if g.style == "tr"]
                thead = ""
                if head:
                    ths = "".join(
                        f'<th class="head_{n}">{_t(c, s)}</th>'
                        for n, c in enumerate(head[0].text.split(" | "))
                    )
                    thead = f'<thead>\n<tr class="row_0 row_first">{ths}</tr>\n</thead>\n'
                trs = []
                for r, row in enumerate(rows, start=1):
                    tds = "".join(
                        f'<td class="col_{n}">{_t(c, s)}</td>'
                        for n, c in enumerate(row.text.split(" | "))
                    )
                    cls = f"row_{r} {'odd' if r % 2 else 'even'}" + (
                        " row_last" if r == len(rows) else ""
                    )
                    trs.append(f'<tr class="{cls}">{tds}</tr>')
                out.append(
                    f'<div class="ce_table block">\n<table id="table_{s.id}{i}">\n{thead}<tbody>\n'
                    + "\n".join(trs)
                    + "\n</tbody>\n</table>\n</div>"
                )
        elif isinstance(b, Img) and b.style.startswith("gallery"):
            group = [b]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], Img)
                and blocks[i + 1].style.startswith("gallery")
            ):
                i += 1
                group.append(blocks[i])
            close()
            lis = []
            for n, g in enumerate(group):
                row, col = divmod(n, 3)
                cls = (
                    f"row_{row}"
                    + (" row_first" if row == 0 else "")
                    + f" {'even' if row % 2 == 0 else 'odd'} col_{col}"
                )
                cls += " col_first" if col == 0 else (" col_last" if col == 2 else "")
                full = _ORIGINALS.get(g.src, g.src)
                cap = (
                    f'\n<figcaption class="caption">{_t(g.printed, s)}</figcaption>'
                    if g.printed
                    else ""
                )
                lis.append(
                    f'<li class="{cls}">\n<figure class="image_container">\n'
                    f'<a href="{full}" data-lightbox="lb{s.id}g">{_img_tag(g, s, 320, 213)}</a>{cap}\n'
                    "</figure>\n</li>"
                )
            out.append(
                '<div class="ce_gallery block">\n<ul class="cols_3" itemscope itemtype="http://schema.org/ImageGallery">\n'
                + "\n".join(lis)
                + "\n</ul>\n</div>"
            )
        elif isinstance(b, Img) and b.style.startswith("image"):
            close()
            out.append(f'<div class="ce_image block">\n{_figure(b, s, "")}\n</div>')
        elif isinstance(b, Img) and b.style.startswith(("above", "left")):
            close()
            cls = " float_above" if b.style.startswith("above") else " float_left"
            cur = [_figure(b, s, cls)]
        elif isinstance(b, Img):  # inline TinyMCE picture with a centred italic line
            if cur is None:
                cur = []
            cur.append(f'<p style="text-align: center;">{_img_tag(b, s)}</p>')
            if b.printed:
                cur.append(f'<p style="text-align: center;"><em>{_t(b.printed, s)}</em></p>')
        elif isinstance(b, Raw):
            if b.html == DOWNLOADS:
                close()
                out.append(_downloads(s, ctx))
            elif b.html.startswith('<div class="ce_'):
                close()
                out.append(b.html)
            else:
                if cur is None:
                    cur = []
                cur.append(_t_raw(b.html, s))
        elif isinstance(b, P):
            if b.style == "new":
                close()
            if cur is None:
                cur = []
            if b.style == "bold":
                cur.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            elif b.style == "h3":
                cur.append(f"<h3>{_t(b.text, s)}</h3>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                cur.append(
                    f'<p>{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>{_t(after, s)}</p>'
                )
            else:
                cur.append(f'<p style="text-align: justify;">{_t(b.text, s)}</p>')
        i += 1
    close()
    return "\n".join(out)


def _t_raw(markup: str, s: Story) -> str:
    """A byline's markup in the story's text form (tags left alone)."""
    if s.opts.get("nfd"):
        return unicodedata.normalize("NFD", markup)
    return markup


def _info(s: Story) -> str:
    w = s.opts["when"]
    user = esc(s.opts["user"])
    if s.cat == "thong-bao":
        return f'<p class="info"><time datetime="{_iso(w)}" itemprop="datePublished">{_dmy(w)}</time> bởi {user}</p>'
    if s.cat == "chuyen-mon":
        return f'<p class="info">bởi {user}</p>'
    n = len(s.opts.get("comments", []))
    return (
        f'<p class="info"><time datetime="{_iso(w)}" itemprop="datePublished">{_datim(w)}</time>'
        f' bởi {user} <span class="comments">({n} ý kiến)</span></p>'
    )


def _enclosure(s: Story, ctx: Ctx) -> str:
    files = s.opts.get("enclosure") or []
    if not files:
        return ""
    lis = []
    for path, size in files:
        name = path.rsplit("/", 1)[1]
        lis.append(
            f'<li class="download-element ext-pdf"><a href="{_file_href(ctx, path)}" title="Tải tệp {esc(name)}">'
            f'{esc(name)} <span class="size">({size})</span></a></li>'
        )
    return '<ul class="enclosure">\n' + "\n".join(lis) + "\n</ul>"


def _comments(s: Story, ctx: Ctx) -> str:
    items = s.opts.get("comments", [])
    shown = []
    for n, (who, when, body) in enumerate(items):
        shown.append(
            f'<div class="comment_default {"odd" if n % 2 == 0 else "even"} first last" id="c{s.id}{n}">\n'
            f'<p class="info">Người gửi: {esc(who)} | <time datetime="{_iso(when)}" class="date">{_datim(when)}</time></p>\n'
            f'<div class="comment"><p>{esc(body)}</p></div>\n</div>'
        )
    listing = "\n".join(shown) if shown else '<p class="empty">Chưa có ý kiến nào.</p>'
    return (
        '<div class="ce_comments block">\n<h2>Ý kiến bạn đọc</h2>\n'
        f"{listing}\n<!-- indexer::stop -->\n"
        f'<div class="form">\n<form action="{esc(ctx.request)}" id="com_tl_news_{s.id}" method="post">\n'
        '<div class="formbody">\n'
        f'<input type="hidden" name="FORM_SUBMIT" value="com_tl_news_{s.id}">\n'
        '<input type="hidden" name="REQUEST_TOKEN" value="d3c1b0f2a9e8.kQz7rT0xW2mNbV5yLcJ4pHs">\n'
        '<div class="widget widget-text mandatory"><label for="ctrl_name">Họ tên<span class="mandatory">*</span></label>'
        '<input type="text" name="name" id="ctrl_name" class="text mandatory" value="" required maxlength="64"></div>\n'
        '<div class="widget widget-text mandatory"><label for="ctrl_email">Email<span class="mandatory">*</span></label>'
        '<input type="email" name="email" id="ctrl_email" class="text mandatory" value="" required maxlength="255"></div>\n'
        '<div class="widget widget-textarea mandatory"><label for="ctrl_comment">Nội dung<span class="mandatory">*</span></label>'
        '<textarea name="comment" id="ctrl_comment" class="textarea mandatory" rows="4" cols="40" required></textarea></div>\n'
        '<div class="widget widget-submit"><button type="submit" class="submit">Gửi ý kiến</button></div>\n'
        "</div>\n</form>\n</div>\n<!-- indexer::continue -->\n</div>"
    )


def _tags(s: Story, ctx: Ctx) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    links = ", ".join(
        f'<a href="{ctx.link("tim-kiem.html")}?keywords={quote(t)}">{esc(t)}</a>' for t in tags
    )
    return f'<div class="news-tags"><span class="label">Từ khóa:</span> {links}</div>'


def _reader(s: Story, ctx: Ctx) -> str:
    parts = [f'<h1 itemprop="name">{esc(s.title)}</h1>', _info(s)]
    if s.opts.get("subhead"):
        parts.append(f"<h2>{esc(s.opts['subhead'])}</h2>")
    if s.cat != "thong-bao" and s.sapo_outside and s.summary:
        parts.append(
            f'<div class="teaser" itemprop="description">\n<p>{_t(s.summary, s)}</p>\n</div>'
        )
    if s.opts.get("fallback"):
        paras = "\n".join(f"<p>{_t(b.text, s)}</p>" for b in s.blocks if isinstance(b, P))
        parts.append(f'<div class="ce_text block">\n{paras}\n</div>')
    else:
        parts.append(_content(s, ctx))
    enc = _enclosure(s, ctx)
    if enc:
        parts.append(enc)
    tags = _tags(s, ctx)
    if tags:
        parts.append(tags)
    inner = "\n".join(parts)
    comments = _comments(s, ctx) if s.cat == "tin-tuc" else ""
    return (
        '<div class="mod_newsreader block">\n'
        f'<div class="layout_full block {_arc_class(s)}" itemscope itemtype="http://schema.org/Article">\n'
        f"{inner}\n</div>\n"
        '<!-- indexer::stop -->\n<p class="back"><a href="javascript:history.go(-1)" title="Quay lại">Quay lại</a></p>\n'
        f"<!-- indexer::continue -->\n{comments}\n</div>"
    )


def _others(s: Story, ctx: Ctx) -> str:
    """The "Tin khác" list: the five newest of the archive (the core list cannot skip the open one)."""
    entries = in_archive(s.cat)[:5]
    lis = []
    for e in entries:
        href, extra = _entry_href(e, ctx)
        lis.append(
            f'<li><a href="{href}" title="{_entry_title_attr(e)}"{extra}>{esc(e.title)}</a>'
            f' <span class="date">({_dmy(_when(e))})</span></li>'
        )
    return _module("mod_newslist tin-khac", "<ul>\n" + "\n".join(lis) + "\n</ul>", "Tin khác", "h3")


def _syndication(ctx: Ctx, article_id: int, title: str) -> str:
    url = quote(ctx.base + ctx.request, safe="")
    return (
        '<!-- indexer::stop -->\n<div class="syndication">\n'
        f'<a href="{esc(ctx.request)}{"&amp;" if "?" in ctx.request else "?"}pdf={article_id}" class="pdf" title="Xuất bài viết ra PDF">'
        '<img src="assets/contao/images/pdf.svg" width="16" height="16" alt="PDF"></a>\n'
        '<a href="#" onclick="window.print();return false" class="print" title="In trang">'
        '<img src="assets/contao/images/print.svg" width="16" height="16" alt="In trang"></a>\n'
        f'<a href="share/?p=facebook&amp;u={url}&amp;t={quote(title)}" rel="nofollow" title="Chia sẻ lên Facebook"'
        " onclick=\"window.open(this.href,'','width=640,height=380,modal=yes,left=100,top=50,location=no,menubar=no,"
        "resizable=yes,scrollbars=yes,status=no,toolbar=no');return false\">"
        '<img src="assets/contao/images/facebook.svg" width="16" height="16" alt="Facebook"></a>\n'
        "</div>\n<!-- indexer::continue -->"
    )


# --- chrome -------------------------------------------------------------------------------------

_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("", "Trang chủ", []),
    ("gioi-thieu.html", "Giới thiệu", [("gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    ("tin-tuc.html", "Tin tức - Sự kiện", []),
    ("chuyen-mon.html", "Hoạt động chuyên môn", []),
    ("thong-bao.html", "Thông báo", []),
    ("van-ban.html", "Văn bản", []),
    ("lich-cong-tac.html", "Lịch công tác", []),
    ("thu-vien-anh.html", "Thư viện ảnh", []),
    ("lien-he.html", "Liên hệ", []),
]


def _is_here(ctx: Ctx, page: str) -> bool:
    """Contao marks a menu item active only when its URL is the request itself."""
    if page == "":
        return ctx.request in ("", "index.php", "index.php/")
    return ctx.request == ctx.link(page)


def _navigation(ctx: Ctx, current: str, trail: str | None) -> str:
    lis = []
    for n, (page, label, subs) in enumerate(_MENU):
        cls = ["first"] if n == 0 else (["last"] if n == len(_MENU) - 1 else [])
        sub_html = ""
        if subs:
            cls.append("submenu")
            sub_lis = []
            for sp, sl in subs:
                if _is_here(ctx, sp):
                    sub_lis.append(
                        f'<li class="active first last"><strong class="active">{sl}</strong></li>'
                    )
                else:
                    sub_lis.append(
                        f'<li class="first last"><a href="{ctx.link(sp)}" title="{sl}">{sl}</a></li>'
                    )
            sub_html = '\n<ul class="level_2">\n' + "\n".join(sub_lis) + "\n</ul>\n"
        if page in (current, trail):
            cls.append("trail")
        c = " ".join(cls) or "sibling"
        if _is_here(ctx, page):
            lis.append(
                f'<li class="active {c}"><strong class="active {c}">{label}</strong>{sub_html}</li>'
            )
        else:
            lis.append(
                f'<li class="{c}"><a href="{ctx.link(page)}" title="{label}" class="{c}">{label}</a>{sub_html}</li>'
            )
    return (
        "<!-- indexer::stop -->\n"
        '<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement">\n'
        '<a href="'
        + esc(ctx.request)
        + '#skipNavigation1" class="invisible">Bỏ qua điều hướng</a>\n'
        '<ul class="level_1">\n' + "\n".join(lis) + "\n</ul>\n"
        '<span id="skipNavigation1" class="invisible"></span>\n</nav>\n<!-- indexer::continue -->'
    )


def _breadcrumb(ctx: Ctx, trail: list[tuple[str, str | None]]) -> str:
    items = [f'<li class="first"><a href="{ctx.link("")}" title="{SITE}">Trang chủ</a></li>']
    for n, (label, page) in enumerate(trail):
        last = n == len(trail) - 1
        if page is None or last:
            items.append(f'<li class="active{" last" if last else ""}">{label}</li>')
        else:
            items.append(f'<li><a href="{ctx.link(page)}" title="{label}">{label}</a></li>')
    return (
        "<!-- indexer::stop -->\n"
        '<div class="mod_breadcrumb block">\n<ul itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>\n<!-- indexer::continue -->"
    )


def _header(ctx: Ctx, current: str, trail: str | None) -> str:
    return (
        '<header id="header">\n<div class="inside">\n'
        '<div class="mod_html block banner-top">\n'
        f'<a href="{ctx.link("")}" class="logo"><img src="files/cam-xuyen/giao-dien/logo-pgd.png" width="90" height="90" alt="Logo"></a>\n'
        '<div class="ten-don-vi"><p class="cap-tren">UBND HUYỆN CẨM XUYÊN</p>'
        '<p class="ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p></div>\n</div>\n'
        f'<div class="mod_html block ngay-thang"><span class="hom-nay">{TODAY}</span></div>\n'
        "<!-- indexer::stop -->\n"
        '<div class="mod_search block">\n'
        f'<form action="{ctx.link("tim-kiem.html")}" method="get">\n<div class="formbody">\n'
        '<div class="widget widget-text"><label for="ctrl_keywords_7" class="invisible">Từ khóa</label>'
        '<input type="search" name="keywords" id="ctrl_keywords_7" class="text" value="" placeholder="Nhập từ khóa..."></div>\n'
        '<div class="widget widget-submit"><button type="submit" id="ctrl_submit_7" class="submit">Tìm kiếm</button></div>\n'
        "</div>\n</form>\n</div>\n<!-- indexer::continue -->\n"
        f"{_navigation(ctx, current, trail)}\n"
        "</div>\n</header>"
    )


def _left(ctx: Ctx) -> str:
    links = [
        ("van-ban.html", "Văn bản chỉ đạo", False),
        ("lich-cong-tac.html", "Lịch công tác", False),
        ("thu-vien-anh.html", "Thư viện ảnh", False),
        ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo", True),
        ("https://hatinh.edu.vn/", "Sở GD&amp;ĐT Hà Tĩnh", True),
        ("https://camxuyen.hatinh.gov.vn/", "Cổng TTĐT huyện Cẩm Xuyên", True),
        ("https://csdl.moet.gov.vn/", "Cơ sở dữ liệu ngành", True),
    ]
    lis = []
    for n, (href, label, ext) in enumerate(links):
        pos = ' class="first"' if n == 0 else (' class="last"' if n == len(links) - 1 else "")
        target = ' target="_blank" rel="noreferrer noopener"' if ext else ""
        lis.append(
            f'<li{pos}><a href="{href if ext else ctx.link(href)}" title="{label}"{target}>{label}</a></li>'
        )
    customnav = (
        "<!-- indexer::stop -->\n"
        '<nav class="mod_customnav block">\n<h3>Liên kết</h3>\n'
        f'<a href="{esc(ctx.request)}#skipNavigation5" class="invisible">Bỏ qua điều hướng</a>\n'
        '<ul class="level_1">\n' + "\n".join(lis) + "\n</ul>\n"
        '<span id="skipNavigation5" class="invisible"></span>\n</nav>\n<!-- indexer::continue -->'
    )
    months = []
    current_year = None
    for y, m, c in _months():
        if y != current_year:
            if current_year is not None:
                months.append("</ul>\n</li>")
            months.append(f'<li class="year submenu"><a href="#">{y}</a>\n<ul class="level_2">')
            current_year = y
        months.append(
            f'<li><a href="{ctx.link("luu-tru.html")}?month={y}{m:02d}" title="Tháng {m}/{y} ({c} tin)">'
            f"Tháng {m}/{y}</a> ({c})</li>"
        )
    months.append("</ul>\n</li>")
    newsmenu = _module(
        "mod_newsmenu",
        '<ul class="level_1">\n' + "\n".join(months) + "\n</ul>",
        "Lưu trữ tin",
        "h3",
    )
    login = (
        "<!-- indexer::stop -->\n"
        '<div class="mod_login login block">\n<h3>Đăng nhập</h3>\n'
        f'<form id="tl_login_28" method="post" action="{esc(ctx.request)}">\n<div class="formbody">\n'
        '<input type="hidden" name="FORM_SUBMIT" value="tl_login_28">\n'
        '<input type="hidden" name="REQUEST_TOKEN" value="d3c1b0f2a9e8.kQz7rT0xW2mNbV5yLcJ4pHs">\n'
        '<div class="widget widget-text"><label for="username">Tên đăng nhập</label>'
        '<input type="text" name="username" id="username" class="text" value="" autocomplete="username" required></div>\n'
        '<div class="widget widget-password"><label for="password">Mật khẩu</label>'
        '<input type="password" name="password" id="password" class="text password" value="" autocomplete="current-password" required></div>\n'
        '<div class="widget widget-submit"><button type="submit" class="submit">Đăng nhập</button></div>\n'
        "</div>\n</form>\n</div>\n<!-- indexer::continue -->"
    )
    return f'<aside id="left">\n<div class="inside">\n{customnav}\n{newsmenu}\n{login}\n</div>\n</aside>'


def _sidebar_latest(ctx: Ctx, page: int) -> str:
    items = _ALL[:SIDEBAR_ITEMS]
    total = _pages(len(items), SIDEBAR_PER)
    chunk = items[(page - 1) * SIDEBAR_PER : page * SIDEBAR_PER]
    return _module(
        "mod_newslist tin-moi",
        _simple(chunk, ctx) + "\n" + _paginate(ctx, f"page_n{SIDEBAR_MODULE}", page, total),
        "Tin mới",
        "h3",
    )


def _event_days(year: int, month: int) -> dict[int, list[Event]]:
    days: dict[int, list[Event]] = {}
    last = monthrange(year, month)[1]
    for d in range(1, last + 1):
        day = date(year, month, d)
        for e in EVENTS:
            if e.weekly:
                if day >= e.start.date() and day.weekday() == e.start.weekday():
                    days.setdefault(d, []).append(e)
            elif e.start.date() <= day <= e.end.date():
                days.setdefault(d, []).append(e)
    return days


_VI_DAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _shift(ym: int, n: int) -> int:
    y, m = divmod(ym, 100)
    m += n
    while m > 12:
        m -= 12
        y += 1
    while m < 1:
        m += 12
        y -= 1
    return y * 100 + m


def _calendar(ctx: Ctx, ym: int) -> str:
    """``mod_calendar``: prev/next to the current page ``?month=``, days to the events page."""
    y, m = divmod(ym, 100)
    here = ctx.path
    prev_ym, next_ym = _shift(ym, -1), _shift(ym, 1)
    prev = (
        f'<a href="{here}?month={prev_ym}" title="Tháng {prev_ym % 100} {prev_ym // 100}">&lt;</a>'
        if prev_ym >= FIRST_MONTH
        else "&nbsp;"
    )
    nxt = (
        f'<a href="{here}?month={next_ym}" title="Tháng {next_ym % 100} {next_ym // 100}">&gt;</a>'
        if next_ym <= LAST_MONTH
        else "&nbsp;"
    )
    days = _event_days(y, m)
    first_wd = date(y, m, 1).weekday()
    last = monthrange(y, m)[1]
    cells = ['<td class="days empty">&nbsp;</td>'] * first_wd
    for d in range(1, last + 1):
        key = f"{y}{m:02d}{d:02d}"
        today = " today" if date(y, m, d) == TODAY_DATE else ""
        if d in days:
            n = len(days[d])
            cells.append(
                f'<td class="days active{today}"><a href="{ctx.link("lich-cong-tac.html")}?day={key}"'
                f' title="{n} sự kiện">{d}</a></td>'
            )
        else:
            cells.append(f'<td class="days{today}">{d}</td>')
    while len(cells) % 7:
        cells.append('<td class="days empty">&nbsp;</td>')
    rows = [
        f'<tr class="week_{r // 7}">' + "".join(cells[r : r + 7]) + "</tr>"
        for r in range(0, len(cells), 7)
    ]
    head = "".join(f'<th class="label">{d}</th>' for d in _VI_DAYS)
    return (
        '<div class="mod_calendar block">\n<h3>Lịch công tác</h3>\n<table class="minicalendar">\n<thead>\n'
        f'<tr>\n<th class="head previous">{prev}</th>\n<th colspan="5" class="head current">Tháng {m} {y}</th>\n'
        f'<th class="head next">{nxt}</th>\n</tr>\n<tr>{head}</tr>\n</thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</div>"
    )


def _right(ctx: Ctx, side_page: int, cal_ym: int) -> str:
    visitors = (
        '<div class="mod_visitors block">\n<h3>Thống kê truy cập</h3>\n<div class="visitor_count">\n'
        '<div class="visitor_row"><span class="visitor_name">Đang truy cập:</span> <span class="visitor_value">23</span></div>\n'
        '<div class="visitor_row"><span class="visitor_name">Hôm nay:</span> <span class="visitor_value">612</span></div>\n'
        '<div class="visitor_row"><span class="visitor_name">Hôm qua:</span> <span class="visitor_value">1.048</span></div>\n'
        '<div class="visitor_row"><span class="visitor_name">Lượt truy cập:</span> <span class="visitor_value">1.284.517</span></div>\n'
        "</div>\n</div>"
    )
    banners = (
        '<div class="ce_image banner block">\n<figure class="image_container">\n'
        '<a href="https://dichvucong.hatinh.gov.vn/" target="_blank" rel="noreferrer noopener">'
        '<img src="files/cam-xuyen/banner/dich-vu-cong.png" width="260" height="80" alt="Dịch vụ công trực tuyến"></a>\n'
        "</figure>\n</div>\n"
        '<div class="ce_image banner block">\n<figure class="image_container">\n'
        '<a href="https://hatinh.edu.vn/" target="_blank" rel="noreferrer noopener">'
        '<img src="files/cam-xuyen/banner/so-gddt-ha-tinh.png" width="260" height="80" alt="Sở GD&amp;ĐT Hà Tĩnh"></a>\n'
        "</figure>\n</div>"
    )
    return (
        '<aside id="right">\n<div class="inside">\n'
        f"{_sidebar_latest(ctx, side_page)}\n{_calendar(ctx, cal_ym)}\n{visitors}\n{banners}\n"
        "</div>\n</aside>"
    )


def _footer() -> str:
    return (
        '<footer id="footer">\n<div class="inside">\n<div class="mod_html block">\n'
        f"<p><strong>{SITE.upper()}</strong></p>\n"
        "<p>Địa chỉ: Số 28 đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh</p>\n"
        "<p>Điện thoại: 0239.3861.325 - Đường dây nóng: 0912.386.325 - Email: pgd.camxuyen@hatinh.edu.vn</p>\n"
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo</p>\n"
        "<p>© 2026 Phòng GD&amp;ĐT Cẩm Xuyên. Thiết kế bởi Công ty TNHH Giải pháp số Hồng Lam.</p>\n"
        '<p><a href="#top" class="top">Về đầu trang</a></p>\n'
        "</div>\n</div>\n</footer>"
    )


def _jsonld(graph: list[dict]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    data = data.replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{data}\n</script>'


@dataclass
class View:
    title: str
    main: str
    current: str  # the menu page this belongs to
    trail: list[tuple[str, str | None]]
    description: str = ""
    page_id: int = 1
    jsonld: list[dict] | None = None
    status: int = 200


def _layout(ctx: Ctx, view: View, side_page: int, cal_ym: int) -> str:
    canonical = ctx.base + ctx.path
    menu_trail = view.trail[0][1] if view.trail and view.trail[0][1] else None
    graph = [
        {
            "@type": "WebPage",
            "identifier": f"#/schema/page/{view.page_id}",
            "name": view.title,
        }
    ]
    if view.jsonld:
        graph.extend(view.jsonld)
    desc = (
        f'<meta name="description" content="{esc(view.description)}">\n' if view.description else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>

<meta charset="utf-8">
<title>{esc(view.title)} - {esc(SHORT)}</title>
<base href="{ctx.base}">

<meta name="robots" content="index,follow">
{desc}<meta name="generator" content="Contao Open Source CMS">

<link rel="canonical" href="{esc(canonical)}">

<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,colorbox.min.css,pgd.css-4b7f0e21.css">
<script src="assets/js/jquery.min.js,colorbox.min.js-2a9c31d7.js"></script>
<link type="application/rss+xml" rel="alternate" href="{ctx.base.rstrip("/")}{FEED}" title="Tin tức - {esc(SHORT)}">
<link rel="icon" type="image/x-icon" href="files/cam-xuyen/giao-dien/favicon.ico">

</head>
<body id="top" class="unknown unknown">

<div id="wrapper">

{_header(ctx, view.current, menu_trail)}

<div class="custom">
<div id="breadcrumb">
<div class="inside">
{_breadcrumb(ctx, view.trail)}
</div>
</div>
</div>

<div id="container">

<main id="main">
<div class="inside">
{view.main}
</div>
</main>

{_left(ctx)}

{_right(ctx, side_page, cal_ym)}

</div>

{_footer()}

</div>

<script src="assets/jquery/js/jquery.min.js?v=3.6.0"></script>
<script>jQuery(function($){{$('a[data-lightbox]').map(function(){{$(this).colorbox({{loop:false,rel:$(this).attr('data-lightbox'),maxWidth:'95%',maxHeight:'95%'}})}})}});</script>
{_jsonld(graph)}
</body>
</html>
"""


def _article(article_id: int, inner: str, extra: str = "") -> str:
    return f'<div class="mod_article first last block" id="article-{article_id}">\n{inner}\n{extra}\n</div>'


# --- views ---------------------------------------------------------------------------------------


class NotFound(Exception):
    """Contao's PageNotFoundException: the error_404 page answers."""


def _page_param(ctx: Ctx, name: str, total: int) -> int:
    raw = ctx.get(name)
    if raw is None:
        return 1
    if not raw.isdigit() or not 1 <= int(raw) <= total:
        raise NotFound
    return int(raw)


def _home(ctx: Ctx) -> View:
    featured = [s for s in _ALL if isinstance(s, Story) and s.opts.get("featured")][:3]
    news = in_archive("tin-tuc")[:4]
    notices = in_archive("thong-bao")[:5]
    prof = in_archive("chuyen-mon")[:3]
    main = _article(
        1,
        _module("mod_newslist tin-noi-bat", _latest(featured, ctx), "Tin nổi bật", mid=10)
        + "\n"
        + _module(
            "mod_newslist",
            _latest(news, ctx, thumbs=False)
            + f'\n<p class="all"><a href="{ctx.link("tin-tuc.html")}">Xem tất cả</a></p>',
            "Tin tức - Sự kiện",
            mid=16,
        )
        + "\n"
        + _module(
            "mod_newslist thong-bao-moi",
            _simple(notices, ctx)
            + f'\n<p class="all"><a href="{ctx.link("thong-bao.html")}">Xem tất cả</a></p>',
            "Thông báo",
            mid=11,
        )
        + "\n"
        + _module(
            "mod_newslist",
            _simple(prof, ctx)
            + f'\n<p class="all"><a href="{ctx.link("chuyen-mon.html")}">Xem tất cả</a></p>',
            "Hoạt động chuyên môn",
            mid=19,
        ),
    )
    return View("Trang chủ", main, "", [], "Trang thông tin điện tử " + SITE, 1)


def _list_view(ctx: Ctx, key: str) -> View:
    arc = ARCHIVES[key]
    entries = in_archive(key)
    total = _pages(len(entries), arc.per)
    page = _page_param(ctx, f"page_n{arc.module}", total)
    chunk = entries[(page - 1) * arc.per : page * arc.per]
    if key == "thong-bao":
        body = _latest(chunk, ctx, datim=False, thumbs=False)
    else:
        body = _latest(chunk, ctx)
    main = _article(
        arc.article_id,
        _module(
            "mod_newslist",
            body + "\n" + _paginate(ctx, f"page_n{arc.module}", page, total),
            arc.name,
            "h1",
            arc.module,
        ),
    )
    return View(arc.name, main, f"{key}.html", [(arc.name, None)], page_id=arc.page_id)


def _reader_view(ctx: Ctx, s: Story) -> View:
    arc = ARCHIVES[s.cat]
    extra = ""
    if s.cat != "thong-bao":
        extra = _others(s, ctx)
    main = _article(
        arc.article_id,
        _reader(s, ctx) + ("\n" + extra if extra else ""),
        _syndication(ctx, arc.article_id, s.title),
    )
    ld = {
        "@type": "NewsArticle",
        "identifier": f"#/schema/news/{s.id}",
        "url": reader_path(s),
        "headline": s.title,
        "datePublished": _iso(s.opts["when"]),
        "author": {"@type": "Person", "name": s.opts["user"]},
    }
    if s.summary and s.sapo_outside:
        ld["description"] = s.summary
    desc = s.summary if s.sapo_outside and s.summary else (s.opts.get("teaser") or "")
    return View(
        s.title,
        main,
        f"{s.cat}.html",
        [(arc.name, f"{s.cat}.html"), (esc(s.title), None)],
        desc,
        arc.page_id,
        [ld],
    )


def _archive_view(ctx: Ctx) -> View:
    raw = ctx.get("month")
    ym = (
        int(raw)
        if raw and raw.isdigit() and len(raw) == 6
        else TODAY_DATE.year * 100 + TODAY_DATE.month
    )
    if raw is not None and not (raw.isdigit() and len(raw) == 6 and 1 <= int(raw) % 100 <= 12):
        raise NotFound
    y, m = divmod(ym, 100)
    entries = [e for e in _ALL if (_when(e).year, _when(e).month) == (y, m)]
    total = _pages(len(entries), ARCHIVE_PER)
    page = _page_param(ctx, f"page_a{ARCHIVE_MODULE}", total)
    chunk = entries[(page - 1) * ARCHIVE_PER : page * ARCHIVE_PER]
    body = (
        _simple(chunk, ctx) if chunk else '<p class="empty">Không có tin nào trong tháng này.</p>'
    )
    main = _article(
        24,
        _module(
            "mod_newsarchive",
            body + "\n" + _paginate(ctx, f"page_a{ARCHIVE_MODULE}", page, total),
            f"Lưu trữ tin tháng {m}/{y}",
            "h1",
            ARCHIVE_MODULE,
        ),
    )
    return View(f"Lưu trữ tin tháng {m}/{y}", main, "", [("Lưu trữ tin", None)], page_id=9)


def _month_param(ctx: Ctx) -> int:
    """The calendar's month: ``?month=`` or ``?day=``, checked against the boundaries (else 404)."""
    raw = ctx.get("month")
    day = ctx.get("day")
    current = TODAY_DATE.year * 100 + TODAY_DATE.month
    if raw is not None:
        if not (raw.isdigit() and len(raw) == 6 and 1 <= int(raw) % 100 <= 12):
            raise NotFound
        ym = int(raw)
        if not FIRST_MONTH <= ym <= LAST_MONTH:
            raise NotFound
        return ym
    if day is not None:
        try:
            d = datetime.strptime(day, "%Y%m%d").date()
        except ValueError:
            raise NotFound from None
        ym = d.year * 100 + d.month
        if not FIRST_MONTH <= ym <= LAST_MONTH:
            raise NotFound
        return ym
    return current


def _event_line(e: Event, day: date | None = None) -> str:
    if e.weekly:
        d = day or e.start.date()
        return f"{_dmy(d)} {e.start:%H:%M} - {e.end:%H:%M}"
    if e.start.date() == e.end.date():
        return f"{_dmy(e.start)} {e.start:%H:%M} - {e.end:%H:%M}"
    return f"{_dmy(e.start)} {e.start:%H:%M} - {_dmy(e.end)} {e.end:%H:%M}"


def _events_view(ctx: Ctx) -> View:
    """``mod_eventlist``: the month's events (each once, on its first day in the month) or a day's."""
    ym = _month_param(ctx)
    y, m = divmod(ym, 100)
    days = _event_days(y, m)
    day_raw = ctx.get("day")
    rows = []
    listed: set[int] = set()
    for d in sorted(days):
        if day_raw and int(day_raw[6:]) != d:
            continue
        for e in days[d]:
            if not e.weekly and not day_raw:
                if e.id in listed:
                    continue
                listed.add(e.id)
            rows.append(
                f'<div class="event layout_list block">\n<p class="time"><time datetime="{date(y, m, d).isoformat()}">'
                f"{_event_line(e, date(y, m, d))}</time></p>\n"
                f'<h2><a href="{ctx.link("su-kien/" + e.alias + ".html")}" title="{esc(e.title)}">{esc(e.title)}</a></h2>\n'
                f'<p class="location">{esc(e.place)}</p>\n</div>'
            )
    body = "\n".join(rows) or '<p class="empty">Không có sự kiện nào.</p>'
    if day_raw:
        heading = f"Lịch công tác ngày {day_raw[6:]}/{day_raw[4:6]}/{day_raw[:4]}"
    else:
        heading = f"Lịch công tác tháng {m}/{y}"
    main = _article(30, _module("mod_eventlist", body, heading, "h1", 31))
    return View("Lịch công tác", main, "lich-cong-tac.html", [("Lịch công tác", None)], page_id=12)


def _event_view(ctx: Ctx, e: Event) -> View:
    when = (
        "Hằng tuần vào Thứ Hai, 07:30 - 08:30 (sự kiện lặp lại hằng tuần)"
        if e.weekly
        else _event_line(e)
    )
    main = _article(
        32,
        '<div class="mod_eventreader block">\n<div class="event layout_full block">\n'
        f"<h1>{esc(e.title)}</h1>\n"
        f'<p class="info"><time datetime="{_iso(e.start)}">{when}</time></p>\n'
        f'<p class="location">Địa điểm: {esc(e.place)}</p>\n'
        f'<div class="ce_text block">\n<p>{esc(e.text)}</p>\n</div>\n</div>\n'
        '<p class="back"><a href="javascript:history.go(-1)" title="Quay lại">Quay lại</a></p>\n</div>',
    )
    return View(
        e.title,
        main,
        "lich-cong-tac.html",
        [("Lịch công tác", "lich-cong-tac.html"), (esc(e.title), None)],
        page_id=13,
    )


def _static_view(ctx: Ctx, path: str) -> View:
    pid, title, paras = PAGES[path]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    main = _article(40 + pid, f'<div class="ce_text block">\n<h1>{title}</h1>\n{body}\n</div>')
    trail = (
        [(title, None)]
        if path == "gioi-thieu.html"
        else [("Giới thiệu", "gioi-thieu.html"), (title, None)]
    )
    return View(title, main, path, trail, page_id=pid)


def _contact(ctx: Ctx) -> View:
    form = (
        '<div class="ce_form block">\n'
        f'<form action="{ctx.link("lien-he.html")}" method="post" enctype="application/x-www-form-urlencoded">\n'
        '<div class="formbody">\n<input type="hidden" name="FORM_SUBMIT" value="auto_form_3">\n'
        '<input type="hidden" name="REQUEST_TOKEN" value="d3c1b0f2a9e8.kQz7rT0xW2mNbV5yLcJ4pHs">\n'
        '<div class="widget widget-text mandatory"><label for="ctrl_11">Họ và tên<span class="mandatory">*</span></label>'
        '<input type="text" name="ho_ten" id="ctrl_11" class="text mandatory" value="" required></div>\n'
        '<div class="widget widget-text"><label for="ctrl_12">Email</label>'
        '<input type="email" name="email" id="ctrl_12" class="text" value=""></div>\n'
        '<div class="widget widget-text"><label for="ctrl_13">Tiêu đề</label>'
        '<input type="text" name="tieu_de" id="ctrl_13" class="text" value=""></div>\n'
        '<div class="widget widget-textarea mandatory"><label for="ctrl_14">Nội dung<span class="mandatory">*</span></label>'
        '<textarea name="noi_dung" id="ctrl_14" class="textarea mandatory" rows="6" cols="40" required></textarea></div>\n'
        '<div class="widget widget-submit"><button type="submit" class="submit">Gửi liên hệ</button></div>\n'
        "</div>\n</form>\n</div>"
    )
    info = (
        '<div class="ce_text block">\n<h1>Liên hệ</h1>\n'
        f"<p><strong>{SITE}</strong></p>\n"
        "<p>Địa chỉ: Số 28 đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh</p>\n"
        "<p>Điện thoại: 0239.3861.325 - Email: pgd.camxuyen@hatinh.edu.vn</p>\n</div>"
    )
    return View(
        "Liên hệ", _article(50, info + "\n" + form), "lien-he.html", [("Liên hệ", None)], page_id=14
    )


def _documents(ctx: Ctx) -> View:
    intro = '<div class="ce_text block">\n<h1>Văn bản chỉ đạo</h1>\n<p>Các văn bản chỉ đạo, điều hành của Phòng GD&amp;ĐT.</p>\n</div>'
    return View(
        "Văn bản",
        _article(51, intro + "\n" + _downloads_html(None, DOCS, ctx)),
        "van-ban.html",
        [("Văn bản", None)],
        page_id=15,
    )


def _album(ctx: Ctx) -> View:
    total = _pages(len(ALBUM), GALLERY_PER)
    page = _page_param(ctx, f"page_g{GALLERY_ELEMENT}", total)
    chunk = ALBUM[(page - 1) * GALLERY_PER : page * GALLERY_PER]
    lis = []
    for n, (src, cap) in enumerate(chunk):
        capt = f'\n<figcaption class="caption">{esc(cap)}</figcaption>' if cap else ""
        lis.append(
            f'<li class="row_{n // 3} col_{n % 3}">\n<figure class="image_container">\n'
            f'<a href="{_ORIGINALS[src]}" data-lightbox="lb{GALLERY_ELEMENT}"><img src="{src}" width="320" height="213" alt=""></a>{capt}\n'
            "</figure>\n</li>"
        )
    gallery = (
        f'<div class="ce_gallery block" id="gallery-{GALLERY_ELEMENT}">\n<h1>Thư viện ảnh</h1>\n'
        '<ul class="cols_3" itemscope itemtype="http://schema.org/ImageGallery">\n'
        + "\n".join(lis)
        + "\n</ul>\n"
        + _paginate(ctx, f"page_g{GALLERY_ELEMENT}", page, total)
        + "\n</div>"
    )
    return View(
        "Thư viện ảnh",
        _article(52, gallery),
        "thu-vien-anh.html",
        [("Thư viện ảnh", None)],
        page_id=16,
    )


def _search(ctx: Ctx) -> View:
    kw = (ctx.get("keywords") or "").strip()
    found: list[Story] = []
    if kw:
        needle = unicodedata.normalize("NFC", kw).lower()
        for s in STORIES:
            hay = (
                s.title + " " + " ".join(s.paragraphs) + " " + " ".join(s.opts.get("tags", []))
            ).lower()
            if needle in hay:
                found.append(s)
        found.sort(key=lambda s: s.opts["when"], reverse=True)
    rows = []
    for n, s in enumerate(found, start=1):
        rows.append(
            f'<div class="search_default"><h3><a href="{ctx.link(reader_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a>'
            f' <span class="relevance">[{max(10, 100 - n * 7)}%]</span></h3>\n'
            f'<p class="context">{esc((s.summary or s.paragraphs[0])[:160])} …</p>\n'
            f'<p class="url">{ctx.base}{reader_path(s)}</p></div>'
        )
    header = (
        f'<p class="header">Kết quả 1 - {len(found)} trên {len(found)} cho <strong>{esc(kw)}</strong></p>'
        if kw
        else ""
    )
    if kw and not found:
        header = f'<p class="header">Không tìm thấy kết quả cho <strong>{esc(kw)}</strong></p>'
    form = (
        f'<form action="{ctx.link("tim-kiem.html")}" method="get">\n<div class="formbody">\n'
        f'<input type="search" name="keywords" class="text" value="{esc(kw)}">\n'
        '<button type="submit" class="submit">Tìm kiếm</button>\n</div>\n</form>'
    )
    main = _article(
        53,
        _module("mod_search", form + "\n" + header + "\n" + "\n".join(rows), "Tìm kiếm", "h1", 7),
    )
    return View("Tìm kiếm", main, "", [("Tìm kiếm", None)], page_id=17)


def _not_found(ctx: Ctx) -> View:
    main = _article(
        99,
        '<div class="ce_text block">\n<h1>Không tìm thấy trang</h1>\n'
        "<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi.</p>\n"
        f'<p><a href="{ctx.link("")}">Về trang chủ</a></p>\n</div>',
    )
    return View(
        "Không tìm thấy trang", main, "", [("Không tìm thấy trang", None)], page_id=99, status=404
    )


# --- feed, sitemap ---------------------------------------------------------------------------------


def _rss(base: str) -> str:
    items = []
    for e in _ALL[:10]:
        if isinstance(e, LinkItem):
            link = e.target if e.external else base + e.target
            desc = esc(e.teaser)
        else:
            link = base + reader_path(e)
            desc = esc(_teaser_html(e))
        pub = format_datetime(_when(e).replace(tzinfo=_TZ))
        items.append(
            f"<item>\n<title>{esc(e.title)}</title>\n<description><![CDATA[{desc}]]></description>\n"
            f"<link>{esc(link)}</link>\n<pubDate>{pub}</pubDate>\n<guid>{esc(link)}</guid>\n</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"<channel>\n<title>Tin tức - {esc(SHORT)}</title>\n<description>Tin tức của {esc(SITE)}</description>\n"
        f"<link>{base}</link>\n<language>vi</language>\n<pubDate>{format_datetime(_when(_ALL[0]).replace(tzinfo=_TZ))}</pubDate>\n"
        f'<generator>Contao Open Source CMS</generator>\n<atom:link href="{base.rstrip("/")}{FEED}" rel="self" type="application/rss+xml" />\n'
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def _sitemap(base: str) -> str:
    pages = ["", "gioi-thieu.html", "gioi-thieu/co-cau-to-chuc.html", "tin-tuc.html", "chuyen-mon.html",
             "thong-bao.html", "van-ban.html", "lich-cong-tac.html", "thu-vien-anh.html", "lien-he.html"]  # fmt: skip
    locs = [base + p for p in pages]
    locs += [
        base + reader_path(s) for s in sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
    ]
    locs += [base + f"su-kien/{e.alias}.html" for e in EVENTS]
    urls = "\n".join(f"<url><loc>{esc(loc)}</loc></url>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )


# --- the site --------------------------------------------------------------------------------------

_KNOWN_FILES = {p for p, _, _ in DOCS} | {
    f for s in STORIES for f in [p for p, _ in s.opts.get("enclosure", [])]
    + [p for p, _, _ in s.opts.get("downloads", (None, []))[1]]
}  # fmt: skip


def _page_files(view_files: set[str], ctx: Ctx) -> Response | None:
    """``?file=``: the file when the page holds that download, else nothing (the page renders)."""
    wanted = ctx.get("file")
    if wanted and wanted in view_files:
        name = wanted.rsplit("/", 1)[1]
        return Response(
            200,
            PDF,
            {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'attachment; filename="{name}"',
            },
        )
    return None


def _files_of(route: str, s: Story | None) -> set[str]:
    if route == "van-ban.html":
        return {p for p, _, _ in DOCS}
    if s is None:
        return set()
    return {p for p, _ in s.opts.get("enclosure", [])} | {
        p for p, _, _ in s.opts.get("downloads", (None, []))[1]
    }


class ContaoSite:
    """Contao 4.13's front controller for this site (``/`` and ``/index.php/``)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        base = base_url(request) + "/"
        if path == "/robots.txt":
            return Response(
                200,
                f"User-agent: *\nDisallow: /contao/\n\nSitemap: {base}sitemap.xml\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=utf-8"})
        if path == FEED:
            return Response(200, _rss(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if path in ("/share/", "/share/index.php"):
            params = request.params
            if params.get("p") == "facebook" and params.get("u"):
                return redirect(
                    "https://www.facebook.com/sharer/sharer.php?u=" + quote(params["u"], safe="")
                )
            return None
        if (
            path.startswith(("/assets/", "/files/", "/bundles/", "/system/"))
            or path == "/favicon.ico"
        ):
            if path.startswith("/files/") and unquote(path[1:]) in _KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php" or path.startswith("/index.php/"):
            prefix = "index.php/"
            rest = path[len("/index.php/") :] if path.startswith("/index.php/") else ""
        else:
            prefix = ""
            rest = path[1:]
        request_uri = path[1:] + (f"?{request.query}" if request.query else "")
        ctx = Ctx(prefix, base, request_uri)
        try:
            return self._route(ctx, unicodedata.normalize("NFC", unquote(rest)))
        except NotFound:
            return self._render(ctx, _not_found(ctx))

    def _render(self, ctx: Ctx, view: View) -> Response:
        side_total = _pages(min(SIDEBAR_ITEMS, len(_ALL)), SIDEBAR_PER)
        try:
            side = _page_param(ctx, f"page_n{SIDEBAR_MODULE}", side_total)
            cal = _month_param(ctx)
        except NotFound:
            if view.status == 404:
                side, cal = 1, TODAY_DATE.year * 100 + TODAY_DATE.month
            else:
                return self._render(ctx, _not_found(ctx))
        return html(_layout(ctx, view, side, cal), status=view.status)

    def _route(self, ctx: Ctx, rest: str) -> Response | None:
        story: Story | None = None
        if rest in ("", "index.html"):
            if rest == "index.html":
                return redirect(ctx.base + ctx.prefix, 301)
            view = _home(ctx)
        elif rest.removesuffix(".html") in ARCHIVES and rest.endswith(".html"):
            view = _list_view(ctx, rest.removesuffix(".html"))
        elif m := re.fullmatch(r"([a-z-]+)/(.+)\.html", rest):
            key, alias = m.groups()
            if key in ARCHIVES:
                story = _BY_ALIAS.get((key, alias))
                if story is None:
                    link = _LINK_BY_ALIAS.get((key, alias))
                    if link is not None:
                        return redirect(
                            link.target if link.external else ctx.base + ctx.link(link.target), 301
                        )
                    raise NotFound
                view = _reader_view(ctx, story)
            elif key == "su-kien" and alias in _EVENT_BY_ALIAS:
                view = _event_view(ctx, _EVENT_BY_ALIAS[alias])
            elif rest in PAGES:
                view = _static_view(ctx, rest)
            else:
                raise NotFound
        elif rest in PAGES:
            view = _static_view(ctx, rest)
        elif rest == "luu-tru.html":
            view = _archive_view(ctx)
        elif rest == "lich-cong-tac.html":
            view = _events_view(ctx)
        elif rest == "lien-he.html":
            view = _contact(ctx)
        elif rest == "van-ban.html":
            view = _documents(ctx)
        elif rest == "thu-vien-anh.html":
            view = _album(ctx)
        elif rest == "tim-kiem.html":
            view = _search(ctx)
        else:
            raise NotFound
        if (answer := _page_files(_files_of(rest, story), ctx)) is not None:
            return answer
        pdf = ctx.get("pdf")
        if pdf is not None and story is not None and pdf == str(ARCHIVES[story.cat].article_id):
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'inline; filename="{story.slug[:40]}.pdf"',
                },
            )
        return self._render(ctx, view)


def build_site() -> ContaoSite:
    return ContaoSite()
