"""Sở Giáo dục và Đào tạo tỉnh Quảng Trị on Liferay DXP 7.3 content pages (blind fixture).

Platform
--------
Liferay DXP 7.3 (7.3.10 fix pack era), one site ``sgddt`` of the province's shared portal
instance, so every page lives under ``/web/sgddt``; ``/`` answers 302 to ``/web/sgddt``. The
site's pages are *content pages* built from fragments; a vendor theme ("qtportal-sgd-theme")
draws the chrome (top bar with today's date, logo, menubar with drop-downs, breadcrumb, right
column with notices, most-read, links, poll, visitor counter, footer). Web contents of the
structure "Tin bài" (news) and "Thông báo" (notice) are shown by *display page templates* at
``/web/sgddt/w/<urlTitle>``; listings are *Collection Display* fragments, each with its own
numbered pagination keyed by its fragmentEntryLinkId (``?page_number_40127=2``).

URL scheme
----------
- ``/web/sgddt``                               home (carousel, "Tin mới" collection, video strip)
- ``/web/sgddt/tin-tuc-su-kien``               collection 40127, 4 per page, 2 pages
- ``/web/sgddt/hoat-dong-chuyen-mon``          collection 40133, 3 per page, 2 pages
- ``/web/sgddt/thong-bao``                     collection 40139, 2 per page, 2 pages (mixed
  asset collection: one entry is a Document Library PDF)
- ``?page_number_<id>=<n>``                    the pagination parameter (relative query-only hrefs)
- ``/web/sgddt/w/<urlTitle>``                  display page of an article (canonical)
- ``/web/sgddt/-/<urlTitle>``                  the journal article's legacy friendly URL: the very
  same display page (canonical -> /w/)
- ``/web/sgddt/tin-tuc-cu/-/asset_publisher/Xy7aBc9dEfGh/content/<urlTitle>?redirect=…&inheritRedirect=true``
  the older widget page "Tin lưu trữ" (an Asset Publisher portlet) showing the article in full
  through the structure's old FreeMarker template; its canonical is itself without the query
- ``/web/sgddt/van-ban`` (Document Library) and its entries
  ``/web/sgddt/van-ban/-/document_library/kT3nQw8xZp1L/view_file/<fileEntryId>``
- ``/web/sgddt/gioi-thieu``, ``/lien-he``, ``/lich-cong-tac``, ``/thu-vien-anh``, ``/tim-kiem?q=``
- ``/documents/38201/<folderId>/<title>/<uuid>?t=<ms>`` Document Library files (images, PDF)
- ``/o/adaptive-media/image/<fileEntryId>/<config>/<name>?t=<ms>`` Adaptive Media renditions

Page templates
--------------
- display page (``/w/``, ``/-/``): category badge fragment, optional overline ("tít phụ") h3,
  the Heading fragment (an ``h2`` with ``data-lfr-editable-id="element-text"``), a meta row
  (optional "Cập nhật" line, the display date, views, font/print tools), the description as a
  bold Paragraph fragment (the sapo, when the article has one), the HTML fragment mapped to the
  content field, the "Tác giả" and "Nguồn" structure fields, the Social Bookmarks widget, the
  ratings widget and (news only) a "Tin cùng chuyên mục" collection with abstracts.
- Asset Publisher full content (old page): portlet title, back link + asset title, the FTL
  template (raw RFC-822 display date in GMT, sapo, content, byline, source), ratings.
- Collection cards: adaptive-media thumbnail, a title cut to 70 characters server-side ("…",
  the full title in ``title=""``), the *modified* date as dd/MM/yy, the abstract.

How each gold article is reached (newest first)
-----------------------------------------------
 1 Hướng Phùng      Tin tức - Sự kiện   home carousel + "Tin mới", category p1 (encoded urlTitle)
 2 GVDG THCS        Hoạt động chuyên môn home "Tin mới", category p1, "Đọc nhiều" (/-/)
 3 TB phỏng vấn     Thông báo            home, sidebar "Thông báo", category p1 (official notice)
 4 Chuyển đổi số    Tin tức - Sự kiện   home carousel, category p1 (encoded urlTitle)
 5 Tập huấn Văn     Hoạt động chuyên môn home "Tin mới", category p1, "Đọc nhiều" (/-/)
 6 20/11            Tin tức - Sự kiện   home "Tin mới", category p1, "Đọc nhiều" (/-/)
 7 TB HSG lớp 12    Thông báo            ONLY category page 2
 8 Lê Quý Đôn       Tin tức - Sự kiện   carousel, category p1, "Đọc nhiều" (/-/), old AP page
 9 Tiếng Anh        Hoạt động chuyên môn category p1, old AP page
10 Vùng lũ          Tin tức - Sự kiện   category page 2 (and old AP page, AP URL only)
11 Giao ban MN-TH   Hoạt động chuyên môn category page 2 (and old AP page, AP URL only)
12 TB sáng kiến     Thông báo            ONLY category page 2
13 Ka Tăng          Tin tức - Sự kiện   category page 2 (and old AP page, AP URL only)

Traps
-----
1. Collection Display pagination. Each collection paginates with its own parameter
   ``page_number_<fragmentEntryLinkId>`` (40127, 40133, 40139), printed as query-only relative
   hrefs (``href="?page_number_40127=2"``); page 1 is also linked as ``?page_number_…=1``; an
   out-of-range page answers 200 with an empty collection. Articles 7 and 12 are reachable
   only from page 2 of "Thông báo"; the /w/ URLs of 10, 11, 13 only from page 2 of their
   categories. Gold: all 13, at their /w/ paths.
2. One article, three or four URLs. ``/w/<t>`` (canonical), ``/-/<t>`` (linked by the
   "Đọc nhiều" box, canonical -> /w/), and on the old "Tin lưu trữ" page the Asset Publisher
   URL with ``?redirect=%2Fweb%2Fsgddt%2Ftin-tuc-cu&inheritRedirect=true`` whose canonical is
   the AP URL itself (no pointer to /w/), rendered by a different template. Gold: one record
   per article at /w/, the others in ``alt_paths``.
3. Percent-encoded Vietnamese friendly URLs. Articles created after the upgrade (1 and 4) got
   Liferay's encoded urlTitle (``/w/s%E1%BB%9F-gd%C4%91t-l%C3%A0m-vi%E1%BB%87c-…``); links
   print them encoded (upper-case hex), the server accepts any spelling of the same
   characters. Gold path: the encoded form as printed.
4. Images without a file extension and Adaptive Media. Photos are Document Library URLs
   ``/documents/38201/41190/<title>/<uuid>?t=…`` whose title often has no ``.jpg``; article
   4 prints ``<picture>`` with ``<source srcset>`` renditions under /o/adaptive-media. Gold:
   one image per photo, the ``<img src>`` with its ``?t=`` query; renditions, card
   thumbnails and the og:image are not images of the article.
5. Dates as Liferay's vi_VN locale prints them. The display page prints "Thứ Sáu, 04/12/2026
   - 4:10 CH" (12-hour clock, SA = a.m., CH = p.m.; "12:40 CH" is 12:40, "12:00 SA" is
   midnight -> the day alone); some pages print a "Cập nhật:" line *before* it; collection
   cards print the modified date as "05/12/26"; the old AP template prints the raw
   ``Thu, 03 Dec 2026 07:30:00 +0000`` (GMT). Gold: display date in 24 h with +07:00.
6. Which heading is the headline. The theme's ``<h1>`` is the site name; an overline
   ("CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM") is an ``h3`` printed above the ``h2`` headline;
   ``<title>``/og:title carry a shorter SEO title for 1 and 4. Gold title: the h2.
7. Truncated card titles: cards cut titles at 70 characters with "…" (full title only in the
   ``title`` attribute). Gold title: the article page's headline.
8. Invisible characters pasted from Zalo: zero-width spaces (U+200B) at paragraph starts and
   after commas in articles 6 and 10, NBSP runs in others. Gold: the text as a reader sees
   it, without U+200B, NBSP collapsed.
9. Bylines and sources from structure fields after the text ("Tin, ảnh: X", "Tin: ThS. X -
   Ảnh: Y", "Bài và ảnh: X", a unit alone), or typed as the text's last right-aligned line
   (4: "Văn phòng Sở", 11: "Trần Quang Vinh - Phòng GDMN-GDTH"); "Người đăng: sgddt.bientap"
   is a CMS account; "Nguồn: Báo Quảng Trị" is a field. Gold as the README says.
10. Captions in four shapes: CKEditor image2 ``<figure><figcaption>``, a vendor two-row
    table, a centred ``<em>`` paragraph in parentheses, and nothing printed at all (the
    description only in ``alt``/``title``: caption None); a line "Ảnh: Nguyễn Quốc Bảo" is a
    credit (caption None, photographer).
11. Content-looking widgets inside the text column: "Tin cùng chuyên mục" collection with full
    abstracts (listing the article itself), Social Bookmarks, ratings ("Đánh giá trung bình"),
    a "Xem thêm:" line and a file-attachment field. None of it is body.
12. Same URL shape, not an article: ``/w/phong-su-…`` is a web content of the "Video"
    structure (an embed and one line). Gold: in NON_ARTICLES.
13. A listing entry that is a file: "Thông báo" page 1 lists a PDF (Document Library) among
    the web contents. Not an article, not a page.
14. Official notice (3): letterhead table, "THÔNG BÁO / Về …", "Nơi nhận" and signer; the
    display date printed is "02/12/2026 - 12:00 SA" but the letterhead says 01/12. Gold:
    "2026-12-01", signer as author, only the numbered text as body.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the collection/menu name the article is listed under; on the article page it
  is the badge above the headline (Liferay's breadcrumb on a display page is only "Trang chủ /
  <title>").
- ``summary``: the description printed by the bold Paragraph fragment (``sapo_outside``) or, in
  article 10 (no description), the bold first paragraph of the text; articles 5, 7, 11, 12, 3
  have none (their meta description is the site's own).
- ``published_at`` of the AP duplicates: the same instant as the display page; the gold writes it
  in the site's offset (+07:00).
- Zero-width spaces are not text; bullet lines the editor typed as "- …" keep their "- ".
- A unit signing alone ("Phòng Giáo dục Trung học", "Văn phòng Sở", "Bộ phận Thi đua - Khen
  thưởng") is the author as printed; "Trần Quang Vinh - Phòng GDMN-GDTH" -> "Trần Quang Vinh".
- Story 10's "Thanh Hải, Minh Đức" -> two authors.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
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

NAME = "liferay73_collection_sgddt"
PLATFORM = "Liferay DXP 7.3 content pages (Collection Display fragments, display page templates)"
START_PATH = "/web/sgddt"

SITE = "/web/sgddt"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
GROUP = 38201
AP_ID = "Xy7aBc9dEfGh"
AP_PORTLET = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP_ID}"
AP_BASE = f"{SITE}/tin-tuc-cu/-/asset_publisher/{AP_ID}/content/"
AP_QUERY = "?redirect=%2Fweb%2Fsgddt%2Ftin-tuc-cu&inheritRedirect=true"
DL_ID = "kT3nQw8xZp1L"

CAT_TTSK = "Tin tức - Sự kiện"
CAT_HDCM = "Hoạt động chuyên môn"
CAT_TB = "Thông báo"

#: category -> (page slug, fragmentEntryLinkId, items per page)
CATEGORIES = {
    CAT_TTSK: ("tin-tuc-su-kien", 40127, 4),
    CAT_HDCM: ("hoat-dong-chuyen-mon", 40133, 3),
    CAT_TB: ("thong-bao", 40139, 2),
}

ZW = "\u200b"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# --- Document Library files -----------------------------------------------------------------


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


#: fileEntryId per image src (for <picture data-fileentryid> and card thumbnails)
FILE_IDS: dict[str, tuple[int, str]] = {}
ALTS: dict[str, str] = {}


def doc(title: str, file_id: int, folder: int = 41190, t: int = 1793400000000) -> str:
    """A Document Library URL as Liferay 7.3 prints it: title segment, uuid, ?t= timestamp."""
    src = f"/documents/{GROUP}/{folder}/{quote(title)}/{_uuid(title)}?t={t + file_id * 7919}"
    FILE_IDS[src] = (file_id, title)
    return src


def am(src: str, config: str) -> str:
    """An Adaptive Media rendition of a Document Library image."""
    fid, title = FILE_IDS[src]
    name = title if "." in title else title + ".jpg"
    return f"/o/adaptive-media/image/{fid}/{config}/{quote(name)}?t={1793400000000 + fid}"


def slugify(title: str) -> str:
    """Liferay 7.3's urlTitle with encoding kept: lower case, punctuation dropped, dashes."""
    s = unicodedata.normalize("NFC", title.lower())
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"[\s_-]+", "-", s).strip("-")


def when(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> _dt.datetime:
    return _dt.datetime(y, mo, d, h, mi)


# --- the articles ---------------------------------------------------------------------------

IMG1A = doc("IMG_20261204_143022", 41201)
IMG1B = doc("IMG_20261204_151547", 41202)
IMG2A = doc("khai-mac-hoi-thi-gvdg-thcs.jpg", 41211)
IMG2B = doc("DSC_0457", 41212)
ALTS[IMG2B] = "Giáo viên dự thi bốc thăm tiết dạy tại Trường THCS Nguyễn Trãi"
IMG4A = doc("ngay-hoi-cds-2026-toan-canh", 41221)
IMG4B = doc("IMG_5521.jpg", 41222)
IMG5A = doc("tap-huan-ngu-van-thao-luan", 41231)
IMG6A = doc("gap-mat-20-11-2026", 41241)
IMG8A = doc("le-don-bang-chuan-lqd.JPG", 41251)
IMG8B = doc("van-nghe-chao-mung", 41252)
IMG9A = doc("tiet-day-minh-hoa-tieng-anh-lop-3", 41261)
IMG10A = doc("hai-phong-sau-lu", 41271)
IMG11A = doc("giao-ban-mntH-2026.jpg", 41281)
IMG13A = doc("khanh-thanh-ka-tang-01", 41291)
IMG13B = doc("khanh-thanh-ka-tang-02", 41292)
PDF_SRC = doc("TB-so-2241-ke-hoach-kiem-tra-hoc-ky-I.pdf", 41301, folder=41299)
PDF_ATTACH = doc("TB-2318-lich-phong-van.pdf", 41302, folder=41299)

STORIES: list[Story] = [
    Story(
        1,
        slugify(
            "Sở GD&ĐT làm việc với UBND xã Hướng Phùng về đầu tư cơ sở vật chất trường, lớp "
            "vùng biên giới"
        ),
        "Sở GD&ĐT làm việc với UBND xã Hướng Phùng về đầu tư cơ sở vật chất trường, lớp vùng "
        "biên giới",
        CAT_TTSK,
        "2026-12-04T16:10:00+07:00",
        [
            P(
                "Tham dự buổi làm việc có đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Hướng Phùng; "
                "Ban Quản lý dự án đầu tư xây dựng khu vực và hiệu trưởng các trường mầm non, "
                "tiểu học, trung học cơ sở trên địa bàn xã."
            ),
            P(
                "Theo báo cáo của UBND xã, năm học 2026-2027 toàn xã có 6 trường với 128 lớp, "
                "3.412 trẻ em và học sinh, trong đó học sinh người dân tộc thiểu số chiếm trên "
                "85%. Hiện nay vẫn còn 9 phòng học tạm, phòng học mượn ở các điểm trường lẻ; "
                "nhiều điểm trường chưa có nhà vệ sinh đạt chuẩn và nguồn nước sạch ổn định."
            ),
            Img(
                IMG1A,
                "Phó Giám đốc Sở Lê Quang Hưng phát biểu tại buổi làm việc",
                "Phó Giám đốc Sở Lê Quang Hưng phát biểu tại buổi làm việc",
                "figure",
            ),
            P(
                "Đoàn công tác đã khảo sát thực tế tại điểm trường Xa Re của Trường Tiểu học và "
                "THCS Hướng Phùng, nơi 4 phòng học xây dựng từ năm 2009 đã xuống cấp nghiêm "
                "trọng, tường nứt, mái tôn bị tốc sau đợt mưa bão tháng 10 vừa qua."
            ),
            Img(
                IMG1B,
                "Đoàn công tác kiểm tra phòng học xuống cấp tại điểm trường Xa Re",
                "Đoàn công tác kiểm tra phòng học xuống cấp tại điểm trường Xa Re",
                "figure",
            ),
            P(
                "Phát biểu kết luận buổi làm việc, Phó Giám đốc Sở Lê Quang Hưng ghi nhận những "
                "nỗ lực của địa phương trong việc huy động trẻ ra lớp và duy trì sĩ số. Đồng chí "
                "đề nghị UBND xã rà soát, xác định thứ tự ưu tiên các hạng mục cần đầu tư, lồng "
                "ghép nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng "
                "đồng bào dân tộc thiểu số và miền núi để sớm xóa phòng học tạm."
            ),
            P(
                "Sở GD&ĐT sẽ tổng hợp kiến nghị của xã, tham mưu UBND tỉnh bố trí kinh phí sửa "
                "chữa khẩn cấp các phòng học xuống cấp trước khi bước vào học kỳ II, đồng thời "
                "điều phối bổ sung bàn ghế, thiết bị dạy học tối thiểu cho các điểm trường lẻ."
            ),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        summary=(
            "Chiều 04/12, đoàn công tác của Sở Giáo dục và Đào tạo do Phó Giám đốc Sở Lê Quang "
            "Hưng làm trưởng đoàn đã có buổi làm việc với UBND xã Hướng Phùng về tiến độ đầu tư "
            "cơ sở vật chất, bảo đảm điều kiện dạy và học cho các trường vùng biên giới."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 12, 4, 16, 10),
            "mod": when(2026, 12, 5, 8, 2),
            "show_mod": True,
            "enc": True,
            "seo": "Đầu tư trường lớp vùng biên giới Hướng Phùng",
            "byline": "Tin, ảnh: Hoàng Minh Tuấn",
            "nbsp": True,
        },
    ),
    Story(
        2,
        "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Trung học cơ sở năm học 2026-2027",
        CAT_HDCM,
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững "
                "vàng, tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông "
                "2018; đồng thời tạo cơ hội để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm "
                "lẫn nhau."
            ),
            P(
                "Theo kế hoạch, mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp "
                "nâng cao chất lượng giảng dạy, giáo dục học sinh và thực hành dạy hai tiết trên "
                "lớp, trong đó một tiết tự chọn và một tiết do Ban tổ chức bốc thăm. Hội thi diễn "
                "ra từ ngày 03/12 đến ngày 12/12/2026 tại 4 cụm trường."
            ),
            Img(IMG2A, "Quang cảnh lễ khai mạc Hội thi", "Quang cảnh lễ khai mạc Hội thi", "table"),
            P(
                "Năm nay, lần đầu tiên Ban tổ chức đưa nội dung ứng dụng trí tuệ nhân tạo và học "
                "liệu số vào tiêu chí đánh giá tiết dạy. Các giám khảo là cán bộ quản lý, chuyên "
                "viên Sở và giáo viên cốt cán có nhiều năm kinh nghiệm."
            ),
            Img(IMG2B, None, None, "alt"),
            P(
                "Phát biểu khai mạc, Phó Giám đốc Sở Nguyễn Thị Thanh Tâm đề nghị Ban giám khảo "
                "làm việc công tâm, khách quan; các giáo viên dự thi phát huy tinh thần chủ động, "
                "sáng tạo, xem hội thi là dịp để tự bồi dưỡng, nâng cao năng lực nghề nghiệp."
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Trần Đức Anh"],
        summary=(
            "Sáng 03/12, tại Trường THCS Nguyễn Trãi (phường Đông Hà), Sở GD&ĐT tổ chức khai "
            "mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Trung học cơ sở năm học 2026-2027 với "
            "sự tham gia của 186 giáo viên đến từ các trường THCS trong toàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 12, 3, 14, 30),
            "mod": when(2026, 12, 3, 15, 2),
            "kicker": "HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TỈNH",
            "byline": "Tin: ThS. Lê Thị Hồng Nhung - Ảnh: Trần Đức Anh",
        },
    ),
    Story(
        3,
        "thong-bao-lich-phong-van-xet-tuyen-vien-chuc-giao-duc-nam-2026-dot-2",
        "Thông báo lịch phỏng vấn xét tuyển viên chức giáo dục năm 2026 (đợt 2)",
        CAT_TB,
        "2026-12-01",
        [
            Raw("letterhead"),
            Raw("kind"),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về "
                "tuyển dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày "
                "07/12/2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
                "115/2020/NĐ-CP;"
            ),
            P(
                "Căn cứ Kế hoạch số 1976/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về "
                "tuyển dụng viên chức giáo dục năm 2026 (đợt 2);"
            ),
            P(
                "Hội đồng xét tuyển viên chức Sở Giáo dục và Đào tạo thông báo lịch phỏng vấn "
                "(vòng 2) như sau:"
            ),
            P("1. Thời gian: Từ 7 giờ 30 phút ngày 12/12/2026 đến hết ngày 13/12/2026."),
            P("2. Địa điểm: Trường THPT Đông Hà, số 255 Lê Duẩn, phường Đông Hà, tỉnh Quảng Trị."),
            P(
                "3. Thí sinh có mặt trước giờ phỏng vấn 30 phút, mang theo Căn cước hoặc giấy tờ "
                "tùy thân có ảnh để đối chiếu. Danh sách thí sinh và phòng phỏng vấn được niêm "
                "yết tại trụ sở Sở Giáo dục và Đào tạo và đăng tải trên Cổng thông tin điện tử "
                "của Sở."
            ),
            P("Hội đồng xét tuyển thông báo để thí sinh biết và thực hiện./."),
            Raw("closing"),
        ],
        authors=["Trần Thị Minh Hương"],
        opts={
            "dt": when(2026, 12, 2, 0, 0),
            "mod": when(2026, 12, 2, 7, 41),
            "doc": {
                "so": "Số: 2318/TB-SGDĐT",
                "place": "Quảng Trị, ngày 01 tháng 12 năm 2026",
                "subject": "Về lịch phỏng vấn xét tuyển viên chức giáo dục năm 2026 (đợt 2)",
                "signer": "Trần Thị Minh Hương",
            },
            "attach": (PDF_ATTACH, "TB-2318-lich-phong-van.pdf", "312 KB"),
            "poster": "sgddt.tccb",
        },
    ),
    Story(
        4,
        slugify("Ngày hội Chuyển đổi số ngành Giáo dục tỉnh Quảng Trị năm 2026"),
        "Ngày hội Chuyển đổi số ngành Giáo dục tỉnh Quảng Trị năm 2026",
        CAT_TTSK,
        "2026-11-28T09:45:00+07:00",
        [
            P(
                "Ngày hội gồm 42 gian trưng bày sản phẩm của các trường học và doanh nghiệp công "
                "nghệ, giới thiệu các mô hình lớp học thông minh, phòng học STEM, thư viện số, "
                "phần mềm quản lý trường học và hệ thống học bạ số đang được triển khai thí điểm "
                "tại 68 trường phổ thông trên địa bàn tỉnh."
            ),
            Img(IMG4A, "Ảnh: Nguyễn Quốc Bảo", None, "picture-credit"),
            P(
                "Tại hội thảo bên lề ngày hội, các đại biểu đã trao đổi về giải pháp kết nối cơ "
                "sở dữ liệu ngành với cơ sở dữ liệu quốc gia về dân cư, việc sử dụng tài khoản "
                "định danh điện tử trong tuyển sinh đầu cấp và kinh nghiệm bảo đảm an toàn thông "
                "tin khi triển khai học bạ số."
            ),
            Img(
                IMG4B,
                "Học sinh Trường THCS Hải Lăng trải nghiệm mô hình robot tự hành",
                "Học sinh Trường THCS Hải Lăng trải nghiệm mô hình robot tự hành",
                "picture",
            ),
            P(
                "Giám đốc Sở GD&ĐT Phan Văn Quang cho biết, đến nay 100% cơ sở giáo dục phổ thông "
                "trong tỉnh đã sử dụng phần mềm quản lý trường học và sổ điểm điện tử; hơn 90% "
                "hồ sơ thủ tục hành chính của Sở được tiếp nhận và giải quyết trực tuyến toàn "
                "trình."
            ),
            P(
                "Trong khuôn khổ ngày hội, Ban tổ chức đã trao 12 giải cho các sản phẩm chuyển "
                "đổi số tiêu biểu, trong đó giải Nhất thuộc về nhóm giáo viên Trường THPT Phan "
                "Chu Trinh với sản phẩm “Trợ lý ảo hỗ trợ ôn thi tốt nghiệp THPT”."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        photographers=["Nguyễn Quốc Bảo"],
        summary=(
            "Ngày 28/11, Sở GD&ĐT tổ chức Ngày hội Chuyển đổi số ngành Giáo dục năm 2026 với chủ "
            "đề “Dữ liệu số - Trường học số - Công dân số”, thu hút hơn 1.500 cán bộ quản lý, "
            "giáo viên và học sinh tham gia."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 11, 28, 9, 45),
            "mod": when(2026, 11, 30, 10, 12),
            "show_mod": True,
            "enc": True,
            "seo": "Ngày hội Chuyển đổi số 2026 | Sở GD&ĐT Quảng Trị",
        },
    ),
    Story(
        5,
        "tap-huan-xay-dung-ma-tran-dac-ta-de-kiem-tra-mon-ngu-van",
        "Tập huấn xây dựng ma trận, đặc tả đề kiểm tra môn Ngữ văn theo định hướng phát triển "
        "năng lực",
        CAT_HDCM,
        "2026-11-26T08:00:00+07:00",
        [
            P(
                "Trong hai ngày 24 và 25/11, Sở GD&ĐT tổ chức lớp tập huấn xây dựng ma trận, bản "
                "đặc tả và đề kiểm tra định kỳ môn Ngữ văn cấp THCS, THPT cho hơn 230 giáo viên "
                "cốt cán và tổ trưởng chuyên môn trong toàn tỉnh."
            ),
            P("Lớp tập huấn tập trung vào các nội dung chính:"),
            P(
                "Những điểm mới trong định hướng ra đề kiểm tra, đánh giá môn Ngữ văn từ năm học "
                "2026-2027, sử dụng ngữ liệu ngoài sách giáo khoa;",
                "li",
            ),
            P(
                "Quy trình xây dựng ma trận, bản đặc tả đề kiểm tra theo các mức độ nhận biết, "
                "thông hiểu, vận dụng;",
                "li",
            ),
            P(
                "Kỹ thuật biên soạn câu hỏi đọc hiểu và đề bài viết theo yêu cầu cần đạt của "
                "chương trình;",
                "li",
            ),
            P(
                "Thực hành xây dựng đề kiểm tra giữa học kỳ II theo nhóm và góp ý, hoàn thiện "
                "sản phẩm.",
                "li",
            ),
            Img(
                IMG5A,
                "Giáo viên thảo luận nhóm xây dựng ma trận đề kiểm tra",
                "Giáo viên thảo luận nhóm xây dựng ma trận đề kiểm tra",
                "table",
            ),
            P(
                "Theo đánh giá của Ban tổ chức, các học viên tham gia nghiêm túc, sản phẩm thực "
                "hành của nhiều nhóm có chất lượng tốt, có thể sử dụng làm tư liệu tham khảo cho "
                "các nhà trường."
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm tổ chức tập huấn lại cho giáo "
                "viên tại đơn vị trước ngày 20/12/2026; Sở sẽ kiểm tra việc thực hiện thông qua "
                "hồ sơ sinh hoạt chuyên môn và đề kiểm tra học kỳ II của các trường."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "dt": when(2026, 11, 26, 8, 0),
            "mod": when(2026, 11, 26, 8, 40),
            "byline": "Phòng Giáo dục Trung học",
        },
    ),
    Story(
        6,
        "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        CAT_TTSK,
        "2026-11-20T07:30:00+07:00",
        [
            P(
                "Năm học 2025-2026, ngành Giáo dục Quảng Trị đã hoàn thành toàn diện các nhiệm "
                "vụ trọng tâm. Tỷ lệ học sinh tốt nghiệp THPT đạt 99,2%; học sinh của tỉnh giành "
                "27 giải tại Kỳ thi chọn học sinh giỏi quốc gia, tăng 5 giải so với năm học "
                "trước. Toàn tỉnh có thêm 31 trường đạt chuẩn quốc gia, nâng tỷ lệ trường chuẩn "
                "lên 78,6%."
            ),
            Img(
                IMG6A,
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "figure",
            ),
            P(
                "Tại buổi gặp mặt, nhiều nhà giáo đã chia sẻ những kỷ niệm, trăn trở với nghề. "
                "Cô giáo Hồ Thị Nhiên, Trường Mầm non Hướng Lập, người có 22 năm gắn bó với điểm "
                "trường vùng biên, xúc động kể về những buổi vận động trẻ ra lớp trong mùa mưa "
                "lũ."
            ),
            P(
                "Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những đóng "
                "góp của đội ngũ nhà giáo, cán bộ quản lý giáo dục; đề nghị ngành tiếp tục thực "
                "hiện hiệu quả Luật Nhà giáo, quan tâm chăm lo đời sống vật chất, tinh thần của "
                "giáo viên, nhất là giáo viên công tác ở vùng khó khăn."
            ),
            P(
                "Dịp này, 15 tập thể và 46 cá nhân được UBND tỉnh tặng Bằng khen vì có thành "
                "tích xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
        ],
        authors=["Phan Thị Thu Trang"],
        photographers=["Phan Thị Thu Trang"],
        summary=(
            "Chiều 19/11, Sở GD&ĐT tổ chức buổi gặp mặt nhà giáo tiêu biểu nhân kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam; dự buổi gặp mặt có lãnh đạo UBND tỉnh, các sở, ngành và 120 "
            "nhà giáo tiêu biểu của ngành."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 11, 20, 7, 30),
            "mod": when(2026, 11, 21, 9, 5),
            "kicker": "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM",
            "byline": "Bài, ảnh: Phan Thị Thu Trang",
            "zw": True,
        },
    ),
    Story(
        7,
        "thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
        "Thông báo tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027",
        CAT_TB,
        "2026-11-18",
        [
            P(
                "Sở GD&ĐT thông báo kế hoạch tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 "
                "cấp tỉnh năm học 2026-2027 như sau:"
            ),
            P(
                "Đối tượng dự thi: học sinh lớp 12 đang học tại các trường THPT, trung tâm "
                "GDNN-GDTX có đủ điều kiện theo quy định; mỗi đơn vị đăng ký không quá 10 học "
                "sinh/môn thi."
            ),
            P(
                "Các môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Tiếng Pháp."
            ),
            P("Lịch thi cụ thể:"),
            P("Ngày | Buổi | Nội dung", "tr"),
            P("15/12/2026 | Chiều | Làm thủ tục dự thi, phổ biến quy chế", "tr"),
            P("16/12/2026 | Sáng | Thi vòng 1 (180 phút)", "tr"),
            P("17/12/2026 | Sáng | Thi vòng 2 các môn có thi vòng 2 (180 phút)", "tr"),
            P(
                "Hồ sơ đăng ký dự thi gửi về Phòng Khảo thí và Quản lý chất lượng giáo dục qua hệ "
                "thống quản lý hồ sơ công việc trước ngày 05/12/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/web/sgddt/van-ban">Kế hoạch số 2105/KH-SGDĐT ngày '
                "16/11/2026 về tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12</a></em></p>"
            ),
        ],
        opts={
            "dt": when(2026, 11, 18, 0, 0),
            "mod": when(2026, 11, 19, 14, 22),
            "poster": "sgddt.bientap",
        },
    ),
    Story(
        8,
        "truong-thpt-chuyen-le-quy-don-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        "Trường THPT chuyên Lê Quý Đôn đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        CAT_TTSK,
        "2026-11-12T15:20:00+07:00",
        [
            P(
                "Được thành lập năm 1991, sau 35 năm xây dựng và phát triển, Trường THPT chuyên "
                "Lê Quý Đôn đã trở thành trung tâm đào tạo học sinh năng khiếu, bồi dưỡng nhân "
                "tài của tỉnh. Năm học 2026-2027, nhà trường có 35 lớp với 1.120 học sinh ở 11 "
                "môn chuyên."
            ),
            Img(
                IMG8A,
                "(Lãnh đạo Sở GD&ĐT trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho "
                "nhà trường)",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà "
                "trường",
                "next",
            ),
            P(
                "Trong 5 năm qua, học sinh của trường đạt 112 giải học sinh giỏi quốc gia, trong "
                "đó có 9 giải Nhất; 3 học sinh được chọn vào đội tuyển dự thi Olympic quốc tế và "
                "khu vực. Tỷ lệ học sinh trúng tuyển vào các trường đại học tốp đầu hằng năm đạt "
                "trên 95%."
            ),
            P(
                "Phát biểu tại buổi lễ, Giám đốc Sở GD&ĐT Phan Văn Quang chúc mừng thành tích của "
                "thầy và trò nhà trường; đề nghị trường tiếp tục đổi mới công tác quản trị, tăng "
                "cường hợp tác quốc tế và đầu tư chiều sâu cho công tác bồi dưỡng học sinh giỏi, "
                "xứng đáng là trường chuyên trọng điểm của tỉnh."
            ),
            Img(
                IMG8B,
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ",
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ",
                "figure",
            ),
        ],
        authors=["Nguyễn Thanh Bình"],
        summary=(
            "Sáng 12/11, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức lễ đón nhận Bằng công "
            "nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 35 năm ngày thành lập trường "
            "(1991 - 2026)."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 11, 12, 15, 20),
            "mod": when(2026, 11, 13, 7, 55),
            "byline": "Tin: Nguyễn Thanh Bình (Trường THPT chuyên Lê Quý Đôn)",
            "nbsp": True,
        },
    ),
    Story(
        9,
        "hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc-vung-kho-khan",
        "Hội thảo chuyên đề nâng cao chất lượng dạy học tiếng Anh cấp tiểu học vùng khó khăn",
        CAT_HDCM,
        "2026-11-05T10:00:00+07:00",
        [
            P(
                "Hội thảo có sự tham gia của gần 150 cán bộ quản lý, giáo viên tiếng Anh các "
                "trường tiểu học thuộc khu vực miền núi phía Tây của tỉnh."
            ),
            P(
                "Các tham luận tại hội thảo chỉ ra nhiều khó khăn trong dạy học tiếng Anh ở vùng "
                "khó: thiếu giáo viên, nhiều giáo viên phải dạy liên trường; học sinh ít có môi "
                "trường giao tiếp; thiết bị nghe nhìn chưa đồng bộ."
            ),
            Img(
                IMG9A,
                "Tiết dạy minh họa tiếng Anh lớp 3 tại Trường Tiểu học Khe Sanh",
                "Tiết dạy minh họa tiếng Anh lớp 3 tại Trường Tiểu học Khe Sanh",
                "figure",
            ),
            P(
                "Bên cạnh đó, các đơn vị cũng chia sẻ nhiều cách làm hay như tổ chức câu lạc bộ "
                "tiếng Anh cuối tuần, sử dụng bài hát, trò chơi vận động trong tiết học, khai "
                "thác học liệu số miễn phí và kết nối lớp học trực tuyến với giáo viên bản ngữ."
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Phòng Giáo dục Mầm non - Tiểu học đề nghị các trường "
                "chủ động bố trí thời khóa biểu hợp lý cho giáo viên dạy liên trường, tăng cường "
                "dự giờ, sinh hoạt chuyên môn theo cụm và đẩy mạnh ứng dụng công nghệ thông tin "
                "trong dạy học ngoại ngữ."
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        photographers=["Võ Thị Kim Oanh"],
        summary=(
            "Ngày 05/11, tại Trường Tiểu học Khe Sanh, Sở GD&ĐT tổ chức hội thảo chuyên đề “Nâng "
            "cao chất lượng dạy học tiếng Anh cấp tiểu học ở vùng có điều kiện kinh tế - xã hội "
            "khó khăn”."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 11, 5, 10, 0),
            "mod": when(2026, 11, 6, 16, 30),
            "byline": "Tin, ảnh: CN. Võ Thị Kim Oanh",
        },
    ),
    Story(
        10,
        "ho-tro-hoc-sinh-vung-lu-som-on-dinh-viec-hoc",
        "Hỗ trợ học sinh vùng lũ sớm ổn định việc học",
        CAT_TTSK,
        "2026-10-28T13:05:00+07:00",
        [
            P(
                "Sau đợt mưa lũ lịch sử cuối tháng 10, ngành Giáo dục Quảng Trị đã khẩn trương "
                "khắc phục hậu quả, huy động nguồn lực hỗ trợ sách vở, đồ dùng học tập để học "
                "sinh vùng lũ sớm trở lại trường.",
                "b",
            ),
            P(
                "Theo thống kê sơ bộ, mưa lũ đã làm 87 trường học bị ngập, hư hỏng hơn 2.300 bộ "
                "bàn ghế, hàng chục nghìn cuốn sách giáo khoa, tài liệu và nhiều thiết bị dạy "
                "học; khoảng 11.000 học sinh phải nghỉ học từ 3 đến 5 ngày."
            ),
            Img(
                IMG10A,
                "Giáo viên và học sinh Trường Tiểu học Hải Phong dọn dẹp bùn đất sau lũ",
                "Giáo viên và học sinh Trường Tiểu học Hải Phong dọn dẹp bùn đất sau lũ",
                "next",
            ),
            P(
                "Ngay khi nước rút, các nhà trường đã huy động giáo viên, phụ huynh, đoàn viên "
                "thanh niên và lực lượng vũ trang tham gia dọn dẹp vệ sinh, phun khử khuẩn trường "
                "lớp. Đến ngày 27/10, 100% trường học đã tổ chức dạy học trở lại."
            ),
            P(
                "Sở GD&ĐT đã tiếp nhận hơn 12.000 bộ sách giáo khoa và 25.000 cuốn vở do các tổ "
                "chức, cá nhân, nhà xuất bản ủng hộ; đồng thời chỉ đạo các trường rà soát, điều "
                "chỉnh kế hoạch giáo dục, bố trí dạy bù bảo đảm chương trình năm học."
            ),
        ],
        authors=["Thanh Hải", "Minh Đức"],
        source="Báo Quảng Trị",
        summary=(
            "Sau đợt mưa lũ lịch sử cuối tháng 10, ngành Giáo dục Quảng Trị đã khẩn trương khắc "
            "phục hậu quả, huy động nguồn lực hỗ trợ sách vở, đồ dùng học tập để học sinh vùng "
            "lũ sớm trở lại trường."
        ),
        opts={
            "dt": when(2026, 10, 28, 13, 5),
            "mod": when(2026, 10, 29, 8, 10),
            "byline": "Thanh Hải, Minh Đức",
            "source_line": "Nguồn: Báo Quảng Trị",
            "zw": True,
        },
    ),
    Story(
        11,
        "giao-ban-chuyen-mon-giao-duc-mam-non-tieu-hoc-dau-nam-hoc-2026-2027",
        "Giao ban chuyên môn giáo dục mầm non, tiểu học đầu năm học 2026-2027",
        CAT_HDCM,
        "2026-10-20T12:40:00+07:00",
        [
            P(
                "Ngày 20/10, Sở GD&ĐT tổ chức hội nghị giao ban công tác chuyên môn giáo dục mầm "
                "non, tiểu học đầu năm học 2026-2027 theo hình thức trực tiếp kết hợp trực tuyến "
                "đến các điểm cầu xã, phường.",
                "div",
            ),
            P(
                "Đối với giáo dục mầm non, năm học này toàn tỉnh có 318 cơ sở với hơn 62.000 trẻ; "
                "tỷ lệ huy động trẻ mẫu giáo đạt 98,7%. Các trường tiếp tục thực hiện chuyên đề "
                "“Xây dựng trường mầm non lấy trẻ làm trung tâm” và chuẩn bị các điều kiện triển "
                "khai phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.",
                "div",
            ),
            P(
                "Đối với giáo dục tiểu học, 100% trường tổ chức dạy học 2 buổi/ngày; việc dạy học "
                "tiếng Anh và Tin học được thực hiện bảo đảm yêu cầu của chương trình ở các lớp "
                "3, 4, 5.",
                "div",
            ),
            P("Một số nhiệm vụ trọng tâm trong học kỳ I:", "div"),
            P("- Rà soát, sắp xếp điểm trường lẻ gắn với điều kiện thực tế của địa phương;", "br"),
            P("- Tăng cường kiểm tra nội bộ về thực hiện chương trình và đánh giá học sinh;", "br"),
            P(
                "- Chuẩn bị tốt các điều kiện tổ chức Giao lưu “Tiếng Việt của chúng em” cho học "
                "sinh dân tộc thiểu số.",
                "br",
            ),
            Img(
                IMG11A,
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                "figure",
            ),
            P(
                "Phát biểu kết luận, Phó Giám đốc Sở Lê Quang Hưng đề nghị các đơn vị chủ động rà "
                "soát đội ngũ, kịp thời báo cáo tình hình thiếu giáo viên để Sở tham mưu UBND "
                "tỉnh giao bổ sung chỉ tiêu hợp đồng; tuyệt đối không để xảy ra tình trạng lạm "
                "thu đầu năm học.",
                "div",
            ),
            Raw(
                '<div style="text-align: right;"><strong>Trần Quang Vinh - Phòng GDMN-GDTH'
                "</strong></div>"
            ),
        ],
        authors=["Trần Quang Vinh"],
        opts={
            "dt": when(2026, 10, 20, 12, 40),
            "mod": when(2026, 10, 21, 10, 0),
        },
    ),
    Story(
        12,
        "thong-bao-tiep-nhan-ho-so-de-nghi-cong-nhan-sang-kien-cap-tinh-nam-2026",
        "Thông báo tiếp nhận hồ sơ đề nghị công nhận sáng kiến cấp tỉnh năm 2026",
        CAT_TB,
        "2026-10-15T08:30:00+07:00",
        [
            P(
                "Thực hiện Quyết định số 12/2024/QĐ-UBND của UBND tỉnh ban hành Quy chế xét, công "
                "nhận sáng kiến, Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đề nghị công "
                "nhận sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2026 như sau:"
            ),
            P("1. Đối tượng", "h"),
            P(
                "Cán bộ quản lý, giáo viên, nhân viên các đơn vị trực thuộc Sở và các cơ sở giáo "
                "dục mầm non, tiểu học, trung học cơ sở trên địa bàn tỉnh có sáng kiến đã được "
                "Hội đồng sáng kiến cấp cơ sở công nhận trong năm học 2025-2026."
            ),
            P("2. Hồ sơ", "h"),
            P(
                "Mỗi sáng kiến gồm: đơn đề nghị công nhận sáng kiến; báo cáo mô tả sáng kiến; "
                "quyết định công nhận sáng kiến cấp cơ sở và biên bản họp Hội đồng sáng kiến cấp "
                "cơ sở; minh chứng kết quả áp dụng (nếu có)."
            ),
            P("3. Thời gian và địa điểm tiếp nhận", "h"),
            P(
                "Từ ngày 15/10/2026 đến hết ngày 15/11/2026, tại Văn phòng Sở Giáo dục và Đào tạo "
                "(bộ phận Thi đua - Khen thưởng) hoặc gửi qua đường bưu điện. Hồ sơ gửi sau thời "
                "hạn trên sẽ không được tiếp nhận."
            ),
            P(
                "Mọi chi tiết xin liên hệ: bà Nguyễn Thị Lệ Thủy, chuyên viên Văn phòng Sở, điện "
                "thoại 0232 3822 419."
            ),
        ],
        authors=["Bộ phận Thi đua - Khen thưởng"],
        opts={
            "dt": when(2026, 10, 15, 8, 30),
            "mod": when(2026, 10, 15, 8, 30),
            "byline": "Bộ phận Thi đua - Khen thưởng",
            "nbsp": True,
        },
    ),
    Story(
        13,
        "khanh-thanh-diem-truong-mam-non-thon-ka-tang-xa-a-bung",
        "Khánh thành điểm trường mầm non thôn Ka Tăng, xã A Bung",
        CAT_TTSK,
        "2026-10-08T09:15:00+07:00",
        [
            P(
                "Điểm trường gồm 2 phòng học, 1 phòng đa năng, bếp ăn bán trú, nhà vệ sinh và "
                "khu vui chơi ngoài trời, đáp ứng nhu cầu học tập của 54 trẻ em người Pa Kô, Vân "
                "Kiều trong thôn. Trước đây, các cháu phải học nhờ tại nhà văn hóa thôn, nhiều "
                "hôm mưa dột không thể tổ chức hoạt động."
            ),
            Img(
                IMG13A,
                "Cắt băng khánh thành điểm trường mầm non thôn Ka Tăng",
                "Cắt băng khánh thành điểm trường mầm non thôn Ka Tăng",
                "figure",
            ),
            Img(
                IMG13B,
                "Các cháu mầm non vui chơi trong phòng học mới",
                "Các cháu mầm non vui chơi trong phòng học mới",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Sở GD&ĐT cảm ơn sự đồng hành của Quỹ Hy vọng và "
                "các nhà hảo tâm; đề nghị UBND xã và nhà trường quản lý, sử dụng hiệu quả công "
                "trình, tiếp tục vận động 100% trẻ trong độ tuổi ra lớp."
            ),
        ],
        authors=["Hồ Xuân Lâm"],
        photographers=["Hồ Xuân Lâm"],
        summary=(
            "Ngày 08/10, UBND xã A Bung phối hợp với Quỹ Hy vọng tổ chức lễ khánh thành và bàn "
            "giao điểm trường mầm non thôn Ka Tăng, công trình có tổng kinh phí hơn 1,2 tỷ đồng."
        ),
        sapo_outside=True,
        opts={
            "dt": when(2026, 10, 8, 9, 15),
            "mod": when(2026, 10, 9, 9, 0),
            "byline": "Bài và ảnh: Hồ Xuân Lâm",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: "Đọc nhiều" box (legacy /-/ links) and the old "Tin lưu trữ" Asset Publisher page
MOST_READ = [6, 8, 2, 5]
OLD_AP = [13, 10, 11, 9, 8]
CAROUSEL = [1, 4, 8]

VIDEO = {
    "slug": "phong-su-hanh-trinh-gieo-chu-o-vung-bien-huong-hoa",
    "title": "Phóng sự: Hành trình gieo chữ ở vùng biên Hướng Hóa",
    "dt": when(2026, 11, 22, 10, 30),
}

PDF_ENTRY = {
    "title": "Thông báo số 2241/TB-SGDĐT về kế hoạch kiểm tra, đánh giá cuối học kỳ I năm học "
    "2026-2027",
    "dt": when(2026, 11, 25, 9, 0),
    "src": PDF_SRC,
}

DOCS = {
    40612: {
        "so": "2105/KH-SGDĐT",
        "title": "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học "
        "2026-2027",
        "date": "16/11/2026",
        "signer": "Trần Thị Minh Hương",
        "file": doc("KH-2105-SGDDT-HSG12.pdf", 40612, folder=41299),
    },
    40618: {
        "so": "1976/KH-SGDĐT",
        "title": "Kế hoạch tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "date": "15/10/2026",
        "signer": "Phan Văn Quang",
        "file": doc("KH-1976-SGDDT-tuyen-dung.pdf", 40618, folder=41299),
    },
}


def story_path(s: Story) -> str:
    slug = quote(s.slug) if s.opts.get("enc") else s.slug
    return f"{SITE}/w/{slug}"


def legacy_path(s: Story) -> str:
    return f"{SITE}/-/{s.slug}"


def ap_path(s: Story) -> str:
    return AP_BASE + s.slug


def category_path(cat: str) -> str:
    return f"{SITE}/{CATEGORIES[cat][0]}"


# --- formatting -------------------------------------------------------------------------------


def vi_time(d: _dt.datetime) -> str:
    """Liferay vi_VN 12-hour time: "4:10 CH", "9:45 SA", "12:40 CH", "12:00 SA"."""
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def vi_long(d: _dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {vi_time(d)}"


def rfc822_gmt(d: _dt.datetime) -> str:
    u = d - _dt.timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u:%Y %H:%M:%S} +0000"


def inline(s: Story, value: str) -> str:
    """Article text as the editor left it: escaped; Zalo's zero-width spaces; NBSP runs."""
    out = text(value)
    if s.opts.get("zw"):
        out = ZW + out.replace(", ", "," + ZW + " ")
    if s.opts.get("nbsp"):
        out = out.replace(". ", ".&nbsp; ", 2)
    return out


def num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def card_title(title: str) -> str:
    return title if len(title) <= 70 else title[:69].rstrip() + "…"


def abstract(s: Story) -> str:
    if s.summary:
        return s.summary
    first = s.paragraphs[0]
    return first if len(first) < 200 else first[:197].rsplit(" ", 1)[0] + "..."


def thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return "/o/qtportal-sgd-theme/images/no-image-sgd.png"
    return am(imgs[0].src, "Thumbnail-300x300")


# --- article text ---------------------------------------------------------------------------


def render_img(s: Story, img: Img) -> str:
    src = esc(img.src)
    fid = FILE_IDS[img.src][0]
    tag = f'<img alt="" data-fileentryid="{fid}" src="{src}" style="width: 100%;" />'
    if img.style == "figure":
        return f'<figure class="image">{tag}<figcaption>{text(img.printed or "")}</figcaption></figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            f'style="width: 100%;"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align: '
            f'center;"><em>{text(img.printed or "")}</em></td></tr></tbody></table>'
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{text(img.printed or "")}</em></p>'
        )
    if img.style == "alt":
        alt = esc(ALTS[img.src])
        return (
            f'<p style="text-align: center;"><img alt="{alt}" title="{alt}" '
            f'data-fileentryid="{fid}" src="{src}" style="width: 100%;" /></p>'
        )
    # adaptive media <picture>
    pic = (
        f'<picture data-fileentryid="{fid}">'
        f'<source media="(max-width:300px)" srcset="{esc(am(img.src, "Thumbnail-300x300"))}" />'
        f'<source media="(max-width:1000px) and (min-width:300px)" '
        f'srcset="{esc(am(img.src, "Preview-1000x0"))}" />'
        f"{tag}</picture>"
    )
    if img.style == "picture-credit":
        return f'<div>{pic}</div><p style="text-align: right;"><em>{text(img.printed or "")}</em></p>'
    return f'<figure class="image">{pic}<figcaption>{text(img.printed or "")}</figcaption></figure>'


def render_doc_raw(s: Story, key: str) -> str:
    d = s.opts["doc"]
    if key == "letterhead":
        return (
            '<table border="0" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
            'style="border-collapse: collapse; border: none; width: 100%;"><tbody><tr>'
            '<td style="width: 40%; text-align: center; vertical-align: top;">'
            "<p>UBND TỈNH QUẢNG TRỊ<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>"
            f'<p>{text(d["so"])}</p></td>'
            '<td style="width: 60%; text-align: center; vertical-align: top;">'
            "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập - "
            "Tự do - Hạnh phúc</u></strong></p>"
            f'<p><em>{text(d["place"])}</em></p></td></tr></tbody></table>'
        )
    if key == "kind":
        return (
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            f'<strong>{text(d["subject"])}</strong></p>'
        )
    return (
        '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
        '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong>'
        "<br />- Như trên;<br />- Giám đốc, các PGĐ Sở;<br />- Website Sở;<br />- Lưu: VT, "
        "TCCB.</p></td>"
        '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>KT. GIÁM '
        "ĐỐC<br />PHÓ GIÁM ĐỐC</strong></p><p><em>(Đã ký)</em></p><p>&nbsp;</p>"
        f'<p><strong>{text(d["signer"])}</strong></p></td></tr></tbody></table>'
    )


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(render_doc_raw(s, b.html) if b.html in ("letterhead", "kind", "closing") else b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(render_img(s, b))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{inline(s, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="list-style-type: disc;">' + "".join(items) + "</ul>")
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    row = "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells)
                else:
                    row = "".join(f"<td>{text(c)}</td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                'border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        else:
            lines = [inline(s, b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(inline(s, blocks[i].text))
                i += 1
            content = "<br />\n".join(lines)
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{content}</strong></p>')
            elif b.style == "h":
                out.append(f'<h4 style="text-align: justify;"><strong>{content}</strong></h4>')
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{content}</div>')
            else:
                out.append(f'<p style="text-align: justify;">{content}</p>')
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

ICON = '<svg class="lexicon-icon lexicon-icon-{0}" focusable="false" role="presentation"><use xlink:href="/o/qtportal-sgd-theme/images/clay/icons.svg#{0}"></use></svg>'

MENU = [
    ("Trang chủ", SITE, []),
    (
        "Giới thiệu",
        f"{SITE}/gioi-thieu",
        [("Chức năng, nhiệm vụ", f"{SITE}/gioi-thieu"), ("Liên hệ", f"{SITE}/lien-he")],
    ),
    (
        "Tin tức",
        "javascript:void(0);",
        [
            (CAT_TTSK, category_path(CAT_TTSK)),
            (CAT_HDCM, category_path(CAT_HDCM)),
            ("Tin lưu trữ", f"{SITE}/tin-tuc-cu"),
        ],
    ),
    (CAT_TB, category_path(CAT_TB), []),
    ("Văn bản", f"{SITE}/van-ban", []),
    ("Lịch công tác", f"{SITE}/lich-cong-tac", []),
    ("Thư viện ảnh", f"{SITE}/thu-vien-anh", []),
]


def head(request: Request, title: str, canonical: str, description: str, og_image: str | None = None) -> str:
    base = base_url(request)
    og = (
        f'<meta property="og:image" content="{esc(base + og_image)}" />' if og_image else ""
    )
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - Sở Giáo dục và Đào tạo - Cổng TTĐT tỉnh Quảng Trị</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1793800000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{esc(base + canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:locale:alternate" content="vi_VN" />
<meta property="og:site_name" content="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" />
<meta property="og:title" content="{esc(title)} - Sở Giáo dục và Đào tạo" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{esc(base + canonical)}" />
{og}
<link href="/o/qtportal-sgd-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/qtportal-sgd-theme/css/main.css?browserId=other&amp;themeId=qtportalsgdtheme_WAR_qtportalsgdtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1793800000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var themeDisplay = Liferay.ThemeDisplay = {{getLayoutId: function() {{return "12";}}, getLayoutRelativeURL: function() {{return "{esc(canonical)}";}}, getScopeGroupId: function() {{return "{GROUP}";}}, getSiteGroupId: function() {{return "{GROUP}";}}, getLanguageId: function() {{return "vi_VN";}}, getTimeZone: function() {{return "Asia/Ho_Chi_Minh";}}, isSignedIn: function() {{return false;}}}};
// ]]>
</script>
</head>
"""


HASPOPUP = 'aria-haspopup="true" '


def nav(active: str) -> str:
    items = []
    for n, (label, href, children) in enumerate(MENU, start=1):
        sel = " selected" if label == active else ""
        sub = ""
        if children:
            sub = '<ul aria-expanded="false" class="child-menu" role="menu">' + "".join(
                f'<li class="lfr-nav-item" id="layout_{n}{k}" role="presentation"><a href="{esc(h)}" '
                f'role="menuitem">{esc(lbl)}</a></li>'
                for k, (lbl, h) in enumerate(children, start=1)
            ) + "</ul>"
        items.append(
            f'<li class="lfr-nav-item{sel}{" dropdown" if children else ""}" id="layout_{n}" '
            f'role="presentation"><a aria-labelledby="layout_{n}" '
            f'{HASPOPUP if children else ""}href="{esc(href)}" role="menuitem">'
            f"<span>{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<nav class="sort-pages modify-pages qt-menu" id="navigation" role="navigation">'
        '<h1 class="hide-accessible">Điều hướng</h1>'
        '<ul aria-label="Trang Web" role="menubar">' + "".join(items) + "</ul></nav>"
    )


def header(active: str) -> str:
    return f"""<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<div class="lfr-spa-loading-bar"></div>
<nav class="quick-access-nav" id="zsvd_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1>
<ul><li><a href="#main-content">Chuyển đến Nội dung chính</a></li></ul></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill" id="wrapper">
<div class="qt-topbar"><div class="container-fluid container-fluid-max-xl d-flex">
<span class="qt-ngayhientai">{ICON.format("calendar")} {TODAY_LINE}</span>
<span class="ml-auto qt-lienket-nhanh"><a href="https://quangtri.gov.vn" target="_blank">Cổng TTĐT tỉnh</a> |
<a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a> |
<a href="/c/portal/login?p_l_id=40011">Đăng nhập</a></span></div></div>
<header id="banner" role="banner"><div class="qt-banner container-fluid container-fluid-max-xl">
<h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi đến Sở Giáo dục và Đào tạo">
<img alt="" height="90" src="/image/layout_set_logo?img_id=40021&amp;t=1793800000000" width="90" />
<span class="site-name" title="Đi đến Sở Giáo dục và Đào tạo">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</span></a></h1>
<form action="{SITE}/tim-kiem" class="qt-timkiem" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" />
<button type="submit">{ICON.format("search")}</button></form>
</div>
{nav(active)}
</header>
"""


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/sgddt" title="Trang chủ">'
        '<span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
    ]
    for label, href in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" '
                f'title="{esc(label)}"><span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                f"{esc(label)}</span></li>"
            )
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_'
        'portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-static-end portlet-barebone '
        'portlet-breadcrumb" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_Site'
        'NavigationBreadcrumbPortlet_INSTANCE_qtbc_"><nav aria-label="Breadcrumb" id="_com_liferay_'
        'site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_qtbc_'
        'breadcrumbs-defaultScreen"><ol class="breadcrumb">' + "".join(items) + "</ol></nav></div>"
    )


def sidebar() -> str:
    notices = [BY_ID[3]]
    tb = "".join(
        f'<li><a href="{esc(story_path(s))}">{text(s.title)}</a> <span class="small">'
        f'({s.opts["dt"]:%d/%m/%Y})</span></li>'
        for s in notices
    ) + (
        f'<li><a href="{esc(PDF_ENTRY["src"])}" target="_blank">{text(PDF_ENTRY["title"])}</a> '
        f'<span class="small">({PDF_ENTRY["dt"]:%d/%m/%Y})</span></li>'
    )
    most = "".join(
        f'<li><span class="so-tt">{n}</span><a href="{esc(legacy_path(BY_ID[i]))}">{text(BY_ID[i].title)}</a></li>'
        for n, i in enumerate(MOST_READ, start=1)
    )
    return f"""<div class="col-lg-4 col-12 qt-cot-phai">
<div class="khoi-ben"><h3 class="tieude-khoi">{ICON.format("bell")} Thông báo</h3><ul class="ds-thongbao">{tb}</ul>
<a class="xemtatca" href="{category_path(CAT_TB)}">Xem tất cả »</a></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_docnhieu_">
<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Đọc nhiều</h2>
<ol class="qt-docnhieu">{most}</ol></div></section></div>
<div class="khoi-ben"><h3 class="tieude-khoi">Liên kết website</h3>
<select class="form-control" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://quangtri.gov.vn">UBND tỉnh Quảng Trị</option>
<option value="https://baoquangtri.vn">Báo Quảng Trị</option></select>
<p><a href="https://dichvucong.quangtri.gov.vn" target="_blank"><img alt="Dịch vụ công trực tuyến" src="/o/qtportal-sgd-theme/images/banner-dvc.png" /></a></p></div>
<div class="portlet-boundary portlet-boundary_com_liferay_polls_web_portlet_PollsDisplayPortlet_ portlet-static" id="p_p_id_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_">
<h2 class="portlet-title-text">Thăm dò ý kiến</h2>
<form action="{SITE}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_javax.portlet.action=%2Fpolls_display%2Fedit_vote" method="post">
<p>Bạn đánh giá thế nào về giao diện Cổng thông tin của Sở?</p>
<label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_choiceId" type="radio" value="40501" /> Rất hài lòng</label>
<label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_choiceId" type="radio" value="40502" /> Hài lòng</label>
<label><input name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_bc01_choiceId" type="radio" value="40503" /> Chưa hài lòng</label>
<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form></div>
<div class="khoi-ben qt-thongke"><h3 class="tieude-khoi">Thống kê truy cập</h3>
<p>Đang online: <strong>27</strong></p><p>Hôm nay: <strong>1.842</strong></p><p>Tổng truy cập: <strong>3.905.117</strong></p></div>
</div>"""


def footer() -> str:
    return """<footer id="footer" role="contentinfo"><div class="qt-chantrang container-fluid container-fluid-max-xl">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị</p>
<p>Địa chỉ: Số 43 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232 3822 419 - Fax: 0232 3822 420 - Email: sgddt@quangtri.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Phan Văn Quang</p>
<p>Ghi rõ nguồn “Sở GD&amp;ĐT Quảng Trị” khi phát hành lại thông tin từ Cổng thông tin này.</p>
<p class="small">© 2026 Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Thiết kế bởi Trung tâm CNTT-TT Quảng Trị. Powered by Liferay DXP.</p>
</div></footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
Liferay.on('allPortletsReady', function() { $('.qt-ngayhientai').addClass('loaded'); });
// ]]>
</script>
</body>
</html>
"""


def page(request: Request, *, title: str, canonical: str, description: str, active: str,
         crumbs: list[tuple[str, str | None]], main: str, og_image: str | None = None,
         with_sidebar: bool = True) -> str:
    col = "col-lg-8 col-12" if with_sidebar else "col-12"
    return (
        head(request, title, canonical, description, og_image)
        + header(active)
        + '<section id="content"><div class="container-fluid container-fluid-max-xl">'
        + breadcrumb(crumbs)
        + '</div><div class="layout-content portlet-layout" id="main-content" role="main">'
        + '<div class="lfr-layout-structure-item-container container-fluid container-fluid-max-xl">'
        + f'<div class="row"><div class="{col}">'
        + main
        + "</div>"
        + (sidebar() if with_sidebar else "")
        + "</div></div></div></section>"
        + footer()
    )


SITE_DESC = (
    "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị: tin tức, thông báo, văn bản "
    "chỉ đạo điều hành của ngành Giáo dục tỉnh Quảng Trị."
)


def frag(fid: int, suffix: str, inner: str, kind: str = "basic-component") -> str:
    return (
        f'<div class="lfr-layout-structure-item-{kind} lfr-layout-structure-item-{_uuid(str(fid))}">'
        f'<div id="fragment-{fid}-{suffix}">{inner}</div></div>'
    )


# --- article pages ----------------------------------------------------------------------------


def article_main(s: Story) -> str:
    slug, _, _ = CATEGORIES[s.cat]
    dt: _dt.datetime = s.opts["dt"]
    parts = [
        frag(40211, "qzum", f'<span class="badge badge-primary qt-chuyenmuc"><a href="{SITE}/{slug}">'
             f"{esc(s.cat)}</a></span>"),
        frag(40212, "ahtw", '<h3 class="tieu-de-phu text-uppercase" data-lfr-editable-id="element-text" '
             f'data-lfr-editable-type="text">{text(s.opts.get("kicker", ""))}</h3>'),
        frag(40213, "kbxe", '<h2 class="component-heading mb-0 text-break" data-lfr-editable-id='
             f'"element-text" data-lfr-editable-type="text">{text(s.title)}</h2>'),
    ]
    meta = ['<div class="d-flex flex-wrap thongtin-bv small text-secondary">']
    if s.opts.get("show_mod"):
        meta.append(f'<span class="tb-capnhat">{ICON.format("reload")} Cập nhật: '
                    f'{s.opts["mod"]:%d/%m/%Y} - {vi_time(s.opts["mod"])}</span>&nbsp;|&nbsp;')
    meta.append(f'<span class="tb-ngaydang">{ICON.format("calendar")} {vi_long(dt)}</span>')
    meta.append(f'&nbsp;|&nbsp;<span class="luot-xem">{ICON.format("view")} Lượt xem: {num(s.views())}</span>')
    meta.append(
        '<span class="ml-auto tienich"><a class="cochu" data-size="-1" href="javascript:;">A-</a> '
        '<a class="cochu" data-size="1" href="javascript:;">A+</a> '
        f'<a href="javascript:window.print();" title="In bài">{ICON.format("print")} In bài</a></span></div>'
    )
    parts.append(frag(40214, "mtvr", "".join(meta)))
    sapo = text(s.summary) if s.summary and s.sapo_outside else ""
    parts.append(frag(40215, "pdsl", '<div class="component-paragraph text-break font-weight-bold tomtat-bv" '
                      f'data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">'
                      f'{"<p>" + sapo + "</p>" if sapo else ""}</div>'))
    parts.append(frag(
        40216, "hhqa",
        f'<div class="component-html noidung-bv" data-lfr-editable-id="element-html" '
        f'data-lfr-editable-type="html">{render_body(s)}'
        '<script>$(".noidung-bv img").addClass("img-fluid");</script></div>',
    ))
    byline = s.opts.get("byline", "")
    parts.append(frag(40217, "tgbv", '<div class="component-paragraph text-right tacgia-bv" '
                      'data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">'
                      f'{"<p><strong>" + text(byline) + "</strong></p>" if byline else ""}</div>'))
    src_line = s.opts.get("source_line")
    if src_line:
        parts.append(frag(40218, "ngtn", f'<div class="component-paragraph text-right font-italic nguon-bv"><p>{text(src_line)}</p></div>'))
    if s.opts.get("attach"):
        href, fname, size = s.opts["attach"]
        parts.append(frag(40219, "tdkm", f'<div class="tep-dinh-kem">{ICON.format("paperclip")} Tệp đính kèm: '
                          f'<a href="{esc(href)}">{esc(fname)}</a> ({size})</div>'))
    if s.opts.get("poster"):
        parts.append(f'<p class="small text-secondary nguoi-dang">Người đăng: {esc(s.opts["poster"])}</p>')
    parts.append(social(s))
    parts.append(ratings(s))
    if s.cat != CAT_TB:
        parts.append(related(s))
    return "\n".join(parts)


def social(s: Story) -> str:
    u = quote("https://sgddt.quangtri.gov.vn" + story_path(s), safe="")
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_social_bookmarks_web_portlet_'
        'SocialBookmarksPortlet_ portlet-static"><div class="social-bookmarks"><span>Chia sẻ:</span> '
        f'<a class="lfr-portal-tooltip" href="https://www.facebook.com/sharer/sharer.php?u={u}" '
        'target="_blank" title="Facebook">' + ICON.format("social-facebook") + "</a> "
        f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" title="Twitter">'
        + ICON.format("twitter") + "</a> "
        f'<a href="https://sp.zalo.me/share_inline?u={u}" target="_blank" title="Zalo">Zalo</a></div></div>'
    )


def ratings(s: Story) -> str:
    votes = 3 + s.id % 9
    return (
        f'<div class="asset-ratings taglib-ratings stars" id="qtrt_{s.id}"><span class="rating-label">'
        f"Đánh giá trung bình (<span>{votes}</span> Phiếu)</span> "
        + "".join(ICON.format("star") for _ in range(4)) + ICON.format("star-o")
        + "</div>"
    )


def related(s: Story) -> str:
    """A second Collection Display (40220) of the same category: abstracts, the article itself."""
    same = [x for x in STORIES if x.cat == s.cat][:3]
    cards = "".join(
        f'<div class="col-md-4 col-12"><div class="the-tin-lq"><a href="{esc(story_path(x))}">'
        f'<img alt="" class="img-fluid" src="{esc(thumb(x))}" /></a>'
        f'<p class="tieude-lq"><a href="{esc(story_path(x))}">{text(x.title)}</a></p>'
        f'<p class="tomtat-lq">{text(abstract(x))}</p></div></div>'
        for x in same
    )
    return frag(
        40220, "lqcm",
        '<h4 class="tieude-khoi">Tin cùng chuyên mục</h4>'
        f'<div class="row collection-40220">{cards}</div>',
        kind="collection",
    )


def article_page(request: Request, s: Story) -> Response:
    title = s.opts.get("seo", s.title)
    desc = s.summary if s.summary and s.sapo_outside else SITE_DESC
    og = am(s.images[0].src, "Thumbnail-300x300") if s.images else None
    body = page(
        request,
        title=title,
        canonical=story_path(s),
        description=desc,
        active="Tin tức" if s.cat != CAT_TB else CAT_TB,
        crumbs=[(s.title, None)],
        main=article_main(s),
        og_image=og,
    )
    return html(body)


def ap_article_page(request: Request, s: Story) -> Response:
    """The old widget page's Asset Publisher, showing the article through the structure's FTL."""
    dt = s.opts["dt"]
    sapo = f'<div class="tomtat"><strong>{text(s.summary)}</strong></div>' if s.summary and s.sapo_outside else ""
    byline = s.opts.get("byline")
    src_line = s.opts.get("source_line")
    ftl = (
        f'<div class="news-detail"><p class="ngay-dang">{rfc822_gmt(dt)}</p>{sapo}'
        f'<div class="noi-dung">{render_body(s)}</div>'
        + (f'<p class="tac-gia" style="text-align:right"><strong>{text(byline)}</strong></p>' if byline else "")
        + (f'<p class="nguon" style="text-align:right"><em>{text(src_line)}</em></p>' if src_line else "")
        + "</div>"
    )
    main = f"""<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-decorate portlet-asset-publisher " id="p_p_id_{AP_PORTLET}_">
<span id="p_{AP_PORTLET}"></span>
<section class="portlet" id="portlet_{AP_PORTLET}"><div class="portlet-content">
<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin lưu trữ</h2></div></div>
<div class=" portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<p class="component-title h4"><a class="header-back-to lfr-portal-tooltip" href="{SITE}/tin-tuc-cu" title="Quay lại">{ICON.format("angle-left")}</a>
<span class="asset-title d-inline">{text(s.title)}</span></p>
<div class="asset-content mb-3"><div class="journal-content-article " data-analytics-asset-id="{40300 + s.id}" data-analytics-asset-title="{esc(s.title)}" data-analytics-asset-type="web-content">
{ftl}
</div></div>
{ratings(s)}
</div></div></div></div></section></div>"""
    body = page(
        request,
        title=s.title,
        canonical=ap_path(s),
        description=SITE_DESC,
        active="Tin tức",
        crumbs=[("Tin tức", None), ("Tin lưu trữ", f"{SITE}/tin-tuc-cu")],
        main=main,
    )
    return html(body)


# --- listings ---------------------------------------------------------------------------------


def card(s: Story) -> str:
    href = esc(story_path(s))
    return (
        '<div class="lfr-layout-structure-item-collection-item col-12"><div class="tin-item d-flex">'
        f'<a class="anh-tin" href="{href}"><img alt="" class="anh-dd" src="{esc(thumb(s))}" /></a>'
        f'<div class="tin-nd"><h5 class="tieude-tin"><a href="{href}" title="{esc(s.title)}">'
        f"{text(card_title(s.title))}</a></h5>"
        f'<p class="ngay-cn small">{ICON.format("time")} {s.opts["mod"]:%d/%m/%y}</p>'
        f'<p class="tomtat">{text(abstract(s))}</p></div></div></div>'
    )


def pdf_card() -> str:
    return (
        '<div class="lfr-layout-structure-item-collection-item col-12"><div class="tin-item d-flex">'
        f'<a class="anh-tin" href="{esc(PDF_ENTRY["src"])}"><img alt="" class="anh-dd" '
        'src="/o/qtportal-sgd-theme/images/file-pdf.png" /></a><div class="tin-nd">'
        f'<h5 class="tieude-tin"><a href="{esc(PDF_ENTRY["src"])}" title="{esc(PDF_ENTRY["title"])}">'
        f"{text(card_title(PDF_ENTRY['title']))}</a></h5>"
        f'<p class="ngay-cn small">{ICON.format("time")} {PDF_ENTRY["dt"]:%d/%m/%y}</p>'
        '<p class="tomtat">Tệp PDF - 198 KB</p></div></div></div>'
    )


def pagination(fid: int, current: int, total_pages: int, start: int, end: int, total: int) -> str:
    key = f"page_number_{fid}"
    items = []
    prev_href = f"?{key}={current - 1}" if current > 1 else "javascript:;"
    items.append(
        f'<li class="page-item{" disabled" if current <= 1 else ""}"><a aria-label="Trang trước" '
        f'class="page-link" href="{prev_href}">«</a></li>'
    )
    for n in range(1, total_pages + 1):
        active = " active" if n == current else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="?{key}={n}">{n}</a></li>')
    next_href = f"?{key}={current + 1}" if current < total_pages else "javascript:;"
    items.append(
        f'<li class="page-item{" disabled" if current >= total_pages else ""}"><a aria-label="Trang sau" '
        f'class="page-link" href="{next_href}">»</a></li>'
    )
    results = (
        f"Hiển thị {start} - {end} trong số {total} kết quả" if total and end >= start else "Không có kết quả nào."
    )
    return (
        f'<div class="pagination-bar-collection mt-3" id="pagination-{fid}"><ul class="pagination '
        f'pagination-root justify-content-center">{"".join(items)}</ul>'
        f'<p class="pagination-results small text-secondary text-center">{results}</p></div>'
    )


def category_entries(cat: str) -> list:
    items: list = [s for s in STORIES if s.cat == cat]
    if cat == CAT_TB:
        items.insert(1, "pdf")
    return items


EMPTY = '<p class="text-secondary">Không có kết quả nào.</p>'


def category_page(request: Request, cat: str) -> Response:
    slug, fid, per = CATEGORIES[cat]
    entries = category_entries(cat)
    total_pages = (len(entries) + per - 1) // per
    try:
        current = int(request.params.get(f"page_number_{fid}", "1"))
    except ValueError:
        current = 1
    current = max(current, 1)
    chunk = entries[(current - 1) * per: current * per]
    cards = "".join(pdf_card() if e == "pdf" else card(e) for e in chunk)
    start = (current - 1) * per + 1
    end = start + len(chunk) - 1
    main = (
        frag(40120 + fid % 10, "tdcm", f'<h2 class="tieude-chuyenmuc">{esc(cat)}</h2>')
        + frag(
            fid, "clld",
            f'<div class="row collection-{fid}">{cards or EMPTY}</div>'
            + pagination(fid, current, total_pages, start, end, len(entries)),
            kind="collection",
        )
    )
    crumbs = [(cat, None)] if cat == CAT_TB else [("Tin tức", None), (cat, None)]
    return html(page(
        request, title=cat, canonical=f"{SITE}/{slug}", description=SITE_DESC,
        active="Tin tức" if cat != CAT_TB else CAT_TB, crumbs=crumbs, main=main,
    ))


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{esc(story_path(BY_ID[i]))}">'
        f'<img alt="{esc(BY_ID[i].title)}" class="d-block w-100" src="{esc(am(BY_ID[i].images[0].src, "Preview-1000x0"))}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{esc(story_path(BY_ID[i]))}">{text(BY_ID[i].title)}</a></h3></div></div>'
        for n, i in enumerate(CAROUSEL)
    )
    latest = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)[:6]
    cards = "".join(card(s) for s in latest)
    video = (
        f'<div class="video-item"><a href="{SITE}/w/{VIDEO["slug"]}"><img alt="" src="/o/qtportal-sgd-theme/images/video-thumb.png" />'
        f'<span>{text(VIDEO["title"])}</span></a></div>'
    )
    main = (
        frag(40102, "crsl", f'<div class="carousel slide" data-ride="carousel" id="carousel-40102"><div class="carousel-inner">{slides}</div>'
             '<a class="carousel-control-prev" data-slide="prev" href="#carousel-40102" role="button"><span class="carousel-control-prev-icon"></span></a>'
             '<a class="carousel-control-next" data-slide="next" href="#carousel-40102" role="button"><span class="carousel-control-next-icon"></span></a></div>')
        + frag(40105, "tmtt", '<h2 class="tieude-khoi">Tin mới</h2>'
               f'<div class="row collection-40105">{cards}</div>'
               f'<p class="text-right"><a href="{category_path(CAT_TTSK)}">Xem tất cả »</a></p>', kind="collection")
        + frag(40108, "vdeo", f'<h2 class="tieude-khoi">Video</h2>{video}', kind="collection")
    )
    return html(page(request, title="Trang chủ", canonical=SITE, description=SITE_DESC,
                     active="Trang chủ", crumbs=[], main=main))


def old_ap_page(request: Request) -> Response:
    entries = []
    for i in OLD_AP:
        s = BY_ID[i]
        href = esc(ap_path(s) + AP_QUERY)
        img = (
            f'<div class="float-left asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="{esc(s.images[0].src)}" width="150" /></div>'
            if s.images else ""
        )
        entries.append(
            '<div class="asset-abstract "><div class="lfr-meta-actions asset-actions"></div>'
            f'<h4 class="asset-title"><a href="{href}">{text(s.title)}</a></h4>'
            f'<div class="asset-content">{img}<div class="asset-summary">{text(abstract(s))}</div>'
            f'<div class="asset-more"><a href="{href}">Đọc thêm <span class="hide-accessible">về {text(s.title)}</span> »</a></div></div>'
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{ICON.format("date")} {s.opts["dt"]:%d/%m/%y}</span> '
            f'<span class="metadata-entry metadata-view-count">{num(s.views())} Lượt xem</span></div></div>'
        )
    main = (
        f'<div class="portlet-boundary portlet-asset-publisher" id="p_p_id_{AP_PORTLET}_"><section class="portlet">'
        '<div class="portlet-content"><h2 class="portlet-title-text">Tin lưu trữ</h2>'
        '<div class="alert alert-info">Các tin bài dưới đây được chuyển từ Cổng thông tin phiên bản cũ.</div>'
        + "".join(entries) + "</div></section></div>"
    )
    return html(page(request, title="Tin lưu trữ", canonical=f"{SITE}/tin-tuc-cu", description=SITE_DESC,
                     active="Tin tức", crumbs=[("Tin tức", None), ("Tin lưu trữ", None)], main=main))


# --- non-articles -----------------------------------------------------------------------------


def intro_page(request: Request) -> Response:
    paras = [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Trị, có "
        "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo "
        "dục phổ thông, giáo dục thường xuyên; tiêu chuẩn nhà giáo và cán bộ quản lý giáo dục; "
        "cơ sở vật chất, thiết bị dạy học và đồ chơi trẻ em; quy chế thi, tuyển sinh, văn bằng, "
        "chứng chỉ và bảo đảm chất lượng giáo dục.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng "
        "dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        "Cơ cấu tổ chức gồm Ban Giám đốc; Văn phòng; Thanh tra; các phòng: Tổ chức cán bộ, Kế "
        "hoạch - Tài chính, Giáo dục Mầm non - Tiểu học, Giáo dục Trung học, Giáo dục thường "
        "xuyên - Giáo dục chuyên nghiệp, Khảo thí và Quản lý chất lượng giáo dục.",
    ]
    main = (
        '<div class="portlet-boundary portlet-journal-content"><div class="journal-content-article">'
        '<h2 class="tieude-chuyenmuc">Chức năng, nhiệm vụ</h2>'
        + "".join(f'<p style="text-align: justify;">{text(p)}</p>' for p in paras)
        + "</div></div>"
    )
    return html(page(request, title="Giới thiệu", canonical=f"{SITE}/gioi-thieu", description=SITE_DESC,
                     active="Giới thiệu", crumbs=[("Giới thiệu", None)], main=main))


def contact_page(request: Request) -> Response:
    main = (
        '<h2 class="tieude-chuyenmuc">Liên hệ</h2>'
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>"
        "<p>Địa chỉ: Số 43 Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị</p>"
        "<p>Điện thoại: 0232 3822 419 - Email: sgddt@quangtri.gov.vn</p>"
        '<div class="portlet-boundary portlet-forms"><form action="/web/sgddt/lien-he?p_p_id=com_liferay_'
        'dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh01&amp;p_p_lifecycle=1" method="post">'
        '<label>Họ và tên <input name="hoTen" type="text" /></label>'
        '<label>Email <input name="email" type="email" /></label>'
        '<label>Nội dung <textarea name="noiDung"></textarea></label>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form></div>'
    )
    return html(page(request, title="Liên hệ", canonical=f"{SITE}/lien-he", description=SITE_DESC,
                     active="Giới thiệu", crumbs=[("Giới thiệu", f"{SITE}/gioi-thieu"), ("Liên hệ", None)], main=main))


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "7h30: Giám đốc Sở họp giao ban Ban Giám đốc. 14h00: PGĐ Lê Quang Hưng làm việc với Phòng KH-TC."),
        ("Thứ Ba 01/12", "8h00: Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 12."),
        ("Thứ Tư 02/12", "Cả ngày: PGĐ Nguyễn Thị Thanh Tâm kiểm tra công tác chuẩn bị Hội thi GVDG THCS."),
        ("Thứ Năm 03/12", "7h30: Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS tại Trường THCS Nguyễn Trãi."),
        ("Thứ Sáu 04/12", "14h00: PGĐ Lê Quang Hưng làm việc tại xã Hướng Phùng."),
    ]
    table = "".join(f"<tr><td><strong>{text(d)}</strong></td><td>{text(c)}</td></tr>" for d, c in rows)
    main = (
        '<h2 class="tieude-chuyenmuc">Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</h2>'
        f'<table class="table table-bordered lich-ct"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead><tbody>{table}</tbody></table>'
    )
    return html(page(request, title="Lịch công tác", canonical=f"{SITE}/lich-cong-tac", description=SITE_DESC,
                     active="Lịch công tác", crumbs=[("Lịch công tác", None)], main=main))


def gallery_page(request: Request) -> Response:
    pics = [IMG6A, IMG8B, IMG13A, IMG4B]
    cells = "".join(
        f'<div class="col-md-3 col-6"><a class="image-link" href="{esc(am(p, "Preview-1000x0"))}">'
        f'<img alt="" class="img-thumbnail" src="{esc(am(p, "Thumbnail-300x300"))}" /></a></div>'
        for p in pics
    )
    main = (
        '<h2 class="tieude-chuyenmuc">Thư viện ảnh</h2><p class="small">Album: Hoạt động ngành tháng 11/2026</p>'
        f'<div class="row image-gallery">{cells}</div>'
    )
    return html(page(request, title="Thư viện ảnh", canonical=f"{SITE}/thu-vien-anh", description=SITE_DESC,
                     active="Thư viện ảnh", crumbs=[("Thư viện ảnh", None)], main=main))


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{esc(d["date"])}</td><td><a href="{SITE}/van-ban/-/document_library/{DL_ID}/view_file/{fid}">'
        f'{text(d["title"])}</a></td></tr>'
        for fid, d in DOCS.items()
    )
    main = (
        '<h2 class="tieude-chuyenmuc">Văn bản chỉ đạo, điều hành</h2>'
        f'<table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>'
    )
    return html(page(request, title="Văn bản", canonical=f"{SITE}/van-ban", description=SITE_DESC,
                     active="Văn bản", crumbs=[("Văn bản", None)], main=main))


def doc_entry_page(request: Request, fid: int) -> Response:
    d = DOCS[fid]
    main = (
        f'<div class="portlet-document-library"><h2 class="document-title">{text(d["title"])}</h2>'
        '<table class="table">'
        f'<tr><th>Số/Ký hiệu</th><td>{esc(d["so"])}</td></tr>'
        f'<tr><th>Ngày ban hành</th><td>{esc(d["date"])}</td></tr>'
        '<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>'
        f'<tr><th>Người ký</th><td>{text(d["signer"])}</td></tr></table>'
        f'<a class="btn btn-primary" href="{esc(d["file"])}&amp;download=true">{ICON.format("download")} Tải về</a></div>'
    )
    return html(page(request, title=d["title"], canonical=f"{SITE}/van-ban/-/document_library/{DL_ID}/view_file/{fid}",
                     description=SITE_DESC, active="Văn bản", crumbs=[("Văn bản", f"{SITE}/van-ban"), (d["title"], None)], main=main))


def video_page(request: Request) -> Response:
    main = (
        frag(40211, "qzum", '<span class="badge badge-primary qt-chuyenmuc">Video</span>')
        + frag(40213, "kbxe", f'<h2 class="component-heading mb-0 text-break">{text(VIDEO["title"])}</h2>')
        + frag(40214, "mtvr", f'<div class="thongtin-bv small text-secondary">{ICON.format("calendar")} {vi_long(VIDEO["dt"])}</div>')
        + frag(40216, "hhqa", '<div class="component-html"><div class="embed-responsive embed-responsive-16by9">'
               '<iframe allowfullscreen="" class="embed-responsive-item" src="https://www.youtube.com/embed/qT3vWkX8s0c"></iframe></div>'
               "<p>Phóng sự của Đài Phát thanh - Truyền hình Quảng Trị (thời lượng 12 phút).</p></div>")
    )
    return html(page(request, title=VIDEO["title"], canonical=f"{SITE}/w/{VIDEO['slug']}", description=SITE_DESC,
                     active="Tin tức", crumbs=[(VIDEO["title"], None)], main=main))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        f'<h2 class="tieude-chuyenmuc">Tìm kiếm</h2><form action="{SITE}/tim-kiem" method="get">'
        f'<input name="q" type="text" value="{esc(q)}" /><button type="submit">Tìm</button></form>'
        f'<p class="text-secondary">{"Nhập từ khóa để tìm kiếm." if not q else "Không tìm thấy kết quả nào cho " + esc(q) + "."}</p>'
    )
    return html(page(request, title="Tìm kiếm", canonical=f"{SITE}/tim-kiem", description=SITE_DESC,
                     active="", crumbs=[("Tìm kiếm", None)], main=main))


# --- the site ---------------------------------------------------------------------------------


def _norm(slug: str) -> str:
    return unicodedata.normalize("NFC", unquote(slug)).lower()


_BY_SLUG = {_norm(s.slug): s for s in STORIES}


class Liferay73Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path.startswith("/documents/"):
            if ".pdf/" in path.lower():
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path.startswith(("/o/adaptive-media/", "/image/")):
            return Response(200, static_file("x.jpg").body, {"Content-Type": "image/jpeg"})
        if path == "/combo":
            return static_file("x.js")
        if path.startswith("/o/"):
            return static_file(path)
        if request.method == "POST":
            return redirect(path)
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        if path == SITE or path == f"{SITE}/home":
            return home_page(request)
        for cat, (slug, _, _) in CATEGORIES.items():
            if path == f"{SITE}/{slug}":
                return category_page(request, cat)
        for prefix in (f"{SITE}/w/", f"{SITE}/-/", AP_BASE):
            if path.startswith(prefix):
                key = _norm(path[len(prefix):])
                if prefix == f"{SITE}/w/" and key == VIDEO["slug"]:
                    return video_page(request)
                s = _BY_SLUG.get(key)
                if s is None:
                    return None
                return ap_article_page(request, s) if prefix == AP_BASE else article_page(request, s)
        simple = {
            f"{SITE}/tin-tuc-cu": old_ap_page,
            f"{SITE}/gioi-thieu": intro_page,
            f"{SITE}/lien-he": contact_page,
            f"{SITE}/lich-cong-tac": calendar_page,
            f"{SITE}/thu-vien-anh": gallery_page,
            f"{SITE}/van-ban": docs_page,
            f"{SITE}/tim-kiem": search_page,
        }
        if path in simple:
            return simple[path](request)
        prefix = f"{SITE}/van-ban/-/document_library/{DL_ID}/view_file/"
        if path.startswith(prefix) and path[len(prefix):].isdigit() and int(path[len(prefix):]) in DOCS:
            return doc_entry_page(request, int(path[len(prefix):]))
        return None


def build_site() -> Liferay73Site:
    return Liferay73Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.id in MOST_READ:
        alts.append(legacy_path(s))
    if s.id in OLD_AP:
        alts += [ap_path(s) + AP_QUERY, ap_path(s)]
    return alts


GOLD = [
    gold_record(s, story_path(s), s.cat, canonical_path=story_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/lien-he",
    f"{SITE}/lich-cong-tac",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/van-ban/-/document_library/{DL_ID}/view_file/40612",
    f"{SITE}/van-ban/-/document_library/{DL_ID}/view_file/40618",
    f"{SITE}/w/{VIDEO['slug']}",
]
