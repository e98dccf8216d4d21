"""Fixture portal: Phòng GD&ĐT huyện Hương Sơn (Hà Tĩnh) on Plone 5.2, classic UI, Barceloneta.

Imitates a district education office's site as Plone integrators in Vietnam set them up: Plone 5.2
classic (Zope, plone.app.contenttypes), the Barceloneta theme lightly customised through Diazo
(the office's name in the header, a header clock), folder-based URLs, portlets left and right,
Dublin Core meta tags switched on. Every page carries Plone's ``<base href>``: the object's URL,
with a trailing slash when the object is folderish (the site root, folders), without one for
items (News Item, Document, File, Image, Collection, Event). Views such as ``…/view``,
``…/sendto_form`` or ``?month=…`` keep the object's base.

What it serves:

- News Items in three folders, the categories: ``/tin-tuc`` "Tin tức - Sự kiện",
  ``/hoat-dong-chuyen-mon`` "Hoạt động chuyên môn", ``/thong-bao`` "Thông báo". An item is at
  ``/<folder>/<id>`` and again at ``/<folder>/<id>/view`` (same page, same base and
  ``rel=canonical`` to the item). Its page: breadcrumbs "Bạn đang ở đây: Trang chủ › <folder> ›
  <title>", the hidden ``#social-tags-body`` span repeating title and description (Plone 5 does
  this), ``h1.documentFirstHeading``, the ``documentByLine`` ("bởi <creator> — Xuất bản
  dd/mm/yyyy HH:MM — Lần sửa cuối dd/mm/yyyy HH:MM"), ``documentDescription`` (the sapo), the lead
  image (``figure.newsImageContainer`` linking ``…/image-view-fullscreen``, image
  ``…/@@images/image/preview``, ``figcaption`` = the image caption field when filled),
  ``#parent-fieldname-text`` (TinyMCE: ``figure.image-richtext`` + ``figcaption`` from the image's
  description, uncaptioned images whose alt is a camera/Zalo file name, a hand-typed centred
  italic line under an image, a table, a list, an ``h3``; items pasted from the old Plone 4 site
  keep the literal ``<dl class="image-left captioned"><dt><img/></dt><dd class="image-caption">``
  markup, relative ``hinh-anh/…/image_preview`` sources and character entities), the
  ``documentActions`` ("Gửi cho bạn bè" → ``sendto_form``, "In" → ``javascript:this.print();``),
  the sc.social.like "Chia sẻ" viewlet, keywords ("Từ khóa:" → ``@@search?Subject%3Alist=…``),
  "Có liên quan" related items, the next/previous navigation and the theme's "Các tin khác"
  viewlet (dated).
- Listings: ``/tin-tuc`` is a Folder whose default page is the Collection ``aggregator`` (also
  served at ``/tin-tuc/aggregator``, linked from the "Tin mới" portlet's footer). As Plone's own
  news aggregator it lists *every* published News Item of the site (all three folders), sorted on
  ``effective`` descending, summary view (``article.tileItem``, byline with the *last modified*
  date, description, "Xem thêm…"), 5 a page with the Plone 5 batch navigation (``nav.pagination``:
  "« 5 mục trước", page numbers, "Tiếp 3 mục »", links ``?b_start:int=5``, other request
  parameters kept). ``/hoat-dong-chuyen-mon`` is a Folder in listing view. ``/thong-bao`` still
  uses the customised Plone 4 ``folder_listing`` skin template: ``dl``/``dt``/``dd`` entries with
  *relative* links (``href="ke-hoach-…"``, ``href="qd-215-….pdf/view"``) that resolve against the
  base ``/thong-bao/`` only, a ``div.listingBar`` whose links carry Plone 4's ``&-C=``, 5 a page,
  3 pages; it mixes notices (News Items) and File objects.
- Non-articles: the home page (slider and collection portlets), ``/gioi-thieu`` (a Document with
  prose and a byline), ``/lien-he`` (an easyform contact form), ``/van-ban`` (a Folder of Files in
  tabular view; each File at ``/van-ban/<id>/view``, download at ``/van-ban/<id>`` and
  ``…/@@download/file/<id>``), ``/thu-vien-anh`` and its albums ``/thu-vien-anh/album-1`` (album
  view; images ``…/anh-01.jpg/view``), ``/su-kien`` with three Events, ``@@event_listing``, author
  pages ``/author/<userid>``, ``@@search``, ``/sitemap`` (HTML), ``/accessibility-info``,
  ``/login``, every item's ``sendto_form`` and ``image-view-fullscreen``; the right column also
  has the events portlet ("Sự kiện sắp tới", linking ``@@event_listing?mode=future|past``). Also
  ``/robots.txt`` (Plone's default text), ``/sitemap.xml.gz`` (gzip; Files with ``/view`` as
  Plone writes them) and the aggregator's RSS 1.0 feed ``/tin-tuc/aggregator/RSS``.

Traps and hard cases:

- The "Sự kiện" calendar portlet on every page has ``«``/``»`` links that are *query-only
  relative* hrefs (``?month=10&amp;year=2026``): resolved against the base they reproduce the
  current page (an article, a listing) with another month, forever (years 1900-2999 answer).
  Its event days link ``@@event_listing?mode=day&date=…``, whose "Ngày trước / Ngày sau" links
  never end either.
- Every article is served at its URL, at ``…/view``, and with any ``?month=&year=`` query; only
  ``rel=canonical`` says which is the article. ``…/view`` is listed as ``alt_paths``.
- ``<base href>``: relative links in ``/thong-bao`` and in pasted bodies resolve only against the
  base (``/thong-bao`` is fetched without a trailing slash; ``…/view`` pages add a path level);
  wrong resolutions answer 404 (no Zope acquisition here).
- An article moved from ``/tin-tuc`` to ``/hoat-dong-chuyen-mon`` keeps its old URL as a
  plone.app.redirector 301; an older article's body still links the old URL.
- Listing dates are *last modified* dates (summary view, Plone 4 folder listing); the news
  portlet shows Plone's ``Date`` (effective, else modified). Notices in ``/thong-bao`` are under
  ``one_state_workflow``: no effective date, so they sink to the end of the effective-sorted
  aggregator, and the site's byline override prints "Được tạo" (created) instead of "Xuất bản".
- Keyword and search links multiply (``sort_on``, ``sort_order``, ``b_start:int``, ``Subject:list``,
  ``Creator``), finite.

Gold (by hand). Articles are the 13 News Items. Not articles: Documents (``/gioi-thieu``), Files,
Images, albums, Events (title, one line, when/where; no text of their own), listings, forms,
search and author pages. Judgement calls:

- Date: the byline's "Xuất bản" (effective) date with its time. Items without one print "Được
  tạo" (created): that is their publication date. "Lần sửa cuối" (modified) is never taken, nor
  the listing's or the news portlet's date. ``DC.date.created`` in the meta tags is the creation
  time, earlier than "Xuất bản" on most items.
- Authors: an in-text signature ("Tin, ảnh: X", "Bài: X - Ảnh: Y", a bare bold name above
  "Nguồn: …") names the writer and wins over the byline; "bởi <Họ tên>" (a creator's full name,
  linked to ``/author/…``) is the author only when the body credits nobody. "bởi admin" / "bởi
  vanthu" are account ids, not people: no author. "Tin, ảnh: Lê Thị Hằng (Trường TH Sơn Kim 1)"
  gives Lê Thị Hằng (the school is her affiliation). "Tin, ảnh: X" puts X in both lists. A
  hand-typed caption ending "(Ảnh: Nguyễn Văn Lâm)" is kept whole as the caption.
- Source: "Nguồn: Báo Hà Tĩnh" → ``source``; the line is not body text.
- Summary: the description (``documentDescription``), printed outside the text: the body's first
  paragraph. Items without a description have no summary. The hidden ``#social-tags-body`` copy
  is not text.
- Images: the lead image first (its ``figcaption`` or no caption), then the text's images in order;
  URLs as printed, relative ones resolved against the base. An image whose only label is its file
  name (alt ``z5987….jpg``, ``DSC_0457.JPG``) has no caption.
- Body: paragraphs, the ``h3``, list items and table rows (cells joined by " | ") in order; links
  inside sentences are text ("(tải văn bản tại đây)"). A paragraph that is only a link to the
  attached file, its text the file's name (``DS-tap-huan-GDDP-2026.pdf``), is an attachment, not
  text.
- The short "Thông báo" items (one sentence and a PDF link) are articles: a News Item with a title,
  a date and a sentence of its own; the PDF they point to (a File in ``/van-ban``) is not.
- Category: the folder the item lives in (breadcrumb), never the aggregator that lists it.
"""

from __future__ import annotations

import calendar
import gzip
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "plone_sgddt"
PLATFORM = "plone5"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Hương Sơn"
OWNER = "UBND HUYỆN HƯƠNG SƠN"
ADDRESS = "Số 05 đường Nguyễn Trãi, thị trấn Phố Châu, huyện Hương Sơn, tỉnh Hà Tĩnh"
PHONE = "0239 3875 216"
HOTLINE = "0912 486 357"
EMAIL = "pgdhuongson@hatinh.edu.vn"
TODAY_DATE = date(2026, 11, 25)
UNIQUE = "++unique++2026-01-15T08:12:44.130529"
AGG_SIZE = 5
TB_SIZE = 5
SEARCH_SIZE = 10

#: folders that are categories: id -> title
CATS: dict[str, str] = {
    "tin-tuc": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

#: Plone users: id -> full name (None: the account has no full name, Plone prints the id)
USERS: dict[str, tuple[str | None, str]] = {
    "nguyenthimai": ("Nguyễn Thị Mai", "Chuyên viên Văn phòng, phụ trách Cổng thông tin điện tử."),
    "phanvanduc": ("Phan Văn Đức", "Chuyên viên bộ phận chuyên môn Tiểu học."),
    "admin": (None, ""),
    "vanthu": (None, ""),
}

GLOBALNAV = [
    ("", "Trang chủ"),
    ("gioi-thieu", "Giới thiệu"),
    ("tin-tuc", "Tin tức - Sự kiện"),
    ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    ("thong-bao", "Thông báo"),
    ("van-ban", "Văn bản"),
    ("thu-vien-anh", "Thư viện ảnh"),
    ("lien-he", "Liên hệ"),
]


def dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def _img(path: str) -> str:
    """A Plone 5 scale URL as the output filter writes it (host added when rendered)."""
    return f"{path}/@@images/image/preview"


# Story.opts: folder (CATS key), id (Plone id), created/effective/modified ("YYYY-MM-DD HH:MM";
# effective None = one_state_workflow item), creator (USERS key), tags, related (paths), nfd,
# entities, lead (True: a lead image; its caption is the first Img's), moved_from (old path).
# Img styles: lead (the News Item's image field), figure (figure + figcaption), plain (image alone,
# alt = file name), under (figure without caption, centred italic line typed below), dl (pasted
# Plone 4 captioned definition list, relative src).
# P styles: "" paragraph, h3, li (list item), th/tr (table rows, cells " | "), "a|href|phrase"
# (phrase linked to href, as printed: relative or absolute path).
_H1 = "hoat-dong-chuyen-mon/chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-lop-4"
_T1 = "tin-tuc/gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
_T2 = "tin-tuc/truong-thcs-le-huu-trac-don-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2"
_H2 = "hoat-dong-chuyen-mon/hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs"
_T3 = "tin-tuc/hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027"
_T4 = "tin-tuc/trao-150-suat-hoc-bong-tiep-suc-den-truong"
_H3 = "hoat-dong-chuyen-mon/tap-huan-su-dung-thiet-bi-day-hoc-mon-khtn"
_H4 = "hoat-dong-chuyen-mon/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-so-2"
_T5 = "tin-tuc/ron-rang-le-khai-giang-nam-hoc-2026-2027"
_N1 = "thong-bao/lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
_N2 = "thong-bao/ke-hoach-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen"
_N3 = "thong-bao/trieu-tap-giao-vien-du-tap-huan-noi-dung-giao-duc-dia-phuong"
_N4 = "thong-bao/thong-bao-lich-truc-phong-chong-bao-lu-nam-2026"
#: where H3 lived before it was moved (plone.app.redirector answers 301); H4's text links it
_H4_OLD_LINK = "/tin-tuc/tap-huan-su-dung-thiet-bi-day-hoc-mon-khtn"
_HA_HDCM = "/hoat-dong-chuyen-mon/hinh-anh/2026"
_HA_TT = "/tin-tuc/hinh-anh/2026"


def _story(n: int, path: str, title: str, published: str, blocks: list, **kw) -> Story:
    folder, slug = path.split("/")
    opts = kw.pop("opts")
    opts.setdefault("folder", folder)
    return Story(id=n, slug=slug, title=title, cat=folder, published_at=published, blocks=blocks,
                 sapo_outside=True, opts=opts, **kw)  # fmt: skip


STORIES: list[Story] = [
    _story(
        1,
        _H1,
        "Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4” tại Trường Tiểu học"
        " Sơn Kim 1",
        "2026-11-24T14:20:00+07:00",
        [
            Img(
                _img("/" + _H1),
                "Tiết dạy minh họa của cô giáo Nguyễn Thị Lan tại lớp 4A",
                "Tiết dạy minh họa của cô giáo Nguyễn Thị Lan tại lớp 4A",
                "lead",
            ),
            P(
                "Tại chuyên đề, các đại biểu dự hai tiết dạy minh họa bài “Cậu bé đánh giày” và"
                " “Chiếc răng rụng” do giáo viên Trường Tiểu học Sơn Kim 1 thực hiện. Các tiết dạy"
                " được thiết kế theo hướng tổ chức hoạt động: học sinh đọc thầm, thảo luận nhóm và"
                " tự rút ra nội dung, ý nghĩa của văn bản."
            ),
            Img(
                _img(f"{_HA_HDCM}/chuyen-de-doc-hieu-2.jpg"),
                "Học sinh lớp 4A thảo luận nhóm tìm hiểu nội dung bài đọc",
                "Học sinh lớp 4A thảo luận nhóm tìm hiểu nội dung bài đọc",
                "figure",
            ),
            P(
                "Sau phần dạy minh họa, các đại biểu thảo luận về những biện pháp giúp học sinh đọc"
                " hiểu văn bản văn học và văn bản thông tin: xây dựng hệ thống câu hỏi theo mức độ,"
                " hướng dẫn học sinh ghi chép bằng sơ đồ, khuyến khích đọc mở rộng tại thư viện và"
                " góc đọc sách của lớp."
            ),
            P("Một số kinh nghiệm được rút ra", "h3"),
            P(
                "Giáo viên cần xác định rõ yêu cầu cần đạt của từng bài đọc trước khi thiết kế"
                " hoạt động.",
                "li",
            ),
            P("Câu hỏi đọc hiểu đi từ nhận biết đến vận dụng, tránh hỏi dồn dập, vụn vặt.", "li"),
            P(
                "Tăng thời gian cho học sinh đọc cá nhân, đọc theo nhóm và chia sẻ cảm nhận.",
                "li",
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Trưởng phòng GD&ĐT đề nghị các trường tiếp tục tổ"
                " chức sinh hoạt chuyên môn theo cụm, nhân rộng cách làm hay từ chuyên đề vào hoạt"
                " động dạy học hằng ngày."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Hằng (Trường TH Sơn Kim'
                " 1)</strong></p>"
            ),
        ],
        summary=(
            "Ngày 21/11, Phòng GD&ĐT tổ chức chuyên đề cấp huyện môn Tiếng Việt lớp 4 tại Trường"
            " Tiểu học Sơn Kim 1 với sự tham gia của hơn 60 cán bộ quản lý, giáo viên cốt cán các"
            " trường tiểu học trên địa bàn."
        ),
        authors=["Lê Thị Hằng"],
        photographers=["Lê Thị Hằng"],
        opts={
            "created": "2026-11-24 10:02",
            "effective": "2026-11-24 14:20",
            "modified": "2026-11-24 14:35",
            "creator": "phanvanduc",
            "tags": ["Tiểu học", "Chuyên đề"],
            "related": [],
        },
    ),
    _story(
        2,
        _T1,
        "Hương Sơn gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "2026-11-19T16:30:00+07:00",
        [
            Img(
                _img("/" + _T1),
                "Lãnh đạo huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "lead",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện có nhiều chuyển biến tích cực. Toàn"
                " huyện có 12 học sinh đạt giải học sinh giỏi cấp tỉnh lớp 9, 3 học sinh đạt giải"
                " quốc gia; tỷ lệ trường đạt chuẩn quốc gia đạt 92,4%; 100% trường học được kết nối"
                " Internet và triển khai sổ điểm điện tử."
            ),
            Img(
                _img(f"{_HA_TT}/gap-mat-20-11-2.jpg"),
                "Đồng chí Chủ tịch UBND huyện phát biểu tại buổi gặp mặt",
                "Đồng chí Chủ tịch UBND huyện phát biểu tại buổi gặp mặt",
                "figure",
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Chủ tịch UBND huyện ghi nhận những đóng góp"
                " của đội ngũ cán bộ, giáo viên, nhân viên; đồng thời đề nghị ngành tiếp tục đổi mới"
                " phương pháp dạy học, quan tâm giáo dục đạo đức, kỹ năng sống cho học sinh, xây"
                " dựng môi trường học đường an toàn, thân thiện."
            ),
            Img(_img(f"{_HA_TT}/z5987654321012_6f0c1e2b3a4d.jpg"), None, None, "plain"),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 15 tập thể và 48 cá nhân có thành tích xuất"
                " sắc, trong đó có các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện bậc THCS"
                " vừa được công nhận.",
                f"a|../{_H2}/view|giáo viên dạy giỏi cấp huyện bậc THCS",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Quốc Huy</strong></p>'),
        ],
        summary=(
            "Sáng 19/11, UBND huyện Hương Sơn tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026), biểu dương các tập thể, cá nhân có thành tích xuất sắc"
            " trong năm học 2025 - 2026."
        ),
        authors=["Trần Quốc Huy"],
        photographers=["Trần Quốc Huy"],
        opts={
            "created": "2026-11-19 15:50",
            "effective": "2026-11-19 16:30",
            "modified": "2026-11-20 07:45",
            "creator": "nguyenthimai",
            "tags": ["Ngày Nhà giáo Việt Nam", "Thi đua khen thưởng"],
            "related": ["/" + _H2, "/thong-bao/qd-215-khen-thuong-gv-day-gioi-thcs.pdf"],
        },
    ),
    _story(
        3,
        _T2,
        "Trường THCS Lê Hữu Trác đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        "2026-11-13T08:15:00+07:00",
        [
            Img(_img("/" + _T2), None, None, "lead"),
            P(
                "Những năm qua, được sự quan tâm của các cấp, sự chung tay của phụ huynh, nhà trường"
                " đã đầu tư xây dựng thêm 8 phòng học bộ môn, nhà đa năng, thư viện đạt chuẩn;"
                " khuôn viên được quy hoạch xanh - sạch - đẹp."
            ),
            P(
                "Chất lượng giáo dục được giữ vững, tỷ lệ học sinh khá, giỏi đạt trên 75%; năm học"
                " 2025 - 2026, nhà trường có 5 học sinh đạt giải học sinh giỏi cấp tỉnh, xếp thứ"
                " nhất toàn huyện về chất lượng thi vào lớp 10 THPT."
            ),
            Img(
                _img(f"{_HA_TT}/le-huu-trac-chuan-qg-2.jpg"),
                "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà"
                " trường",
                "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà"
                " trường",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Hữu Thắng bày tỏ niềm vui và cam"
                " kết cùng tập thể sư phạm tiếp tục giữ vững, nâng cao các tiêu chuẩn đã đạt được,"
                " hướng tới xây dựng trường đạt chuẩn quốc gia mức độ 3 vào năm 2030."
            ),
        ],
        summary=(
            "Chiều 12/11, Trường THCS Lê Hữu Trác (thị trấn Phố Châu) long trọng tổ chức lễ đón"
            " Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam."
        ),
        authors=["Nguyễn Thị Mai"],
        opts={
            "created": "2026-11-12 17:20",
            "effective": "2026-11-13 08:15",
            "modified": "2026-11-14 10:00",
            "creator": "nguyenthimai",
            "tags": ["Trường chuẩn quốc gia"],
            "related": [],
        },
    ),
    _story(
        4,
        _H2,
        "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS: 46 giáo viên được công nhận",
        "2026-11-10T16:45:00+07:00",
        [
            P(
                "Hội thi diễn ra từ ngày 26/10 đến ngày 07/11/2026 tại 4 điểm trường: THCS Lê Hữu"
                " Trác, THCS Sơn Tây, THCS Sơn Trung và THCS Sơn Bằng. Mỗi giáo viên trình bày biện"
                " pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy thực hành."
            ),
            P("Kết quả theo môn như sau:"),
            P("Môn | Số giáo viên dự thi | Số giáo viên đạt", "th"),
            P("Ngữ văn | 12 | 10", "tr"),
            P("Toán | 14 | 11", "tr"),
            P("Khoa học tự nhiên | 10 | 8", "tr"),
            P("Tiếng Anh | 9 | 7", "tr"),
            P("Các môn khác | 13 | 10", "tr"),
            Img(
                _img(f"{_HA_HDCM}/gvdg-thcs-son-tay.jpg"),
                "Cô giáo Trần Thị Hoài An, Trường THCS Sơn Tây trong tiết dạy thực hành môn Khoa"
                " học tự nhiên",
                "Cô giáo Trần Thị Hoài An, Trường THCS Sơn Tây trong tiết dạy thực hành môn Khoa"
                " học tự nhiên",
                "figure",
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, nhiều tiết dạy vận dụng linh hoạt các phương pháp,"
                " kỹ thuật dạy học tích cực, ứng dụng công nghệ thông tin hiệu quả, phát huy được"
                " tính chủ động của học sinh. Bên cạnh đó, một số giáo viên còn lúng túng trong việc"
                " phân bố thời gian và tổ chức hoạt động luyện tập."
            ),
        ],
        summary=(
            "Sau gần hai tuần tổ chức, Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 -"
            " 2027 đã kết thúc với 46/58 giáo viên được công nhận danh hiệu giáo viên dạy giỏi."
        ),
        authors=["Nguyễn Thị Mai"],
        opts={
            "created": "2026-11-10 16:00",
            "effective": "2026-11-10 16:45",
            "modified": "2026-11-11 08:20",
            "creator": "nguyenthimai",
            "tags": ["THCS", "Giáo viên dạy giỏi"],
            "related": ["/" + _T1],
        },
    ),
    _story(
        5,
        _T3,
        "Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027 thu hút hơn 1.200 vận động viên",
        "2026-10-28T10:30:00+07:00",
        [
            Img(
                _img("/" + _T3),
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "lead",
            ),
            P(
                "Sáng 26/10, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa -"
                " Thể thao huyện khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027."
            ),
            P(
                "Tham gia Hội khỏe có hơn 1.200 vận động viên đến từ 42 trường tiểu học và THCS,"
                " thi đấu 8 môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông, bóng đá, bóng chuyền"
                " và đá cầu."
            ),
            Img(
                _img("/thu-vien-anh/album-1/anh-02.jpg"),
                "Thi đấu môn bóng chuyền nữ cấp THCS",
                "Thi đấu môn bóng chuyền nữ cấp THCS",
                "figure",
            ),
            P(
                "Đây là dịp để đánh giá kết quả công tác giáo dục thể chất, hoạt động thể thao trong"
                " trường học, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh"
                " năm 2027."
            ),
            Img(
                _img("/thu-vien-anh/album-1/anh-04.jpg"),
                "Các em học sinh tiểu học tranh tài ở nội dung chạy 60m",
                "Các em học sinh tiểu học tranh tài ở nội dung chạy 60m",
                "figure",
            ),
            P("Hội khỏe diễn ra đến hết ngày 30/10/2026."),
            Raw('<p style="text-align: right;"><strong>Thiên Vỹ</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
        authors=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={
            "created": "2026-10-28 09:00",
            "effective": "2026-10-28 10:30",
            "modified": "2026-10-28 10:30",
            "creator": "admin",
            "tags": ["Hội khỏe Phù Đổng", "Thể thao"],
            "related": ["/thu-vien-anh/album-1"],
        },
    ),
    _story(
        6,
        _T4,
        "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
        "2026-10-05T15:20:00+07:00",
        [
            P(
                "Mỗi suất học bổng trị giá 1.000.000 đồng cùng 10 cuốn vở, tổng trị giá hơn 160"
                " triệu đồng, do các nhà hảo tâm, doanh nghiệp và con em quê hương Hương Sơn đang"
                " sinh sống, làm việc xa quê ủng hộ."
            ),
            Img(
                "hinh-anh/2026/trao-hoc-bong-1.jpg/image_preview",
                "Đại diện nhà tài trợ trao học bổng cho học sinh các xã vùng lũ",
                "Đại diện nhà tài trợ trao học bổng cho học sinh các xã vùng lũ",
                "dl",
            ),
            P(
                "Những suất học bổng là nguồn động viên kịp thời, giúp các em có thêm điều kiện vượt"
                " qua khó khăn sau đợt mưa lũ cuối tháng 9, yên tâm tiếp tục đến trường."
            ),
            Img(
                "hinh-anh/2026/trao-hoc-bong-2.jpg/image_preview",
                "Em Nguyễn Thị Hà My, học sinh lớp 8 Trường THCS Sơn Kim, xúc động nhận học bổng",
                "Em Nguyễn Thị Hà My, học sinh lớp 8 Trường THCS Sơn Kim, xúc động nhận học bổng",
                "dl",
            ),
            P(
                "Dịp này, Phòng GD&ĐT cũng tiếp nhận 500 bộ sách giáo khoa và 200 áo ấm để trao cho"
                " các trường vùng lũ."
            ),
        ],
        summary=(
            "Ngày 03/10, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT trao 150 suất học bổng “Tiếp"
            " sức đến trường” cho học sinh có hoàn cảnh khó khăn chịu ảnh hưởng của mưa lũ."
        ),
        authors=["Phan Văn Đức"],
        opts={
            "created": "2026-10-05 15:00",
            "effective": "2026-10-05 15:20",
            "modified": "2026-11-18 09:12",
            "creator": "phanvanduc",
            "tags": ["Khuyến học"],
            "related": [],
            "entities": 2,
        },
    ),
    _story(
        7,
        _H4,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS số 2",
        "2026-09-26T07:30:00+07:00",
        [
            P(
                "Ngày 24/9, tại Trường THCS Sơn Trung, cụm chuyên môn số 2 gồm 6 trường THCS tổ"
                " chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán và Ngữ văn."
            ),
            P(
                "Các tiết dạy nghiên cứu được chuẩn bị kỹ lưỡng, vận dụng những kiến thức từ đợt tập"
                " huấn sử dụng thiết bị dạy học vừa qua.",
                "a|../tin-tuc/tap-huan-su-dung-thiet-bi-day-hoc-mon-khtn|tập huấn sử dụng thiết bị"
                " dạy học",
            ),
            Img(_img(f"{_HA_HDCM}/DSC_0457.JPG"), None, None, "plain"),
            P(
                "Thay vì tập trung đánh giá giáo viên, người dự giờ quan sát hoạt động học của học"
                " sinh, ghi lại những biểu hiện cụ thể để cùng phân tích nguyên nhân và đề xuất điều"
                " chỉnh."
            ),
            P(
                "Đại diện Phòng GD&ĐT đánh giá cao sự chuẩn bị của các trường trong cụm và đề nghị"
                " duy trì sinh hoạt cụm định kỳ hai tháng một lần."
            ),
        ],
        authors=["Phan Văn Đức"],
        opts={
            "created": "2026-09-25 16:10",
            "effective": "2026-09-26 07:30",
            "modified": "2026-09-26 07:30",
            "creator": "phanvanduc",
            "tags": ["THCS", "Nghiên cứu bài học"],
            "related": [],
            "nfd": True,
        },
    ),
    _story(
        8,
        _H3,
        "Tập huấn sử dụng thiết bị dạy học môn Khoa học tự nhiên",
        "2026-09-17T11:00:00+07:00",
        [
            P(
                "Tại lớp tập huấn, giáo viên được hướng dẫn khai thác bộ thiết bị thí nghiệm mới"
                " được cấp, thực hành lắp ráp mạch điện, đo nhiệt độ, quan sát tế bào bằng kính hiển"
                " vi, đồng thời trao đổi cách tổ chức bài học thực hành theo nhóm."
            ),
            Img(
                _img(f"{_HA_HDCM}/tap-huan-khtn-1.jpg"),
                "Giáo viên thực hành thí nghiệm đo nhiệt độ của nước (Ảnh: Nguyễn Văn Lâm)",
                "Giáo viên thực hành thí nghiệm đo nhiệt độ của nước (Ảnh: Nguyễn Văn Lâm)",
                "under",
            ),
            P(
                "Các thiết bị được cấp theo Thông tư 38/2021/TT-BGDĐT, gồm 26 bộ dụng cụ thí nghiệm"
                " cho mỗi trường, góp phần khắc phục tình trạng thiếu thiết bị thực hành trong những"
                " năm đầu triển khai Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Kết thúc đợt tập huấn, 100% giáo viên tham gia hoàn thành bài thu hoạch, xây dựng"
                " được kế hoạch bài dạy có sử dụng thiết bị thí nghiệm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Hồ Thị Thanh - Ảnh: Nguyễn Văn Lâm'
                "</strong></p>"
            ),
        ],
        summary=(
            "Từ ngày 14 đến 16/9, Phòng GD&ĐT tổ chức tập huấn sử dụng thiết bị dạy học tối thiểu"
            " môn Khoa học tự nhiên cho 85 giáo viên THCS trên địa bàn huyện."
        ),
        authors=["Hồ Thị Thanh"],
        photographers=["Nguyễn Văn Lâm"],
        opts={
            "created": "2026-09-17 08:30",
            "effective": "2026-09-17 11:00",
            "modified": "2026-10-02 14:00",
            "creator": "nguyenthimai",
            "tags": ["THCS", "Thiết bị dạy học"],
            "related": [],
            "moved_from": _H4_OLD_LINK,
        },
    ),
    _story(
        9,
        _T5,
        "Rộn ràng lễ khai giảng năm học 2026 - 2027",
        "2026-09-05T11:40:00+07:00",
        [
            Img(
                _img("/" + _T5),
                "Học sinh Trường Tiểu học Thị trấn Phố Châu trong ngày khai giảng",
                "Học sinh Trường Tiểu học Thị trấn Phố Châu trong ngày khai giảng",
                "lead",
            ),
            P(
                "Năm học 2026 - 2027, toàn huyện có 68 trường mầm non, tiểu học và THCS với 28.312"
                " học sinh, tăng 415 em so với năm học trước. Trước thềm năm học mới, các trường đã"
                " hoàn thành sửa chữa cơ sở vật chất, sắp xếp đội ngũ và chuẩn bị đầy đủ sách giáo"
                " khoa cho học sinh."
            ),
            Img(
                _img(f"{_HA_TT}/khai-giang-2026-le-huu-trac.jpg"),
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng tại Trường THCS Lê Hữu Trác",
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng tại Trường THCS Lê Hữu Trác",
                "figure",
            ),
            P(
                "Tại các điểm trường, sau phần nghi thức, các trường tổ chức chương trình văn nghệ"
                " chào mừng, đón học sinh lớp 1 và lớp 6, đọc thư của Chủ tịch nước gửi ngành giáo"
                " dục nhân dịp khai giảng năm học mới."
            ),
            P(
                "Trong ngày khai giảng, nhiều trường đã nhận được quà tặng từ các doanh nghiệp, nhà"
                " hảo tâm, gồm sách vở, xe đạp và học bổng cho học sinh có hoàn cảnh khó khăn."
            ),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Cổng Thông tin điện tử huyện Hương Sơn'
                "</em></p>"
            ),
        ],
        summary=(
            "Sáng 05/9, hơn 28.000 học sinh các cấp học trên địa bàn huyện Hương Sơn hân hoan dự lễ"
            " khai giảng năm học mới 2026 - 2027."
        ),
        source="Cổng Thông tin điện tử huyện Hương Sơn",
        opts={
            "created": "2026-09-05 10:15",
            "effective": "2026-09-05 11:40",
            "modified": "2026-09-06 08:00",
            "creator": "admin",
            "tags": ["Khai giảng"],
            "related": [],
        },
    ),
    _story(
        10,
        _N1,
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "2026-11-23T15:05:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Hà Tĩnh, Phòng GD&ĐT"
                " thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("Cấp tiểu học: kiểm tra từ ngày 28/12/2026 đến ngày 31/12/2026.", "li"),
            P(
                "Cấp THCS: kiểm tra từ ngày 21/12/2026 đến ngày 30/12/2026; đề kiểm tra môn Ngữ"
                " văn, Toán, Tiếng Anh lớp 9 do Phòng GD&ĐT ra đề chung.",
                "li",
            ),
            P(
                "Các trường hoàn thành nhập điểm, nhận xét lên phần mềm quản lý trước ngày"
                " 08/01/2027.",
                "li",
            ),
            P(
                "Hiệu trưởng các trường căn cứ hướng dẫn tại Công văn số 198/PGDĐT-CM để xây dựng kế"
                " hoạch cụ thể, tổ chức kiểm tra nghiêm túc, đánh giá đúng thực chất.",
                "a|cv-198-huong-dan-kiem-tra-cuoi-hk1.pdf/view|Công văn số 198/PGDĐT-CM",
            ),
        ],
        summary=(
            "Lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số đối với cấp THCS và các"
            " môn Tiếng Việt, Toán, Khoa học, Lịch sử và Địa lí, Tin học, Công nghệ đối với lớp 4,"
            " lớp 5."
        ),
        opts={
            "created": "2026-11-23 15:05",
            "effective": None,
            "modified": "2026-11-24 08:10",
            "creator": "vanthu",
            "tags": ["Kiểm tra học kỳ"],
            "related": [],
        },
    ),
    _story(
        11,
        _N2,
        "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027",
        "2026-11-17T09:30:00+07:00",
        [
            P(
                "Phòng GD&ĐT ban hành Kế hoạch số 318/KH-PGDĐT tổ chức Hội thi giáo viên chủ nhiệm"
                " lớp giỏi cấp huyện bậc tiểu học và THCS năm học 2026 - 2027, đề nghị các trường"
                " nghiên cứu và đăng ký danh sách giáo viên dự thi trước ngày 05/12/2026 (tải văn"
                " bản tại đây).",
                "a|../van-ban/kh-318-hoi-thi-gvcn-gioi.pdf|tải văn bản tại đây",
            ),
        ],
        opts={
            "created": "2026-11-17 09:30",
            "effective": None,
            "modified": "2026-11-17 09:30",
            "creator": "vanthu",
            "tags": [],
            "related": [],
        },
    ),
    _story(
        12,
        _N3,
        "Triệu tập giáo viên dự tập huấn nội dung giáo dục địa phương",
        "2026-11-02T14:10:00+07:00",
        [
            P(
                "Phòng GD&ĐT triệu tập giáo viên dạy nội dung giáo dục địa phương lớp 6, 7, 8 các"
                " trường THCS tham dự lớp tập huấn vào ngày 07/11/2026 tại Trường THCS Lê Hữu Trác"
                " (danh sách kèm theo)."
            ),
            Raw(
                '<p><a href="../van-ban/ds-tap-huan-gddp-2026.pdf" class="internal-link"'
                ' target="_blank" data-linktype="internal" data-val="3f2a9c1e7b5d4e6f8a0b1c2d3e4f5a6b">'
                "DS-tap-huan-GDDP-2026.pdf</a></p>"
            ),
        ],
        opts={
            "created": "2026-11-02 14:10",
            "effective": None,
            "modified": "2026-11-03 07:55",
            "creator": "vanthu",
            "tags": ["Tập huấn"],
            "related": [],
        },
    ),
    _story(
        13,
        _N4,
        "Thông báo lịch trực phòng, chống bão lũ năm 2026",
        "2026-10-12T07:40:00+07:00",
        [
            P(
                "Cán bộ, công chức trực 24/24 giờ theo lịch phân công, nắm bắt tình hình thiệt hại"
                " tại các trường, báo cáo kịp thời về Ban Chỉ huy phòng, chống thiên tai huyện."
            ),
            P(
                f"Số điện thoại trực: {PHONE}. Các trường khi có thiệt hại về người, cơ sở vật chất"
                " báo cáo ngay cho cán bộ trực và cập nhật theo mẫu tại Công văn số 245/PGDĐT-VP.",
                "a|../van-ban/cv-245-lich-truc-bao-lu.pdf|Công văn số 245/PGDĐT-VP",
            ),
            P(
                "Hiệu trưởng các trường phân công lịch trực tại đơn vị, không để học sinh đến trường"
                " khi có mưa lớn, ngập lụt gây mất an toàn."
            ),
        ],
        summary=(
            "Để chủ động ứng phó với mưa bão, Phòng GD&ĐT thông báo lịch trực phòng, chống thiên"
            " tai tại cơ quan từ ngày 12/10/2026 đến hết ngày 30/11/2026."
        ),
        opts={
            "created": "2026-10-12 07:40",
            "effective": None,
            "modified": "2026-10-14 16:05",
            "creator": "vanthu",
            "tags": [],
            "related": [],
        },
    ),
]


def item_path(s: Story) -> str:
    return f"/{s.cat}/{s.slug}"


def _created(s: Story) -> datetime:
    return dt(s.opts["created"])


def _effective(s: Story) -> datetime | None:
    return dt(s.opts["effective"]) if s.opts["effective"] else None


def _modified(s: Story) -> datetime:
    return dt(s.opts["modified"])


def _date_index(s: Story) -> datetime:
    """Plone's ``Date``: the effective date, else the modification date."""
    return _effective(s) or _modified(s)


_FLOOR = datetime(1000, 1, 1)


def aggregated() -> list[Story]:
    """The news aggregator: every News Item, ``effective`` descending; no effective = the floor."""
    return sorted(STORIES, key=lambda s: (_effective(s) or _FLOOR, _created(s)), reverse=True)


def in_folder(cat: str) -> list[Story]:
    return [s for s in aggregated() if s.cat == cat]


def _lead(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "lead"), None)


_BY_PATH = {item_path(s): s for s in STORIES}
_MOVED = {s.opts["moved_from"]: item_path(s) for s in STORIES if s.opts.get("moved_from")}


# --- files, images, events, pages ------------------------------------------------------------


@dataclass(frozen=True)
class File:
    path: str
    title: str
    description: str
    modified: str
    size: int
    creator: str = "vanthu"

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[1]

    @property
    def is_word(self) -> bool:
        return self.name.endswith(".docx")


FILES: list[File] = [
    File("/van-ban/cv-123.pdf", "Công văn số 123/PGDĐT-THCS về việc tổ chức dạy học 2 buổi/ngày",
         "Hướng dẫn tổ chức dạy học 2 buổi/ngày đối với cấp THCS năm học 2026 - 2027.",
         "2026-09-08 09:20", 188_742),
    File("/van-ban/kh-318-hoi-thi-gvcn-gioi.pdf",
         "Kế hoạch số 318/KH-PGDĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện",
         "", "2026-11-17 09:25", 402_113),
    File("/van-ban/ds-tap-huan-gddp-2026.pdf",
         "Danh sách giáo viên tập huấn nội dung giáo dục địa phương", "", "2026-11-02 14:05",
         96_530),
    File("/van-ban/cv-245-lich-truc-bao-lu.pdf",
         "Công văn số 245/PGDĐT-VP về lịch trực phòng, chống thiên tai năm 2026",
         "Kèm mẫu báo cáo nhanh thiệt hại do thiên tai.", "2026-10-12 07:35", 154_208),
    File("/van-ban/qd-88-ke-hoach-thoi-gian-nam-hoc.pdf",
         "Quyết định số 88/QĐ-PGDĐT ban hành kế hoạch thời gian năm học 2026 - 2027", "",
         "2026-08-20 15:00", 211_470),
    File("/van-ban/hd-05-nhiem-vu-nam-hoc-2026-2027.pdf",
         "Hướng dẫn số 05/HD-PGDĐT thực hiện nhiệm vụ năm học 2026 - 2027",
         "Hướng dẫn chung cho các cấp học mầm non, tiểu học, THCS.", "2026-09-02 10:30",
         612_904),
    File("/thong-bao/qd-215-khen-thuong-gv-day-gioi-thcs.pdf",
         "Quyết định số 215/QĐ-PGDĐT khen thưởng giáo viên dạy giỏi cấp huyện bậc THCS", "",
         "2026-11-20 10:40", 233_561),
    File("/thong-bao/cv-198-huong-dan-kiem-tra-cuoi-hk1.pdf",
         "Công văn số 198/PGDĐT-CM hướng dẫn kiểm tra cuối học kỳ I năm học 2026 - 2027", "",
         "2026-11-18 16:15", 174_029),
    File("/thong-bao/tb-176-lich-giao-ban-thang-12.pdf",
         "Thông báo số 176/TB-PGDĐT lịch giao ban tháng 12/2026", "", "2026-11-16 08:00",
         61_874),
    File("/thong-bao/kh-160-boi-duong-hsg-lop-9.pdf",
         "Kế hoạch số 160/KH-PGDĐT bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027", "",
         "2026-11-05 14:30", 289_311),
    File("/thong-bao/qd-142-thanh-lap-ban-giam-khao.pdf",
         "Quyết định số 142/QĐ-PGDĐT thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi THCS", "",
         "2026-10-23 10:10", 120_655),
    File("/thong-bao/cv-131-phong-chong-duoi-nuoc.pdf",
         "Công văn số 131/PGDĐT-VP về tăng cường phòng, chống đuối nước cho học sinh", "",
         "2026-10-08 09:45", 98_120),
    File("/thong-bao/mau-bao-cao-thong-ke-dau-nam.docx",
         "Mẫu báo cáo thống kê đầu năm học 2026 - 2027", "Các trường tải về, điền số liệu.",
         "2026-09-10 11:00", 45_312),
]  # fmt: skip
_FILE_BY_PATH = {f.path: f for f in FILES}

#: /thong-bao in folder order (manual positions): notices and Files mixed
THONG_BAO_ORDER: list[str] = [
    "/" + _N1,
    "/thong-bao/qd-215-khen-thuong-gv-day-gioi-thcs.pdf",
    "/thong-bao/cv-198-huong-dan-kiem-tra-cuoi-hk1.pdf",
    "/" + _N2,
    "/thong-bao/tb-176-lich-giao-ban-thang-12.pdf",
    "/thong-bao/kh-160-boi-duong-hsg-lop-9.pdf",
    "/" + _N3,
    "/thong-bao/qd-142-thanh-lap-ban-giam-khao.pdf",
    "/thong-bao/cv-131-phong-chong-duoi-nuoc.pdf",
    "/" + _N4,
    "/thong-bao/mau-bao-cao-thong-ke-dau-nam.docx",
]


@dataclass(frozen=True)
class Photo:
    path: str
    title: str
    description: str


ALBUMS: dict[str, tuple[str, str, list[Photo]]] = {
    "/thu-vien-anh/album-1": (
        "Hội khỏe Phù Đổng cấp huyện năm học 2026 - 2027",
        "Một số hình ảnh tại Hội khỏe Phù Đổng cấp huyện, từ ngày 26 đến 30/10/2026.",
        [
            Photo("/thu-vien-anh/album-1/anh-01.jpg", "Lễ khai mạc", "Lễ khai mạc Hội khỏe Phù Đổng"),
            Photo("/thu-vien-anh/album-1/anh-02.jpg", "Bóng chuyền nữ",
                  "Thi đấu môn bóng chuyền nữ cấp THCS"),
            Photo("/thu-vien-anh/album-1/anh-03.jpg", "Cờ vua", "Nội dung cờ vua cấp tiểu học"),
            Photo("/thu-vien-anh/album-1/anh-04.jpg", "Chạy 60m",
                  "Các em học sinh tiểu học tranh tài ở nội dung chạy 60m"),
            Photo("/thu-vien-anh/album-1/anh-05.jpg", "Trao giải", "Trao giải toàn đoàn"),
        ],
    ),
    "/thu-vien-anh/le-khai-giang-2026": (
        "Lễ khai giảng năm học 2026 - 2027",
        "Hình ảnh lễ khai giảng tại các trường trên địa bàn huyện.",
        [
            Photo("/thu-vien-anh/le-khai-giang-2026/kg-01.jpg", "Thị trấn Phố Châu",
                  "Học sinh lớp 1 Trường Tiểu học Thị trấn Phố Châu"),
            Photo("/thu-vien-anh/le-khai-giang-2026/kg-02.jpg", "THCS Sơn Tây",
                  "Màn đồng diễn chào mừng năm học mới"),
            Photo("/thu-vien-anh/le-khai-giang-2026/kg-03.jpg", "kg-03.jpg", ""),
        ],
    ),
}  # fmt: skip
_PHOTO_BY_PATH = {p.path: p for _t, _d, photos in ALBUMS.values() for p in photos}


@dataclass(frozen=True)
class Event:
    path: str
    title: str
    description: str
    start: str
    end: str
    location: str
    contact: str


EVENTS: list[Event] = [
    Event("/su-kien/gap-mat-ky-niem-ngay-nha-giao-viet-nam", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam",
          "Gặp mặt cán bộ, giáo viên tiêu biểu toàn huyện.", "2026-11-19 08:00", "2026-11-19 11:00",
          "Hội trường UBND huyện", "Văn phòng Phòng GD&ĐT"),
    Event("/su-kien/hoi-giang-cum-truong-tieu-hoc-so-1", "Hội giảng cụm trường tiểu học số 1",
          "Hội giảng chào mừng 20/11 của cụm trường tiểu học số 1.", "2026-11-27 07:30",
          "2026-11-27 11:00", "Trường Tiểu học Sơn Kim 1", "Bộ phận Tiểu học"),
    Event("/su-kien/thi-hoc-sinh-gioi-lop-9-cap-huyen", "Thi chọn học sinh giỏi lớp 9 cấp huyện",
          "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027.", "2026-12-08 07:30",
          "2026-12-09 11:30", "Trường THCS Lê Hữu Trác", "Bộ phận THCS"),
]  # fmt: skip
_EVENT_BY_PATH = {e.path: e for e in EVENTS}

GIOI_THIEU = [
    "Phòng Giáo dục và Đào tạo huyện Hương Sơn là cơ quan chuyên môn thuộc UBND huyện, tham mưu,"
    " giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục tiểu học"
    " và giáo dục trung học cơ sở trên địa bàn huyện.",
    "Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời chịu"
    " sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo tỉnh Hà"
    " Tĩnh.",
    "Hiện nay, toàn huyện có 68 trường mầm non, tiểu học và THCS công lập với gần 2.000 cán bộ, giáo"
    " viên, nhân viên và hơn 28.000 học sinh.",
]


# --- the gold (by hand: see the module docstring) --------------------------------------------

GOLD: list[dict] = [
    gold_record(s, item_path(s), CATS[s.cat], alt_paths=[item_path(s) + "/view"]) for s in STORIES
]

_AGG_PAGES = -(-len(STORIES) // AGG_SIZE)
_TB_PAGES = -(-len(THONG_BAO_ORDER) // TB_SIZE)

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?b_start:int={n * AGG_SIZE}" for n in range(1, _AGG_PAGES)),
    "/tin-tuc/aggregator",
    "/hoat-dong-chuyen-mon",
    "/thong-bao",
    *(f"/thong-bao?b_start:int={n * TB_SIZE}&-C=" for n in range(1, _TB_PAGES)),
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    *(f"{f.path}/view" for f in FILES),
    "/thu-vien-anh",
    *ALBUMS,
    *(f"{p}/view" for p in _PHOTO_BY_PATH),
    "/su-kien",
    *(e.path for e in EVENTS),
    "/@@event_listing?mode=future",
    "/@@event_listing?mode=past",
    "/author/nguyenthimai",
    "/author/phanvanduc",
    "/@@search",
    "/sitemap",
    "/accessibility-info",
    "/login",
    *(f"{item_path(s)}/sendto_form" for s in STORIES),
    *(f"{item_path(s)}/image-view-fullscreen" for s in STORIES if _lead(s)),
]


# --- rendering helpers -----------------------------------------------------------------------

WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _long(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def _short(d: datetime | date) -> str:
    return f"{d:%d/%m/%Y}"


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _uid(seed: str) -> str:
    import hashlib

    return hashlib.md5(seed.encode()).hexdigest()


def _user_name(user: str) -> str:
    return USERS[user][0] or user


def _q(params: list[tuple[str, str]]) -> str:
    """A query as Zope's ``make_query`` writes it: ``:`` and ``-`` left alone."""
    return "&".join(f"{quote(k, safe=':-')}={quote(v, safe='')}" for k, v in params)


def _month_year(params: dict[str, str]) -> tuple[int, int]:
    try:
        month, year = int(params.get("month", "")), int(params.get("year", ""))
    except ValueError:
        return TODAY_DATE.month, TODAY_DATE.year
    if 1 <= month <= 12 and 1900 <= year <= 2999:
        return month, year
    return TODAY_DATE.month, TODAY_DATE.year


def _event_days(year: int, month: int) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    for e in EVENTS:
        d = dt(e.start).date()
        while d <= dt(e.end).date():
            if (d.year, d.month) == (year, month):
                out.setdefault(d.day, []).append(e)
            d += timedelta(days=1)
    return out


def _calendar(host: str, params: dict[str, str]) -> str:
    """plone.app.event's calendar portlet; prev/next are query-only relative links."""
    month, year = _month_year(params)
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    days = _event_days(year, month)
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        cells = []
        for d in week:
            cls = []
            if d.month != month:
                cls.append("cal_prev_month" if d < date(year, month, 1) else "cal_next_month")
            if d == TODAY_DATE:
                cls.append("today")
            if d.month == month and d.day in days:
                cls.append("cal_has_events")
                titles = " | ".join(e.title for e in days[d.day])
                inner = (
                    f'<a href="{host}/@@event_listing?mode=day&amp;date={d:%Y-%m-%d}"'
                    f' title="{esc(titles)}">{d.day}</a>'
                )
            else:
                inner = f"<span>{d.day}</span>"
            cells.append(f'<td class="{" ".join(cls)}">{inner}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{w}</th>" for w in WEEKDAYS)
    return f"""<aside class="portlet portletCalendar" role="section">
<header class="portletHeader">
<a href="?month={prev_m}&amp;year={prev_y}" rel="nofollow" title="Tháng trước" data-year="{prev_y}" data-month="{prev_m}" class="calendarPrevious">«</a>
<span>Tháng {month} năm {year}</span>
<a href="?month={next_m}&amp;year={next_y}" rel="nofollow" title="Tháng sau" data-year="{next_y}" data-month="{next_m}" class="calendarNext">»</a>
</header>
<section class="portletContent">
<table class="ploneCalendar" summary="Lịch sự kiện"><caption class="hiddenStructure">Tháng {month}</caption>
<thead><tr class="weekdays">{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>
</section>
<footer class="portletFooter"><a href="{host}/su-kien">Xem tất cả sự kiện…</a></footer>
</aside>"""


def _events_portlet(host: str) -> str:
    """plone.app.event's events portlet: upcoming events, links to the event listing."""
    upcoming = [e for e in EVENTS if dt(e.end).date() >= TODAY_DATE]
    items = "".join(
        f'<li class="portletItem"><a href="{host}{e.path}" class="tile">{esc(e.title)}</a>'
        f'<span class="portletItemDetails">{_long(dt(e.start))} — {esc(e.location)}</span></li>'
        for e in upcoming
    )
    return f"""<aside class="portlet portletEvents" role="section">
<header class="portletHeader"><a href="{host}/@@event_listing?mode=future" class="tile">Sự kiện sắp tới</a></header>
<ul class="portletContent">{items}</ul>
<footer class="portletFooter"><a href="{host}/@@event_listing?mode=future">Sự kiện sắp tới…</a>
<a href="{host}/@@event_listing?mode=past">Sự kiện đã qua…</a></footer>
</aside>"""


def _news_portlet(host: str) -> str:
    newest = sorted(STORIES, key=_date_index, reverse=True)[:5]
    items = "".join(
        f'<li class="portletItem {"odd" if n % 2 == 0 else "even"}">'
        f'<a href="{host}{item_path(s)}" class="tile contenttype-news-item"'
        f' title="{esc(s.summary or "")}">{esc(s.title)}'
        f'<span class="portletItemDetails">{_short(_date_index(s))}</span></a></li>'
        for n, s in enumerate(newest)
    )
    return f"""<aside class="portlet portletNews" role="section">
<header class="portletHeader"><a href="{host}/tin-tuc/aggregator" class="tile">Tin mới</a></header>
<ul class="portletContent">{items}</ul>
<footer class="portletFooter"><a href="{host}/tin-tuc/aggregator" class="tile">Thêm tin tức…</a></footer>
</aside>"""


def _navtree(host: str, section: str, current: str) -> str:
    entries = []
    for key, label in GLOBALNAV[1:]:
        cls = "navTreeItem visualNoMarker navTreeFolderish section-" + key
        sub = ""
        if key == section and key in CATS:
            cls += " navTreeItemInPath" if current != f"/{key}" else " navTreeCurrentNode"
            kids = []
            for s in sorted(in_folder(key), key=_created):
                here = " navTreeCurrentItem" if item_path(s) == current else ""
                kids.append(
                    f'<li class="navTreeItem visualNoMarker section-{s.slug}">'
                    f'<a href="{host}{item_path(s)}" class="state-published contenttype-news-item'
                    f'{here}" title="{esc(s.summary or "")}">{esc(s.title)}</a></li>'
                )
            sub = f'<ul class="navTree navTreeLevel1">{"".join(kids)}</ul>'
        href = f"{host}/{key}"
        entries.append(
            f'<li class="{cls}"><a href="{href}" class="state-published navTreeFolderish'
            f' contenttype-folder" title="">{esc(label)}</a>{sub}</li>'
        )
    return f"""<aside class="portlet portletNavigationTree" role="navigation">
<header class="portletHeader hiddenStructure"><a href="{host}/sitemap" class="tile">Điều hướng</a></header>
<nav class="portletContent lastItem"><ul class="navTree navTreeLevel0">{"".join(entries)}</ul></nav>
</aside>"""


def _docs_portlet(host: str) -> str:
    newest = sorted((f for f in FILES if f.path.startswith("/van-ban/")),
                    key=lambda f: f.modified, reverse=True)[:4]  # fmt: skip
    items = "".join(
        f'<li class="portletItem"><a href="{host}{f.path}/view" class="tile contenttype-file">'
        f'{esc(f.title)}<span class="portletItemDetails">{_short(dt(f.modified))}</span></a></li>'
        for f in newest
    )
    return f"""<aside class="portlet portletCollection portlet-collection-van-ban-moi" role="section">
<header class="portletHeader"><a href="{host}/van-ban" class="tile">Văn bản mới</a></header>
<ul class="portletContent">{items}</ul>
<footer class="portletFooter"><a href="{host}/van-ban">Xem tất cả văn bản…</a></footer>
</aside>"""


def _banners(host: str) -> str:
    return f"""<aside class="portlet portletStaticText portlet-static-lien-ket" role="section">
<header class="portletHeader"><span>Liên kết</span></header>
<div class="portletContent">
<p><a href="https://moet.gov.vn" target="_blank"><img src="{host}/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a></p>
<p><a href="https://hatinh.edu.vn" target="_blank"><img src="{host}/banner/so-gddt-ha-tinh.png" alt="Sở GD&amp;ĐT Hà Tĩnh" /></a></p>
<p><a href="https://csdl.moet.gov.vn" target="_blank"><img src="{host}/banner/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" /></a></p>
<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="{host}/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến" /></a></p>
</div></aside>"""


_COUNTER = """<aside class="portlet portletStaticText portlet-static-thong-ke" role="section">
<header class="portletHeader"><span>Thống kê truy cập</span></header>
<div class="portletContent"><ul class="thong-ke">
<li>Đang trực tuyến: <strong>14</strong></li><li>Hôm nay: <strong>362</strong></li>
<li>Hôm qua: <strong>518</strong></li><li>Tổng lượt truy cập: <strong>1.284.507</strong></li>
</ul></div></aside>
<aside class="portlet portletStaticText portlet-static-lien-ket-website" role="section">
<header class="portletHeader"><span>Liên kết website</span></header>
<div class="portletContent"><select onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="https://huongson.hatinh.gov.vn">Cổng TTĐT huyện Hương Sơn</option>
<option value="https://thcslehuutrac.edu.vn">Trường THCS Lê Hữu Trác</option>
</select></div></aside>"""


def _globalnav(host: str, section: str) -> str:
    out = []
    for key, label in GLOBALNAV:
        sel = " selected" if key == section else ""
        href = f"{host}/{key}" if key else host
        out.append(
            f'<li class="{key or "index_html"}{sel}"><a href="{href}" class="state-published">'
            f"{esc(label)}</a></li>"
        )
    return "".join(out)


def _crumbs(host: str, trail: list[tuple[str, str | None]]) -> str:
    items = [
        f'<li id="breadcrumbs-home"><a href="{host}">Trang chủ</a>'
        '<span class="breadcrumbSeparator">›</span></li>'
    ]
    for n, (label, href) in enumerate(trail, 1):
        if href:
            items.append(
                f'<li id="breadcrumbs-{n}"><span><a href="{host}{href}">{esc(label)}</a>'
                '<span class="breadcrumbSeparator">›</span></span></li>'
            )
        else:
            items.append(
                f'<li id="breadcrumbs-{n}"><span id="breadcrumbs-current">{esc(label)}</span></li>'
            )
    return f"""<nav id="portal-breadcrumbs" class="plone-breadcrumb">
<div class="container"><span id="breadcrumbs-you-are-here">Bạn đang ở đây:</span>
<ol aria-labelledby="breadcrumbs-you-are-here">{"".join(items)}</ol></div></nav>"""


@dataclass
class Ctx:
    """What the page template needs to know about the object it renders."""

    obj_path: str  # "" for the site root
    folderish: bool
    title: str
    ptype: str
    template: str
    section: str
    trail: list[tuple[str, str | None]]
    head: str = ""
    canonical: str | None = None
    #: a view of the site root (search, login …): the base is the root's
    root_view: bool = False


def _page(req: Request, ctx: Ctx, content: str, *, columns: bool = True) -> str:
    host = base_url(req)
    base = host + ("/" if ctx.root_view else ctx.obj_path + ("/" if ctx.folderish else ""))
    canonical = host + (ctx.canonical if ctx.canonical is not None else ctx.obj_path)
    title = f"{ctx.title} — {SITE}" if ctx.obj_path else SITE
    current = ctx.obj_path or "/"
    left = right = ""
    if columns:
        left = (
            '<div id="column1-container"><aside id="portal-column-one"'
            ' class="col-xs-12 col-sm-3 col-sm-pull-6"><div class="portletWrapper">'
            + _navtree(host, ctx.section, current)
            + '</div><div class="portletWrapper">'
            + _docs_portlet(host)
            + '</div><div class="portletWrapper">'
            + _banners(host)
            + "</div></aside></div>"
        )
        right = (
            '<div id="column2-container"><aside id="portal-column-two" class="col-xs-12 col-sm-3">'
            '<div class="portletWrapper">'
            + _news_portlet(host)
            + '</div><div class="portletWrapper">'
            + _calendar(host, req.params)
            + '</div><div class="portletWrapper">'
            + _events_portlet(host)
            + '</div><div class="portletWrapper">'
            + _COUNTER
            + "</div></aside></div>"
        )
    section_cls = f"section-{ctx.section}" if ctx.section else "section-front-page"
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base}" /><!--[if lt IE 7]></base><![endif]-->
<meta name="twitter:card" content="summary" /><meta property="og:site_name" content="{esc(SITE)}" />
<meta property="og:title" content="{esc(ctx.title)}" /><meta property="og:type" content="website" />
<meta property="og:url" content="{canonical}" />
{ctx.head}
<meta name="DC.format" content="text/html" /><meta name="DC.language" content="vi" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="generator" content="Plone - http://plone.com" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="{host}/{UNIQUE}/++plone++production/default.css" data-bundle="production" />
<link rel="stylesheet" href="{host}/++theme++pgdhuongson/less/barceloneta-compiled.css" data-bundle="diazo" />
<link rel="canonical" href="{canonical}" />
<link rel="search" href="{host}/@@search" title="Tìm kiếm trên website" />
<link rel="shortcut icon" type="image/x-icon" href="{host}/favicon.ico" />
<script type="text/javascript" src="{host}/{UNIQUE}/++plone++production/default.js"></script>
</head>
<body id="visual-portal-wrapper" class="frontend icons-on portaltype-{ctx.ptype} site-Plone {section_cls} template-{ctx.template} thumbs-on userrole-anonymous viewpermission-view" dir="ltr" data-base-url="{host}{ctx.obj_path}" data-view-url="{host}{ctx.obj_path}" data-portal-url="{host}" data-i18ncatalogurl="{host}/plonejsi18n" data-pat-plone-modal='{{"actionOptions": {{"displayInModal": false}}}}'>
<div class="outer-wrapper">
<header id="content-header"><div class="container"><header id="portal-top" class="row"><div class="col-xs-12">
<div id="portal-header">
<div id="portal-ngay-thang" class="ngay-hien-tai">{TODAY}</div>
<a id="portal-logo" title="{esc(SITE)}" href="{host}"><img src="{host}/++theme++pgdhuongson/logo.png" alt="{esc(SITE)}" title="{esc(SITE)}" /></a>
<div class="ten-co-quan"><span class="co-quan-chu-quan">{OWNER}</span><span class="ten-don-vi">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<div id="portal-searchbox">
<form id="searchGadget_form" action="{host}/@@search" role="search" data-pat-livesearch="ajaxUrl:{host}/@@ajax-search" class="pat-livesearch">
<div class="LSBox"><label class="hiddenStructure" for="searchGadget">Tìm kiếm trên website</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trên website" placeholder="Tìm kiếm trên website" class="searchField" />
<input class="searchButton" type="submit" value="Tìm kiếm" />
<div class="searchSection"><input id="searchbox_currentfolder_only" class="noborder" type="checkbox" name="path" value="/Plone{ctx.obj_path}" /><label for="searchbox_currentfolder_only" style="cursor: pointer">chỉ trong thư mục hiện tại</label></div>
</div></form>
<div id="portal-advanced-search" class="hiddenStructure"><a href="{host}/@@search">Tìm kiếm nâng cao…</a></div>
</div>
<div id="portal-anontools"><ul><li><a title="Đăng nhập" data-pat-plone-modal='{{"prependContent": ".portalMessage", "title": "Đăng nhập", "width": "26em"}}' id="personaltools-login" href="{host}/login" class="pat-plone-modal">Đăng nhập</a></li></ul></div>
</div></div></header></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation">
<nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container">
<div class="plone-navbar-header"><button type="button" class="plone-navbar-toggle" data-toggle="collapse" data-target="#portal-globalnav-collapse"><span class="sr-only">Bật/tắt điều hướng</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav">{_globalnav(host, ctx.section)}</ul></div>
</div></nav></div></div>
<div id="above-content-wrapper"><div id="viewlet-above-content">{_crumbs(host, ctx.trail) if ctx.obj_path else ""}</div></div>
<div class="container">
<div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
{left}
<div id="content-container" class="col-xs-12 col-sm-{6 if columns else 12} col-sm-push-3">
<!-- Content -->
<article id="portal-column-content">
{content}
</article>
</div>
{right}
</main>
</div>
<footer id="portal-footer-wrapper" role="contentinfo"><div class="container" id="portal-footer">
<div class="doormat row"><div class="col-xs-12"><div class="portletWrapper"><section class="portlet portletStaticText portlet-static-chan-trang"><div class="portletContent">
<p><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Tiến - Trưởng phòng</p>
<p>Ghi rõ nguồn “{esc(SITE)}” khi phát hành lại thông tin từ website này.</p>
</div></section></div></div></div>
<div class="row"><div class="col-xs-12"><ul id="portal-siteactions">
<li class="portletItem" id="siteaction-sitemap"><a href="{host}/sitemap" title="Sơ đồ website">Sơ đồ website</a></li>
<li class="portletItem" id="siteaction-accessibility"><a href="{host}/accessibility-info" title="Khả năng truy cập">Khả năng truy cập</a></li>
<li class="portletItem" id="siteaction-contact"><a href="{host}/lien-he" title="Liên hệ">Liên hệ</a></li>
</ul></div></div>
<div class="row"><div class="col-xs-12"><div id="portal-colophon"><div class="colophonWrapper"><a href="https://plone.org" target="_blank" title="Trang web này được xây dựng bằng Plone, Hệ quản trị nội dung nguồn mở.">Vận hành bởi Plone® &amp; Python</a></div></div></div></div>
</div></footer>
</div>
</body>
</html>"""


def _dc_meta(s: Story) -> str:
    user = _user_name(s.opts["creator"])
    eff = _effective(s)
    rng = f"{eff:%Y/%m/%d} - " if eff else ""
    desc = esc(s.summary or "")
    return f"""<meta name="description" content="{desc}" /><meta property="og:description" content="{desc}" />
<meta name="DC.description" content="{desc}" /><meta name="DC.creator" content="{esc(user)}" />
<meta name="DC.date.created" content="{_created(s):%Y-%m-%dT%H:%M:%S}+07:00" />
<meta name="DC.date.modified" content="{_modified(s):%Y-%m-%dT%H:%M:%S}+07:00" />
<meta name="DC.type" content="Tin tức" /><meta name="DC.date.valid_range" content="{rng}" />
<meta name="keywords" content="{esc(", ".join(s.opts["tags"]))}" />
<meta name="DC.subject" content="{esc(", ".join(s.opts["tags"]))}" />"""


def _byline(host: str, creator: str, created: datetime, effective: datetime | None,
            modified: datetime) -> str:  # fmt: skip
    name = _user_name(creator)
    when = (
        f'<span class="documentPublished"><span>Xuất bản</span> {_long(effective)}</span>'
        if effective
        else f'<span class="documentCreated"><span>Được tạo</span> {_long(created)}</span>'
    )
    return (
        '<div class="documentByLine" id="plone-document-byline"><span id="lock-icon"></span>'
        f'<span class="documentAuthor">bởi <a href="{host}/author/{creator}">{esc(name)}</a></span>'
        f' — {when} — <span class="documentModified"><span>Lần sửa cuối</span>'
        f" {_long(modified)}</span></div>"
    )


def _paragraph_html(p: P, s: Story) -> str:
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        before, after = p.text.split(phrase, 1)
        return (
            f'<p>{_t(before, s)}<a href="{href}" class="internal-link" data-linktype="internal">'
            f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
        )
    if p.style == "h3":
        return f"<h3>{_t(p.text, s)}</h3>"
    return f"<p>{_t(p.text, s)}</p>"


def _img_html(img: Img, s: Story, host: str) -> str:
    name = re.sub(r"/(@@images/image/\w+|image_\w+)$", "", img.src).rsplit("/", 1)[-1]
    uid = _uid(img.src)
    if img.style == "dl":
        return (
            '<dl class="image-left captioned" style="width:400px;"><dt>'
            f'<img src="{esc(img.src)}" alt="{_t(img.printed or "", s)}" title="{esc(name)}"'
            ' height="300" width="400" /></dt>'
            f'<dd class="image-caption" style="width:400px;">{_t(img.printed or "", s)}</dd></dl>'
        )
    tag = (
        f'<img class="image-richtext image-inline" src="{host}{esc(img.src)}" alt="{esc(name)}"'
        f' title="{esc(name)}" data-linktype="image" data-scale="preview" data-val="{uid}" />'
    )
    if img.style == "figure":
        return (
            f'<figure class="image-richtext image-inline captioned">{tag}'
            f"<figcaption>{_t(img.printed or '', s)}</figcaption></figure>"
        )
    if img.style == "under":
        return (
            f'<figure class="image-richtext image-inline">{tag}</figure>'
            f'<p style="text-align: center;"><em>{_t(img.printed or "", s)}</em></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _text_html(s: Story, host: str) -> str:
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "lead")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, s)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{_t(c, s)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="plain" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(b, P):
            out.append(_paragraph_html(b, s))
        elif isinstance(b, Img):
            out.append(_img_html(b, s, host))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _siblings(s: Story) -> list[Story]:
    return sorted(in_folder(s.cat), key=_created)


def _item_date(s: Story) -> datetime:
    return _effective(s) or _created(s)


def _related_html(host: str, s: Story) -> str:
    if not s.opts["related"]:
        return ""
    items = []
    for path in s.opts["related"]:
        if path in _BY_PATH:
            r = _BY_PATH[path]
            items.append(
                f'<li><a href="{host}{path}" class="contenttype-news-item" title="{esc(r.summary or "")}">'
                f"<span>{esc(r.title)}</span></a></li>"
            )
        elif path in _FILE_BY_PATH:
            f = _FILE_BY_PATH[path]
            items.append(
                f'<li><a href="{host}{path}/view" class="contenttype-file" title="">'
                f"<span>{esc(f.title)}</span></a></li>"
            )
        elif path in ALBUMS:
            items.append(
                f'<li><a href="{host}{path}" class="contenttype-folder" title="">'
                f"<span>Album ảnh: {esc(ALBUMS[path][0])}</span></a></li>"
            )
    return (
        '<div class="relatedItems"><div class="visualClear" id="clear-space-before-relatedItemBox">'
        '</div><aside id="related-items"><header><h2>Có liên quan</h2></header><ul>'
        + "".join(items)
        + "</ul></aside></div>"
    )


def _article(req: Request, s: Story) -> str:
    host = base_url(req)
    path = item_path(s)
    lead = _lead(s)
    lead_html = ""
    if lead:
        cap = f"<figcaption>{_t(lead.printed, s)}</figcaption>" if lead.printed else ""
        lead_html = (
            f'<figure class="newsImageContainer"><a href="{host}{path}/image-view-fullscreen">'
            f'<img src="{host}{lead.src}" alt="{esc(s.title)}" title="{esc(s.title)}"'
            f' height="300" width="400" class="newsImage" />{cap}</a></figure>'
        )
    desc = (
        f'<div class="documentDescription description">{_t(s.summary, s)}</div>'
        if s.summary
        else ""
    )
    tags = "".join(
        f'<li><a class="link-category" rel="nofollow" href="{host}/@@search?Subject%3Alist='
        f'{quote(t)}">{esc(t)}</a></li>'
        for t in s.opts["tags"]
    )
    keywords = (
        f'<div class="keywords"><section id="section-category"><span>Từ khóa:</span><ul>{tags}</ul>'
        "</section></div>"
        if tags
        else ""
    )
    sibs = _siblings(s)
    pos = sibs.index(s)
    nav = []
    if pos > 0:
        prev = sibs[pos - 1]
        nav.append(
            f'<li class="previous"><a href="{host}{item_path(prev)}" title="Đến mục trước">'
            f'<span class="arrow"></span><span class="label">Mục trước: {esc(prev.title)}</span></a></li>'
        )
    if pos < len(sibs) - 1:
        nxt = sibs[pos + 1]
        nav.append(
            f'<li class="next"><a href="{host}{item_path(nxt)}" title="Đến mục sau">'
            f'<span class="label">Mục sau: {esc(nxt.title)}</span><span class="arrow"></span></a></li>'
        )
    others = [o for o in in_folder(s.cat) if o is not s][:5]
    other_html = "".join(
        f'<li><a href="{host}{item_path(o)}">{esc(o.title)}</a>'
        f' <span class="ngay-dang">({_short(_item_date(o))})</span></li>'
        for o in others
    )
    url = quote(host + path, safe="")
    content = f"""<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(s.title)}</span><span itemprop="description">{esc(s.summary or "")}</span><span itemprop="url">{host}{path}</span><span itemprop="image">{host}/logo.png</span></span></div>
<div id="content">
<header>
<h1 class="documentFirstHeading">{_t(s.title, s)}</h1>
<div id="viewlet-below-content-title">{_byline(host, s.opts["creator"], _created(s), _effective(s), _modified(s))}</div>
{desc}
</header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">
{lead_html}
<div id="parent-fieldname-text" class="">
{_text_html(s, host)}
</div>
</div>
<footer><div id="viewlet-below-content-body">
<div class="visualClear"><!-- --></div>
<div class="documentActions"><span class="hiddenStructure">Thao tác tài liệu</span>
<ul><li id="document-action-sendto"><a href="{host}{path}/sendto_form" title="">Gửi cho bạn bè</a></li>
<li id="document-action-print"><a href="javascript:this.print();" title="">In</a></li></ul></div>
<div id="viewlet-social-like" class="horizontal"><span class="chia-se-label">Chia sẻ:</span>
<div class="sociallike-network-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></div>
<div class="sociallike-network-twitter"><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">Twitter</a></div>
<div class="sociallike-network-zalo"><a href="https://sp.zalo.me/share_inline?u={url}" target="_blank" rel="noopener">Zalo</a></div>
</div>
</div></footer>
</div>
<div id="viewlet-below-content">
{keywords}
{_related_html(host, s)}
<nav class="pagination" aria-label="Điều hướng mục"><ul>{"".join(nav)}</ul></nav>
<div class="cac-tin-khac"><h3 class="tieu-de-tin-khac">Các tin khác</h3><ul>{other_html}</ul></div>
</div>"""
    ctx = Ctx(
        obj_path=path,
        folderish=False,
        title=s.title,
        ptype="news-item",
        template="newsitem_view",
        section=s.cat,
        trail=[(CATS[s.cat], f"/{s.cat}"), (s.title, None)],
        head=_dc_meta(s),
    )
    return _page(req, ctx, content)


# --- listings --------------------------------------------------------------------------------


def _b_start(params: dict[str, str]) -> int:
    try:
        return max(0, int(params.get("b_start:int", params.get("b_start", "0"))))
    except ValueError:
        return 0


def _kept(params: dict[str, str], *drop: str) -> list[tuple[str, str]]:
    return [(k, v) for k, v in params.items() if k not in ("b_start:int", "b_start", *drop)]


def _pagination(url: str, params: dict[str, str], total: int, start: int, size: int) -> str:
    """plone.batching's navigation (Plone 5): previous, page numbers, next."""
    if total <= size:
        return ""
    kept = _kept(params)

    def link(n: int) -> str:
        return esc(f"{url}?{_q([*kept, ('b_start:int', str(n))])}")

    pages = -(-total // size)
    current = min(start // size, pages - 1)
    out = []
    if current > 0:
        out.append(
            f'<li class="previous"><a href="{link((current - 1) * size)}"><span class="arrow">'
            f'</span><span class="label">« {size} mục trước</span></a></li>'
        )
    for n in range(pages):
        if n == current:
            out.append(f'<li class="active"><span>{n + 1}</span></li>')
        else:
            out.append(f'<li><a href="{link(n * size)}">{n + 1}</a></li>')
    if current < pages - 1:
        following = min(size, total - (current + 1) * size)
        out.append(
            f'<li class="next"><a href="{link((current + 1) * size)}"><span class="label">Tiếp'
            f' {following} mục »</span><span class="arrow"></span></a></li>'
        )
    return (
        '<nav class="pagination listingBar" role="navigation" aria-label="Phân trang"><ul>'
        + "".join(out)
        + "</ul></nav>"
    )


def _listing_byline(host: str, creator: str, modified: datetime) -> str:
    return (
        f'<div class="documentByLine">— <span class="documentAuthor">bởi <a href="{host}/author/'
        f'{creator}">{esc(_user_name(creator))}</a></span> — <span class="documentModified">'
        f"lần sửa cuối {_long(modified)}</span></div>"
    )


def _summary_view(req: Request, url_path: str, obj_path: str, folderish: bool) -> str:
    host = base_url(req)
    items = aggregated()
    start = _b_start(req.params)
    page = items[start : start + AGG_SIZE]
    entries = []
    for s in page:
        thumb = ""
        if _lead(s):
            thumb = (
                f'<div class="tileImage"><a href="{host}{item_path(s)}"><img src="{host}'
                f'{item_path(s)}/@@images/image/thumb" alt="{esc(s.title)}" class="thumb-thumb" />'
                "</a></div>"
            )
        desc = (
            f'<div class="tileBody"><span class="description">{esc(s.summary)}</span></div>'
            if s.summary
            else ""
        )
        entries.append(
            f'<article class="tileItem"><h2 class="tileHeadline"><a class="summary url"'
            f' href="{host}{item_path(s)}" title="News Item">{esc(s.title)}</a></h2>'
            f"{_listing_byline(host, s.opts['creator'], _modified(s))}{thumb}{desc}"
            f'<div class="tileFooter"><a href="{host}{item_path(s)}">Xem thêm…</a></div>'
            '<div class="visualClear"><!-- --></div></article>'
        )
    if not page:
        entries.append('<p class="discreet">Không có nội dung nào trong bộ sưu tập này.</p>')
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Tin tức - Sự kiện</h1>
<div class="documentDescription description">Tin tức, sự kiện của ngành Giáo dục huyện Hương Sơn</div></header>
<div id="content-core"><div class="entries">{"".join(entries)}</div>
{_pagination(host + url_path, req.params, len(items), start, AGG_SIZE)}
</div></div>"""
    rss = (
        f'<link rel="alternate" title="Tin tức - Sự kiện - RSS 1.0" href="{host}/tin-tuc/aggregator/RSS"'
        ' type="application/rss+xml" />'
    )
    ctx = Ctx(obj_path, folderish, "Tin tức - Sự kiện", "collection", "summary_view", "tin-tuc",
              [("Tin tức - Sự kiện", None)] if folderish else
              [("Tin tức - Sự kiện", "/tin-tuc"), ("Tin tức - Sự kiện", None)], head=rss)  # fmt: skip
    return _page(req, ctx, content)


def _listing_view(req: Request) -> str:
    host = base_url(req)
    cat = "hoat-dong-chuyen-mon"
    entries = "".join(
        f'<article class="entry"><header><span class="summary" title="News Item"><a'
        f' href="{host}{item_path(s)}" class="contenttype-news-item state-published url"'
        f' title="News Item">{esc(s.title)}</a></span>'
        f"{_listing_byline(host, s.opts['creator'], _modified(s))}</header>"
        + (f'<p class="description discreet">{esc(s.summary)}</p>' if s.summary else "")
        + "</article>"
        for s in in_folder(cat)
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{CATS[cat]}</h1></header>
<div id="content-core"><div class="entries">{entries}</div></div></div>"""
    ctx = Ctx(f"/{cat}", True, CATS[cat], "folder", "listing_view", cat, [(CATS[cat], None)])
    return _page(req, ctx, content)


_MIME = {".pdf": ("PDF document", "pdf.png"), ".docx": ("Microsoft Word Document", "doc.png")}


def _mime(name: str) -> tuple[str, str]:
    return _MIME[name[name.rfind(".") :]]


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KB".replace(".", ",")


def _thong_bao(req: Request) -> str:
    """The Plone 4 ``folder_listing`` skin template kept after the upgrade: relative links."""
    host = base_url(req)
    start = _b_start(req.params)
    total = len(THONG_BAO_ORDER)
    entries = []
    for path in THONG_BAO_ORDER[start : start + TB_SIZE]:
        rel = path.rsplit("/", 1)[1]
        if path in _BY_PATH:
            s = _BY_PATH[path]
            entries.append(
                f'<dt class="contenttype-news-item"><span class="summary"><a href="{rel}"'
                f' class="contenttype-news-item state-published url">{esc(s.title)}</a></span>'
                f' <span class="documentByLine"><span>bởi <a href="{host}/author/{s.opts["creator"]}">'
                f'{esc(_user_name(s.opts["creator"]))}</a></span> — <span class="documentModified">'
                f"<span>lần sửa cuối</span> {_long(_modified(s))}</span></span></dt>"
                f"<dd>{esc(s.summary or '')}</dd>"
            )
        else:
            f = _FILE_BY_PATH[path]
            label, icon = _mime(f.name)
            entries.append(
                f'<dt class="contenttype-file"><span class="summary"><img width="16" height="16"'
                f' src="{host}/{icon}" alt="{label}" /><a href="{rel}/view"'
                f' class="contenttype-file state-published url">{esc(f.title)}</a></span>'
                f' <span class="documentByLine"><span>bởi <a href="{host}/author/{f.creator}">'
                f'{esc(_user_name(f.creator))}</a></span> — <span class="documentModified">'
                f"<span>lần sửa cuối</span> {_long(dt(f.modified))}</span></span></dt>"
                f"<dd>{esc(f.description)}</dd>"
            )
    bar = ""
    if total > TB_SIZE:
        kept = _kept(req.params, "-C")

        def link(n: int) -> str:
            return esc(f"{host}/thong-bao?{_q([*kept, ('b_start:int', str(n)), ('-C', '')])}")

        pages = -(-total // TB_SIZE)
        current = min(start // TB_SIZE, pages - 1)
        parts = []
        if current > 0:
            parts.append(
                f'<span class="previous">« <a href="{link((current - 1) * TB_SIZE)}">{TB_SIZE} mục'
                " trước</a></span>"
            )
        if current < pages - 1:
            following = min(TB_SIZE, total - (current + 1) * TB_SIZE)
            parts.append(
                f'<span class="next"><a href="{link((current + 1) * TB_SIZE)}">Tiếp {following}'
                " mục</a> »</span>"
            )
        for n in range(pages):
            parts.append(
                f'<span class="current">{n + 1}</span>'
                if n == current
                else f'<a href="{link(n * TB_SIZE)}">{n + 1}</a>'
            )
        bar = '<div class="listingBar">' + "\n".join(parts) + "</div>"
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Thông báo</h1>
<div class="documentDescription description">Thông báo, văn bản chỉ đạo của Phòng GD&amp;ĐT</div></header>
<div id="content-core"><dl>{"".join(entries)}</dl>
{bar}</div></div>"""
    ctx = Ctx("/thong-bao", True, "Thông báo", "folder", "folder_listing", "thong-bao",
              [("Thông báo", None)])  # fmt: skip
    return _page(req, ctx, content)


def _van_ban(req: Request) -> str:
    host = base_url(req)
    rows = []
    docs = [f for f in FILES if f.path.startswith("/van-ban/")]
    for n, f in enumerate(sorted(docs, key=lambda f: f.modified, reverse=True)):
        label, icon = _mime(f.name)
        rows.append(
            f'<tr class="{"odd" if n % 2 == 0 else "even"}"><td><img width="16" height="16"'
            f' src="{host}/{icon}" alt="{label}" /> <a href="{host}{f.path}/view"'
            f' class="contenttype-file state-published url" title="File">{esc(f.title)}</a></td>'
            f"<td>{esc(_user_name(f.creator))}</td><td>Tệp tin</td><td>{_long(dt(f.modified))}</td></tr>"
        )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Văn bản</h1>
<div class="documentDescription description">Văn bản chỉ đạo, điều hành của Phòng GD&amp;ĐT huyện Hương Sơn</div></header>
<div id="content-core"><table class="listing" summary="Danh sách nội dung"><thead><tr><th class="nosort">Tiêu đề</th><th class="nosort">Tác giả</th><th class="nosort">Kiểu</th><th class="nosort">Lần sửa cuối</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></div></div>"""
    ctx = Ctx("/van-ban", True, "Văn bản", "folder", "tabular_view", "van-ban", [("Văn bản", None)])
    return _page(req, ctx, content)


def _file_view(req: Request, f: File) -> str:
    host = base_url(req)
    folder = f.path.split("/")[1]
    label, icon = _mime(f.name)
    desc = (
        f'<div class="documentDescription description">{esc(f.description)}</div>'
        if f.description
        else ""
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{esc(f.title)}</h1>
<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">bởi <a href="{host}/author/{f.creator}">{esc(_user_name(f.creator))}</a></span> — <span class="documentModified"><span>Lần sửa cuối</span> {_long(dt(f.modified))}</span></div></div>
{desc}</header>
<div id="content-core"><p><a href="{host}{f.path}/@@download/file/{f.name}"><img src="{host}/{icon}" alt="{label}" /> {esc(f.name)}</a>
<span class="discreet">— {label}, {_size(f.size)}</span></p>
<p><a href="{host}{f.path}/@@download/file/{f.name}" class="btn btn-primary">Tải về tệp</a></p></div></div>"""
    trail = [(CATS.get(folder, "Văn bản"), f"/{folder}"), (f.title, None)]
    ctx = Ctx(f.path, False, f.title, "file", "file_view", folder, trail)
    return _page(req, ctx, content)


def _file_bytes(f: File) -> Response:
    ctype = "application/pdf" if f.name.endswith(".pdf") else (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")  # fmt: skip
    body = PDF if f.name.endswith(".pdf") else b"PK\x03\x04 docx placeholder"
    return Response(200, body, {"Content-Type": ctype,
                                "Content-Disposition": f'attachment; filename="{f.name}"'})  # fmt: skip


# --- other pages -----------------------------------------------------------------------------


def _home(req: Request) -> str:
    host = base_url(req)
    newest = aggregated()[:3]
    slides = "".join(
        f'<div class="slide"><a href="{host}{item_path(s)}"><img src="{host}{item_path(s)}'
        f'/@@images/image/large" alt="{esc(s.title)}" /><span class="slide-title">{esc(s.title)}'
        "</span></a></div>"
        for s in newest
        if _lead(s)
    )
    news = "".join(
        f'<li class="portletItem"><a href="{host}{item_path(s)}" class="tile">{esc(s.title)}</a>'
        f'<span class="portletItemDetails">{_short(_item_date(s))}</span>'
        + (f'<p class="description">{esc(s.summary)}</p>' if s.summary else "")
        + "</li>"
        for s in [x for x in aggregated() if x.cat == "tin-tuc"][:4]
    )
    chuyen_mon = "".join(
        f'<li class="portletItem"><a href="{host}{item_path(s)}" class="tile">{esc(s.title)}</a>'
        f'<span class="portletItemDetails">{_short(_item_date(s))}</span></li>'
        for s in in_folder("hoat-dong-chuyen-mon")[:3]
    )
    notices = "".join(
        f'<li class="portletItem"><a href="{host}{item_path(s)}" class="tile">{esc(s.title)}</a>'
        f'<span class="portletItemDetails">{_short(_modified(s))}</span></li>'
        for s in sorted(in_folder("thong-bao"), key=_modified, reverse=True)
    )
    content = f"""<div id="content"><h1 class="documentFirstHeading hiddenStructure">{esc(SITE)}</h1>
<div id="content-core">
<div class="portletWrapper"><section class="portlet portletStaticText portlet-slider"><div class="slider pat-slider">{slides}</div></section></div>
<div class="portletWrapper"><section class="portlet portletCollection portlet-collection-tin-tuc">
<header class="portletHeader"><a href="{host}/tin-tuc">Tin tức - Sự kiện</a></header><ul class="portletContent">{news}</ul>
<footer class="portletFooter"><a href="{host}/tin-tuc">Xem thêm…</a></footer></section></div>
<div class="portletWrapper"><section class="portlet portletCollection portlet-collection-chuyen-mon">
<header class="portletHeader"><a href="{host}/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></header><ul class="portletContent">{chuyen_mon}</ul></section></div>
<div class="portletWrapper"><section class="portlet portletCollection portlet-collection-thong-bao">
<header class="portletHeader"><a href="{host}/thong-bao">Thông báo</a></header><ul class="portletContent">{notices}</ul>
<footer class="portletFooter"><a href="{host}/thong-bao">Xem tất cả thông báo…</a></footer></section></div>
<div class="portletWrapper"><section class="portlet portletStaticText portlet-thu-vien-anh"><header class="portletHeader"><a href="{host}/thu-vien-anh">Thư viện ảnh</a></header>
<div class="portletContent"><a href="{host}/thu-vien-anh/album-1"><img src="{host}/thu-vien-anh/album-1/anh-01.jpg/@@images/image/thumb" alt="" /> {esc(ALBUMS["/thu-vien-anh/album-1"][0])}</a></div></section></div>
</div></div>"""
    ctx = Ctx("", True, SITE, "plone-site", "homepage_view", "", [])
    return _page(req, ctx, content)


def _document(req: Request) -> str:
    host = base_url(req)
    paras = "".join(f"<p>{esc(p)}</p>" for p in GIOI_THIEU)
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Giới thiệu chung</h1>
<div id="viewlet-below-content-title">{_byline(host, "admin", dt("2024-03-15 09:00"), dt("2024-03-15 10:00"), dt("2025-09-12 09:40"))}</div>
<div class="documentDescription description">Chức năng, nhiệm vụ và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo huyện Hương Sơn.</div></header>
<div id="content-core"><div id="parent-fieldname-text">{paras}
<h3>Lãnh đạo phòng</h3><ul><li>Trưởng phòng: Ông Nguyễn Văn Tiến</li><li>Phó Trưởng phòng: Bà Võ Thị Thu Hiền</li><li>Phó Trưởng phòng: Ông Lê Đình Quang</li></ul>
</div></div>
<footer><div class="documentActions"><ul><li id="document-action-sendto"><a href="{host}/gioi-thieu/sendto_form">Gửi cho bạn bè</a></li><li id="document-action-print"><a href="javascript:this.print();">In</a></li></ul></div></footer></div>"""
    ctx = Ctx("/gioi-thieu", False, "Giới thiệu chung", "document", "document_view", "gioi-thieu",
              [("Giới thiệu chung", None)])  # fmt: skip
    return _page(req, ctx, content)


def _contact(req: Request) -> str:
    host = base_url(req)
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Liên hệ</h1>
<div class="documentDescription description">Mọi ý kiến đóng góp, câu hỏi xin gửi về Phòng GD&amp;ĐT qua biểu mẫu dưới đây.</div></header>
<div id="content-core"><div class="easyform-prologue"><p><strong>{esc(SITE)}</strong><br />Địa chỉ: {ADDRESS}<br />Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}<br />Email: {EMAIL}</p></div>
<form class="rowlike enableUnloadProtection kssattr-formname-lien-he" action="{host}/lien-he" method="post" enctype="multipart/form-data" id="form">
<div class="field" id="formfield-form-widgets-ho_ten"><label for="form-widgets-ho_ten" class="horizontal">Họ và tên <span class="required horizontal" title="Bắt buộc">&nbsp;</span></label><input id="form-widgets-ho_ten" name="form.widgets.ho_ten" class="text-widget required textline-field" value="" type="text" /></div>
<div class="field" id="formfield-form-widgets-email"><label for="form-widgets-email" class="horizontal">Địa chỉ email</label><input id="form-widgets-email" name="form.widgets.email" class="text-widget required" value="" type="text" /></div>
<div class="field" id="formfield-form-widgets-tieu_de"><label for="form-widgets-tieu_de" class="horizontal">Tiêu đề</label><input id="form-widgets-tieu_de" name="form.widgets.tieu_de" class="text-widget" value="" type="text" /></div>
<div class="field" id="formfield-form-widgets-noi_dung"><label for="form-widgets-noi_dung" class="horizontal">Nội dung</label><textarea id="form-widgets-noi_dung" name="form.widgets.noi_dung" class="textarea-widget required"></textarea></div>
<div class="formControls"><input id="form-buttons-submit" name="form.buttons.submit" class="submit-widget button-field context" value="Gửi" type="submit" /></div>
</form></div></div>"""
    ctx = Ctx("/lien-he", False, "Liên hệ", "easyform", "view", "lien-he", [("Liên hệ", None)])
    return _page(req, ctx, content)


def _author(req: Request, user: str) -> str:
    host = base_url(req)
    name, bio = USERS[user]
    own = sorted((s for s in STORIES if s.opts["creator"] == user), key=_created, reverse=True)
    items = "".join(
        f'<li><a href="{host}{item_path(s)}" class="contenttype-news-item">{esc(s.title)}</a>'
        f' <span class="discreet">— {_short(_item_date(s))}</span></li>'
        for s in own[:10]
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{esc(name or user)}</h1></header>
<div id="content-core"><div class="author-info"><img src="{host}/defaultUser.png" alt="" class="portraitPhoto" width="75" height="100" />
<div class="discreet">Vị trí: Hương Sơn, Hà Tĩnh</div><p class="documentDescription">{esc(bio)}</p></div>
<h2>Các mục mới nhất của tác giả</h2><ul class="author-recent">{items}</ul>
<p><a href="{host}/@@search?Creator={user}&amp;sort_on=created&amp;sort_order=reverse">Tất cả nội dung được tạo bởi {esc(name or user)}…</a></p>
</div></div>"""
    ctx = Ctx(f"/author/{user}", False, name or user, "plone-site", "author", "author",
              [(f"Tác giả: {name or user}", None)])  # fmt: skip
    return _page(req, ctx, content)


def _searchable() -> list[tuple[str, str, str, str, list[str], str, datetime]]:
    """(url path, title, description, text, tags, creator, date) of every indexed object."""
    out = []
    for s in STORIES:
        out.append((item_path(s), s.title, s.summary or "", " ".join(s.paragraphs),
                    s.opts["tags"], s.opts["creator"], _date_index(s)))  # fmt: skip
    for f in FILES:
        out.append((f.path + "/view", f.title, f.description, "", [], f.creator, dt(f.modified)))
    out.append(("/gioi-thieu", "Giới thiệu chung", "", " ".join(GIOI_THIEU), [], "admin",
                dt("2025-09-12 09:40")))  # fmt: skip
    for e in EVENTS:
        out.append((e.path, e.title, e.description, "", [], "nguyenthimai", dt(e.start)))
    return out


def _search(req: Request) -> str:
    host = base_url(req)
    params = req.params
    words = params.get("SearchableText", "").strip().lower().split()
    subject = params.get("Subject:list") or params.get("Subject")
    creator = params.get("Creator")
    results = []
    if words or subject or creator:
        for row in _searchable():
            _path, title, desc, body, tags, who, _when = row
            hay = f"{title} {desc} {body}".lower()
            if words and not all(w in hay for w in words):
                continue
            if subject and subject not in tags:
                continue
            if creator and creator != who:
                continue
            results.append(row)
    sort_on = params.get("sort_on", "")
    if sort_on in ("Date", "created"):
        results.sort(key=lambda r: r[6], reverse=params.get("sort_order") == "reverse")
    elif sort_on == "sortable_title":
        results.sort(key=lambda r: r[1])
    start = _b_start(params)
    kept = _kept(params, "sort_on", "sort_order")

    def sort_link(on: str, order: str = "") -> str:
        extra = [("sort_on", on)] + ([("sort_order", order)] if order else [])
        return esc(f"{host}/@@search?{_q([*kept, *extra])}")

    items = "".join(
        f'<li><span class="result-title"><a href="{host}{r[0]}" class="state-published">'
        f'{esc(r[1])}</a></span><p class="discreet"><span class="documentModified">'
        f'{_long(r[6])}</span></p><p class="discreet croppedDescription">{esc(r[2])}</p>'
        f"<cite>{host}{r[0]}</cite></li>"
        for r in results[start : start + SEARCH_SIZE]
    )
    count = f"<strong>{len(results)}</strong> mục phù hợp với tiêu chí tìm kiếm của bạn."
    content = f"""<div id="content"><h1 class="documentFirstHeading">Kết quả tìm kiếm</h1>
<div id="content-core"><form name="searchform" action="{host}/@@search" class="searchPage pat-formautofocus" role="search">
<input class="searchPage" name="SearchableText" type="text" size="25" title="Tìm kiếm trên website" value="{esc(params.get("SearchableText", ""))}" />
<input class="searchPage allowMultiSubmit" type="submit" value="Tìm kiếm" /></form>
<div id="search-results-bar"><span id="results-count">{count}</span>
<span id="sorting-options">Sắp xếp theo <a href="{sort_link("")}">liên quan</a> · <a href="{sort_link("Date", "reverse")}">ngày (mới nhất trước)</a> · <a href="{sort_link("sortable_title")}">thứ tự chữ cái</a></span></div>
<div id="search-results"><ol class="searchResults">{items}</ol>
{_pagination(host + "/@@search", params, len(results), start, SEARCH_SIZE)}</div></div></div>"""
    ctx = Ctx("/@@search", False, "Tìm kiếm", "plone-site", "search", "", [("Tìm kiếm", None)],
              root_view=True)  # fmt: skip
    return _page(req, ctx, content)


def _event_page(req: Request, e: Event) -> str:
    host = base_url(req)
    start, end = dt(e.start), dt(e.end)
    when = (
        f"{_short(start)} từ {start:%H:%M} đến {end:%H:%M}"
        if start.date() == end.date()
        else f"{_long(start)} đến {_long(end)}"
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{esc(e.title)}</h1>
<div class="documentDescription description">{esc(e.description)}</div></header>
<div id="content-core"><div class="event clearfix"><ul class="hCalendar-hidden"><li class="dtstart">{start:%Y-%m-%dT%H:%M:%S}+07:00</li><li class="dtend">{end:%Y-%m-%dT%H:%M:%S}+07:00</li></ul>
<div class="event summary details"><ul>
<li class="event-date"><strong>Khi nào</strong><span>{when}</span></li>
<li class="event-location"><strong>Ở đâu</strong><span>{esc(e.location)}</span></li>
<li class="event-contact"><strong>Liên hệ</strong><span>{esc(e.contact)}</span></li>
<li class="event-calendar"><strong>Thêm sự kiện vào lịch</strong><a href="{host}{e.path}/ics_view" title="Tải về sự kiện này ở định dạng iCal">iCal</a></li>
</ul></div></div></div></div>"""
    ctx = Ctx(e.path, False, e.title, "event", "event_view", "su-kien",
              [("Sự kiện", "/su-kien"), (e.title, None)])  # fmt: skip
    return _page(req, ctx, content)


def _parse_day(value: str) -> date:
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return TODAY_DATE
    return d if 1900 <= d.year <= 2999 else TODAY_DATE


def _event_listing(req: Request, obj_path: str) -> str:
    host = base_url(req)
    params = req.params
    mode = params.get("mode", "future")
    day = _parse_day(params.get("date", ""))
    url = host + (obj_path or "/@@event_listing")
    nav = ""
    if mode == "day":
        events = [e for e in EVENTS if dt(e.start).date() <= day <= dt(e.end).date()]
        heading = f"Sự kiện ngày {_short(day)}"
        prev_d, next_d = day - timedelta(days=1), day + timedelta(days=1)
        nav = (
            f'<nav class="event-listing-nav"><a href="{url}?mode=day&amp;date={prev_d}"'
            f' class="prev">« Ngày trước</a> <a href="{url}?mode=day&amp;date={next_d}"'
            ' class="next">Ngày sau »</a></nav>'
        )
    elif mode == "past":
        events = [e for e in EVENTS if dt(e.end).date() < TODAY_DATE]
        heading = "Sự kiện đã qua"
    else:
        mode = "future"
        events = [e for e in EVENTS if dt(e.end).date() >= TODAY_DATE]
        heading = "Sự kiện sắp tới"
    tabs = (
        f'<ul class="mode_selector"><li><a href="{url}?mode=future">Sắp tới</a></li>'
        f'<li><a href="{url}?mode=past">Đã qua</a></li>'
        f'<li><a href="{url}?mode=day&amp;date={TODAY_DATE}">Hôm nay</a></li></ul>'
    )
    items = (
        "".join(
            f'<article class="vevent"><h2 class="tileHeadline"><a href="{host}{e.path}" class="url">'
            f'<span class="summary">{esc(e.title)}</span></a></h2><ul class="horizontal metadata">'
            f'<li class="dtstart">{_long(dt(e.start))}</li><li class="location">{esc(e.location)}</li>'
            f'</ul><p class="description">{esc(e.description)}</p></article>'
            for e in events
        )
        or '<p class="discreet">Không có sự kiện nào.</p>'
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{heading}</h1></header>
<div id="content-core">{tabs}{nav}<section class="event-listing">{items}</section></div></div>"""
    ctx = Ctx(obj_path or "/@@event_listing", bool(obj_path), "Sự kiện", "folder" if obj_path
              else "plone-site", "event_listing", "su-kien", [("Sự kiện", None)],
              root_view=not obj_path)  # fmt: skip
    return _page(req, ctx, content)


def _albums(req: Request) -> str:
    host = base_url(req)
    tiles = "".join(
        f'<div class="photoAlbumEntry photoAlbumFolder"><a href="{host}{path}" title="{esc(desc)}">'
        f'<span class="photoAlbumEntryWrapper"><img src="{host}{photos[0].path}/@@images/image/thumb"'
        f' alt="" /></span><span class="photoAlbumEntryTitle">{esc(title)}</span></a></div>'
        for path, (title, desc, photos) in ALBUMS.items()
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">Thư viện ảnh</h1></header>
<div id="content-core">{tiles}<div class="visualClear"><!-- --></div></div></div>"""
    ctx = Ctx("/thu-vien-anh", True, "Thư viện ảnh", "folder", "album_view", "thu-vien-anh",
              [("Thư viện ảnh", None)])  # fmt: skip
    return _page(req, ctx, content)


def _album(req: Request, path: str) -> str:
    host = base_url(req)
    title, desc, photos = ALBUMS[path]
    tiles = "".join(
        f'<div class="photoAlbumEntry"><a href="{host}{p.path}/view" title="{esc(p.description)}">'
        f'<span class="photoAlbumEntryWrapper"><img src="{host}{p.path}/@@images/image/thumb"'
        f' alt="{esc(p.title)}" /></span><span class="photoAlbumEntryTitle">{esc(p.title)}</span>'
        "</a></div>"
        for p in photos
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{esc(title)}</h1>
<div class="documentDescription description">{esc(desc)}</div></header>
<div id="content-core">{tiles}<div class="visualClear"><!-- --></div></div></div>"""
    ctx = Ctx(path, True, title, "folder", "album_view", "thu-vien-anh",
              [("Thư viện ảnh", "/thu-vien-anh"), (title, None)])  # fmt: skip
    return _page(req, ctx, content)


def _photo_view(req: Request, p: Photo) -> str:
    host = base_url(req)
    album = p.path.rsplit("/", 1)[0]
    desc = (
        f'<div class="documentDescription description">{esc(p.description)}</div>'
        if p.description
        else ""
    )
    content = f"""<div id="content"><header><h1 class="documentFirstHeading">{esc(p.title)}</h1>{desc}</header>
<div id="content-core"><figure><a href="{host}{p.path}/image_view_fullscreen"><img src="{host}{p.path}/@@images/image/large" alt="{esc(p.title)}" title="{esc(p.title)}" /></a></figure>
<div class="discreet"><a href="{host}{p.path}/image_view_fullscreen">Bấm để xem ảnh kích thước đầy đủ</a> · Kích thước: 1600 x 1200 · Dung lượng: 412,6 KB</div></div></div>"""
    ctx = Ctx(p.path, False, p.title, "image", "image_view", "thu-vien-anh",
              [("Thư viện ảnh", "/thu-vien-anh"), (ALBUMS[album][0], album), (p.title, None)])  # fmt: skip
    return _page(req, ctx, content)


def _fullscreen(req: Request, obj_path: str, title: str, image: str) -> str:
    host = base_url(req)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{host}{obj_path}" /><title>{esc(title)}</title><meta name="robots" content="noindex" /></head>
<body class="fullscreen"><div id="content-core"><a href="{host}{obj_path}" title="Bấm để quay lại">
<span class="back">« Quay lại trang nội dung</span><br /><img src="{host}{image}" alt="{esc(title)}" /></a></div></body></html>"""


def _sendto(req: Request, obj_path: str, title: str, section: str) -> str:
    host = base_url(req)
    content = f"""<div id="content"><h1 class="documentFirstHeading">Gửi trang này cho người khác</h1>
<div class="documentDescription">Điền địa chỉ email của người nhận và của bạn, sau đó bấm “Gửi”.</div>
<div id="content-core"><form action="{host}{obj_path}/sendto_form" method="post" id="form" class="rowlike kssattr-formname-sendto_form">
<div class="field"><label for="form-widgets-send_to_address">Gửi tới <span class="required" title="Bắt buộc">&nbsp;</span></label><div class="formHelp">Địa chỉ email của người nhận.</div><input type="text" id="form-widgets-send_to_address" name="form.widgets.send_to_address" value="" /></div>
<div class="field"><label for="form-widgets-send_from_address">Từ</label><input type="text" id="form-widgets-send_from_address" name="form.widgets.send_from_address" value="" /></div>
<div class="field"><label for="form-widgets-comment">Ghi chú</label><textarea id="form-widgets-comment" name="form.widgets.comment"></textarea></div>
<div class="formControls"><input type="submit" id="form-buttons-send" name="form.buttons.send" class="submit-widget button-field context" value="Gửi" /></div>
</form></div></div>"""
    ctx = Ctx(obj_path, False, title, "news-item", "sendto_form", section,
              [(CATS.get(section, ""), f"/{section}"), (title, obj_path), ("Gửi cho bạn bè", None)])  # fmt: skip
    return _page(req, ctx, content)


def _simple(req: Request, obj_path: str, title: str, body: str) -> str:
    content = f"""<div id="content"><h1 class="documentFirstHeading">{esc(title)}</h1><div id="content-core">{body}</div></div>"""
    ctx = Ctx(obj_path, False, title, "plone-site", obj_path.strip("/@"), "", [(title, None)],
              root_view=True)  # fmt: skip
    return _page(req, ctx, content)


def _sitemap_html(req: Request) -> str:
    host = base_url(req)
    parts = []
    for key, label in GLOBALNAV[1:]:
        kids = ""
        if key in CATS:
            kids = "<ul>" + "".join(
                f'<li><a href="{host}{item_path(s)}">{esc(s.title)}</a></li>' for s in in_folder(key)
            ) + "</ul>"  # fmt: skip
        elif key == "thu-vien-anh":
            kids = "<ul>" + "".join(
                f'<li><a href="{host}{p}">{esc(t)}</a></li>' for p, (t, _d, _p) in ALBUMS.items()
            ) + "</ul>"  # fmt: skip
        parts.append(f'<li><a href="{host}/{key}">{esc(label)}</a>{kids}</li>')
    parts.append(f'<li><a href="{host}/su-kien">Sự kiện</a></li>')
    return _simple(
        req,
        "/sitemap",
        "Sơ đồ website",
        f'<ul id="portal-sitemap" class="navTreeLevel0">{"".join(parts)}</ul>',
    )


def _rss(req: Request) -> Response:
    host = base_url(req)
    items = aggregated()[:10]
    seq = "".join(f'<rdf:li rdf:resource="{host}{item_path(s)}"/>' for s in items)
    entries = "".join(
        f'<item rdf:about="{host}{item_path(s)}"><title>{esc(s.title)}</title>'
        f"<link>{host}{item_path(s)}</link><description>{esc(s.summary or '')}</description>"
        f"<dc:creator>{esc(_user_name(s.opts['creator']))}</dc:creator>"
        f"<dc:date>{_date_index(s):%Y-%m-%dT%H:%M:%S}+07:00</dc:date><dc:type>News Item</dc:type></item>"
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="{host}/tin-tuc/aggregator/RSS"><title>Tin tức - Sự kiện</title><link>{host}/tin-tuc/aggregator</link>
<description>Tin tức, sự kiện của ngành Giáo dục huyện Hương Sơn</description><syn:updatePeriod>daily</syn:updatePeriod><syn:updateFrequency>1</syn:updateFrequency>
<items><rdf:Seq>{seq}</rdf:Seq></items></channel>
{entries}
</rdf:RDF>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """Sitemap: {host}/sitemap.xml.gz

# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow:

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
# the wildcard is only supported by Googlebot
# http://www.google.com/support/webmasters/bin/answer.py?answer=40367&ctx=sibling

User-Agent: Googlebot
Disallow: /*?
Disallow: /*atct_album_view$
Disallow: /*folder_factories$
Disallow: /*folder_summary_view$
Disallow: /*login_form$
Disallow: /*mail_password_form$
Disallow: /manage
Disallow: /*search_rss$
Disallow: /*sendto_form$
Disallow: /*summary_view$
Disallow: /*thumbnail_view$
Disallow: /*view$
"""


def sitemap_entries() -> list[tuple[str, datetime]]:
    """What Plone's sitemap.xml.gz lists: every object, Files and Images with ``/view``."""
    out: list[tuple[str, datetime]] = [("", dt("2026-11-24 14:35"))]
    for key, _label in GLOBALNAV[1:]:
        out.append((f"/{key}", dt("2026-11-24 14:35")))
    out += [(item_path(s), _modified(s)) for s in STORIES]
    out += [(f.path + "/view", dt(f.modified)) for f in FILES]
    out += [(p + "/view", dt("2026-10-31 08:00")) for p in _PHOTO_BY_PATH]
    out += [(p, dt("2026-10-31 08:00")) for p in ALBUMS]
    out += [(e.path, dt(e.start) - timedelta(days=7)) for e in EVENTS]
    return out


def _sitemap_xml(req: Request) -> Response:
    host = base_url(req)
    urls = "".join(
        f"<url><loc>{host}{p}</loc><lastmod>{m:%Y-%m-%dT%H:%M:%S}+07:00</lastmod></url>"
        for p, m in sitemap_entries()
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    data = gzip.compress(body.encode("utf-8"), mtime=0)
    return Response(200, data, {"Content-Type": "application/octet-stream"})


def _ics(e: Event) -> Response:
    start, end = dt(e.start), dt(e.end)
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plone.org//NONSGML plone.app.event//EN\r\n"
        f"BEGIN:VEVENT\r\nSUMMARY:{e.title}\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:{start:%Y%m%dT%H%M%S}\r\n"
        f"DTEND;TZID=Asia/Ho_Chi_Minh:{end:%Y%m%dT%H%M%S}\r\nLOCATION:{e.location}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return Response(200, body, {"Content-Type": "text/calendar; charset=utf-8"})


def _jpeg() -> Response:
    return static_file("x.jpg")  # type: ignore[return-value]


#: every image an article prints, resolved to its path (for serving)
_ARTICLE_IMAGES = {
    re.sub(r"/(@@images/image/\w+|image_\w+)$", "", image["path"])
    for gold in GOLD
    for image in gold["images"]
} - set(_BY_PATH)


# --- the site --------------------------------------------------------------------------------

_SCALE = re.compile(r"^(?P<obj>.+?)/(?:@@images/image(?:/(?P<scale>\w+))?|image_(?P<old>\w+))$")


class PloneSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path == "/robots.txt":
            return Response(200, ROBOTS.format(host=base_url(req)), {"Content-Type": "text/plain"})
        if path == "/sitemap.xml.gz":
            return _sitemap_xml(req)
        if path.endswith((".css", ".js", ".png", ".ico", ".gif")):
            return static_file(path)
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")
        # images: the objects themselves and their scales
        if m := _SCALE.match(path):
            obj = m.group("obj")
            if (
                obj in _PHOTO_BY_PATH
                or obj in _ARTICLE_IMAGES
                or (obj in _BY_PATH and _lead(_BY_PATH[obj]))
            ):
                return _jpeg()
            return None
        if path in _PHOTO_BY_PATH or path in _ARTICLE_IMAGES:
            return _jpeg()
        # views of objects
        if path.endswith("/view"):
            obj = path[: -len("/view")]
            if obj in _BY_PATH:
                return html(_article(req, _BY_PATH[obj]))
            if obj in _FILE_BY_PATH:
                return html(_file_view(req, _FILE_BY_PATH[obj]))
            if obj in _PHOTO_BY_PATH:
                return html(_photo_view(req, _PHOTO_BY_PATH[obj]))
            return None
        if path.endswith("/sendto_form"):
            obj = path[: -len("/sendto_form")]
            if obj in _BY_PATH:
                s = _BY_PATH[obj]
                return html(_sendto(req, obj, s.title, s.cat))
            if obj == "/gioi-thieu":
                return html(_sendto(req, obj, "Giới thiệu chung", "gioi-thieu"))
            return None
        if path.endswith(("/image-view-fullscreen", "/image_view_fullscreen")):
            obj = path.rsplit("/", 1)[0]
            if obj in _BY_PATH and _lead(_BY_PATH[obj]):
                return html(
                    _fullscreen(req, obj, _BY_PATH[obj].title, f"{obj}/@@images/image/large")
                )
            if obj in _PHOTO_BY_PATH:
                return html(
                    _fullscreen(req, obj, _PHOTO_BY_PATH[obj].title, f"{obj}/@@images/image/large")
                )
            return None
        if m := re.fullmatch(r"(?P<obj>.+)/@@download/file/(?P<name>[^/]+)", path):
            f = _FILE_BY_PATH.get(m.group("obj"))
            return _file_bytes(f) if f and f.name == m.group("name") else None
        if path.endswith("/ics_view"):
            e = _EVENT_BY_PATH.get(path[: -len("/ics_view")])
            return _ics(e) if e else None
        # content objects
        if path in _BY_PATH:
            return html(_article(req, _BY_PATH[path]))
        if path in _MOVED:
            return redirect(base_url(req) + _MOVED[path], 301)
        if path in _FILE_BY_PATH:
            return _file_bytes(_FILE_BY_PATH[path])
        if path in _EVENT_BY_PATH:
            return html(_event_page(req, _EVENT_BY_PATH[path]))
        if path in ALBUMS:
            return html(_album(req, path))
        if path.startswith("/author/") and path[8:] in USERS:
            return html(_author(req, path[8:]))
        pages = {
            "/": lambda: _home(req),
            "/tin-tuc": lambda: _summary_view(req, "/tin-tuc", "/tin-tuc", True),
            "/tin-tuc/aggregator": lambda: _summary_view(
                req, "/tin-tuc/aggregator", "/tin-tuc/aggregator", False
            ),
            "/hoat-dong-chuyen-mon": lambda: _listing_view(req),
            "/thong-bao": lambda: _thong_bao(req),
            "/van-ban": lambda: _van_ban(req),
            "/gioi-thieu": lambda: _document(req),
            "/lien-he": lambda: _contact(req),
            "/thu-vien-anh": lambda: _albums(req),
            "/su-kien": lambda: _event_listing(req, "/su-kien"),
            "/@@event_listing": lambda: _event_listing(req, ""),
            "/event_listing": lambda: _event_listing(req, ""),
            "/@@search": lambda: _search(req),
            "/search": lambda: _search(req),
            "/sitemap": lambda: _sitemap_html(req),
            "/accessibility-info": lambda: _simple(req, "/accessibility-info", "Khả năng truy cập",
                "<p>Website được thiết kế theo các khuyến nghị về khả năng truy cập. Có thể dùng"
                " phím tắt Alt + 2 để đến phần nội dung, Alt + 4 để tìm kiếm.</p>"),
            "/login": lambda: _simple(req, "/login", "Đăng nhập", _LOGIN.format(host=base_url(req))),
            "/mail_password_form": lambda: _simple(req, "/mail_password_form", "Quên mật khẩu?",
                "<p>Nhập tên đăng nhập để nhận hướng dẫn đặt lại mật khẩu qua email.</p>"),
        }  # fmt: skip
        if path in pages:
            return html(pages[path]())
        if path == "/tin-tuc/aggregator/RSS":
            return _rss(req)
        return None


_LOGIN = """<form action="{host}/login" method="post" id="login-form" class="pat-formautofocus">
<div class="field"><label for="__ac_name">Tên đăng nhập</label><input type="text" size="15" name="__ac_name" id="__ac_name" value="" /></div>
<div class="field"><label for="__ac_password">Mật khẩu</label><input type="password" size="15" name="__ac_password" id="__ac_password" /></div>
<div class="formControls"><input class="context" type="submit" name="submit" value="Đăng nhập" /></div>
</form><p><a href="{host}/mail_password_form">Quên mật khẩu?</a></p>"""


def build_site() -> PloneSite:
    return PloneSite()
