"""Trường THPT Phan Bội Châu (thành phố Vinh, Nghệ An) on Liferay Portal 7.2 CE GA.

Platform
--------
Liferay Portal 7.2 CE GA1 with a provincial vendor's theme ("pbc-theme", ``/o/pbc-theme/…``).
One site, ``/web/thpt-pbc``; every section is a layout (page) holding portlets:

* section pages carry an **Asset Publisher** (AP) in the main column, shown with Liferay's own
  display styles: "abstracts" (Tin tức - Sự kiện, Thông báo) and "table" (Hoạt động chuyên môn);
* clicking an entry renders the article *inside that AP instance* ("full content" view) on the
  same layout: ``/web/thpt-pbc/<section>/-/asset_publisher/<instanceId>/content/<urlTitle>``;
* the article body is the output of a **Web Content template** (FreeMarker) over a structure
  with the fields sapo, nội dung, tác giả, nguồn tin, ảnh đại diện ("Tin bài PBC"); notices use
  a second structure ("Thông báo PBC": nội dung, tệp đính kèm); two articles are legacy
  "Basic Web Content" (no structure: the rich text alone);
* the sidebar has a **Categories Navigation** portlet (vocabulary "Chủ đề") on Tin tức,
  a vendor "Tin xem nhiều" portlet, links, a Polls Display portlet, a visitor counter.

URL scheme
----------
* ``/`` -> 302 ``/web/thpt-pbc`` (the site's first page, also ``/web/thpt-pbc/trang-chu``);
* sections ``/web/thpt-pbc/tin-tuc``, ``/hoat-dong-chuyen-mon``, ``/thong-bao``;
* pager: ``?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_<id>
  &p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<ns>_delta=4&p_r_p_resetCur=false&_<ns>_cur=2``;
* category filter ``/web/thpt-pbc/tin-tuc/-/categories/<categoryId>``;
* article ``/web/thpt-pbc/<section>/-/asset_publisher/<id>/content/<urlTitle>`` (gold path), linked
  as such from the home page's "Tin mới", "Tin xem nhiều", "Các tin khác" and "Tin liên quan",
  and as ``…?inheritRedirect=true&redirect=<encoded listing URL>`` from listings;
  print view ``…?p_p_state=pop_up&_<ns>_viewMode=print`` (only inside an escaped JS string);
* notices also open in the home page's right-column AP:
  ``/web/thpt-pbc/trang-chu/-/asset_publisher/Nb2xWq8TcV0y/content/<urlTitle>?inheritRedirect=…``;
* non-articles: ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/thu-vien-anh``,
  ``/video-clip``, document entries ``/van-ban/-/document_library/Vb3kT8pQ2wXz/view_file/<id>``
  (listed on ``/van-ban``), search ``/tim-kiem?q=``;
* files: ``/documents/20126/<folder>/<name>/<uuid>?t=<ms>`` (no extension at the end),
  adaptive media ``/o/adaptive-media/image/<fileEntryId>/<rendition>/<name>?t=…``.

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (AP Hk7vQ2mZpR8a, abstracts, 4 a page): A1-A4 on page 1 (A1-A3 also from the
home page, A2-A4 from "Tin xem nhiều"), A5 only on page 2, A6 on page 2 and in the category
filter "Thi đua - Khen thưởng". Hoạt động chuyên môn (AP t9WcLx3NbE5d, table, 3 a page, simple
pager): C1-C3 on page 1, C4 only on page 2. Thông báo (AP Ra4sYk6JdF1u, abstracts): N1-N3 on its
only page and in the home page's notice box (home-layout variant).

Traps
-----
1. Headline without a heading of its own: the only ``<h1>`` is the school's name in the banner,
   the ``<h2 class="portlet-title-text">`` above the article prints the section ("Tin tức - Sự
   kiện"); the headline sits in ``<p class="component-title h4"><span class="asset-title">``.
   Gold title = the asset-title text.
2. Wrong canonical: Liferay 7.2 prints the *layout's* canonical and og:url/og:title on an AP
   content view, so every article of a section says ``rel="canonical" href=…/tin-tuc``.
   Gold ``canonical_path`` = the article's own clean content URL; the section page is a listing.
3. Raw RFC-822 display date in UTC: the "Tin bài PBC" template prints
   ``reserved-article-display-date`` unformatted, "Tue, 01 Dec 2026 23:45:00 +0000". Gold is the
   local time: A1 2026-12-02T06:45:00+07:00 (the UTC day is the day before), A6 prints
   "Sat, 10 Oct 2026 00:00:00 +0000", which is 07:00 local, not a midnight "day only". Below the
   text the AP's asset-metadata prints "Ngày xuất bản 02/12/2026" (local day, no time): the gold
   keeps the time the template prints.
4. 12-hour times with Vietnamese day-period markers in the notice template, "Đăng lúc 04:15 CH,
   ngày 04/12/2026": CH (chiều) = p.m. -> 16:15; SA (sáng) = a.m.; "12:00 CH" is noon (N3 gold
   2026-10-16T12:00:00+07:00), not the midnight that README turns into a day.
5. Listing metadata is not the article's: abstracts/table listings print the *modified* date
   without a label (``metadata-modified-date``, "Ngày sửa đổi"), the home page prints relative
   times ("3 ngày trước") and titles shortened with "..."; the notices' listing abstract is
   Liferay's automatic abstract (letterhead text). Gold title/date/summary come from the article.
6. The article in a narrow column next to a listing: the home page's notice box is an AP of its
   own; its links open the notice *in the right column of the home layout* while the main
   column keeps the "Tin mới" list with photos and summaries (longer than the notice). That URL
   is an alt path of the notice; its breadcrumb says "Trang chủ" but the gold category stays
   "Thông báo".
7. Duplicates: ``?inheritRedirect=true&redirect=…`` variants (from listing pages 1/2 and from
   category filters), the clean URL, the home-layout variant of notices and the pop-up print
   view serve one article; gold path = the clean URL, the linked variants are alt paths.
8. Namespaced pagination: ``_com_liferay_…_INSTANCE_<id>_cur=N`` next to ``p_r_p_resetCur=false``
   and ``_delta``; a Clay pager whose disabled arrows are ``href="javascript:;"`` on Tin tức, a
   "simple" Trước/Tiếp pager on Hoạt động chuyên môn; page 2's "1" is a ``_cur=1`` duplicate of
   page 1. A5 and C4 are reachable only from page 2.
9. Structure fields around the rich text: the sapo is its own div (gold summary and first body
   paragraph), the cover field prints a photo above the text (first gold image, no caption), a
   "Tin liên quan" box of links comes *between* the text and the byline/source fields; the
   asset-metadata "Người đăng: Quản Trị Website" is the CMS account (nobody).
10. Vocabulary label vs section: articles print "Chủ đề: Hoạt động Đoàn" (a Categories
    Navigation category, linking to a filtered listing); gold category = the breadcrumb's
    section ("Tin tức - Sự kiện").
11. Images: adaptive-media ``<picture>`` with ``<source srcset>`` renditions around an ``<img>``
    whose Documents URL ends in a UUID and ``?t=`` (gold = that src with its query); A2 was
    pasted from Báo Nghệ An and keeps the newspaper's lazy images, ``src`` = a data: GIF and
    the real photo in ``data-src`` on image.baonghean.vn (gold = that URL).
12. Encodings: A5 typed in "Unicode tổ hợp" (NFD), C2 pasted from an old FCKeditor page with
    entity references mixed with raw UTF-8, A4 a Word paste with ``&nbsp;`` and font spans;
    gold is NFC.
13. Official notice (N2) with letterhead table: gold date is the letterhead's day 2026-11-30
    although the template prints "08:20 SA, ngày 01/12/2026"; the signer is the author.
14. Widgets in the text container: C1 embeds a YouTube iframe with a "Video: …" line, A1 has a
    "Xem thêm: <link>" line, notices an attachment line "Tệp đính kèm: …": none of them is body.

Gold decisions on ambiguous points
----------------------------------
* ``canonical_path`` is the article's clean content URL, never the printed (layout) canonical.
* The cover field's photo is the article's first image (caption None).
* Legacy Basic Web Content articles (A4, C2) print their date only in the asset-metadata,
  "Ngày xuất bản 14/11/2026": the day alone.
* A bylined author field "Tin, ảnh: X" gives X as author and photographer; a unit signing alone
  ("Công đoàn trường", "Tổ Ngữ văn") is the author as printed; "(lớp 11A3)" after a student's
  name is the unit and goes.
* A caption line of an embedded video is not an image caption and not body.
* Notices print no sapo: summary None. A4's bold lead paragraph is its summary.
* The home-layout variant of a notice and the print view are alt paths, not separate articles.
"""

from __future__ import annotations

import hashlib
import html as _html
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

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

NAME = "liferay72_assetpub_dates_thpt"
PLATFORM = "Liferay Portal 7.2 CE GA (Asset Publisher abstracts/table, structured Web Content templates)"
START_PATH = "/web/thpt-pbc"

SITE = "/web/thpt-pbc"
SITE_NAME = "Trường THPT Phan Bội Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 0)
AP_PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
HOME_NOTICE_AP = "Nb2xWq8TcV0y"
HOME_NEWS_AP = "Tm5pQw3ErT7y"
DL_INSTANCE = "Vb3kT8pQ2wXz"
GROUP_ID = 20126


def ns(ap: str) -> str:
    return f"_{AP_PORTLET}_INSTANCE_{ap}_"


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    ap: str
    style: str  # "abstracts" | "table"
    delta: int
    pager: str  # "regular" | "simple"


SECTIONS = {
    "tin-tuc": Section("tin-tuc", "Tin tức - Sự kiện", "Hk7vQ2mZpR8a", "abstracts", 4, "regular"),
    "hoat-dong-chuyen-mon": Section(
        "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "t9WcLx3NbE5d", "table", 3, "simple"
    ),
    "thong-bao": Section("thong-bao", "Thông báo", "Ra4sYk6JdF1u", "abstracts", 5, "regular"),
}

#: vocabulary "Chủ đề" shown by Categories Navigation on the Tin tức layout
CATEGORIES = {41301: "Hoạt động Đoàn", 41302: "Thi đua - Khen thưởng", 41303: "Hướng nghiệp"}


# --- files -------------------------------------------------------------------------------------


def _h(seed: str) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


def doc(name: str, folder: int = 41500) -> str:
    """A Documents and Media URL as Liferay 7.2 prints it: name, then the file's UUID and ``?t=``."""
    h = _h(name)
    uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"/documents/{GROUP_ID}/{folder}/{name}/{uuid}?t={1763000000000 + int(h[:7], 16) % 2000000000}"


def file_entry_id(src: str) -> int:
    return 41500 + int(_h(src)[:4], 16) % 400


def _file_name(src: str) -> str:
    parts = src.split("?")[0].split("/")
    return parts[4] if len(parts) > 4 else parts[-1]


# --- dates -------------------------------------------------------------------------------------

VN = timezone(timedelta(hours=7))
_DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=VN)


def rfc822(value: str) -> str:
    """What ``.vars['reserved-article-display-date'].data`` prints: RFC 822 in UTC."""
    u = _dt(value).astimezone(UTC)
    return f"{_DOW_EN[u.weekday()]}, {u:%d} {_MON_EN[u.month - 1]} {u:%Y %H:%M:%S} +0000"


def hhmm_a(value: str) -> str:
    """``hh:mm a`` in the vi_VN locale: SA / CH."""
    d = _dt(value)
    return f"{d.hour % 12 or 12:02d}:{d:%M} {'SA' if d.hour < 12 else 'CH'}"


def dmy(value: str) -> str:
    return _dt(value).strftime("%d/%m/%Y")


def relative(value: str) -> str:
    delta = NOW.replace(tzinfo=VN) - _dt(value)
    if delta.days >= 1:
        return f"{delta.days} ngày trước"
    return f"{max(1, delta.seconds // 3600)} giờ trước"


# --- the articles ------------------------------------------------------------------------------


def _story(id_, slug, title, sec, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts")
    opts["sec"] = sec
    return Story(id=id_, slug=slug, title=title, cat=SECTIONS[sec].name, published_at=published_at,
                 blocks=blocks, **kw, opts=opts)


A1 = _story(
    1, "doan-truong-phat-dong-chuong-trinh-ao-am-cho-em-nam-2026",
    "Đoàn trường phát động chương trình “Áo ấm cho em” năm 2026", "tin-tuc",
    "2026-12-02T06:45:00+07:00",
    [
        P("Theo kế hoạch, chương trình được triển khai từ ngày 30/11 đến hết ngày 20/12/2026 tới toàn thể "
          "đoàn viên, học sinh của 36 chi đoàn trong trường. Mỗi chi đoàn được giao chỉ tiêu tối thiểu 30 bộ "
          "quần áo ấm còn sử dụng tốt, 50 quyển vở và các đồ dùng học tập khác."),
        Img(doc("phat-dong-ao-am-2026.jpg"), "Bí thư Đoàn trường Nguyễn Thị Thanh Hương phát động chương trình "
            "tại buổi chào cờ", "Bí thư Đoàn trường Nguyễn Thị Thanh Hương phát động chương trình tại buổi "
            "chào cờ", "picture"),
        P("Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Thanh Hương, Bí thư Đoàn trường nhấn mạnh: “Mùa đông "
          "năm nay được dự báo đến sớm và rét đậm hơn mọi năm. Mỗi chiếc áo, mỗi cuốn vở các em gửi đi hôm nay "
          "sẽ là hơi ấm, là động lực để các bạn nhỏ vùng cao tiếp tục đến trường”."),
        P("Ngay sau lễ phát động, nhiều chi đoàn đã nhanh chóng hưởng ứng. Chi đoàn 11A1 và 12D2 là hai đơn "
          "vị đầu tiên nộp đủ chỉ tiêu, trong đó có nhiều chiếc áo len do chính các bạn nữ trong lớp tự tay đan."),
        P("Một số mốc thời gian chính:", "h"),
        P("Từ ngày 30/11 đến 15/12: các chi đoàn tổ chức quyên góp, phân loại và đóng gói theo hướng dẫn;", "li"),
        P("Ngày 18/12: Đoàn trường tổng hợp, bàn giao hàng cho Tỉnh đoàn Nghệ An;", "li"),
        P("Ngày 20/12: đoàn công tác trao quà trực tiếp tại Trường PTDTBT Tiểu học và THCS Mường Típ.", "li"),
        Raw('<p><strong>Xem thêm:</strong> <a href="' + SITE + "/van-ban/-/document_library/" + DL_INSTANCE
            + '/view_file/41878">Kế hoạch số 27/KH-ĐTN triển khai chương trình “Áo ấm cho em”</a></p>'),
        P("Chương trình cũng nhận được sự ủng hộ của Ban đại diện cha mẹ học sinh nhà trường với 200 chiếc "
          "chăn ấm và 5 triệu đồng tiền mặt."),
    ],
    authors=["Ban Truyền thông Đoàn trường"],
    summary="Sáng thứ Hai (30/11), tại buổi chào cờ đầu tuần, Ban Chấp hành Đoàn trường THPT Phan Bội Châu đã "
            "phát động chương trình “Áo ấm cho em” nhằm quyên góp quần áo, sách vở và nhu yếu phẩm gửi tặng "
            "học sinh các xã vùng cao miền Tây Nghệ An.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-12-02 06:45", "mod": "2026-12-03 10:05", "cats": [41301],
          "aid": 41552, "byline": "Ban Truyền thông Đoàn trường", "related": []},
)

A2 = _story(
    2, "hoc-sinh-truong-thpt-phan-boi-chau-gianh-12-giai-tai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12",
    "Học sinh Trường THPT Phan Bội Châu giành 12 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12", "tin-tuc",
    "2026-11-26T15:10:00+07:00",
    [
        P("Kỳ thi được Sở Giáo dục và Đào tạo Nghệ An tổ chức trong hai ngày 18 và 19/11/2026 với hơn 4.800 "
          "thí sinh đến từ các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh dự thi ở 11 môn văn hóa."),
        Img("https://image.baonghean.vn/w800/Uploaded/2026/xqeioxdrky/2026_11_25/hsg-pbc-1.jpg",
            "Em Lê Minh Khang (lớp 12A1, thứ hai từ trái sang) cùng các bạn trong đội tuyển Toán",
            "Em Lê Minh Khang (lớp 12A1, thứ hai từ trái sang) cùng các bạn trong đội tuyển Toán", "lazy"),
        P("Với kết quả này, Trường THPT Phan Bội Châu tiếp tục nằm trong nhóm 10 đơn vị dẫn đầu toàn tỉnh về "
          "chất lượng học sinh giỏi. Đáng chú ý, hai giải Nhất thuộc về em Lê Minh Khang (lớp 12A1, môn Toán) "
          "và em Phạm Thị Ngọc Ánh (lớp 12C2, môn Ngữ văn)."),
        P("Chia sẻ về thành tích của học trò, thầy Hồ Sỹ Tuấn, giáo viên bồi dưỡng đội tuyển Toán cho biết đội "
          "tuyển được thành lập từ đầu năm lớp 11, các em duy trì lịch ôn luyện 3 buổi mỗi tuần, kể cả trong "
          "dịp hè."),
        Img("https://image.baonghean.vn/w800/Uploaded/2026/xqeioxdrky/2026_11_25/hsg-pbc-2.jpg",
            "Đội tuyển học sinh giỏi nhà trường chụp ảnh lưu niệm cùng Ban giám hiệu",
            "Đội tuyển học sinh giỏi nhà trường chụp ảnh lưu niệm cùng Ban giám hiệu", "lazy"),
        P("Kết quả kỳ thi là cơ sở để Sở GD&ĐT lựa chọn đội tuyển dự thi học sinh giỏi quốc gia dự kiến tổ chức "
          "vào tháng 1/2027. Nhà trường hiện có 5 học sinh lọt vào vòng tuyển chọn đội tuyển của tỉnh."),
    ],
    authors=["Thanh Lê"],
    source="Báo Nghệ An",
    summary="Kỳ thi chọn học sinh giỏi tỉnh lớp 12 THPT năm học 2026-2027 vừa khép lại, đội tuyển của nhà "
            "trường đã giành 12 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 3 giải Ba và 3 giải Khuyến khích.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-11-26 15:10", "mod": "2026-11-27 08:40", "cats": [41302],
          "aid": 41533, "byline": "Thanh Lê", "source_line": "Báo Nghệ An", "related": []},
)

A3 = _story(
    3, "long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    "Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)", "tin-tuc",
    "2026-11-20T10:30:00+07:00",
    [
        Img(doc("le-ky-niem-20-11-2026-cover.jpg"), None, None, "cover"),
        P("Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng với những tiết mục ca ngợi "
          "tình thầy trò, mái trường và quê hương xứ Nghệ."),
        Img(doc("mua-bui-phan-10a4.jpg"), "Tiết mục múa “Bụi phấn” của tập thể lớp 10A4",
            "Tiết mục múa “Bụi phấn” của tập thể lớp 10A4", "picture"),
        P("Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy giáo Võ Văn Thắng, Hiệu trưởng nhà trường "
          "ghi nhận những nỗ lực của tập thể sư phạm trong năm học vừa qua: tỷ lệ tốt nghiệp THPT đạt 100%, "
          "46 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."),
        P("Dịp này, 8 tập thể và 27 cá nhân được nhận giấy khen của Giám đốc Sở GD&ĐT vì có thành tích xuất "
          "sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."),
        Img(doc("trao-giay-khen-20-11.jpg"), "Thầy Võ Văn Thắng, Hiệu trưởng nhà trường trao giấy khen cho các "
            "tập thể có thành tích xuất sắc", "Thầy Võ Văn Thắng, Hiệu trưởng nhà trường trao giấy khen cho các "
            "tập thể có thành tích xuất sắc", "figure"),
        P("Thay mặt các thế hệ học sinh, em Trần Bảo Ngọc, lớp 12A3 xúc động gửi lời tri ân tới các thầy cô: "
          "“Chúng em biết rằng đằng sau mỗi bài giảng là những đêm thầy cô thức khuya soạn bài, chấm bài. "
          "Chúng em xin hứa sẽ học tập thật tốt để không phụ lòng thầy cô”."),
        P("Buổi lễ khép lại trong không khí ấm áp với phần giao lưu giữa các thế hệ giáo viên và tiết mục đồng "
          "ca “Bụi phấn” của toàn thể học sinh khối 12."),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    summary="Sáng 20/11, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. "
            "Đến dự có đại diện lãnh đạo Sở GD&ĐT Nghệ An, chính quyền địa phương, các thế hệ thầy cô giáo "
            "nguyên là cán bộ, giáo viên nhà trường cùng đông đảo cha mẹ học sinh.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-11-20 10:30", "mod": "2026-12-04 16:20", "cats": [],
          "aid": 41507, "byline": "Tin, ảnh: Lê Thị Thu Hà", "related": [4, 7]},
)

A4 = _story(
    4, "soi-noi-hoi-thi-tieng-hat-hoc-duong-chao-mung-ngay-nha-giao-viet-nam",
    "Sôi nổi Hội thi “Tiếng hát học đường” chào mừng Ngày Nhà giáo Việt Nam", "tin-tuc",
    "2026-11-14",
    [
        P("Tối 13/11, Đoàn trường THPT Phan Bội Châu tổ chức đêm chung kết Hội thi “Tiếng hát học đường” năm "
          "2026 với sự tham gia của 12 tiết mục xuất sắc nhất được chọn từ vòng sơ khảo.", "b"),
        P("Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, đồng thời tạo "
          "sân chơi lành mạnh, bổ ích để học sinh thể hiện năng khiếu nghệ thuật."),
        Img(doc("tieng-hat-hoc-duong-2026-1.jpg"), "Ảnh: Đức Anh", None, "credit"),
        P("Các tiết mục dự thi được đầu tư công phu cả về nội dung lẫn hình thức, từ những ca khúc quen thuộc về "
          "mái trường, thầy cô đến các làn điệu dân ca ví, giặm xứ Nghệ mang đậm bản sắc quê hương."),
        P("Ban giám khảo là các thầy cô giáo có chuyên môn âm nhạc đến từ Trường Đại học Vinh và Trung tâm Văn "
          "hóa tỉnh. Sau hơn hai giờ tranh tài, tiết mục hát múa “Ví dặm mời thầy về thăm quê” của chi đoàn "
          "11A3 đã xuất sắc giành giải Nhất."),
        Img(doc("tieng-hat-hoc-duong-2026-giai-nhat.jpg"), "(Tiết mục đạt giải Nhất của chi đoàn 11A3)",
            "Tiết mục đạt giải Nhất của chi đoàn 11A3", "table"),
        P("Giải Nhì thuộc về chi đoàn 12A5 và 10D1; ba giải Ba được trao cho các chi đoàn 10A2, 11C1 và 12D3. "
          "Ban tổ chức cũng trao giải phụ “Tiết mục được yêu thích nhất” do khán giả bình chọn trực tuyến cho "
          "chi đoàn 12A5."),
        Raw('<p style="text-align: right;"><span style="font-size:14pt;"><strong>Nguyễn Thảo Vy (lớp 11A3)'
            "</strong></span></p>"),
    ],
    authors=["Nguyễn Thảo Vy"],
    photographers=["Đức Anh"],
    summary="Tối 13/11, Đoàn trường THPT Phan Bội Châu tổ chức đêm chung kết Hội thi “Tiếng hát học đường” năm "
            "2026 với sự tham gia của 12 tiết mục xuất sắc nhất được chọn từ vòng sơ khảo.",
    opts={"tpl": "basic", "display": "2026-11-14 16:05", "mod": "2026-11-16 07:50", "cats": [41301],
          "aid": 41488, "word": True},
)

A5 = _story(
    5, "hoc-sinh-khoi-10-trai-nghiem-thuc-te-tai-khu-di-tich-kim-lien",
    "Học sinh khối 10 trải nghiệm thực tế tại Khu di tích Kim Liên", "tin-tuc",
    "2026-10-28T14:20:00+07:00",
    [
        P("Hoạt động nằm trong kế hoạch giáo dục nhà trường năm học 2026-2027, gắn với chủ đề “Em yêu quê hương "
          "xứ Nghệ” của môn Hoạt động trải nghiệm, hướng nghiệp lớp 10."),
        P("Tại quê nội làng Sen và quê ngoại làng Hoàng Trù, các em được nghe thuyết minh về thời niên thiếu của "
          "Chủ tịch Hồ Chí Minh, tham quan ngôi nhà tranh nơi Bác sinh ra và lớn lên, dâng hương tưởng niệm tại "
          "nhà thờ họ Nguyễn Sinh."),
        Img(doc("trai-nghiem-kim-lien-10a6.jpg"), "Học sinh lớp 10A6 nghe thuyết minh tại quê ngoại Hoàng Trù",
            "Học sinh lớp 10A6 nghe thuyết minh tại quê ngoại Hoàng Trù", "table"),
        P("Mỗi lớp được giao nhiệm vụ thực hiện một sản phẩm sau chuyến đi như tập san, video ngắn hoặc bài "
          "thuyết trình về cuộc đời, sự nghiệp của Bác. Các sản phẩm xuất sắc sẽ được trưng bày tại Ngày hội "
          "“Tự hào xứ Nghệ” vào tháng 5/2027."),
        P("Em Nguyễn Hà My, lớp 10A2 chia sẻ: “Được tận mắt nhìn thấy chiếc võng, chiếc giường tre đơn sơ trong "
          "ngôi nhà của Bác, em càng thấm thía hơn về tấm gương sống giản dị của Người”.", "q"),
    ],
    authors=["Phạm Quỳnh Trang"],
    summary="Trong hai ngày 26 và 27/10, gần 600 học sinh khối 10 của nhà trường đã tham gia chuyến học tập "
            "trải nghiệm tại Khu di tích quốc gia đặc biệt Kim Liên, quê hương Chủ tịch Hồ Chí Minh.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-10-28 14:20", "mod": "2026-10-29 09:12", "cats": [],
          "aid": 41421, "byline": "Phạm Quỳnh Trang - Tổ Lịch sử - Địa lý - GDKT&PL", "text": "nfd",
          "related": []},
)

A6 = _story(
    6, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị Viên chức, người lao động năm học 2026-2027", "tin-tuc",
    "2026-10-10T07:00:00+07:00",
    [
        P("Hội nghị có sự tham dự của 112 cán bộ, giáo viên, nhân viên nhà trường. Thầy giáo Võ Văn Thắng, "
          "Hiệu trưởng nhà trường chủ trì hội nghị."),
        P("Năm học 2025-2026, nhà trường đạt nhiều kết quả nổi bật: 100% học sinh lớp 12 đỗ tốt nghiệp THPT, "
          "điểm trung bình các môn thi tốt nghiệp đứng thứ 6 toàn tỉnh; 46 giải học sinh giỏi tỉnh; nhà trường "
          "được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong công tác giáo dục."),
        P("Một số chỉ tiêu chủ yếu năm học 2026-2027", "h"),
        P("Chỉ tiêu | Năm học 2025-2026 | Năm học 2026-2027", "th"),
        P("Tỷ lệ tốt nghiệp THPT | 100% | 100%", "td"),
        P("Giải học sinh giỏi tỉnh | 46 | 50 trở lên", "td"),
        P("Giáo viên dạy giỏi cấp tỉnh | 3 | 5", "td"),
        P("Tại hội nghị, các đại biểu đã thảo luận sôi nổi, góp ý vào dự thảo quy chế chi tiêu nội bộ, quy chế "
          "thực hiện dân chủ ở cơ sở và phát động phong trào thi đua năm học mới."),
        P("Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 đồng chí và biểu quyết thông qua "
          "nghị quyết hội nghị với tỷ lệ tán thành 100%."),
    ],
    authors=["Công đoàn trường"],
    summary="Chiều 9/10, Trường THPT Phan Bội Châu tổ chức Hội nghị Viên chức, người lao động năm học 2026-2027 "
            "nhằm đánh giá kết quả thực hiện nhiệm vụ năm học cũ, thảo luận và thông qua các chỉ tiêu, giải "
            "pháp cho năm học mới.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-10-10 07:00", "mod": "2026-10-12 15:31", "cats": [41302],
          "aid": 41389, "byline": "Công đoàn trường", "related": []},
)

C1 = _story(
    7, "hoi-thao-chuyen-de-day-hoc-ngu-van-theo-dinh-huong-phat-trien-nang-luc-doc-hieu-van-ban",
    "Hội thảo chuyên đề “Dạy học Ngữ văn theo định hướng phát triển năng lực đọc hiểu văn bản”",
    "hoat-dong-chuyen-mon", "2026-12-03T14:30:00+07:00",
    [
        P("Hội thảo nhằm chia sẻ kinh nghiệm, tháo gỡ những khó khăn mà giáo viên gặp phải khi tổ chức dạy học "
          "đọc hiểu các văn bản ngoài sách giáo khoa, đặc biệt là trong việc xây dựng đề kiểm tra, đánh giá theo "
          "ma trận mới."),
        Img(doc("hoi-thao-ngu-van-12-2026.jpg"), "Cô giáo Đặng Thị Hồng Nhung trình bày tham luận tại hội thảo",
            "Cô giáo Đặng Thị Hồng Nhung trình bày tham luận tại hội thảo", "figure"),
        P("Sáu tham luận đã được trình bày tại hội thảo, tập trung vào các nội dung:"),
        P("Thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng;", "li"),
        P("Lựa chọn ngữ liệu ngoài sách giáo khoa phù hợp với từng thể loại;", "li"),
        P("Ứng dụng công nghệ số trong tổ chức hoạt động đọc mở rộng cho học sinh.", "li"),
        P("Cô giáo Đặng Thị Hồng Nhung, Tổ trưởng Tổ Ngữ văn cho biết: “Đề thi tốt nghiệp THPT từ năm 2025 sử "
          "dụng hoàn toàn ngữ liệu ngoài sách giáo khoa. Vì vậy, rèn luyện kỹ năng đọc hiểu cho học sinh phải "
          "được tiến hành thường xuyên, ngay từ lớp 10”."),
        Raw('<div class="video-nhung" style="text-align:center;"><iframe allowfullscreen="" frameborder="0" '
            'height="360" src="https://www.youtube.com/embed/Qm3v8XwL2tE" width="640"></iframe></div>'
            '<p style="text-align: center;"><em>Video: Tiết dạy minh họa bài “Chiếu dời đô” lớp 11 '
            "của cô giáo Lê Thị Phương Thảo</em></p>"),
        P("Kết thúc hội thảo, Ban giám hiệu đề nghị các tổ chuyên môn tiếp tục đổi mới sinh hoạt chuyên môn theo "
          "hướng nghiên cứu bài học, tăng cường dự giờ, rút kinh nghiệm giữa các giáo viên trong và ngoài tổ."),
    ],
    authors=["Tổ Ngữ văn"],
    summary="Chiều 2/12, Tổ Ngữ văn phối hợp với Tổ Lịch sử - Địa lý - GDKT&PL tổ chức hội thảo chuyên đề về "
            "dạy học đọc hiểu văn bản theo Chương trình giáo dục phổ thông 2018 với sự tham gia của 38 giáo viên.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-12-03 14:30", "mod": "2026-12-04 07:45", "cats": [],
          "aid": 41561, "byline": "Tổ Ngữ văn", "related": [8, 9]},
)

C2 = _story(
    8, "thao-giang-cum-truong-thpt-mon-toan-tai-truong-thpt-phan-boi-chau",
    "Thao giảng cụm trường THPT môn Toán tại Trường THPT Phan Bội Châu", "hoat-dong-chuyen-mon",
    "2026-11-24",
    [
        P("Ngày 23/11/2026, Trường THPT Phan Bội Châu đăng cai tổ chức buổi thao giảng cụm chuyên môn môn Toán "
          "dành cho giáo viên các trường THPT trong cụm thi đua số 1 của tỉnh."),
        P("Tham dự có 64 giáo viên Toán đến từ các trường THPT Huỳnh Thúc Kháng, THPT Hà Huy Tập, THPT Lê Viết "
          "Thuật, THPT Nguyễn Trường Tộ và đơn vị chủ nhà."),
        P("Tiết dạy minh họa bài “Phương trình mặt phẳng” (Toán 12) của thầy giáo Nguyễn Văn Lợi được đánh giá "
          "cao nhờ việc sử dụng phần mềm GeoGebra trực quan, giúp học sinh tự phát hiện vấn đề và xây dựng kiến "
          "thức mới."),
        Img(doc("thao-giang-toan-cum-1.jpg"), "Ảnh: Minh Châu", None, "credit"),
        P("Trong phần thảo luận, các thầy cô đã trao đổi về cách tổ chức hoạt động nhóm hiệu quả trong các tiết "
          "học Toán có thời lượng ngắn, cũng như việc ra đề kiểm tra theo định dạng mới gồm câu trắc nghiệm "
          "đúng sai và câu trả lời ngắn."),
        Raw('<p style="text-align: right;"><strong>Tr&#7847;n Minh Ch&acirc;u - T&#7893; To&aacute;n - Tin'
            "</strong></p>"),
    ],
    authors=["Trần Minh Châu"],
    photographers=["Minh Châu"],
    opts={"tpl": "basic", "display": "2026-11-24 10:02", "mod": "2026-11-24 10:02", "cats": [],
          "aid": 41529, "text": "ent"},
)

C3 = _story(
    9, "ket-qua-hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-vong-1",
    "Kết quả Hội giảng giáo viên dạy giỏi cấp trường năm học 2026-2027 (vòng 1)", "hoat-dong-chuyen-mon",
    "2026-11-12T16:40:00+07:00",
    [
        P("Hội giảng được tổ chức từ ngày 19/10 đến 11/11/2026 theo hình thức mỗi giáo viên dạy hai tiết: một "
          "tiết tự chọn bài và một tiết bốc thăm trước ba ngày. Ban giám khảo gồm các đồng chí trong Ban giám "
          "hiệu, tổ trưởng và tổ phó các tổ chuyên môn."),
        P("Danh sách giáo viên có tiết dạy xếp loại Tốt ở cả hai tiết", "h"),
        P("TT | Họ và tên | Môn | Tổ chuyên môn", "th"),
        P("1 | Nguyễn Thị Lan Anh | Tiếng Anh | Ngoại ngữ", "td"),
        P("2 | Hoàng Văn Đức | Vật lý | Vật lý - Công nghệ", "td"),
        P("3 | Lê Thị Phương Thảo | Ngữ văn | Ngữ văn", "td"),
        P("4 | Trần Quốc Bảo | Tin học | Toán - Tin", "td"),
        P("Ban chuyên môn đánh giá chất lượng các tiết dạy năm nay có nhiều tiến bộ, giáo viên chủ động ứng dụng "
          "công nghệ thông tin và trí tuệ nhân tạo trong thiết kế học liệu. Tuy nhiên, một số tiết dạy còn nặng "
          "về trình chiếu, chưa dành đủ thời gian cho học sinh luyện tập."),
        P("Vòng 2 của hội giảng dự kiến diễn ra từ ngày 1/12 đến 20/12/2026. Các giáo viên đạt kết quả cao ở "
          "vòng 2 sẽ được nhà trường cử tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."),
    ],
    authors=["Ban Chuyên môn"],
    summary="Sau gần bốn tuần tổ chức, Hội giảng giáo viên dạy giỏi cấp trường vòng 1 đã kết thúc với 24 giáo "
            "viên tham gia, 19 giáo viên đạt yêu cầu và được chọn vào vòng 2.",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-11-12 16:40", "mod": "2026-11-30 14:02", "cats": [],
          "aid": 41470, "byline": "Ban Chuyên môn", "related": []},
)

C4 = _story(
    10, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-vat-ly-cong-nghe",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Vật lý - Công nghệ", "hoat-dong-chuyen-mon",
    "2026-10-21T15:00:00+07:00",
    [
        P("Tiết dạy do cô giáo Nguyễn Thị Hoài Thu thực hiện tại lớp 11A5. Thay vì tập trung quan sát giáo viên, "
          "các thành viên trong tổ được phân công quan sát từng nhóm học sinh để ghi nhận quá trình các em tiếp "
          "nhận kiến thức."),
        Img(doc("nghien-cuu-bai-hoc-song-dung.jpg"), "Học sinh lớp 11A5 làm thí nghiệm tạo sóng dừng trên sợi dây",
            "Học sinh lớp 11A5 làm thí nghiệm tạo sóng dừng trên sợi dây", "picture"),
        P("Trong phần thảo luận, các giáo viên đã chỉ ra những thời điểm học sinh gặp khó khăn, chẳng hạn khi xác "
          "định vị trí các nút và bụng sóng, từ đó đề xuất điều chỉnh cách giao nhiệm vụ và thời lượng cho từng "
          "hoạt động."),
        P("Một số bài học kinh nghiệm được rút ra sau buổi sinh hoạt:"),
        P("- Thí nghiệm cần được chuẩn bị sẵn theo số nhóm để tất cả học sinh đều được thao tác;", "br"),
        P("- Phiếu học tập nên có gợi ý theo từng mức độ để hỗ trợ học sinh còn hạn chế;", "br"),
        P("- Tăng cường cho học sinh tự đánh giá và đánh giá lẫn nhau sau mỗi hoạt động.", "br"),
        P("Theo đánh giá của Ban giám hiệu, việc sinh hoạt chuyên môn theo nghiên cứu bài học đã giúp giáo viên "
          "chuyển trọng tâm từ “dạy như thế nào” sang “học sinh học như thế nào”, góp phần nâng cao chất lượng "
          "dạy học của nhà trường."),
    ],
    authors=["Trần Văn Quang"],
    summary="Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026-2027, chiều 20/10, tổ Vật lý - Công nghệ tổ "
            "chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh họa bài “Sóng dừng” "
            "(Vật lý 11).",
    sapo_outside=True,
    opts={"tpl": "tin", "display": "2026-10-21 15:00", "mod": "2026-10-21 15:00", "cats": [],
          "aid": 41402, "byline": "ThS. Trần Văn Quang - Tổ trưởng tổ Vật lý - Công nghệ", "related": []},
)

N1 = _story(
    11, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027", "thong-bao",
    "2026-12-04T16:15:00+07:00",
    [
        P("Căn cứ kế hoạch giáo dục nhà trường năm học 2026-2027, Ban giám hiệu thông báo lịch kiểm tra cuối học "
          "kỳ I đối với các môn kiểm tra tập trung như sau:"),
        P("Ngày | Buổi sáng | Buổi chiều", "th"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn (90 phút) | Lịch sử (45 phút)", "td"),
        P("Thứ Ba, 22/12/2026 | Toán (90 phút) | Tiếng Anh (60 phút)", "td"),
        P("Thứ Tư, 23/12/2026 | Các môn lựa chọn (45 phút) | Dự phòng", "td"),
        P("Các môn còn lại kiểm tra theo lịch của từng tổ chuyên môn, hoàn thành trước ngày 19/12/2026."),
        P("Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh có mặt tại phòng "
          "kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
    ],
    opts={"tpl": "tb", "display": "2026-12-04 16:15", "mod": "2026-12-04 16:15", "cats": [],
          "aid": 41570, "attach": "lich-kiem-tra-cuoi-hk1-2026-2027.pdf"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="text-align:center;width:40%;">SỞ GD&amp;ĐT NGHỆ AN<br /><strong>TRƯỜNG THPT PHAN BỘI CHÂU'
    "</strong><br />Số: 186/TB-THPTPBC</td>"
    '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>'
    "Độc lập - Tự do - Hạnh phúc</u></strong><br /><em>Vinh, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc xét cấp học bổng “Nâng bước '
    "đến trường” năm 2026</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align:top;width:50%;"><strong><em>Nơi nhận:</em></strong><br />- GVCN các lớp;<br />'
    "- Website trường;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Hoàng Thị Mai Lan</strong></td>"
    "</tr></tbody></table>"
)

N2 = _story(
    12, "thong-bao-ve-viec-xet-cap-hoc-bong-nang-buoc-den-truong-nam-2026",
    "Thông báo về việc xét cấp học bổng “Nâng bước đến trường” năm 2026", "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P("Thực hiện Công văn số 2145/SGDĐT-CTTT ngày 25/11/2026 của Sở Giáo dục và Đào tạo Nghệ An về việc xét "
          "cấp học bổng “Nâng bước đến trường” năm 2026, Trường THPT Phan Bội Châu thông báo như sau:"),
        P("1. Đối tượng: học sinh có hoàn cảnh gia đình khó khăn (thuộc hộ nghèo, cận nghèo hoặc mồ côi), có kết "
          "quả học tập năm học 2025-2026 từ mức Khá trở lên và kết quả rèn luyện mức Tốt."),
        P("2. Số lượng: 15 suất, mỗi suất trị giá 3.000.000 đồng."),
        P("3. Hồ sơ gồm: đơn đề nghị có xác nhận của giáo viên chủ nhiệm; bản sao giấy chứng nhận hộ nghèo, cận "
          "nghèo hoặc giấy tờ chứng minh hoàn cảnh; bản sao học bạ năm học 2025-2026."),
        P("4. Thời gian nộp hồ sơ: từ ngày 01/12 đến hết ngày 10/12/2026 tại Văn phòng nhà trường (gặp cô Nguyễn "
          "Thị Hằng, điện thoại 0238 3844 216)."),
        P("Đề nghị giáo viên chủ nhiệm các lớp thông báo rộng rãi đến học sinh và phối hợp hoàn thiện hồ sơ đúng "
          "thời hạn./."),
        Raw(_CLOSING),
    ],
    authors=["Hoàng Thị Mai Lan"],
    opts={"tpl": "tb", "display": "2026-12-01 08:20", "mod": "2026-12-01 08:20", "cats": [],
          "aid": 41546, "attach": "mau-don-de-nghi-hoc-bong-2026.pdf"},
)

N3 = _story(
    13, "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
    "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026", "thong-bao",
    "2026-10-16T12:00:00+07:00",
    [
        P("Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển chọn vận động "
          "viên tham dự Hội khỏe Phù Đổng tỉnh Nghệ An, nhà trường tổ chức Hội khỏe Phù Đổng cấp trường năm 2026."),
        P("Thời gian: từ ngày 24/10 đến ngày 8/11/2026 (vào các buổi chiều thứ Bảy và Chủ nhật)."),
        P("Địa điểm: sân vận động và nhà đa năng của nhà trường.", "br"),
        P("Các môn thi đấu gồm: điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông, bóng bàn, cờ vua và kéo co. "
          "Mỗi lớp đăng ký tối đa 2 vận động viên cho mỗi nội dung cá nhân."),
        P("Đơn đăng ký thi đấu của các lớp gửi về Tổ Thể dục - Quốc phòng (thầy Nguyễn Hữu Phước) trước 17h00 "
          "ngày 22/10/2026."),
        P("Ban tổ chức đề nghị giáo viên chủ nhiệm nhắc nhở học sinh tham gia thi đấu đúng điều lệ, đảm bảo an "
          "toàn và tinh thần thể thao cao thượng."),
        Raw('<p style="text-align: right;"><strong><em>Tổ Thể dục - Quốc phòng</em></strong></p>'),
    ],
    authors=["Tổ Thể dục - Quốc phòng"],
    opts={"tpl": "tb", "display": "2026-10-16 12:00", "mod": "2026-10-17 07:30", "cats": [],
          "aid": 41415, "attach": "dieu-le-hoi-khoe-phu-dong-cap-truong-2026.pdf"},
)

STORIES = [A1, A2, A3, A4, A5, A6, C1, C2, C3, C4, N1, N2, N3]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def section_of(st: Story) -> Section:
    return SECTIONS[st.opts["sec"]]


def in_section(sec: Section, cat: int | None = None) -> list[Story]:
    items = [s for s in STORIES if s.opts["sec"] == sec.key and (cat is None or cat in s.opts["cats"])]
    return sorted(items, key=lambda s: s.opts["display"], reverse=True)


# --- URLs --------------------------------------------------------------------------------------


def clean_url(st: Story) -> str:
    sec = section_of(st)
    return f"{SITE}/{sec.key}/-/asset_publisher/{sec.ap}/content/{st.slug}"


def pager_url(sec: Section, cur: int) -> str:
    n = ns(sec.ap)
    return (f"{SITE}/{sec.key}?p_p_id={AP_PORTLET}_INSTANCE_{sec.ap}&p_p_lifecycle=0&p_p_state=normal"
            f"&p_p_mode=view&{n}delta={sec.delta}&p_r_p_resetCur=false&{n}cur={cur}")


def listing_target(sec: Section, cur: int) -> str:
    """The URL the theme puts in ``redirect=`` for entries listed on page ``cur``."""
    return f"{SITE}/{sec.key}" if cur == 1 else pager_url(sec, cur)


def with_redirect(url: str, back: str) -> str:
    return f"{url}?inheritRedirect=true&redirect={quote(back, safe='')}"


def category_url(cid: int) -> str:
    return f"{SITE}/tin-tuc/-/categories/{cid}"


def home_variant(st: Story) -> str:
    return with_redirect(f"{SITE}/trang-chu/-/asset_publisher/{HOME_NOTICE_AP}/content/{st.slug}", f"{SITE}/trang-chu")


def print_url(st: Story) -> str:
    return f"{clean_url(st)}?p_p_state=pop_up&{ns(section_of(st).ap)}viewMode=print"


def listing_page_of(st: Story) -> int:
    sec = section_of(st)
    return in_section(sec).index(st) // sec.delta + 1


def listing_variant(st: Story) -> str:
    return with_redirect(clean_url(st), listing_target(section_of(st), listing_page_of(st)))


def alt_paths(st: Story) -> list[str]:
    alts = [listing_variant(st)]
    alts += [with_redirect(clean_url(st), category_url(c)) for c in st.opts["cats"]]
    if st.opts["sec"] == "thong-bao":
        alts.append(home_variant(st))
    alts.append(print_url(st))
    return alts


# --- article rendering -------------------------------------------------------------------------


def _tx(st: Story, value: str) -> str:
    mode = st.opts.get("text")
    out = text(value, nfd=mode == "nfd", entities=2 if mode == "ent" else 0)
    if st.opts.get("word"):
        out = out.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;")
        out = f'<span style="font-size:14pt;"><span style="font-family:&quot;Times New Roman&quot;,serif;">{out}</span></span>'
    return out


def _img(img: Img, alt: str) -> str:
    src = esc(img.src)
    cap = esc(img.printed or "")
    if img.style == "picture":
        fid = file_entry_id(img.src)
        name = _file_name(img.src)
        t = img.src.split("?t=")[-1]
        return (
            f'<p style="text-align:center;"><picture data-fileentryid="{fid}">'
            f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fid}/Thumbnail-300x300/{name}?t={t}" />'
            f'<source media="(max-width:1000px) and (min-width:300px)" '
            f'srcset="/o/adaptive-media/image/{fid}/Preview-1000x0/{name}?t={t}" />'
            f'<img alt="" data-fileentryid="{fid}" src="{src}" /></picture></p>'
            f'<p style="text-align:center;"><em>{cap}</em></p>'
        )
    if img.style == "figure":
        return (f'<figure class="image"><img alt="{esc(alt)}" height="467" src="{src}" width="700" />'
                f"<figcaption>{cap}</figcaption></figure>")
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh-ct" style="width:92%;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:100%;" /></td></tr>'
            f'<tr><td style="text-align:center;"><span style="color:#2f4f8f;"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "credit":
        return (f'<p style="text-align:center;"><img alt="" src="{src}" style="width:680px;height:453px;" /></p>'
                f'<p style="text-align:right;"><em>{cap}</em></p>')
    if img.style == "lazy":
        return (
            '<table align="center" class="image center"><tbody><tr><td>'
            '<img alt="" class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" '
            f'data-src="{src}" /></td></tr><tr><td class="image_desc">{cap}</td></tr></tbody></table>'
        )
    raise ValueError(img.style)


def render_blocks(st: Story, blocks) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b, st.title))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_tx(st, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = blocks[i].style
                cells = "".join(f"<{tag}>{_tx(st, c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse;">'
                       "<tbody>" + "".join(rows) + "</tbody></table>")
            continue
        lines = [_tx(st, b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(_tx(st, blocks[i].text))
            i += 1
        inner = "<br />\n".join(lines)
        if style == "h":
            out.append(f"<h3><strong>{inner}</strong></h3>")
        elif style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif style == "q":
            out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\n".join(out)


def render_template(st: Story) -> str:
    """The journal article as its structure's template prints it."""
    tpl = st.opts["tpl"]
    if tpl == "basic":
        return render_blocks(st, st.blocks)
    if tpl == "tb":
        attach = st.opts["attach"]
        return (
            f'<div class="tbao-ct" id="tbao_{st.opts["aid"]}">'
            f'<p class="tbao-ngay"><span class="glyphicon glyphicon-time"></span> Đăng lúc '
            f'{hhmm_a(st.opts["display"])}, ngày {dmy(st.opts["display"])}</p>'
            f'<div class="tbao-nd">{render_blocks(st, st.blocks)}</div>'
            f'<div class="tbao-dk"><i class="icon-paper-clip"></i> <b>Tệp đính kèm:</b> '
            f'<a href="{esc(doc(attach, 41870))}" target="_blank">{esc(attach)}</a> (156 KB)</div>'
            "</div>"
        )
    covers = [b for b in st.blocks if isinstance(b, Img) and b.style == "cover"]
    rest = [b for b in st.blocks if not (isinstance(b, Img) and b.style == "cover")]
    parts = [
        f'<div class="ndtin-khung" id="ndtin_{st.opts["aid"]}">',
        f'<div class="ndtin-tgdang"><i class="icon-time"></i>&nbsp;{rfc822(st.opts["display"])}</div>',
        f'<div class="ndtin-mota">{_tx(st, st.summary or "")}</div>',
    ]
    if covers:
        parts.append(f'<div class="ndtin-anhdd"><img alt="{esc(st.title)}" src="{esc(covers[0].src)}" /></div>')
    parts.append(f'<div class="ndtin-noidung">{render_blocks(st, rest)}</div>')
    if st.opts.get("related"):
        lis = "".join(f'<li><a href="{clean_url(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>' for r in st.opts["related"])
        parts.append(f'<div class="ndtin-lienquan"><b>Tin liên quan:</b><ul>{lis}</ul></div>')
    parts.append(f'<div class="ndtin-tacgia" style="text-align:right;"><strong>{_tx(st, st.opts["byline"])}</strong></div>')
    if st.opts.get("source_line"):
        parts.append('<div class="ndtin-nguon" style="text-align:right;"><em>Nguồn: <a href="https://baonghean.vn/" '
                     f'rel="nofollow" target="_blank">{esc(st.opts["source_line"])}</a></em></div>')
    parts.append("</div>")
    return "\n".join(parts)


def listing_summary(st: Story, limit: int = 200) -> str:
    """The AP's abstract: the description field (the sapo), else the text's first characters."""
    if st.summary:
        return st.summary
    raw = " ".join(b.html if isinstance(b, Raw) else b.text for b in st.blocks if not isinstance(b, Img))
    plain = re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", raw))).strip()
    return plain[:limit].rsplit(" ", 1)[0] + "..."


# --- chrome ------------------------------------------------------------------------------------

NAV = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Lịch sử nhà trường"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc", "Tin tức - Sự kiện", []),
    ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", []),
    ("thong-bao", "Thông báo", []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện", [("thu-vien-anh", "Thư viện ảnh"), ("video-clip", "Video clip")]),
    ("lien-he", "Liên hệ", []),
]


def portlet(pid: str, inst: str | None, title: str | None, inner: str, extra: str = "") -> str:
    full = f"{pid}_INSTANCE_{inst}" if inst else pid
    head = ""
    if title:
        head = ('<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
                f'<h2 class="portlet-title-text">{esc(title)}</h2></div>'
                '<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>')
    return (
        f'<div class="portlet-boundary portlet-boundary_{pid}_  portlet-static portlet-static-end portlet-decorate {extra}" '
        f'id="p_p_id_{full}_"><span id="p_{full}"></span>'
        f'<section class="portlet" id="portlet_{full}"><div class="portlet-content">{head}'
        f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _nav(active: str) -> str:
    items = []
    for n, (key, label, children) in enumerate(NAV, start=1):
        cls = "lfr-nav-item" + (" selected active" if key == active else "") + (" dropdown" if children else "")
        sub = ""
        if children:
            sub = '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{n}{k}" role="presentation"><a href="{SITE}/{ck}" '
                f'role="menuitem" tabindex="-1">{esc(cl)}</a></li>'
                for k, (ck, cl) in enumerate(children, start=1)
            ) + "</ul>"
        toggle = 'aria-haspopup="true" class="dropdown-toggle" ' if children else ""
        items.append(
            f'<li class="{cls}" id="layout_{n}" role="presentation"><a aria-labelledby="layout_{n}" '
            f'{toggle}href="{SITE}/{key}" '
            f'role="menuitem"><span>{esc(label)}</span></a>{sub}</li>'
        )
    return ('<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang trong site" '
            'class="nav navbar-nav pbc-menu-ngang" role="menubar">' + "".join(items) + "</ul></nav>")


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = [f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{SITE}" title="{esc(SITE_NAME)}">'
             f'<span class="breadcrumb-text-truncate">{esc(SITE_NAME)}</span></a></li>']
    for label, href in crumbs:
        if href:
            items.append(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                         f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>')
        else:
            items.append(f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>')
    inner = '<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">' + "".join(items) + "</ol></nav>"
    return portlet("com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet", "pbcBread01", None,
                   inner, "portlet-breadcrumb")


def most_read() -> str:
    lis = "".join(f'<li><a href="{clean_url(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in (3, 2, 9, 4))
    return portlet("pbc_tinxemnhieu_web_PbcTinXemNhieuPortlet", "xN7aKc2VbM1q", "Tin xem nhiều",
                   f'<ol class="tin-xn-ds">{lis}</ol>')


def links_box() -> str:
    inner = (
        '<div class="journal-content-article" data-analytics-asset-id="40120" data-analytics-asset-title="Liên kết" '
        'data-analytics-asset-type="web-content"><ul class="lk-web">'
        '<li><a href="https://moet.gov.vn" target="_blank"><img alt="Bộ GD&amp;ĐT" src="/o/pbc-theme/images/lk/bogd.png" /></a></li>'
        '<li><a href="https://nghean.edu.vn" target="_blank"><img alt="Sở GD&amp;ĐT Nghệ An" src="/o/pbc-theme/images/lk/sogd.png" /></a></li>'
        '<li><a href="https://thitotnghiepthpt.edu.vn" target="_blank">Thi tốt nghiệp THPT</a></li>'
        '<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></div>'
    )
    return portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", "lk4Hd8sW0pZe", "Liên kết website", inner)


def poll_box() -> str:
    action = (f"{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pL7cX2nB5vQw"
              "&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view"
              "&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pL7cX2nB5vQw_javax.portlet.action=%2Fpolls_display%2Fedit_question")
    opts = ["Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải thiện thêm"]
    radios = "".join(
        f'<div class="radio"><label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pL7cX2nB5vQw_choiceId" '
        f'type="radio" value="{40300 + k}" /> {o}</label></div>' for k, o in enumerate(opts)
    )
    inner = (f'<form action="{action}" method="post" name="_pollsFm"><p class="poll-q">Bạn đánh giá thế nào về '
             f'website mới của nhà trường?</p>{radios}<button class="btn btn-primary" type="submit">Bình chọn</button></form>')
    return portlet("com_liferay_polls_web_portlet_PollsDisplayPortlet", "pL7cX2nB5vQw", "Thăm dò ý kiến", inner)


def counter_box() -> str:
    inner = ('<ul class="tk-truycap"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.284</b></li>'
             '<li>Tháng này: <b>9.116</b></li><li>Tổng truy cập: <b>1.906.442</b></li></ul>')
    return portlet("pbc_thongke_web_PbcThongKePortlet", None, "Thống kê truy cập", inner)


def categories_nav() -> str:
    lis = "".join(
        f'<li class="tree-node"><span class="tree-node-content"><a href="{category_url(cid)}">{esc(name)}</a></span></li>'
        for cid, name in CATEGORIES.items()
    )
    inner = f'<div class="categories-tree"><h5 class="vocab-name">Chủ đề</h5><ul class="list-unstyled tree-view">{lis}</ul></div>'
    return portlet("com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet", "cN4vR7kE2qHs",
                   "Chủ đề tin", inner)


def sidebar(layout: str) -> str:
    boxes = [categories_nav()] if layout == "tin-tuc" else []
    boxes += [most_read(), links_box()]
    if layout == "trang-chu":
        boxes.append(poll_box())
    boxes.append(counter_box())
    return "\n".join(boxes)


def page(request: Request, *, title: str, layout: str, crumbs, main: str, side: str | None = None,
         description: str = "", canonical: str | None = None, og_title: str | None = None) -> Response:
    host = base_url(request)
    canon = canonical or f"{SITE}/{layout}"
    js_url = request.path.replace("/", "\\x2f")
    side_html = sidebar(layout) if side is None else side
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<link data-senna-track="temporary" href="{host}{canon}" rel="canonical" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
<meta property="og:title" content="{esc(og_title or title)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{host}{canon}" />
<link href="/o/pbc-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/pbc-theme/css/main.css?browserId=other&amp;themeId=pbctheme_WAR_pbctheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1764320000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
var Liferay = Liferay || {{}};
Liferay.ThemeDisplay = {{getLanguageId: function() {{return "vi_VN";}}, getScopeGroupId: function() {{return "{GROUP_ID}";}},
getPathThemeImages: function() {{return "\\x2fo\\x2fpbc-theme\\x2fimages";}}}};
Liferay.currentURL = "{js_url}";
</script>
<script src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7210&amp;t=1764320000000&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-web/liferay/dom_task_runner.js" type="text/javascript"></script>
</head>
<body class="controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav class="quick-access-nav" id="quick_access_nav"><ul><li><a href="#main-content">Chuyển đến Nội dung chính</a></li></ul></nav>
<div class="container-fluid pbc-wrapper" id="wrapper">
<div class="pbc-topbar"><span class="pbc-ngay"><i class="icon-calendar"></i> {HEADER_TODAY}</span>
<span class="pbc-hotline">Hotline: 0238 3844 216</span>
<form action="{SITE}/tim-kiem" class="pbc-timkiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /><button type="submit">Tìm</button></form></div>
<header id="banner" role="banner"><div id="heading"><a class="logo custom-logo" href="{SITE}" title="Về {esc(SITE_NAME)}">
<img alt="Logo" height="90" src="/o/pbc-theme/images/logo-pbc.png" width="90" /></a>
<div class="pbc-tentruong"><span class="pbc-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN</span>
<h1 class="site-title"><span>TRƯỜNG THPT PHAN BỘI CHÂU</span></h1><span class="pbc-khauhieu">Dạy tốt - Học tốt - Rèn luyện tốt</span></div></div>
{_nav(layout)}
</header>
<section id="content">
{_breadcrumb(crumbs)}
<div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side_html}
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo"><div class="pbc-chantrang">
<p><strong>TRƯỜNG THPT PHAN BỘI CHÂU - THÀNH PHỐ VINH - NGHỆ AN</strong></p>
<p>Địa chỉ: Số 62 đường Phan Bội Châu, phường Trường Thi, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3844 216 - Email: c3phanboichau@nghean.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy giáo Võ Văn Thắng - Hiệu trưởng</p>
<p>Bản quyền © 2020 - 2026 {esc(SITE_NAME)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Powered by <a href="https://www.liferay.com" rel="external">Liferay</a> - Thiết kế: Trung tâm CNTT-TT Nghệ An</p>
</div></footer>
</div>
</body>
</html>"""
    return html(body)


# --- asset publisher views ---------------------------------------------------------------------


def _thumb(st: Story) -> str:
    imgs = [b for b in st.blocks if isinstance(b, Img) and b.src.startswith("/")]
    if not imgs:
        return "/o/pbc-theme/images/no-image.png"
    fid = file_entry_id(imgs[0].src)
    return f"/o/adaptive-media/image/{fid}/Thumbnail-300x300/{_file_name(imgs[0].src)}"


def abstracts(items: list[Story], back: str) -> str:
    out = []
    for st in items:
        url = esc(with_redirect(clean_url(st), back))
        out.append(
            f'<div class="asset-abstract " id="ap-entry-{st.opts["aid"]}"><span class="asset-anchor lfr-asset-anchor" '
            f'id="{st.opts["aid"]}"></span><h4 class="asset-title"><a href="{url}">{esc(st.title)}</a></h4>'
            '<div class="asset-content"><div class="asset-summary"><div class="float-right asset-small-image">'
            f'<img alt="" class="asset-small-image img-thumbnail" src="{_thumb(st)}" width="150" /></div>'
            f"{esc(listing_summary(st))}</div>"
            f'<div class="asset-more"><a href="{url}">Đọc thêm<span class="hide-accessible"> về {esc(st.title)}</span>'
            " &raquo;</a></div></div>"
            f'<div class="asset-metadata"><span class="metadata-entry metadata-modified-date">{dmy(st.opts["mod"])}</span>'
            f' <span class="metadata-entry metadata-view-count">{st.views()} Lượt xem</span></div></div>'
        )
    return "\n".join(out)


def table_view(items: list[Story], back: str) -> str:
    rows = "".join(
        f'<tr><td class="table-cell-content"><a href="{esc(with_redirect(clean_url(st), back))}">{esc(st.title)}</a></td>'
        f'<td class="table-cell-minw-150">{dmy(st.opts["mod"])}</td><td>{st.views()}</td></tr>'
        for st in items
    )
    return ('<div class="table-responsive"><table class="table table-autofit table-hover table-list">'
            '<thead><tr><th class="table-cell-content">Tiêu đề</th><th>Ngày sửa đổi</th><th>Lượt xem</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def pager(sec: Section, cur: int, pages: int, total: int) -> str:
    if pages <= 1:
        return ""
    if sec.pager == "simple":
        prev = (f'<li class="first"><a href="{esc(pager_url(sec, cur - 1))}">&larr; Trước</a></li>' if cur > 1
                else '<li class="disabled first"><a href="javascript:;">&larr; Trước</a></li>')
        nxt = (f'<li class="last"><a href="{esc(pager_url(sec, cur + 1))}">Tiếp &rarr;</a></li>' if cur < pages
               else '<li class="disabled last"><a href="javascript:;">Tiếp &rarr;</a></li>')
        return f'<div class="pagination-bar"><ul class="lfr-pagination-buttons pager">{prev}{nxt}</ul></div>'
    first = (cur - 1) * sec.delta + 1
    last = min(cur * sec.delta, total)
    icon = '<svg class="lexicon-icon lexicon-icon-angle-{0}" focusable="false" role="presentation"><use xlink:href="/o/pbc-theme/images/clay/icons.svg#angle-{0}"></use></svg>'
    lis = []
    if cur > 1:
        lis.append(f'<li class="page-item"><a class="page-link" href="{esc(pager_url(sec, cur - 1))}">{icon.format("left")}'
                   '<span class="sr-only">Trước</span></a></li>')
    else:
        lis.append(f'<li class="disabled page-item"><a class="page-link" href="javascript:;">{icon.format("left")}'
                   '<span class="sr-only">Trước</span></a></li>')
    for n in range(1, pages + 1):
        active = " active" if n == cur else ""
        lis.append(f'<li class="page-item{active}"><a class="page-link" href="{esc(pager_url(sec, n))}">{n}</a></li>')
    if cur < pages:
        lis.append(f'<li class="page-item"><a class="page-link" href="{esc(pager_url(sec, cur + 1))}">{icon.format("right")}'
                   '<span class="sr-only">Tiếp</span></a></li>')
    else:
        lis.append(f'<li class="disabled page-item"><a class="page-link" href="javascript:;">{icon.format("right")}'
                   '<span class="sr-only">Tiếp</span></a></li>')
    return (f'<div class="pagination-bar"><div class="pagination-results">Hiển thị {first} tới {last} của {total} mục.'
            f'</div><ul class="pagination">{"".join(lis)}</ul></div>')


def full_content(st: Story, ap: str, back: str, host: str) -> str:
    """The AP's full-content view of one article (title, template output, extras)."""
    n = ns(ap)
    cats = ""
    if st.opts["cats"]:
        labels = "".join(f'<a class="label label-default" href="{category_url(c)}">{esc(CATEGORIES[c])}</a> '
                         for c in st.opts["cats"])
        cats = f'<div class="asset-categories"><span class="taglib-asset-categories-summary">Chủ đề: {labels}</span></div>'
    share = quote(host + clean_url(st), safe="")
    js_print = print_url(st).replace("/", "\\x2f")
    return f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4">
<a class="header-back-to lfr-portal-tooltip" href="{esc(back)}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" focusable="false" role="presentation"><use xlink:href="/o/pbc-theme/images/clay/icons.svg#angle-left"></use></svg><span class="hide-accessible">Quay lại</span></a>
<span class="asset-title d-inline">{esc(st.title)}</span></p>
<div class="autofit-col visible-interaction"><a href="javascript:;" onclick="{n}printPage_0();" title="In"><span class="hide-accessible">In</span><svg class="lexicon-icon lexicon-icon-print"><use xlink:href="/o/pbc-theme/images/clay/icons.svg#print"></use></svg></a></div></div>
<span class="asset-anchor lfr-asset-anchor" id="{st.opts["aid"]}"></span>
<div class="asset-content mb-3" id="{n}{st.opts["aid"]}">
<div class="journal-content-article" data-analytics-asset-id="{st.opts["aid"]}" data-analytics-asset-title="{esc(st.title)}" data-analytics-asset-type="web-content">
{render_template(st)}
</div>
</div>
{cats}
<div class="asset-ratings mb-3"><div class="taglib-ratings stars"><span class="rating-label">Đánh giá trung bình</span> <span class="rating-value">4,5 sao trong số 5</span> <span class="rating-count">({2 + st.id % 5} Phiếu bầu)</span></div></div>
<div class="asset-metadata">
<span class="metadata-entry metadata-publish-date"><span class="metadata-label">Ngày xuất bản</span> {dmy(st.opts["display"])}</span>
<span class="metadata-entry metadata-modified-date"><span class="metadata-label">Sửa đổi lần cuối</span> {dmy(st.opts["mod"])}</span>
<span class="metadata-entry metadata-author"><img alt="" class="user-icon" src="/image/user_male_portrait?img_id=20302&amp;t=1700000000000" /> Người đăng: Quản Trị Website</span>
<span class="metadata-entry metadata-view-count">{st.views()} Lượt xem</span>
</div>
<div class="taglib-social-bookmarks"><ul class="list-inline">
<li><a class="social-bookmark" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Facebook</a></li>
<li><a class="social-bookmark" href="https://twitter.com/intent/tweet?text={quote(st.title)}&amp;url={share}" target="_blank">Twitter</a></li>
<li><a class="social-bookmark" href="https://zalo.me/share?u={share}" target="_blank">Zalo</a></li></ul></div>
<div class="asset-discussion"><section class="taglib-discussion"><h2 class="h4">Bình luận (0)</h2>
<p class="text-secondary">Chưa có bình luận nào. Vui lòng đăng nhập để gửi bình luận.</p></section></div>
</div>
<script type="text/javascript">function {n}printPage_0() {{window.open('{js_print}', '', 'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');}}</script>"""


def other_news(st: Story) -> str:
    sec = section_of(st)
    first_page = in_section(sec)[: sec.delta]
    others = [s for s in first_page if s is not st][:3]
    if not others:
        return ""
    lis = "".join(f'<li><a href="{clean_url(s)}">{esc(s.title)}</a> <span class="ngay-tk">({dmy(s.opts["display"])})</span></li>'
                  for s in others)
    return portlet("pbc_cactinkhac_web_PbcCacTinKhacPortlet", "oK2mV9eRt4Ws", "Các tin khác",
                   f'<ul class="ds-tin-khac">{lis}</ul>')


def ap_box(ap: str, title: str | None, inner: str) -> str:
    return portlet(AP_PORTLET, ap, title, inner, "portlet-asset-publisher")


# --- pages -------------------------------------------------------------------------------------


def home_news_box() -> str:
    items = sorted([s for s in STORIES if s.opts["sec"] != "thong-bao"], key=lambda s: s.opts["display"], reverse=True)[:5]
    out = []
    for k, st in enumerate(items):
        t = st.title if len(st.title) <= 70 else st.title[:67].rsplit(" ", 1)[0] + "..."
        img = f'<a class="tm-anh" href="{clean_url(st)}"><img alt="" src="{_thumb(st)}" /></a>' if k == 0 else ""
        summ = f'<p class="tm-tomtat">{esc(listing_summary(st))}</p>' if k < 3 else ""
        out.append(f'<div class="tm-item{" tm-noibat" if k == 0 else ""}">{img}'
                   f'<h3 class="tm-tieude"><a href="{clean_url(st)}" title="{esc(st.title)}">{esc(t)}</a></h3>'
                   f'<span class="tm-thoigian">{relative(st.opts["display"])}</span>{summ}</div>')
    return ap_box(HOME_NEWS_AP, "Tin mới", '<div class="pbc-tinmoi">' + "\n".join(out) + "</div>")


def home_notices_box() -> str:
    items = in_section(SECTIONS["thong-bao"])
    rows = "".join(f'<tr><td class="table-cell-content"><a href="{esc(home_variant(st))}">{esc(st.title)}</a></td>'
                   f'<td>{dmy(st.opts["display"])}</td></tr>' for st in items)
    inner = ('<div class="table-responsive"><table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th>'
             f'<th>Ngày xuất bản</th></tr></thead><tbody>{rows}</tbody></table></div>'
             f'<div class="tb-xemtat"><a href="{SITE}/thong-bao">Xem tất cả &raquo;</a></div>')
    return ap_box(HOME_NOTICE_AP, "Thông báo", inner)


def slider() -> str:
    slides = "".join(f'<div class="item"><img alt="" src="{doc(name, 40100)}" /><div class="slide-cap">{esc(cap)}</div></div>'
                     for name, cap in [("banner-khai-giang-2026.jpg", "Lễ khai giảng năm học 2026-2027"),
                                       ("banner-truong-pbc.jpg", "Trường THPT Phan Bội Châu - 50 năm xây dựng và phát triển")])
    return portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", "sl9Qe2Rk4Wd1", None,
                   f'<div class="pbc-slider owl-carousel">{slides}</div>')


def home_page(request: Request, article: Story | None = None) -> Response:
    main = slider() + "\n" + home_news_box()
    if article is None:
        side_top = home_notices_box()
        return page(request, title=f"Trang chủ - {SITE_NAME}", layout="trang-chu", crumbs=[("Trang chủ", None)],
                    main=main, side=side_top + "\n" + sidebar("trang-chu"),
                    description="Cổng thông tin điện tử Trường THPT Phan Bội Châu, thành phố Vinh, Nghệ An")
    back = f"{SITE}/trang-chu"
    side_top = ap_box(HOME_NOTICE_AP, "Thông báo", full_content(article, HOME_NOTICE_AP, back, base_url(request)))
    return page(request, title=f"{article.title} - Trang chủ - {SITE_NAME}", layout="trang-chu",
                crumbs=[("Trang chủ", f"{SITE}/trang-chu"), (article.title, None)], main=main,
                side=side_top + "\n" + sidebar("trang-chu"), description=listing_summary(article),
                og_title=f"Trang chủ - {SITE_NAME}")


def section_page(request: Request, sec: Section) -> Response:
    items = in_section(sec)
    pages = (len(items) + sec.delta - 1) // sec.delta
    raw = request.params.get(f"{ns(sec.ap)}cur", "1")
    cur = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    cur = min(cur, pages)
    chunk = items[(cur - 1) * sec.delta: cur * sec.delta]
    back = listing_target(sec, cur)
    view = abstracts(chunk, back) if sec.style == "abstracts" else table_view(chunk, back)
    main = ap_box(sec.ap, sec.name, view + pager(sec, cur, pages, len(items)))
    return page(request, title=f"{sec.name} - {SITE_NAME}", layout=sec.key, crumbs=[(sec.name, None)], main=main,
                description=f"{sec.name} - {SITE_NAME}")


def category_page(request: Request, cid: int) -> Response:
    sec = SECTIONS["tin-tuc"]
    items = in_section(sec, cid)
    head = (f'<h2 class="taglib-categorization-filter entry-title">{esc(CATEGORIES[cid])} '
            f'<a class="remove-filter" href="{SITE}/tin-tuc" title="Bỏ lọc">&times;</a></h2>')
    view = abstracts(items, category_url(cid)) if items else '<div class="alert alert-info">Không có kết quả.</div>'
    main = ap_box(sec.ap, sec.name, head + view)
    return page(request, title=f"{CATEGORIES[cid]} - {sec.name} - {SITE_NAME}", layout=sec.key,
                crumbs=[(sec.name, f"{SITE}/tin-tuc"), (CATEGORIES[cid], None)], main=main)


def article_page(request: Request, st: Story) -> Response:
    sec = section_of(st)
    back = request.params.get("redirect", "")
    if not back.startswith("/"):
        back = f"{SITE}/{sec.key}"
    host = base_url(request)
    if request.params.get("p_p_state") == "pop_up":
        body = (f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(st.title)} - {SITE_NAME}</title>'
                '<meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>'
                '<body class="portal-popup"><div class="columns-1" id="main-content" role="main">'
                f"{ap_box(sec.ap, None, full_content(st, sec.ap, back, host))}"
                '<div class="print-action"><a href="javascript:print();">In trang</a></div></div></body></html>')
        return html(body)
    main = ap_box(sec.ap, sec.name, full_content(st, sec.ap, back, host)) + "\n" + other_news(st)
    return page(request, title=f"{st.title} - {sec.name} - {SITE_NAME}", layout=sec.key,
                crumbs=[(sec.name, f"{SITE}/{sec.key}"), (st.title, None)], main=main,
                description=listing_summary(st), og_title=f"{sec.name} - {SITE_NAME}")


# --- non-article pages -------------------------------------------------------------------------


def wcd(title: str, inner: str, aid: int) -> str:
    return portlet("com_liferay_journal_content_web_portlet_JournalContentPortlet", f"wc{aid}Xq", title,
                   f'<div class="journal-content-article" data-analytics-asset-id="{aid}" '
                   f'data-analytics-asset-title="{esc(title)}" data-analytics-asset-type="web-content">{inner}</div>')


def intro_page(request: Request) -> Response:
    inner = (
        f'<p style="text-align:center;"><img alt="" src="{doc("toan-canh-truong-pbc.jpg", 40100)}" /></p>'
        '<p style="text-align: justify;">Trường THPT Phan Bội Châu được thành lập năm 1974 trên cơ sở hợp nhất hai '
        "trường cấp III của thị xã Vinh. Trải qua hơn 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn "
        "học sinh, nhiều người trong số đó đã trở thành nhà khoa học, cán bộ lãnh đạo, doanh nhân thành đạt.</p>"
        '<p style="text-align: justify;">Năm học 2026-2027, nhà trường có 36 lớp với 1.512 học sinh, 112 cán bộ, giáo '
        "viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 41% có trình độ thạc sĩ.</p>"
        '<p style="text-align: justify;">Nhà trường vinh dự được Nhà nước trao tặng Huân chương Lao động hạng Nhất '
        "(năm 2019) và nhiều Bằng khen của Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo, UBND tỉnh Nghệ An.</p>"
    )
    return page(request, title=f"Lịch sử nhà trường - {SITE_NAME}", layout="gioi-thieu",
                crumbs=[("Giới thiệu", None)], main=wcd("Lịch sử hình thành và phát triển", inner, 40011))


def org_page(request: Request) -> Response:
    rows = [("Võ Văn Thắng", "Hiệu trưởng", "0912 345 118"), ("Hoàng Thị Mai Lan", "Phó Hiệu trưởng", "0915 227 403"),
            ("Nguyễn Đình Hùng", "Phó Hiệu trưởng", "0983 610 552")]
    trs = "".join(f"<tr><td>{k}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for k, (a, b, c) in enumerate(rows, 1))
    inner = ('<h3>Ban giám hiệu</h3><table border="1" cellpadding="4" style="width:100%;"><tbody>'
             f"<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>{trs}</tbody></table>"
             "<h3>Các tổ chuyên môn</h3><ul><li>Tổ Toán - Tin</li><li>Tổ Vật lý - Công nghệ</li><li>Tổ Hóa - Sinh</li>"
             "<li>Tổ Ngữ văn</li><li>Tổ Lịch sử - Địa lý - GDKT&amp;PL</li><li>Tổ Ngoại ngữ</li>"
             "<li>Tổ Thể dục - Quốc phòng</li><li>Tổ Văn phòng</li></ul>")
    return page(request, title=f"Cơ cấu tổ chức - {SITE_NAME}", layout="co-cau-to-chuc",
                crumbs=[("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)],
                main=wcd("Cơ cấu tổ chức", inner, 40012))


def contact_page(request: Request) -> Response:
    inner = ('<p><strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong></p><p>Địa chỉ: Số 62 đường Phan Bội Châu, phường Trường Thi, '
             "thành phố Vinh, tỉnh Nghệ An</p><p>Điện thoại: 0238 3844 216 - Fax: 0238 3844 217</p>"
             "<p>Email: c3phanboichau@nghean.edu.vn</p>"
             '<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3779.9!2d105.68!3d18.67" '
             'width="100%"></iframe>')
    form = ('<form action="' + SITE + '/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_'
            'INSTANCE_fm2Kq8&amp;p_p_lifecycle=1" method="post"><label>Họ và tên <input name="hoTen" /></label>'
            '<label>Nội dung <textarea name="noiDung"></textarea></label><button type="submit">Gửi</button></form>')
    return page(request, title=f"Liên hệ - {SITE_NAME}", layout="lien-he", crumbs=[("Liên hệ", None)],
                main=wcd("Thông tin liên hệ", inner, 40013) + portlet(
                    "com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet", "fm2Kq8", "Gửi ý kiến", form))


def gallery_page(request: Request) -> Response:
    names = ["khai-giang-2026-01.jpg", "khai-giang-2026-02.jpg", "20-11-2026-01.jpg", "20-11-2026-02.jpg",
             "hoi-trai-26-3-01.jpg", "tot-nghiep-2026-01.jpg"]
    cards = "".join(f'<div class="image-link"><a href="{doc(n, 41200)}" title="{n}"><img alt="{n}" '
                    f'src="/o/adaptive-media/image/{file_entry_id(n)}/Thumbnail-300x300/{n}" /></a></div>' for n in names)
    return page(request, title=f"Thư viện ảnh - {SITE_NAME}", layout="thu-vien-anh", crumbs=[("Thư viện ảnh", None)],
                main=portlet("com_liferay_document_library_web_portlet_IGDisplayPortlet", "ig5Tn1", "Thư viện ảnh",
                             f'<div class="taglib-image-gallery">{cards}</div>'))


def video_page(request: Request) -> Response:
    vids = [("Qm3v8XwL2tE", "Tiết dạy minh họa bài “Chiếu dời đô”"), ("Lk2pR7sT0aB", "Lễ khai giảng năm học 2026-2027"),
            ("Zx9cV4bN1mQ", "Phóng sự: 50 năm Trường THPT Phan Bội Châu")]
    inner = "".join(f'<div class="vd-item"><iframe src="https://www.youtube.com/embed/{v}" width="100%" height="315">'
                    f"</iframe><p class=\"vd-ten\">{esc(t)}</p></div>" for v, t in vids)
    return page(request, title=f"Video clip - {SITE_NAME}", layout="video-clip", crumbs=[("Video clip", None)],
                main=wcd("Video clip", inner, 40015))


DOCS = {
    41877: ("Kế hoạch giáo dục nhà trường năm học 2026-2027", "ke-hoach-giao-duc-nam-hoc-2026-2027.pdf",
            "28/11/2026", "Kế hoạch số 201/KH-THPTPBC ngày 05/9/2026 của Hiệu trưởng."),
    41878: ("Kế hoạch số 27/KH-ĐTN triển khai chương trình “Áo ấm cho em”", "ke-hoach-27-ao-am-cho-em.pdf",
            "30/11/2026", "Kế hoạch của Ban Chấp hành Đoàn trường."),
}


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{SITE}/van-ban/-/document_library/{DL_INSTANCE}/view_file/{fid}">{esc(t)}</a></td>'
        f"<td>{d}</td><td>{esc(f)}</td></tr>" for fid, (t, f, d, _) in DOCS.items()
    )
    inner = ('<table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th><th>Ngày tải lên</th>'
             f"<th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>")
    return page(request, title=f"Văn bản - {SITE_NAME}", layout="van-ban", crumbs=[("Văn bản", None)],
                main=portlet("com_liferay_document_library_web_portlet_DLPortlet", DL_INSTANCE, "Văn bản", inner))


def doc_entry_page(request: Request, fid: int) -> Response:
    title, fname, day, desc = DOCS[fid]
    inner = (f'<div class="file-entry"><h3 class="file-title">{esc(title)}</h3><p>{esc(desc)}</p>'
             f'<ul class="file-meta"><li>Phiên bản: 1.0</li><li>Ngày tải lên: {day}</li><li>Kích thước: 214 KB</li></ul>'
             f'<a class="btn btn-primary" href="{esc(doc(fname, 41860))}&amp;download=true">Tải về ({esc(fname)})</a></div>')
    return page(request, title=f"{title} - Văn bản - {SITE_NAME}", layout="van-ban",
                crumbs=[("Văn bản", f"{SITE}/van-ban"), (title, None)],
                main=portlet("com_liferay_document_library_web_portlet_DLPortlet", DL_INSTANCE, "Văn bản", inner))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    inner = f'<p class="search-total-label">Không tìm thấy kết quả nào cho “{esc(q)}”.</p>'
    return page(request, title=f"Tìm kiếm - {SITE_NAME}", layout="tim-kiem", crumbs=[("Tìm kiếm", None)],
                main=portlet("com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet", "sr1Ab", "Kết quả", inner))


# --- routing -----------------------------------------------------------------------------------

_CONTENT = re.compile(r"^/web/thpt-pbc/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)$")
_CATEGORY = re.compile(r"^/web/thpt-pbc/tin-tuc/-/categories/(\d+)$")
_VIEW_FILE = re.compile(r"^/web/thpt-pbc/van-ban/-/document_library/" + DL_INSTANCE + r"/view_file/(\d+)$")


def _file(path: str) -> Response | None:
    if path.startswith("/documents/"):
        if ".pdf/" in path or path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(".jpg")
    if path.startswith(("/o/adaptive-media/image/", "/image/")):
        return static_file(".jpg")
    if path.startswith("/combo"):
        return static_file(".js")
    if path.startswith("/o/"):
        if path.endswith(".svg"):
            return Response(200, b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', {"Content-Type": "image/svg+xml"})
        return static_file(path)
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/documents/", "/o/", "/image/", "/combo")):
            return _file(path)
        if path == "/":
            return redirect(SITE)
        if path in (SITE, f"{SITE}/trang-chu"):
            return home_page(request)
        key = path[len(SITE) + 1:] if path.startswith(SITE + "/") else None
        if key in SECTIONS:
            return section_page(request, SECTIONS[key])
        simple = {"gioi-thieu": intro_page, "co-cau-to-chuc": org_page, "lien-he": contact_page,
                  "thu-vien-anh": gallery_page, "video-clip": video_page, "van-ban": docs_page, "tim-kiem": search_page}
        if key in simple:
            return simple[key](request)
        if m := _CATEGORY.match(path):
            cid = int(m.group(1))
            return category_page(request, cid) if cid in CATEGORIES else None
        if m := _VIEW_FILE.match(path):
            fid = int(m.group(1))
            return doc_entry_page(request, fid) if fid in DOCS else None
        if m := _CONTENT.match(path):
            layout, ap, slug = m.groups()
            st = BY_SLUG.get(slug)
            if st is None:
                return None
            if layout == "trang-chu" and ap == HOME_NOTICE_AP and st.opts["sec"] == "thong-bao":
                return home_page(request, st)
            sec = SECTIONS.get(layout)
            if sec and sec.ap == ap and st.opts["sec"] == sec.key:
                return article_page(request, st)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(st, clean_url(st), st.cat, canonical_path=clean_url(st), alt_paths=alt_paths(st))
    for st in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lien-he",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/video-clip",
    f"{SITE}/van-ban/-/document_library/{DL_INSTANCE}/view_file/41877",
    f"{SITE}/van-ban/-/document_library/{DL_INSTANCE}/view_file/41878",
]
