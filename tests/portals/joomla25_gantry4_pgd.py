"""Phòng Giáo dục và Đào tạo thị xã Ba Đồn (Quảng Bình): Joomla 2.5 with a RocketTheme Gantry 4 template.

Platform
    Joomla! 2.5 (com_content, SEF URLs without mod_rewrite: ``/index.php/<menu-alias>/…``), a
    RocketTheme Gantry 4 template ("rt_afterburner2": ``rt-container``, ``rt-grid-N``, ``rt-block``,
    ``gf-menu`` drop-down menu, ``rt-article`` / ``rt-articleinfo`` with ``rt-date-posted``,
    ``rt-author``, ``rt-hits``), RokSprocket modules on the home page (a headlines ticker, a tabbed
    "Tin mới" module, a features slider), mod_articles_category lists, mod_mostread, mod_custom,
    a Vinaora-style visitor counter, an AcePolls-style poll, JComments under some articles,
    mod_related_items titled "Xem thêm các tin khác", JoomlaWorks Simple Image Gallery, the email
    cloaking and page-break content plugins, Joomla's caption.js (``img.caption``).

URL scheme
    /                                                     home (modules only, no component output)
    /index.php/tin-tuc[?start=N | ?limitstart=0]          blog of "Tin tức - Sự kiện" (subcategories)
    /index.php/tin-tuc/<catid>-<cat-alias>[?start=N]      blog of one subcategory (breadcrumb link)
    /index.php/tin-tuc/<catid>-<cat-alias>/<id>-<alias>   article of a subcategory (12, 13)
    /index.php/chuyen-mon[?start=N], /index.php/thong-bao blogs of categories 14 and 15
    /index.php/chuyen-mon/<id>-<alias>                    article of category 14 (same for 15)
    /index.php/trang-chu/<id>-<alias>                     the same article under the home Itemid
                                                          (links of the RokSprocket ticker)
    <article path>?tmpl=component&print=1&layout=default&page=     print view
    <article path>?showall=&limitstart=1 …                page-break pages of a long article
    /index.php?option=com_content&view=article&id=<id>&catid=<n>&Itemid=<n>   non-SEF article URL
    /index.php/component/mailto/?tmpl=component&template=rt_afterburner2&link=<sha1>  "send" form
    /index.php/component/users/?view=login&return=<b64>&Itemid=103   login form
    /index.php/gioi-thieu[/co-cau-to-chuc|/lanh-dao-phong], /index.php/van-ban[/<id>-<alias>],
    /index.php/thu-vien-anh, /index.php/lien-he           intro, documents, album, contact
    /images/…, /media/…, /templates/…, /cache/…, /plugins/…  static files

Page templates
    * Gantry frame: ``#rt-top`` (today "Thứ Bảy, 05/12/2026"), ``#rt-header`` (logo), ``#rt-navigation``
      (``ul.gf-menu`` with ``div.dropdown`` columns), ``#rt-breadcrumbs`` (``.breadcrumbs`` with
      ``img arrow.png`` separators), ``#rt-main`` ``mb8-sa4``: ``rt-grid-8`` (``#rt-content-top``,
      ``#rt-mainbody`` > ``.component-content``, ``#rt-content-bottom``) and ``rt-grid-4``
      ``#rt-sidebar-a`` (Tiêu điểm, Tin đọc nhiều, Văn bản mới, Thăm dò ý kiến, Liên kết website,
      Thống kê truy cập), ``#rt-footer`` with address/phone/email and ``#rt-copyright``.
    * Blog: ``div.rt-blog.blog``, ``h1.rt-pagetitle`` page heading, ``items-leading`` (1 article),
      ``items-row cols-2`` (2 articles), ``items-more`` ("Các bài viết khác...", ``num_links``),
      ``div.pagination`` with ``p.counter`` "Trang 1 / 3" and "Đầu Trước 1 2 3 Tiếp Cuối";
      teaser dates in DATE_FORMAT_LC3 (day only), "Đọc thêm: <title>" buttons (``a.readon``).
    * Article: ``div.rt-article`` > ``div.item-page``: ``h1.rt-pagetitle`` (the MENU ITEM's page
      heading), ``div.module-title h2.title`` (the headline), ``dl.rt-articleinfo`` (``dd.rt-date-posted``
      in DATE_FORMAT_LC2 "Thứ năm, 03 Tháng Mười Hai 2026 14:30", optional ``dd.rt-date-modified``,
      ``dd.rt-author`` "Viết bởi …", ``dd.rt-hits`` "Lượt xem: N", ``dd.rt-category``, print/email
      icons), optional full-text image ``div.img-fulltext-none``, the text, ``ul.pagenav`` ("< Trước"
      / "Tiếp >" with rel=prev/next), then JComments and the content-bottom module
      "Xem thêm các tin khác" (``ul.relateditems``, items "2026-11-30 - <title>").

How each gold article is reached (blogs: 1 leading + 2 intro per page, ``num_links`` 2)
    tin-tuc p1: 231, 230, 228 (+ items-more: 225 restricted, 224); p2 ?start=3: 225, 224, 219
    (+ items-more 214, 211); p3 ?start=6: 214, 211. Subcategory blogs (12-tin-giao-duc,
    13-hoat-dong-cac-truong) are linked from the menu drop-down and the breadcrumbs.
    chuyen-mon p1: 232, 227, 220 (+ items-more 209); p2 ?start=3: 209. thong-bao p1: 229, 212.
    Home: ticker of the featured articles (231, 229 and the long-expired 212, all under
    /index.php/trang-chu/…), slider and tabs (231, 230, 228, 232), category lists (231, 230, 228, 224, 232, 227, 220, 229, 212); sidebar "Tiêu điểm"
    prints non-SEF links to 227 and 229. 219, 214, 211 and 209 are on no listing's first page
    (211 and 214 only from page 2+; pagenav and related lists also chain articles together).

Traps
    1. Itemid duplicates, no rel=canonical (Joomla 2.5 prints none): the ticker links
       /index.php/trang-chu/<id>-<alias> whose breadcrumb is "Trang chủ » <title>" (no category),
       the sidebar prints non-SEF ``index.php?option=com_content&view=article&id=…`` links, every
       article has a print view (``tmpl=component&print=1``, robots noindex) and each of those
       prints its own print link. Gold: one record per article at the category path, the others
       in ``alt_paths``; category from the category path / "Chuyên mục:" line, never "Trang chủ".
    2. The article page's first heading is the menu item's page heading (``h1.rt-pagetitle``
       "Tin tức - Sự kiện", "Chuyên môn - Nghiệp vụ"), the headline is the ``h2.title`` after it;
       ``<title>`` is "Phòng GD&ĐT Ba Đồn - <headline>". Gold title: the h2.
    3. Hit counter and visitor counter change on every request (Joomla counts a hit per view):
       two URLs of one article never serve identical bytes, so byte/checksum dedup fails.
       Hits are no gold field.
    4. Joomla caption.js: captions live only in ``title`` of ``<img class="caption">`` (the
       script draws them under the photo); the full-text image (``div.img-fulltext-none``) sits
       between the info line and the text. Gold: that image is the article's first image, its
       caption the title attribute; ``alt`` (a file-ish text) is not a caption.
    5. Simple Image Gallery (228): thumbnails are ``transparent.gif`` with the photo as a
       CSS ``background-image`` from /cache/jw_sig/…, the link opens the full photo; alt/title
       "Nhấn vào để phóng to ảnh gvdg-01.jpg". Gold: images = the linked full photos (href), in
       order, caption None; transparent.gif and cache thumbnails are not images.
    6. Email cloaking (229): the address in the text is written by ``document.write`` scripts
       and the static text holds "Địa chỉ email này đã được bảo vệ từ spam bots. Bạn cần kích
       hoạt JavaScript để xem nó." in a span hidden by script. Gold: the sentence as a reader's
       browser shows it, with "pgdbadon@quangbinh.edu.vn" and without the notice.
    7. Page-break plugin (227): the article is split in two pages with an "Mục lục bài viết"
       table of contents box (``div#article-index``), "Trang 1 / 2" (``div.pagenavcounter``) and
       "Tiếp >>" inside the text container; page links are ``?showall=&limitstart=1``, "Tất cả
       các trang" ``?showall=1&limitstart=``. Gold: one record whose body is the whole text
       (both pages, as the print and show-all views print it); the page URLs are alt_paths; TOC
       and page navigation are not body. Meanwhile the article pagenav ``rel="next"`` links lead
       to OTHER articles (not a continuation).
    8. Access-restricted article (225, "Registered"): the blogs print its teaser with
       "Đăng ký để đọc thêm..." linking the login form; ``items-more`` still links its SEF URL,
       which answers 200 with the full chrome, a "Bạn không được phép xem tài nguyên này."
       warning and no article. Not gold (not one of the 13); the login form is no article.
    9. Comments (230): JComments under the text with names, "01-12-2026 20:14" dates and
       comment text in ``div.comment-body``; a "Gửi" form. Gold: not body, not authors, not
       the publication date.
    10. Related items inside the text (231): ``{loadposition xemthem}`` put the "Xem thêm các
       tin khác" module (titles with "2026-11-27 - " dates) INSIDE the text, after the byline;
       other articles print it in the content-bottom position. Gold: never body.
    11. Dates printed as the vi-VN language pack does: "Thứ năm, 03 Tháng Mười Hai 2026 14:30"
       (month in words); blogs print day-only LC3 "03 Tháng Mười Hai 2026"; "Cập nhật lần cuối"
       (modified) printed before the author on 211 and 232; 224 was entered at midnight
       ("00:00") -> the day alone; the notice 229 was posted 02/12 but its letterhead says
       "Ba Đồn, ngày 30 tháng 11 năm 2026" -> "2026-11-30".
    12. Bylines: ``dd.rt-author`` prints the CMS account ("Viết bởi pgd_badon", "Viết bởi
       Quản trị viên") -> nobody, or a created_by_alias that is the real byline ("Viết bởi ThS.
       Đinh Thị Mai Phương" -> "Đinh Thị Mai Phương"; "Viết bởi Trần Thị Thanh Tâm - GV Trường
       TH số 1 Quảng Thuận" -> "Trần Thị Thanh Tâm"; "Viết bởi Trường TH Quảng Hải": a unit
       signing alone -> the author as printed). Otherwise the closing line of the text: "Tin: X -
       Ảnh: Y", "Tin, ảnh: X (Trường …)", "Ngọc Anh", "Tổ Chuyên môn THCS" (unit), "(Theo Báo
       Quảng Bình điện tử)" -> source.
    13. Document entries (/index.php/van-ban/<id>-<alias>) are com_content articles with the same
       rt-articleinfo line and a PDF link: not articles (NON_ARTICLES), as is "Giới thiệu chung".
    14. A text copied from a Unikey "Unicode tổ hợp" document (211): some paragraphs are NFD.
       Gold text is NFC.

Gold decisions on ambiguous points
    * category: the article's own (leaf) category as the breadcrumb on the category path and the
      "Chuyên mục:" line print it ("Tin giáo dục", not the parent "Tin tức - Sự kiện").
    * 227's body spans both page-break pages; its images none; summary the bold lead of page 1.
    * 229 (official notice): letterhead, "THÔNG BÁO" / "Về việc …", "Nơi nhận", the signer block
      and the PDF line are not body; the signer "Nguyễn Thị Thanh Hương" is the author.
    * 212 is printed whole in the blog (no "Đọc thêm"); its own page at /index.php/thong-bao/212-…
      is the gold path. Lines the editor typed with "- " keep it.
    * summary: the bold lead paragraph (231, 228, 230, 232, 227); null elsewhere.
    * 219: "Ảnh: Đức Thắng" under the second photo is a credit -> photographer, caption None.
"""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "joomla25_gantry4_pgd"
PLATFORM = "Joomla 2.5 + RocketTheme Gantry 4 (rt_afterburner2, RokSprocket)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Ba Đồn"
TEMPLATE = "rt_afterburner2"
TODAY_HEADER = "Thứ Bảy, 05/12/2026"

DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """DATE_FORMAT_LC2 of the vi-VN pack: "l, d F Y H:i"."""
    d = _dt(value)
    return f"{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc3(value: str) -> str:
    """DATE_FORMAT_LC3: "d F Y"."""
    d = _dt(value)
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def lc4(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%d")


# --- menus and categories -----------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    id: int
    alias: str
    name: str
    menu: str  # menu alias the category is routed under
    itemid: int
    parent: str | None = None  # parent category key (routed as /menu/<catid>-<alias>/…)


MENU_TITLES = {
    "tin-tuc": "Tin tức - Sự kiện",
    "chuyen-mon": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
}
ITEMIDS = {"trang-chu": 101, "gioi-thieu": 102, "tin-tuc": 103, "chuyen-mon": 105, "thong-bao": 106,
           "van-ban": 107, "thu-vien-anh": 108, "lien-he": 109}

CATS = {
    "tintuc": Cat("tintuc", 8, "tin-tuc-su-kien", "Tin tức - Sự kiện", "tin-tuc", 103),
    "tgd": Cat("tgd", 12, "tin-giao-duc", "Tin giáo dục", "tin-tuc", 103, parent="tintuc"),
    "hdct": Cat("hdct", 13, "hoat-dong-cac-truong", "Hoạt động các trường", "tin-tuc", 103, parent="tintuc"),
    "cm": Cat("cm", 14, "chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ", "chuyen-mon", 105),
    "tb": Cat("tb", 15, "thong-bao", "Thông báo", "thong-bao", 106),
}

RELATED = Raw("<!--{loadposition xemthem}-->")
PAGEBREAK_MARK = '<hr class="system-pagebreak"'


def _byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=231,
        slug="hoi-nghi-so-ket-2-nam-thuc-hien-chuyen-doi-so-trong-nganh-giao-duc",
        title="Hội nghị sơ kết 2 năm thực hiện chuyển đổi số trong ngành Giáo dục thị xã Ba Đồn",
        cat="tgd",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            Img("/images/tin-tuc/2026/12/so-ket-chuyen-doi-so-01.jpg",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc hội nghị",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc hội nghị", style="fulltext"),
            P("Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo thị xã Ba Đồn tổ chức Hội nghị sơ kết 2 năm "
              "thực hiện Đề án chuyển đổi số trong ngành giáo dục giai đoạn 2025-2030. Tham dự hội nghị có đại "
              "diện lãnh đạo UBND thị xã, Trung tâm Văn hóa - Thông tin thị xã cùng hiệu trưởng, phó hiệu trưởng "
              "phụ trách công nghệ thông tin của 52 trường mầm non, tiểu học và THCS trên địa bàn.", "lead"),
            P("Theo báo cáo tại hội nghị, sau 2 năm triển khai, 100% trường học trên địa bàn đã sử dụng sổ điểm "
              "điện tử, học bạ số và phần mềm quản lý trường học; 48/52 trường có đường truyền cáp quang tốc độ "
              "cao đến từng phòng học bộ môn. Toàn ngành đã xây dựng được kho học liệu số với hơn 3.200 bài giảng "
              "điện tử, bài kiểm tra trực tuyến và video thí nghiệm do giáo viên tự thiết kế."),
            P("Công tác thanh toán không dùng tiền mặt được triển khai đồng bộ. Năm học 2025-2026, trên 96% "
              "khoản thu của phụ huynh được nộp qua ứng dụng ngân hàng, giúp giảm đáng kể thời gian của giáo viên "
              "chủ nhiệm và bộ phận kế toán."),
            Img("/images/tin-tuc/2026/12/so-ket-chuyen-doi-so-02.jpg",
                "Đại diện Trường THCS Quảng Thọ chia sẻ kinh nghiệm triển khai học bạ số",
                "Đại diện Trường THCS Quảng Thọ chia sẻ kinh nghiệm triển khai học bạ số", style="jcap"),
            P("Bên cạnh những kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế: thiết bị ở một "
              "số điểm trường lẻ vùng bãi ngang còn thiếu và xuống cấp; kỹ năng khai thác học liệu số của một bộ "
              "phận giáo viên lớn tuổi chưa đồng đều; việc kết nối dữ liệu giữa các phần mềm còn chồng chéo, phải "
              "nhập liệu nhiều lần."),
            P("Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thị xã ghi nhận sự nỗ lực của toàn ngành, đồng thời "
              "đề nghị Phòng GD&ĐT tiếp tục tham mưu bố trí kinh phí mua sắm thiết bị cho các trường khó khăn, "
              "đẩy mạnh bồi dưỡng năng lực số cho đội ngũ và phấn đấu đến hết năm 2027 có ít nhất 50% trường học "
              "đạt tiêu chí trường học số."),
            P("Dịp này, Phòng GD&ĐT đã tặng giấy khen cho 9 tập thể và 17 cá nhân có thành tích xuất sắc trong "
              "thực hiện chuyển đổi số giai đoạn 2025-2026."),
            _byline_right("<strong>Ngọc Anh</strong>"),
            RELATED,
        ],
        authors=["Ngọc Anh"],
        summary=None,
        opts={"created": "2026-12-03 14:30", "by": "pgd_badon", "ticker": True,
              "thumb": "/images/thumbs/so-ket-cds.jpg"},
    ),
    Story(
        id=228,
        slug="128-giao-vien-tham-gia-hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-tieu-hoc",
        title="128 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026-2027",
        cat="tgd",
        published_at="2026-11-27T08:15:00+07:00",
        blocks=[
            P("Từ ngày 23 đến 27/11/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức Hội thi giáo viên dạy giỏi cấp thị "
              "xã bậc Tiểu học năm học 2026-2027. Hội thi thu hút 128 giáo viên đến từ 24 trường tiểu học trên địa "
              "bàn tham gia.", "lead"),
            P("Mỗi giáo viên dự thi phải trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy "
              "và giáo dục học sinh; thực hành dạy 2 tiết trên lớp, trong đó có 1 tiết môn Tiếng Việt hoặc Toán "
              "và 1 tiết do giáo viên tự chọn. Các tiết dạy được tổ chức tại Trường Tiểu học số 1 Quảng Thuận, "
              "Trường Tiểu học Quảng Long và Trường Tiểu học số 2 Quảng Phong."),
            P("Ban giám khảo đánh giá nhiều tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, "
              "kỹ thuật dạy học tích cực như trạm học tập, góc học tập, dạy học dựa trên dự án; khai thác hiệu quả "
              "thiết bị dạy học và học liệu số. Học sinh được tạo cơ hội trải nghiệm, hợp tác, tự tin trình bày ý "
              "kiến của mình."),
            P("Kết quả, có 97 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã. Trường Tiểu học số 1 Ba Đồn, "
              "Trường Tiểu học Quảng Thuận và Trường Tiểu học Quảng Hải là những đơn vị có tỷ lệ giáo viên đạt "
              "giải cao nhất."),
            P("Một số hình ảnh tại hội thi:", "div"),
            Img("/images/tin-tuc/2026/11/hoi-thi-gvdg-th/gvdg-01.jpg", "Nhấn vào để phóng to ảnh gvdg-01.jpg", None, "sig"),
            Img("/images/tin-tuc/2026/11/hoi-thi-gvdg-th/gvdg-02.jpg", "Nhấn vào để phóng to ảnh gvdg-02.jpg", None, "sig"),
            Img("/images/tin-tuc/2026/11/hoi-thi-gvdg-th/gvdg-03.jpg", "Nhấn vào để phóng to ảnh gvdg-03.jpg", None, "sig"),
            Img("/images/tin-tuc/2026/11/hoi-thi-gvdg-th/gvdg-04.jpg", "Nhấn vào để phóng to ảnh gvdg-04.jpg", None, "sig"),
            _byline_right("<em>Tin: Hồ Thị Lệ Thủy - Ảnh: Trần Quang Vinh</em>"),
        ],
        authors=["Hồ Thị Lệ Thủy"],
        photographers=["Trần Quang Vinh"],
        opts={"created": "2026-11-27 08:15", "by": "pgd_badon", "thumb": "/images/thumbs/gvdg-th.jpg"},
    ),
    Story(
        id=219,
        slug="trao-45-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-lu",
        title="Trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
        cat="tgd",
        published_at="2026-11-12T10:20:00+07:00",
        blocks=[
            P("Sáng 12/11/2026, tại Trường THCS Quảng Lộc, Phòng GD&ĐT thị xã Ba Đồn phối hợp với Hội Khuyến học "
              "thị xã và Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh "
              "có hoàn cảnh khó khăn bị ảnh hưởng bởi đợt mưa lũ cuối tháng 10 vừa qua."),
            P("Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng một bộ sách giáo khoa, 20 quyển vở và ba lô. "
              "Tổng giá trị học bổng đợt này hơn 110 triệu đồng, do các nhà hảo tâm, doanh nghiệp và cựu học sinh "
              "của thị xã đang sinh sống, làm việc tại Thành phố Hồ Chí Minh đóng góp."),
            Img("/images/tin-tuc/2026/11/trao-hoc-bong-01.jpg",
                "Lãnh đạo Phòng GD&ĐT trao học bổng cho học sinh các xã vùng bãi ngang",
                "Lãnh đạo Phòng GD&ĐT trao học bổng cho học sinh các xã vùng bãi ngang", style="tbl"),
            P("Các em nhận học bổng lần này chủ yếu thuộc các xã Quảng Lộc, Quảng Hòa, Quảng Văn và phường Quảng "
              "Phong – những địa phương bị ngập sâu, nhiều gia đình mất trắng tài sản, lúa và hoa màu."),
            P("Em Trần Thị Mỹ Duyên, học sinh lớp 8B Trường THCS Quảng Hòa xúc động chia sẻ: “Nhà em bị nước cuốn "
              "mất hết sách vở. Có học bổng này, em sẽ cố gắng học thật tốt để không phụ lòng các thầy cô và các "
              "nhà hảo tâm”."),
            Img("/images/tin-tuc/2026/11/trao-hoc-bong-02.jpg", "Ảnh: Đức Thắng", None, style="em"),
            P("Dịp này, Phòng GD&ĐT cũng tiếp nhận 500 bộ sách giáo khoa cũ do học sinh các trường trên địa bàn "
              "quyên góp để bổ sung vào tủ sách dùng chung của các trường bị thiệt hại."),
            _byline_right("<strong>Phan Phương</strong>"),
            _byline_right("<em>(Theo Báo Quảng Bình điện tử)</em>"),
        ],
        authors=["Phan Phương"],
        photographers=["Đức Thắng"],
        source="Báo Quảng Bình điện tử",
        opts={"created": "2026-11-12 10:20", "by": "Quản trị viên", "thumb": "/images/thumbs/hoc-bong.jpg"},
    ),
    Story(
        id=211,
        slug="nganh-giao-duc-thi-xa-khac-phuc-hau-qua-mua-lu-som-don-hoc-sinh-tro-lai-truong",
        title="Ngành Giáo dục thị xã khắc phục hậu quả mưa lũ, sớm đón học sinh trở lại trường",
        cat="tgd",
        published_at="2026-10-24T16:45:00+07:00",
        blocks=[
            P("Sau đợt mưa lũ lịch sử từ ngày 18 đến 22/10/2026, toàn thị xã Ba Đồn có 31 trường học bị ngập, "
              "trong đó nhiều trường ngập sâu từ 1,2 đến 2 mét. Ngay khi nước rút, Phòng GD&ĐT đã chỉ đạo các nhà "
              "trường huy động tối đa lực lượng để dọn vệ sinh, khắc phục hậu quả.", "nfd"),
            P("Tại Trường Mầm non Quảng Lộc, hàng chục tấn bùn non phủ kín sân trường và các phòng học. Cán bộ, "
              "giáo viên nhà trường cùng đoàn viên thanh niên, bộ đội Ban Chỉ huy Quân sự thị xã đã làm việc liên "
              "tục trong hai ngày để xúc bùn, rửa sàn, phơi khô bàn ghế và đồ dùng đồ chơi.", "nfd"),
            Img("/images/tin-tuc/2026/10/khac-phuc-lu-01.jpg",
                "Giáo viên và bộ đội dọn bùn tại Trường Mầm non Quảng Lộc",
                "Giáo viên và bộ đội dọn bùn tại Trường Mầm non Quảng Lộc", style="em"),
            P("Theo thống kê sơ bộ, thiệt hại về cơ sở vật chất, thiết bị dạy học của ngành ước tính khoảng 6,8 tỷ "
              "đồng. Nhiều máy tính, tivi, thiết bị thí nghiệm và hàng nghìn đầu sách thư viện bị hư hỏng hoàn "
              "toàn.", "nfd"),
            P("Đến ngày 24/10/2026, đã có 45/52 trường học trở lại hoạt động bình thường. Các trường còn lại dự kiến "
              "sẽ đón học sinh trong tuần tới. Những học sinh bị mất sách vở được nhà trường cho mượn sách từ tủ "
              "sách dùng chung để kịp thời học tập."),
            P("Phòng GD&ĐT đề nghị các nhà trường tiếp tục rà soát, thống kê đầy đủ thiệt hại để báo cáo UBND thị "
              "xã và Sở GD&ĐT; tuyệt đối không để học sinh đến trường khi cơ sở vật chất chưa bảo đảm an toàn."),
            _byline_right("<strong>Nguyễn Văn Hùng</strong> (Trường THCS Quảng Lộc)"),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"created": "2026-10-24 16:45", "modified": "2026-10-26 08:10", "by": "Quản trị viên",
              "thumb": "/images/thumbs/khac-phuc-lu.jpg"},
    ),
    Story(
        id=230,
        slug="truong-thcs-quang-phong-to-chuc-ngay-hoi-stem-lan-thu-iii",
        title="Trường THCS Quảng Phong tổ chức Ngày hội STEM lần thứ III",
        cat="hdct",
        published_at="2026-12-01T09:40:00+07:00",
        blocks=[
            Img("/images/tin-tuc/2026/12/stem-quang-phong-01.jpg",
                "Học sinh lớp 8A giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh lớp 8A giới thiệu mô hình hệ thống tưới cây tự động", style="fulltext"),
            P("Ngày 28/11/2026, Trường THCS Quảng Phong tổ chức Ngày hội STEM lần thứ III với chủ đề “Sáng tạo vì "
              "cộng đồng”. Đây là hoạt động thiết thực nhằm tạo sân chơi bổ ích, giúp học sinh vận dụng kiến thức "
              "liên môn vào giải quyết các vấn đề thực tiễn.", "lead"),
            P("Ngày hội có 24 gian trưng bày của 24 lớp với hơn 80 sản phẩm STEM như: mô hình nhà chống lũ, máy "
              "lọc nước mini, hệ thống cảnh báo ngập lụt, đèn năng lượng mặt trời, xe chạy bằng sức gió… Nhiều sản "
              "phẩm được làm từ vật liệu tái chế, chi phí thấp nhưng có tính ứng dụng cao."),
            P("Ngoài phần trưng bày, học sinh còn tham gia các trò chơi khoa học như thử thách “Cầu giấy chịu lực”, "
              "“Tên lửa nước” và cuộc thi thuyết trình sản phẩm bằng tiếng Anh."),
            Img("/images/tin-tuc/2026/12/stem-quang-phong-02.jpg",
                "Phần thi “Tên lửa nước” thu hút đông đảo học sinh tham gia",
                "Phần thi “Tên lửa nước” thu hút đông đảo học sinh tham gia", style="jcap"),
            P("Thầy Lê Văn Định, Hiệu trưởng nhà trường cho biết: “Sau ba năm tổ chức, Ngày hội STEM đã trở thành "
              "hoạt động truyền thống của trường. Nhiều sản phẩm của các em đã được chọn dự thi cuộc thi Khoa học "
              "kỹ thuật cấp tỉnh và đạt giải”."),
            _byline_right("<strong>Tin, ảnh: Lê Thị Hồng Nhung</strong> <em>(Trường THCS Quảng Phong)</em>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Lê Thị Hồng Nhung"],
        opts={"created": "2026-12-01 09:40", "by": "pgd_badon",
              "thumb": "/images/thumbs/stem-quang-phong.jpg",
              "comments": [
                  ("Phụ huynh lớp 8A", "01-12-2026 20:14",
                   "Các con về nhà kể rất hào hứng. Cảm ơn thầy cô đã tổ chức một ngày hội thật ý nghĩa!"),
                  ("Nguyễn Thị Lan", "02-12-2026 06:51",
                   "Mô hình cảnh báo ngập lụt rất thiết thực với vùng mình, mong nhà trường nhân rộng."),
                  ("Cựu HS khóa 2015-2019", "02-12-2026 21:37", "Nhớ trường quá, chúc thầy cô và các em luôn mạnh khỏe."),
              ]},
    ),
    Story(
        id=224,
        slug="truong-tieu-hoc-quang-hai-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Tiểu học Quảng Hải tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hdct",
        published_at="2026-11-20",
        blocks=[
            P("Sáng 19/11/2026, Trường Tiểu học Quảng Hải long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
              "Nam (20/11/1982 - 20/11/2026). Đến dự có đại diện lãnh đạo Đảng ủy, UBND xã Quảng Hải, Ban đại diện "
              "cha mẹ học sinh cùng đông đảo thế hệ thầy cô giáo đã nghỉ hưu."),
            P("Tại buổi lễ, cô Nguyễn Thị Thu Hằng, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang của ngành "
              "Giáo dục Việt Nam và những thành tích nổi bật mà thầy và trò nhà trường đạt được trong năm học vừa "
              "qua:"),
            P("Tỷ lệ học sinh hoàn thành chương trình lớp học đạt 99,6%;", "li"),
            P("12 học sinh đạt giải trong Hội thi Trạng nguyên Tiếng Việt cấp tỉnh;", "li"),
            P("Nhà trường được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua.", "li"),
            Img("/images/tin-tuc/2026/11/20-11-quang-hai.jpg",
                "Học sinh biểu diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam",
                "Học sinh biểu diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam", style="em"),
            P("Trong không khí ấm áp, các em học sinh đã dâng lên thầy cô những tiết mục văn nghệ đặc sắc, những bó "
              "hoa tươi thắm cùng lời chúc tốt đẹp nhất. Dịp này, nhà trường cũng trao thưởng cho các giáo viên đạt "
              "giải trong đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."),
        ],
        authors=["Trường TH Quảng Hải"],
        opts={"created": "2026-11-20 00:00", "by": "Trường TH Quảng Hải", "thumb": "/images/thumbs/20-11-quang-hai.jpg"},
    ),
    Story(
        id=214,
        slug="truong-thcs-quang-tho-ra-mat-mo-hinh-thu-vien-xanh",
        title="Trường THCS Quảng Thọ ra mắt mô hình “Thư viện xanh”",
        cat="hdct",
        published_at="2026-10-30T15:05:00+07:00",
        blocks=[
            P("Nhằm xây dựng văn hóa đọc và tạo không gian học tập thân thiện cho học sinh, chiều 29/10/2026, "
              "Trường THCS Quảng Thọ tổ chức ra mắt mô hình “Thư viện xanh” tại khuôn viên nhà trường."),
            P("“Thư viện xanh” được bố trí dưới tán cây bàng và khu vườn cổ tích của trường, gồm 6 giá sách ngoài "
              "trời, 20 bộ bàn ghế và hệ thống mái che di động. Hơn 2.500 đầu sách, báo, truyện thiếu nhi được sắp "
              "xếp theo từng chủ đề, học sinh có thể tự do lựa chọn và đọc vào giờ ra chơi, giờ sinh hoạt lớp."),
            Img("/images/tin-tuc/2026/10/thu-vien-xanh-01.jpg",
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi",
                "Học sinh đọc sách tại “Thư viện xanh” trong giờ ra chơi", style="em"),
            P("Toàn bộ kinh phí xây dựng mô hình gần 60 triệu đồng được huy động từ nguồn xã hội hóa."),
            P("Trong đó, Ban đại diện cha mẹ học sinh đóng góp 35 triệu đồng; các cựu học sinh của trường ủng hộ "
              "1.200 đầu sách.", "br"),
            P("Theo kế hoạch, từ tháng 11/2026, mỗi lớp sẽ có một tiết đọc sách tại thư viện xanh mỗi tháng; nhà "
              "trường cũng sẽ tổ chức cuộc thi “Đại sứ văn hóa đọc” và giới thiệu sách dưới cờ vào sáng thứ Hai "
              "hằng tuần."),
        ],
        authors=["Đinh Thị Mai Phương"],
        opts={"created": "2026-10-30 15:05", "by": "ThS. Đinh Thị Mai Phương", "thumb": "/images/thumbs/thu-vien-xanh.jpg"},
    ),
    Story(
        id=232,
        slug="tap-huan-day-hoc-mon-tin-hoc-theo-chuong-trinh-gdpt-2018-cho-giao-vien-thcs",
        title="Tập huấn dạy học môn Tin học theo Chương trình GDPT 2018 cho giáo viên THCS",
        cat="cm",
        published_at="2026-12-04T16:20:00+07:00",
        blocks=[
            P("Trong hai ngày 03 và 04/12/2026, Phòng GD&ĐT thị xã Ba Đồn tổ chức lớp tập huấn chuyên môn môn Tin "
              "học cho 36 giáo viên đang giảng dạy tại các trường THCS trên địa bàn.", "lead"),
            P("Lớp tập huấn tập trung vào các nội dung: dạy học chủ đề “Giải quyết vấn đề với sự trợ giúp của máy "
              "tính” theo định hướng phát triển năng lực; hướng dẫn sử dụng ngôn ngữ lập trình trực quan Scratch và "
              "Python ở mức cơ bản; xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ môn Tin học."),
            P("Báo cáo viên là các thầy cô giáo cốt cán cấp tỉnh, có nhiều kinh nghiệm trong giảng dạy và bồi dưỡng "
              "học sinh giỏi. Bên cạnh phần lý thuyết, giáo viên được thực hành thiết kế kế hoạch bài dạy, dạy minh "
              "họa theo nhóm và góp ý, rút kinh nghiệm."),
            Img("/images/chuyen-mon/2026/12/tap-huan-tin-hoc.jpg",
                "Giáo viên thực hành lập trình Python tại phòng máy Trường THCS Quảng Thọ",
                "Giáo viên thực hành lập trình Python tại phòng máy Trường THCS Quảng Thọ", style="jcap"),
            P("Kết thúc lớp tập huấn, mỗi giáo viên xây dựng một kế hoạch bài dạy theo chủ đề được phân công và nộp "
              "về Phòng GD&ĐT trước ngày 15/12/2026 để đánh giá kết quả."),
            _byline_right("<em><strong>Tổ Chuyên môn THCS</strong></em>"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"created": "2026-12-04 16:20", "modified": "2026-12-05 07:55", "by": "pgd_badon",
              "thumb": "/images/thumbs/tap-huan-tin-hoc.jpg"},
    ),
    Story(
        id=227,
        slug="huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
        cat="cm",
        published_at="2026-11-30T10:00:00+07:00",
        blocks=[
            P("Phòng GD&ĐT thị xã Ba Đồn hướng dẫn các trường tiểu học và THCS trên địa bàn tổ chức kiểm tra, đánh "
              "giá định kỳ cuối học kỳ I năm học 2026-2027 như sau:", "lead"),
            P("I. Mục đích, yêu cầu", "h"),
            P("Đánh giá đúng thực chất kết quả học tập, rèn luyện của học sinh sau học kỳ I; làm căn cứ để giáo viên "
              "điều chỉnh phương pháp, hình thức tổ chức dạy học trong học kỳ II."),
            P("Việc ra đề kiểm tra phải căn cứ yêu cầu cần đạt của chương trình, bảo đảm các mức độ nhận biết, thông "
              "hiểu, vận dụng phù hợp; tổ chức kiểm tra nghiêm túc, khách quan, đúng quy chế, không gây áp lực cho "
              "học sinh."),
            Raw('<hr class="system-pagebreak" title="Lịch kiểm tra và tổ chức thực hiện" alt="Lịch kiểm tra" />'),
            P("II. Lịch kiểm tra cấp THCS", "h"),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("22/12/2026 | Ngữ văn | Lịch sử và Địa lí", "tr"),
            P("23/12/2026 | Toán | Khoa học tự nhiên", "tr"),
            P("24/12/2026 | Tiếng Anh | Giáo dục công dân, Tin học", "tr"),
            P("Các trường tiểu học chủ động xây dựng lịch kiểm tra các môn Tiếng Việt, Toán, Khoa học, Lịch sử và "
              "Địa lí, Tin học và Công nghệ, hoàn thành trước ngày 31/12/2026."),
            P("III. Tổ chức thực hiện", "h"),
            P("Hiệu trưởng các trường chịu trách nhiệm tổ chức kiểm tra, chấm bài, tổng hợp kết quả và báo cáo về "
              "Phòng GD&ĐT (qua bộ phận chuyên môn) trước ngày 08/01/2027."),
        ],
        opts={"created": "2026-11-30 10:00", "by": "pgd_badon", "toc_first": "Mục đích, yêu cầu",
              "thumb": "/images/thumbs/kiem-tra-hki.jpg"},
    ),
    Story(
        id=220,
        slug="chuyen-de-doi-moi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” cụm các trường THCS phía Bắc",
        cat="cm",
        published_at="2026-11-14T14:00:00+07:00",
        blocks=[
            P("Ngày 13/11/2026, tại Trường THCS Quảng Tiên, Phòng GD&ĐT thị xã Ba Đồn tổ chức chuyên đề “Đổi mới "
              "sinh hoạt chuyên môn theo nghiên cứu bài học” cho cụm các trường THCS phía Bắc gồm: Quảng Tiên, "
              "Quảng Trung, Quảng Minh, Quảng Sơn và Quảng Thủy.", "span"),
            P("Tiết dạy minh họa bài “Ôn tập chương II: Số thực” môn Toán lớp 7 do cô Phan Thị Thùy Linh thực hiện. "
              "Thay vì tập trung nhận xét giáo viên, các thành viên dự giờ quan sát, ghi chép biểu hiện học tập của "
              "từng nhóm học sinh: em nào hiểu bài, em nào gặp khó khăn, nguyên nhân vì sao.", "span"),
            P("Trong phần thảo luận, giáo viên các trường đã phân tích kỹ các tình huống xảy ra trong tiết học, đề "
              "xuất cách điều chỉnh nhiệm vụ học tập để mọi học sinh đều được tham gia. Nhiều ý kiến cho rằng việc "
              "chia nhỏ nhiệm vụ và tăng cường phiếu học tập cá nhân giúp học sinh yếu tự tin hơn.", "span"),
            P("Phát biểu kết luận, đồng chí Phó Trưởng phòng GD&ĐT đề nghị các trường duy trì sinh hoạt tổ chuyên "
              "môn theo nghiên cứu bài học ít nhất 1 lần/tháng, chú trọng chất lượng thay vì số lượng, đồng thời "
              "chia sẻ video tiết dạy lên kho học liệu chung của ngành.", "span"),
            Raw('<p><em>Xem thêm: <a href="/index.php?option=com_content&amp;view=article&amp;id=209&amp;catid=14'
                '&amp;Itemid=105">Kinh nghiệm rèn kỹ năng đọc hiểu cho học sinh lớp 4</a></em></p>'),
            _byline_right("<strong>Hoàng Minh Tuấn</strong>, Trường THCS Quảng Tiên"),
        ],
        authors=["Hoàng Minh Tuấn"],
        opts={"created": "2026-11-14 14:00", "by": "pgd_badon", "thumb": "/images/thumbs/ncbh.jpg"},
    ),
    Story(
        id=209,
        slug="kinh-nghiem-ren-ky-nang-doc-hieu-cho-hoc-sinh-lop-4",
        title="Kinh nghiệm rèn kỹ năng đọc hiểu cho học sinh lớp 4 qua các hoạt động ngoài giờ lên lớp",
        cat="cm",
        published_at="2026-10-19T20:30:00+07:00",
        blocks=[
            P("Đọc hiểu là kỹ năng nền tảng giúp học sinh tiểu học tiếp nhận kiến thức ở tất cả các môn học. Tuy "
              "nhiên, qua khảo sát đầu năm học tại lớp 4A, tôi nhận thấy có tới 11/32 em đọc trôi chảy nhưng chưa "
              "nắm được ý chính của văn bản, chưa trả lời được các câu hỏi suy luận.[1]", "span"),
            P("1. Xây dựng “Góc đọc” trong lớp học", "h"),
            P("Tôi cùng học sinh sắp xếp một góc nhỏ cuối lớp với kệ sách, thảm ngồi và bảng “Cuốn sách em yêu”. "
              "Mỗi tuần, các em được mượn ít nhất một cuốn sách và ghi lại cảm nhận ngắn vào “Nhật ký đọc”.", "span"),
            P("2. Tổ chức trò chơi “Thám tử nhí”", "h"),
            P("Sau mỗi câu chuyện, học sinh chia nhóm, đóng vai thám tử tìm “manh mối” trong văn bản để trả lời các "
              "câu hỏi: Ai? Ở đâu? Vì sao? Điều gì sẽ xảy ra tiếp theo? Hình thức này giúp các em đọc kỹ, đọc chậm "
              "và biết tìm dẫn chứng.", "span"),
            P("3. Phối hợp với cha mẹ học sinh", "h"),
            P("Tôi đề nghị mỗi gia đình dành 15 phút đọc sách cùng con vào buổi tối, đồng thời gửi các câu hỏi gợi ý "
              "qua nhóm Zalo của lớp để phụ huynh trao đổi với con sau khi đọc.[2]", "span"),
            P("Sau một học kỳ áp dụng, số học sinh trả lời đúng các câu hỏi suy luận đã tăng từ 21/32 lên 29/32 em. "
              "Các em mạnh dạn hơn khi chia sẻ ý kiến và hứng thú hơn với giờ Tiếng Việt.", "span"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, Hà Nội.", "span"),
            P("[2] Nguyễn Thị Hạnh (2020), Dạy học đọc hiểu ở tiểu học, NXB Giáo dục Việt Nam.", "span"),
        ],
        authors=["Trần Thị Thanh Tâm"],
        opts={"created": "2026-10-19 20:30", "by": "Trần Thị Thanh Tâm - GV Trường TH số 1 Quảng Thuận",
              "thumb": "/images/thumbs/doc-hieu.jpg"},
    ),
    Story(
        id=229,
        slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs",
        title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026-2027",
        cat="tb",
        published_at="2026-11-30",
        blocks=[
            Raw('<table style="width: 100%;" border="0" cellpadding="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center; vertical-align: top;">UBND THỊ XÃ BA ĐỒN<br />'
                '<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 812/TB-PGDĐT</td>'
                '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                '</strong><br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />'
                '<em>Ba Đồn, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw('<p style="text-align: center;"><strong>Về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp '
                'THCS năm học 2026-2027</strong></p>'),
            P("Thực hiện Kế hoạch số 1420/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT thị xã Ba Đồn về nhiệm vụ năm "
              "học 2026-2027, Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS như sau:"),
            P("1. Đối tượng: giáo viên đang làm công tác chủ nhiệm lớp tại các trường THCS, có ít nhất 3 năm làm "
              "công tác chủ nhiệm; mỗi trường cử từ 1 đến 3 giáo viên tham gia."),
            P("2. Thời gian: từ ngày 14/12/2026 đến ngày 18/12/2026. Địa điểm: Trường THCS Quảng Thọ."),
            P("3. Nội dung: giáo viên trình bày biện pháp giáo dục học sinh, xử lý tình huống sư phạm và tổ chức một "
              "tiết sinh hoạt lớp."),
            P("Danh sách giáo viên dự thi gửi về Phòng GD&ĐT qua địa chỉ email pgdbadon@quangbinh.edu.vn trước ngày "
              "09/12/2026.", "cloak"),
            P("Phòng GD&ĐT đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc nội dung thông báo này./."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
                '<p><strong><em>Nơi nhận:</em></strong><br />- Các trường THCS;<br />- Lãnh đạo Phòng;<br />'
                '- Lưu: VT, CM.</p></td><td style="text-align: center; vertical-align: top;"><p><strong>KT. TRƯỞNG '
                'PHÒNG<br />PHÓ TRƯỞNG PHÒNG</strong></p><p><em>(Đã ký)</em></p><p><strong>Nguyễn Thị Thanh Hương'
                '</strong></p></td></tr></tbody></table>'),
            Raw('<p><a href="/images/van-ban/2026/tb-812-pgddt.pdf" target="_blank"><img src="/media/system/images/'
                'pdf_button.png" alt="PDF" /> Tải về văn bản (812-TB-PGDĐT.pdf)</a></p>'),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"created": "2026-12-02 07:45", "by": "pgd_badon", "ticker": True, "thumb": "/images/thumbs/thong-bao.png"},
    ),
    Story(
        id=212,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-tu-ngay-23-10-2026-do-mua-lu",
        title="Thông báo cho học sinh nghỉ học từ ngày 23/10/2026 do mưa lũ",
        cat="tb",
        published_at="2026-10-22T19:10:00+07:00",
        blocks=[
            P("Do ảnh hưởng của mưa lớn kéo dài, nước lũ trên sông Gianh đang lên nhanh, nhiều tuyến đường trên địa "
              "bàn bị ngập sâu, chia cắt. Để bảo đảm an toàn tính mạng cho học sinh, Phòng GD&ĐT thị xã Ba Đồn thông "
              "báo:"),
            P("- Cho học sinh tất cả các trường mầm non, tiểu học, THCS trên địa bàn thị xã nghỉ học từ ngày "
              "23/10/2026 cho đến khi có thông báo mới."),
            P("- Hiệu trưởng các trường phân công cán bộ, giáo viên trực 24/24 giờ, kê kích bàn ghế, thiết bị, hồ sơ "
              "lên cao; thông tin kịp thời về Phòng GD&ĐT tình hình thiệt hại (nếu có)."),
            P("- Giáo viên chủ nhiệm thông báo đến phụ huynh qua nhóm Zalo của lớp; nhắc nhở học sinh tuyệt đối "
              "không tắm sông, bơi lội, đi qua các đoạn đường ngập nước."),
        ],
        opts={"created": "2026-10-22 19:10", "by": "pgd_badon", "intro_only": True, "ticker": True},
    ),
]

# fix the summaries (the bold lead paragraphs)
for _s in STORIES:
    _lead = next((b for b in _s.blocks if isinstance(b, P) and b.style == "lead"), None)
    if _lead is not None:
        _s.summary = _lead.text

#: the "Registered" article: in the blogs, never readable by a guest (not gold)
RESTRICTED = Story(
    id=225,
    slug="ket-qua-kiem-tra-noi-bo-cac-truong-thcs-hoc-ky-i",
    title="Kết quả kiểm tra nội bộ các trường THCS học kỳ I năm học 2026-2027",
    cat="tgd",
    published_at=None,
    blocks=[P("Phòng GD&ĐT thông báo kết quả kiểm tra nội bộ trường học tại 6 trường THCS trong học kỳ I năm học "
              "2026-2027; các đơn vị đăng nhập để xem biên bản chi tiết.")],
    opts={"created": "2026-11-24 15:30", "by": "pgd_badon", "restricted": True},
)

BY_ID = {s.id: s for s in STORIES}
ALL_ITEMS = sorted([*STORIES, RESTRICTED], key=lambda s: s.opts["created"], reverse=True)


def cat_path(cat: Cat) -> str:
    if cat.parent:
        return f"/index.php/{cat.menu}/{cat.id}-{cat.alias}"
    return f"/index.php/{cat.menu}"


def article_path(story: Story) -> str:
    cat = CATS[story.cat]
    if cat.parent:
        return f"/index.php/{cat.menu}/{cat.id}-{cat.alias}/{story.id}-{story.slug}"
    return f"/index.php/{cat.menu}/{story.id}-{story.slug}"


def featured_path(story: Story) -> str:
    return f"/index.php/trang-chu/{story.id}-{story.slug}"


def nonsef_path(story: Story) -> str:
    cat = CATS[story.cat]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={cat.id}&Itemid={cat.itemid}"


ACTIVE_ATTR = ' class="active"'
PRINT_Q = "tmpl=component&print=1&layout=default&page="
#: articles the sidebar "Tiêu điểm" links in the non-SEF form (and 209 from 220's "Xem thêm")
NONSEF_LINKED = (227, 229, 209)
PAGEBREAK_QUERIES = ("showall=&limitstart=", "showall=&limitstart=1", "showall=1&limitstart=")


def short(title: str, n: int = 60) -> str:
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


# --- the text -----------------------------------------------------------------------------------


def cloak(addr: str, n: int) -> str:
    """Joomla 2.5 plgContentEmailcloak output (mode 1: linkable)."""
    user, domain = addr.split("@")
    dom = " + '&#46;' + ".join(f"'{part}'" for part in domain.split("."))
    return (
        "\n <script type='text/javascript'>\n <!--\n var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        " var path = 'hr' + 'ef' + '=';\n"
        f" var addy{n} = '{user}' + '&#64;';\n addy{n} = addy{n} + {dom};\n"
        f" document.write('<a ' + path + '\\'' + prefix + ':' + addy{n} + '\\'>');\n"
        f" document.write(addy{n});\n document.write('<\\/a>');\n //-->\\n </script>"
        "<script type='text/javascript'>\n <!--\n document.write('<span style=\\'display: none;\\'>');\n //-->\n"
        " </script>Địa chỉ email này đã được bảo vệ từ spam bots. Bạn cần kích hoạt JavaScript để xem nó.\n"
        " <script type='text/javascript'>\n <!--\n document.write('</');\n document.write('span>');\n //-->\n"
        " </script>"
    )


_EMAIL = re.compile(r"[\w.]+@[\w.]+\w")


def _p(block: P, extra: list[P], sid: int) -> str:
    t = text(block.text, nfd=block.style == "nfd")
    for nxt in extra:
        t += "<br />\n" + text(nxt.text)
    st = block.style
    if st == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st == "h":
        return f"<p><strong>{t}</strong></p>" if sid % 2 else f"<h3>{t}</h3>"
    if st == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if st == "span":
        return ('<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><span style="font-size: '
                f"14.0pt; line-height: 150%; font-family: 'Times New Roman','serif';\">{t}</span></p>")
    if st == "cloak":
        m = _EMAIL.search(block.text)
        assert m
        before, after = text(block.text[: m.start()]), text(block.text[m.end():])
        return f'<p style="text-align: justify;">{before}{cloak(m.group(), 30000 + sid)}{after}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _img(img: Img, n: int) -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if img.style == "jcap":
        return (f'<p style="text-align: center;"><img class="caption" title="{esc(img.printed or "")}" '
                f'src="{img.src}" alt="{alt}" width="500" height="333" /></p>')
    if img.style == "em":
        return (f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" width="500" height="334" '
                f'style="border: 0;" /></p>\n<p style="text-align: center;"><em>{text(img.printed or "")}</em></p>')
    if img.style == "tbl":
        return ('<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" border="0"><tbody>'
                f'<tr><td><img src="{img.src}" alt="{alt}" width="480" height="320" /></td></tr>'
                f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>{text(img.printed or "")}'
                "</em></span></td></tr></tbody></table>")
    return f'<p style="text-align: center;"><img src="{img.src}" alt="{alt}" /></p>'


def _gallery(imgs: list[Img], sid: int) -> str:
    gid = hashlib.md5(f"gal{sid}".encode()).hexdigest()[:10]
    items = []
    for img in imgs:
        fname = img.src.rsplit("/", 1)[-1]
        cache = f"/cache/jw_sig/jw_sig_cache_{gid}_{fname}"
        items.append(
            '<li class="sigFreeThumb"><span class="sigFreeLinkOuterWrapper"><span class="sigFreeLinkWrapper">'
            f'<a href="{img.src}" class="sigFreeLink" style="width:200px;height:160px;" rel="lightbox[gallery{gid}]"'
            f' title="" target="_blank"><img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/'
            f'transparent.gif" alt="{esc(img.printed or "")}" title="{esc(img.printed or "")}" '
            f'style="width:200px;height:160px;background-image:url({cache});" /></a></span></span></li>'
        )
    return (f'<ul id="sigFreeId{gid}" class="sigFreeContainer sigFreeClassic">' + "".join(items)
            + '<li class="sigFreeClear">&nbsp;</li></ul>\n<div class="sigFreePrintMessage">Xem bài viết đầy đủ '
            "để thấy hình ảnh.</div>")


def render_text(story: Story, blocks: list, related_html: str = "") -> str:
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style in ("th", "tr"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    tag = "td"
                    if blocks[i].style == "th":
                        row = "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells)
                    else:
                        row = "".join(f"<{tag}>{text(c)}</{tag}>" for c in cells)
                    rows.append(f"<tr>{row}</tr>")
                    i += 1
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="width: 90%; border-collapse: '
                           'collapse;" align="center"><tbody>' + "".join(rows) + "</tbody></table>")
                continue
            if b.style == "li":
                lis = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    lis.append(f"<li>{text(blocks[i].text)}</li>")
                    i += 1
                out.append('<ul style="text-align: justify;">' + "".join(lis) + "</ul>")
                continue
            extra = []
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                extra.append(blocks[j])
                j += 1
            out.append(_p(b, extra, story.id))
            i = j
            continue
        if isinstance(b, Img):
            if b.style == "fulltext":
                i += 1
                continue  # printed above the text by the layout
            if b.style == "sig":
                imgs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "sig":
                    imgs.append(blocks[i])
                    i += 1
                out.append(_gallery(imgs, story.id))
                continue
            n_img += 1
            out.append(_img(b, n_img))
            i += 1
            continue
        if b is RELATED:
            out.append(related_html)
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def sections(story: Story) -> list[list]:
    parts: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith(PAGEBREAK_MARK):
            parts.append([])
        else:
            parts[-1].append(b)
    return parts


def intro_blocks(story: Story) -> list:
    if story.opts.get("intro_only") or story.opts.get("restricted"):
        return list(story.blocks)
    first = next(b for b in story.blocks if isinstance(b, P))
    return [first]


# --- the page frame -----------------------------------------------------------------------------

MENU_HTML = """<ul class="gf-menu l1 " >
<li class="item101{a101}" ><a class="item" href="/"  >Trang chủ</a></li>
<li class="item102 parent{a102}" ><a class="item" href="/index.php/gioi-thieu"  >Giới thiệu<span class="border-fixer"></span></a>
<div class="dropdown columns-1 " style="width:200px;"><div class="column col1"  style="width:200px;"><ul class="l2">
<li class="item110" ><a class="item" href="/index.php/gioi-thieu"  >Giới thiệu chung</a></li>
<li class="item111" ><a class="item" href="/index.php/gioi-thieu/co-cau-to-chuc"  >Cơ cấu tổ chức</a></li>
<li class="item112" ><a class="item" href="/index.php/gioi-thieu/lanh-dao-phong"  >Lãnh đạo Phòng</a></li>
</ul></div></div></li>
<li class="item103 parent{a103}" ><a class="item" href="/index.php/tin-tuc"  >Tin tức - Sự kiện<span class="border-fixer"></span></a>
<div class="dropdown columns-1 " style="width:220px;"><div class="column col1"  style="width:220px;"><ul class="l2">
<li class="item113" ><a class="item" href="/index.php/tin-tuc/12-tin-giao-duc"  >Tin giáo dục</a></li>
<li class="item114" ><a class="item" href="/index.php/tin-tuc/13-hoat-dong-cac-truong"  >Hoạt động các trường</a></li>
</ul></div></div></li>
<li class="item105{a105}" ><a class="item" href="/index.php/chuyen-mon"  >Chuyên môn - Nghiệp vụ</a></li>
<li class="item106{a106}" ><a class="item" href="/index.php/thong-bao"  >Thông báo</a></li>
<li class="item107{a107}" ><a class="item" href="/index.php/van-ban"  >Văn bản</a></li>
<li class="item108{a108}" ><a class="item" href="/index.php/thu-vien-anh"  >Thư viện ảnh</a></li>
<li class="item109 last{a109}" ><a class="item" href="/index.php/lien-he"  >Liên hệ</a></li>
<li class="item115" ><a class="item" href="http://quangbinh.edu.vn/" target="_blank" >Sở GD&amp;ĐT</a></li>
</ul>"""


def _module(title: str, content: str, sfx: str = "box1", mid: int = 0) -> str:
    head = f'<div class="module-title"><h2 class="title">{title}</h2></div>' if title else ""
    return (f'<div class="rt-block {sfx}"><div class="module-surround">{head}'
            f'<div class="module-content" id="mod-{mid}">{content}</div></div></div>')


DOCS = {
    301: ("cong-van-1245-pgddt-ve-viec-huong-dan-cong-tac-pho-cap-giao-duc-nam-2026",
          "Công văn số 1245/PGDĐT về việc hướng dẫn công tác phổ cập giáo dục, xóa mù chữ năm 2026",
          "1245/PGDĐT", "2026-11-25 09:00", "25/11/2026", "Công văn", "cv-1245-pgddt.pdf"),
    298: ("quyet-dinh-thanh-lap-ban-giam-khao-hoi-thi-gvdg-cap-thi-xa-bac-tieu-hoc",
          "Quyết định thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026-2027",
          "1198/QĐ-PGDĐT", "2026-11-16 14:10", "16/11/2026", "Quyết định", "qd-1198-pgddt.pdf"),
    293: ("ke-hoach-boi-duong-thuong-xuyen-giao-vien-nam-hoc-2026-2027",
          "Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2026-2027",
          "1101/KH-PGDĐT", "2026-10-28 08:30", "27/10/2026", "Kế hoạch", "kh-1101-pgddt.pdf"),
}


def sidebar(site: JoomlaSite) -> str:
    s227, s229 = BY_ID[227], BY_ID[229]
    tieu_diem = (
        '<div class="custom"  ><ul class="tieudiem">'
        f'<li><img src="/images/icon/new.gif" alt="" /> <a href="{esc(nonsef_path(s227))}">Hướng dẫn kiểm tra, '
        "đánh giá cuối HKI năm học 2026-2027</a></li>"
        f'<li><img src="/images/icon/new.gif" alt="" /> <a href="{esc(nonsef_path(s229))}">Hội thi GVCN lớp giỏi '
        "cấp THCS (TB số 812)</a></li></ul></div>"
    )
    mostread = '<ul class="mostread">' + "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in (231, 228, 230, 232, 229)
    ) + "</ul>"
    docs = '<ul class="latestnews vanban">' + "".join(
        f'<li><a href="/index.php/van-ban/{k}-{v[0]}">{esc(v[1])}</a></li>' for k, v in DOCS.items()
    ) + "</ul>"
    poll = (
        '<form action="/index.php" method="post" name="form2" class="acepolls">'
        '<p class="acepolls-question">Bạn quan tâm nhất đến nội dung nào trên website?</p>'
        '<div class="acepolls-options"><input type="radio" name="voteid" id="voteid1" value="1" /><label for="voteid1">'
        'Tin tức giáo dục</label><br /><input type="radio" name="voteid" id="voteid2" value="2" /><label for="voteid2">'
        'Văn bản chỉ đạo</label><br /><input type="radio" name="voteid" id="voteid3" value="3" /><label '
        'for="voteid3">Chuyên môn - Nghiệp vụ</label></div>'
        '<input type="submit" name="task_button" class="button" value="Bình chọn" /> '
        '<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />'
        '<input type="hidden" name="id" value="3" /></form>'
    )
    links = (
        '<select name="lienket" onchange="if(this.value) window.open(this.value);" style="width: 95%;">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://quangbinh.edu.vn/">Sở GD&amp;ĐT Quảng Bình</option>'
        '<option value="http://badon.quangbinh.gov.vn/">Cổng TTĐT thị xã Ba Đồn</option>'
        '<option value="http://truonghocketnoi.edu.vn/">Trường học kết nối</option></select>'
    )
    counter = (
        '<div id="vvisit_counter" class="vvisit_counter"><div style="text-align: center;">'
        '<img src="/modules/mod_vvisit_counter/images/digit_counter/embos/1.png" alt="1" title="1" />'
        "</div><div><table cellpadding=\"0\" cellspacing=\"0\" style=\"margin: 3px; text-align: center;\" "
        'align="center" width="90%"><tbody align="center">'
        f'<tr align="left"><td>Hôm nay</td><td align="right">{site.today_visits}</td></tr>'
        '<tr align="left"><td>Hôm qua</td><td align="right">1.214</td></tr>'
        '<tr align="left"><td>Tuần này</td><td align="right">3.906</td></tr>'
        '<tr align="left"><td>Tháng này</td><td align="right">4.377</td></tr>'
        f'<tr align="left"><td>Tổng truy cập</td><td align="right">{1_284_650 + site.today_visits:,}'.replace(",", ".")
        + '</td></tr></tbody></table></div>'
        f'<hr style="width: 90%" /><div style="text-align: center;">Đang online: {17 + site.today_visits % 11}</div></div>'
    )
    return "\n".join([
        _module("Tiêu điểm", tieu_diem, "box3 title3", 121),
        _module("Tin đọc nhiều", mostread, "box1", 122),
        _module("Văn bản mới", docs, "box1", 123),
        _module("Thăm dò ý kiến", poll, "box2", 124),
        _module("", links, "box4", 125),
        _module("Thống kê truy cập", counter, "box1", 126),
    ])


_CURRENT = threading.local()


def current_site() -> JoomlaSite:
    return getattr(_CURRENT, "site", None) or SITE


def frame(req: Request, *, title: str, main: str, crumbs: list[tuple[str, str | None]], active: int,
          content_top: str = "", content_bottom: str = "", showcase: str = "", head: str = "") -> str:
    site = current_site()
    base = base_url(req) + req.path
    actives = {f"a{k}": (" active" if k == active else "") for k in ITEMIDS.values()}
    actives.update({"a101": " active" if active == 101 else ""})
    crumb_parts = []
    sep = ' <img src="/media/system/images/arrow.png" alt=""  /> '
    for label, href in crumbs:
        crumb_parts.append(f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    breadcrumbs = '<div class="breadcrumbs">\n' + sep.join(crumb_parts) + "\n</div>"
    return f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn" >
<head>
  <base href="{esc(base)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="Phòng GD&amp;ĐT Ba Đồn, giáo dục Ba Đồn, Quảng Bình" />
  <meta name="description" content="Website Phòng Giáo dục và Đào tạo thị xã Ba Đồn, tỉnh Quảng Bình" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/libraries/gantry/css/grid-responsive.css" type="text/css" />
  <link rel="stylesheet" href="/templates/{TEMPLATE}/css-compiled/master-b8f4a1c2d7e05aa1.css" type="text/css" />
  <link rel="stylesheet" href="/components/com_roksprocket/layouts/features/themes/slideshow/slideshow.css" type="text/css" />
  <link rel="stylesheet" href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script src="/libraries/gantry/js/gantry-totop.js" type="text/javascript"></script>
  <script src="/components/com_roksprocket/assets/js/roksprocket.js" type="text/javascript"></script>
  <script type="text/javascript">
window.addEvent('load', function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
  </script>{head}
</head>
<body  class="logo-type-afterburner main-body-light background-type-bg-2 font-family-helvetica font-size-is-default menu-type-dropdownmenu layout-mode-responsive col12">
<div id="rt-page-surround">
  <header id="rt-top-surround">
    <div id="rt-top" >
      <div class="rt-container">
        <div class="rt-grid-6 rt-alpha"><div class="rt-block date-block"><span class="date">{TODAY_HEADER}</span></div></div>
        <div class="rt-grid-6 rt-omega"><div class="rt-block"><div class="module-content"><div class="custom"  ><p style="text-align: right;"><a href="/index.php/lien-he">Liên hệ</a> | <a href="https://www.facebook.com/pgdbadon" target="_blank">Facebook</a></p></div></div></div></div>
        <div class="clear"></div>
      </div>
    </div>
    <div id="rt-header">
      <div class="rt-container">
        <div class="rt-grid-12 rt-alpha rt-omega">
          <div class="rt-block logo-block"><a href="/" id="rt-logo"><img src="/images/banner/banner-pgd-badon.png" alt="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN" /></a></div>
        </div>
        <div class="clear"></div>
      </div>
    </div>
    <div id="rt-navigation"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega">
      <div class="rt-block menu-block"><div class="gf-menu-device-container"></div>
{MENU_HTML.format(**actives)}
      <div class="clear"></div></div>
    </div><div class="clear"></div></div></div>
  </header>
  {showcase}
  <div id="rt-transition">
    <div id="rt-mainbody-surround">
      <div id="rt-breadcrumbs"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block "><div class="module-surround"><div class="module-content">
{breadcrumbs}
      </div></div></div></div><div class="clear"></div></div></div>
      <div class="rt-container">
        <div id="rt-main" class="mb8-sa4">
          <div class="rt-container">
            <div class="rt-grid-8 ">
              <div id="rt-content-top">{content_top}<div class="clear"></div></div>
              <div class="rt-block">
                <div id="rt-mainbody">
                  <div class="component-content">
{main}
                  </div>
                </div>
              </div>
              <div id="rt-content-bottom">{content_bottom}<div class="clear"></div></div>
            </div>
            <div class="rt-grid-4 ">
              <div id="rt-sidebar-a">
{sidebar(site)}
              </div>
            </div>
            <div class="clear"></div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <footer id="rt-footer-surround">
    <div id="rt-footer"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block"><div class="module-content"><div class="custom"  >
<p style="text-align: center;"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BA ĐỒN</strong><br />Địa chỉ: Tiểu khu 4, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình<br />Điện thoại: 0232.3512.347 - Fax: 0232.3512.120 - Email: pgdbadon@quangbinh.edu.vn<br />Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT thị xã Ba Đồn</p>
    </div></div></div></div><div class="clear"></div></div></div>
    <div id="rt-copyright"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block">
      <p>Bản quyền &copy; 2014 - 2026 Phòng GD&amp;ĐT thị xã Ba Đồn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
      <a href="http://www.rockettheme.com/" title="rockettheme.com" class="powered-by"></a>
    </div></div><div class="clear"></div></div></div>
  </footer>
  <div class="rt-block totop"><a href="#" id="gantry-totop" rel="nofollow"><span class="icon-chevron-up"></span></a></div>
</div>
</body>
</html>
"""


# --- article pieces -----------------------------------------------------------------------------


def related_module(story: Story) -> str:
    same = [s for s in STORIES if s.cat == story.cat and s.id != story.id]
    others = [s for s in STORIES if CATS[s.cat].menu == CATS[story.cat].menu and s.cat != story.cat]
    picks = (same + others)[:4]
    lis = "".join(
        f'<li><a href="{article_path(s)}">\n\t\t\t\t{lc4(s.opts["created"])} - \t\t\t{esc(s.title)}</a></li>\n'
        for s in picks
    )
    return ('<div class="rt-block xemthem"><div class="module-surround"><div class="module-title"><h2 class="title">'
            'Xem thêm các tin khác</h2></div><div class="module-content"><ul class="relateditems">\n'
            f"{lis}</ul></div></div></div>")


def pagenav(story: Story) -> str:
    same = [s for s in ALL_ITEMS if s.cat == story.cat and not s.opts.get("restricted")]
    idx = same.index(story)
    items = []
    if idx > 0:
        items.append(f'<li class="pagenav-prev"><a href="{article_path(same[idx - 1])}" rel="prev">&lt; Trước</a></li>')
    if idx + 1 < len(same):
        items.append(f'<li class="pagenav-next"><a href="{article_path(same[idx + 1])}" rel="next">Tiếp &gt;</a></li>')
    return '<ul class="pagenav">' + "".join(items) + "</ul>"


def comments(story: Story, page_path: str) -> str:
    rows = []
    for k, (who, when, body) in enumerate(story.opts.get("comments", []), start=1):
        cid = 40 + k
        rows.append(
            f'<div class="{"odd" if k % 2 else "even"}" id="comment-item-{cid}"><div class="rbox"><div class="comment-box '
            f'usertype-guest"><a class="comment-anchor" href="{page_path}#comment-{cid}" id="comment-{cid}">#{k}</a>'
            f'<span class="comment-author">{esc(who)}</span><span class="comment-date">{when}</span>'
            f'<div class="comment-body" id="comment-body-{cid}">{esc(body)}</div></div></div></div>'
        )
    if not rows:
        return ""
    return (
        '<script type="text/javascript" src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>'
        '<div id="jc"><div id="comments"><h4>Bình luận&nbsp;</h4><div id="comments-list" class="comments-list">'
        + "".join(rows)
        + '</div></div><h4>Thêm bình luận</h4><a id="addcomments" href="#addcomments"></a>'
        '<form id="comments-form" name="comments-form" action="javascript:void(null);">'
        '<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" />'
        '<label for="comments-form-name">Tên (bắt buộc)</label></span></p>'
        '<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" />'
        '<label for="comments-form-email">E-mail</label></span></p>'
        '<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8"></textarea></span></p>'
        '<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" '
        'onclick="jcomments.saveComment();return false;" title="Gửi (Ctrl+Enter)">Gửi</a></div></div></div>'
        f'<div style="display:none;"><input type="hidden" name="object_id" value="{story.id}" /></div></form>'
        '<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" '
        'target="_blank">JComments</a></div></div>'
    )


def icons(req: Request, page_path: str) -> str:
    link = hashlib.sha1((base_url(req) + page_path).encode()).hexdigest()
    return (
        '<dd class="rt-article-icons"><ul class="actions">'
        f'<li class="print-icon"><a href="{page_path}?{PRINT_Q.replace("&", "&amp;")}" title="In" onclick="window.open('
        "this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,"
        "height=480,directories=no,location=no'); return false;\" rel=\"nofollow\"><img src=\"/media/system/images/"
        'printButton.png" alt="In"  /></a></li>'
        f'<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template={TEMPLATE}&amp;'
        f'link={link}" title="Email" onclick="window.open(this.href,\'win2\',\'width=400,height=350,menubar=yes,'
        "resizable=yes'); return false;\"><img src=\"/media/system/images/emailButton.png\" alt=\"Email\"  /></a></li>"
        "</ul></dd>"
    )


def article_info(story: Story, hits: int | None) -> str:
    cat = CATS[story.cat]
    parts = [f'<dd class="rt-date-posted">{lc2(story.opts["created"])}</dd>']
    if story.opts.get("modified"):
        parts.append(f'<dd class="rt-date-modified">Cập nhật lần cuối {lc2(story.opts["modified"])}</dd>')
    parts.append(f'<dd class="rt-author">Viết bởi {esc(story.opts["by"])}</dd>')
    if hits is not None:
        parts.append(f'<dd class="rt-hits">Lượt xem: {hits}</dd>')
    parts.append(f'<dd class="rt-category">Chuyên mục: <a href="{cat_path(cat)}">{esc(cat.name)}</a></dd>')
    return ('<div class="rt-articleinfo-text"><div class="rt-articleinfo-text2">' + "\n".join(parts)
            + "</div></div>")


def fulltext_image(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"), None)
    if img is None:
        return ""
    alt = img.src.rsplit("/", 1)[-1]
    return (f'<div class="img-fulltext-none">\n<img class="caption" title="{esc(img.printed or "")}" '
            f'src="{img.src}" alt="{alt}"/>\n</div>')


def pagebreak_bits(story: Story, page_path: str, page: int | None) -> tuple[str, str, list]:
    """(toc, navigation, blocks) for a page-broken article; page None = all pages."""
    parts = sections(story)
    if len(parts) == 1:
        return "", "", story.blocks
    titles = [story.opts.get("toc_first", story.title)]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith(PAGEBREAK_MARK):
            titles.append(re.search(r'title="([^"]*)"', b.html).group(1))
    cur = -1 if page is None else page
    lis = []
    for k, t in enumerate(titles):
        href = f"{page_path}?showall=&amp;limitstart={k if k else ''}"
        cls = ' class="toclink active"' if k == cur else ' class="toclink"'
        lis.append(f'<li><a href="{href}"{cls}>{esc(t)}</a></li>')
    active_all = ' class="toclink active"' if cur == -1 else ' class="toclink"'
    lis.append(f'<li><a href="{page_path}?showall=1&amp;limitstart="{active_all}>Tất cả các trang</a></li>')
    toc = ('<div id="article-index"><p><strong>Mục lục bài viết</strong></p><ul>' + "".join(lis) + "</ul></div>")
    if page is None:
        return toc, "", [b for part in parts for b in part]
    counter = f'<div class="pagenavcounter">Trang {page + 1} / {len(parts)}</div>'
    prev = (f'<a href="{page_path}?showall=&amp;limitstart={page - 1 if page - 1 else ""}" title="Trước">&lt;&lt; '
            "Trước</a>" if page > 0 else "&lt;&lt; Trước")
    nxt = (f'<a href="{page_path}?showall=&amp;limitstart={page + 1}" title="Tiếp">Tiếp &gt;&gt;</a>'
           if page + 1 < len(parts) else "Tiếp &gt;&gt;")
    nav = f'<div class="pagination"><ul><li>{prev} </li><li>{nxt}</li></ul></div>'
    return toc + counter, nav, parts[page]


def article_html(req: Request, story: Story, page_path: str, *, printing: bool = False,
                 page: int | None = 0, featured: bool = False) -> str:
    cat = CATS[story.cat]
    hits = current_site().hit(story.id)
    if printing:  # the page-break plugin prints the whole text, without its index, in print views
        toc, nav, blocks = "", "", [b for part in sections(story) for b in part]
    else:
        toc, nav, blocks = pagebreak_bits(story, page_path, page)
    related_inside = any(b is RELATED for b in story.blocks)
    text_html = render_text(story, blocks, related_module(story) if related_inside else "")
    heading = "" if printing or featured else f'<h1 class="rt-pagetitle">{esc(MENU_TITLES[cat.menu])}</h1>\n'
    info_icons = "" if printing else icons(req, page_path)
    return f"""<div class="rt-article">
<div class="item-page">
{heading}<div class="module-title"><h2 class="title">{esc(story.title)}</h2></div>
<dl class="rt-articleinfo">
{article_info(story, hits)}
{info_icons}
<div class="clear"></div>
</dl>
{toc}
{fulltext_image(story)}
{text_html}
{nav}
{"" if printing else pagenav(story)}
</div>
</div>
{"" if printing else comments(story, page_path)}"""


# --- blog listing ------------------------------------------------------------------------------


def teaser(story: Story, cls: str) -> str:
    cat = CATS[story.cat]
    restricted = story.opts.get("restricted")
    title = esc(story.title)
    head = title if restricted else f'<a href="{article_path(story)}">{title}</a>'
    thumb = story.opts.get("thumb")
    img = (f'<div class="img-intro-left"><img src="{thumb}" alt=""/></div>' if thumb else "")
    body = render_text(story, intro_blocks(story))
    if restricted:
        ret = base64.b64encode(article_path(story).encode()).decode()
        more = (f'<p class="readmore"><a class="readon" href="/index.php/component/users/?view=login&amp;return='
                f'{quote(ret)}&amp;Itemid=103"><span>Đăng ký để đọc thêm...</span></a></p>')
    elif story.opts.get("intro_only"):
        more = ""
    else:
        more = (f'<p class="readmore"><a class="readon" href="{article_path(story)}"><span>Đọc thêm: '
                f"{esc(short(story.title, 100))}</span></a></p>")
    return f"""<div class="{cls}">
<div class="rt-article"><div class="rt-article-bg">
<div class="module-title"><h2 class="title">{head}</h2></div>
<dl class="rt-articleinfo"><div class="rt-articleinfo-text"><div class="rt-articleinfo-text2">
<dd class="rt-date-posted">{lc3(story.opts["created"])}</dd>
<dd class="rt-author">Viết bởi {esc(story.opts["by"])}</dd>
<dd class="rt-category">Chuyên mục: <a href="{cat_path(cat)}">{esc(cat.name)}</a></dd>
</div></div></dl>
{img}
{body}
{more}
<div class="item-separator"></div>
</div></div>
</div>"""


def pagination(base: str, start: int, total: int, per: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def href(k: int) -> str:
        return f"{base}?limitstart=0" if k == 0 else f"{base}?start={k * per}"

    def li(label: str, k: int, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if k == cur or k < 0 or k >= pages:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(k)}" class="pagenav">{label}</a></li>'

    items = [li("Đầu", 0 if cur else -1, "pagination-start"), li("Trước", cur - 1, "pagination-prev")]
    items += [li(str(k + 1), k) for k in range(pages)]
    items += [li("Tiếp", cur + 1, "pagination-next"), li("Cuối", pages - 1 if cur < pages - 1 else -1, "pagination-end")]
    return (f'<div class="pagination">\n<p class="counter">\nTrang {cur + 1} / {pages}\t\t</p>\n<ul>'
            + "".join(items) + "</ul>\t</div>")


BLOGS = {
    # path -> (heading, category keys, per page, num_links, active itemid, crumbs)
    "/index.php/tin-tuc": ("Tin tức - Sự kiện", ("tgd", "hdct"), 3, 2, 103,
                           [("Trang chủ", "/"), ("Tin tức - Sự kiện", None)]),
    "/index.php/tin-tuc/12-tin-giao-duc": ("Tin giáo dục", ("tgd",), 3, 0, 103,
                                           [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/index.php/tin-tuc"),
                                            ("Tin giáo dục", None)]),
    "/index.php/tin-tuc/13-hoat-dong-cac-truong": ("Hoạt động các trường", ("hdct",), 3, 0, 103,
                                                   [("Trang chủ", "/"), ("Tin tức - Sự kiện", "/index.php/tin-tuc"),
                                                    ("Hoạt động các trường", None)]),
    "/index.php/chuyen-mon": ("Chuyên môn - Nghiệp vụ", ("cm",), 3, 2, 105,
                              [("Trang chủ", "/"), ("Chuyên môn - Nghiệp vụ", None)]),
    "/index.php/thong-bao": ("Thông báo", ("tb",), 3, 2, 106, [("Trang chủ", "/"), ("Thông báo", None)]),
}


def blog_page(req: Request, path: str) -> Response | None:
    heading, keys, per, num_links, active, crumbs = BLOGS[path]
    params = req.params
    extra = set(params) - {"start", "limitstart"}
    if extra:
        return None
    try:
        start = int(params.get("start") or params.get("limitstart") or 0)
    except ValueError:
        return None
    items = [s for s in ALL_ITEMS if s.cat in keys]
    if start % per or start < 0 or (start and start >= len(items)):
        return None
    page_items = items[start:start + per]
    parts = ['<div class="rt-blog blog">', f'<h1 class="rt-pagetitle">{esc(heading)}</h1>']
    if page_items:
        parts.append('<div class="items-leading">' + teaser(page_items[0], "leading-0") + "</div>")
    rest = page_items[1:]
    if rest:
        cols = "".join(teaser(s, f"item column-{k + 1}") for k, s in enumerate(rest))
        parts.append(f'<div class="items-row cols-2 row-0">{cols}<span class="row-separator"></span></div>')
    more = items[start + per:start + per + num_links]
    if more:
        lis = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in more)
        parts.append(f'<div class="items-more"><h3>Các bài viết khác...</h3><ol>{lis}</ol></div>')
    parts.append(pagination(path, start, len(items), per))
    parts.append("</div>")
    cur = start // per + 1
    title = f"{SITE_NAME} - {heading}" + (f" - Trang {cur}" if cur > 1 else "")
    return html(frame(req, title=title, main="\n".join(parts), crumbs=crumbs, active=active))


# --- home page ---------------------------------------------------------------------------------


def home(req: Request) -> Response:
    ticker_items = [s for s in ALL_ITEMS if s.opts.get("ticker")]
    ticker = (
        '<div class="sprocket-headlines navigation-active" data-headlines="139"><div class="sprocket-headlines-container">'
        '<div class="sprocket-headlines-badge"><span>Tin nổi bật:</span></div><ul class="sprocket-headlines-list">'
        + "".join(
            f'<li class="sprocket-headlines-item{" active" if k == 0 else ""}" data-headlines-item><span '
            f'class="sprocket-headlines-text"><a href="{featured_path(s)}" class="sprocket-headlines-link">'
            f'{esc(short(s.title, 70))}</a></span></li>'
            for k, s in enumerate(ticker_items)
        )
        + '</ul><div class="sprocket-headlines-navigation"><span class="arrow next" data-headlines-next><span>&rsaquo;'
        '</span></span><span class="arrow prev" data-headlines-previous><span>&lsaquo;</span></span></div></div></div>'
    )
    slides = [BY_ID[i] for i in (231, 230, 232)]
    slider = (
        '<div id="rt-showcase"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block">'
        '<div class="sprocket-features layout-slideshow arrows-active pagination-active" data-slideshow="140">'
        '<ul class="sprocket-features-img-list">'
        + "".join(
            f'<li class="sprocket-features-index-{k + 1}{" active" if k == 0 else ""}" data-slideshow-pane>'
            f'<div class="sprocket-features-img-container" data-slideshow-image><a href="{article_path(s)}">'
            f'<img src="{s.opts["thumb"]}" alt="" style="max-width: 100%; height: auto;" /></a></div>'
            f'<div class="sprocket-features-content" data-slideshow-content><h4 class="sprocket-features-title">'
            f'<a href="{article_path(s)}">{esc(s.title)}</a></h4><div class="sprocket-features-desc">'
            f'{esc(short(s.paragraphs[0], 140))}<a href="{article_path(s)}" class="readon"><span>Đọc thêm</span>'
            "</a></div></div></li>"
            for k, s in enumerate(slides)
        )
        + '</ul><div class="sprocket-features-pagination"><ul>'
        + "".join(f'<li{ACTIVE_ATTR if k == 0 else ""} data-slideshow-pagination="{k + 1}"><span>{k + 1}'
                  "</span></li>" for k in range(len(slides)))
        + "</ul></div></div></div></div><div class=\"clear\"></div></div></div>"
    )
    tab_items = [BY_ID[i] for i in (231, 230, 228, 232)]
    tabs = (
        '<div class="sprocket-tabs layout-top" data-tabs="141"><div class="sprocket-tabs-nav"><ul class="sprocket-tabs-nav-list">'
        + "".join(
            f'<li class="sprocket-tabs-nav-item{" active" if k == 0 else ""}" data-tabs-navigation><span '
            f'class="sprocket-tabs-inner"><span class="sprocket-tabs-text">{esc(short(s.title, 28))}</span></span></li>'
            for k, s in enumerate(tab_items)
        )
        + '</ul></div><div class="sprocket-tabs-panels">'
        + "".join(
            f'<div class="sprocket-tabs-panel{" active" if k == 0 else ""}" data-tabs-panel><img src="{s.opts["thumb"]}" '
            f'class="sprocket-tabs-image" alt="" /><div class="sprocket-tabs-desc">{esc(short(s.paragraphs[0], 220))}'
            f'</div><a href="{article_path(s)}" class="readon"><span>Đọc thêm</span></a></div>'
            for k, s in enumerate(tab_items)
        )
        + "</div></div>"
    )

    def catlist(ids: list[int]) -> str:
        return '<ul class="category-module">' + "".join(
            f'<li><a class="mod-articles-category-title " href="{article_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
            f'<span class="mod-articles-category-date">{_dt(BY_ID[i].opts["created"]):%d/%m/%Y}</span></li>'
            for i in ids
        ) + "</ul>"

    main = "\n".join([
        _module("Tin mới", tabs, "box1 tinmoi", 131),
        _module('<a href="/index.php/tin-tuc">Tin tức - Sự kiện</a>', catlist([231, 230, 228, 224]), "box2", 132),
        _module('<a href="/index.php/chuyen-mon">Chuyên môn - Nghiệp vụ</a>', catlist([232, 227, 220]), "box2", 133),
        _module('<a href="/index.php/thong-bao">Thông báo</a>', catlist([229, 212]), "box2", 134),
    ])
    top = _module("", ticker, "ticker", 130)
    return html(frame(req, title=f"{SITE_NAME} - Trang chủ", main=main, crumbs=[("Trang chủ", None)], active=101,
                      content_top=top, showcase=slider))


# --- other pages -------------------------------------------------------------------------------


def simple_article(req: Request, title: str, body: str, crumbs: list, active: int, heading: str | None = None,
                   info: str = "") -> Response:
    head = f'<h1 class="rt-pagetitle">{esc(heading)}</h1>\n' if heading else ""
    main = (f'<div class="rt-article"><div class="item-page">{head}<div class="module-title"><h2 class="title">'
            f"{esc(title)}</h2></div>{info}\n{body}\n</div></div>")
    return html(frame(req, title=f"{SITE_NAME} - {title}", main=main, crumbs=crumbs, active=active))


def intro_page(req: Request) -> Response:
    body = """<p style="text-align: justify;"><strong>Phòng Giáo dục và Đào tạo thị xã Ba Đồn</strong> là cơ quan chuyên môn thuộc UBND thị xã Ba Đồn, có chức năng tham mưu, giúp UBND thị xã thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn, gồm: giáo dục mầm non, giáo dục tiểu học, giáo dục trung học cơ sở và giáo dục thường xuyên.</p>
<p style="text-align: justify;">Hiện nay, ngành giáo dục thị xã có 52 trường học trực thuộc (19 trường mầm non, 18 trường tiểu học, 15 trường THCS) với hơn 21.000 học sinh và trên 1.500 cán bộ, giáo viên, nhân viên. Tỷ lệ trường đạt chuẩn quốc gia đạt 88,5%.</p>
<p style="text-align: justify;">Phòng GD&amp;ĐT có trụ sở tại Tiểu khu 4, phường Ba Đồn. Giờ làm việc: sáng từ 7h00 đến 11h30, chiều từ 13h30 đến 17h00 các ngày từ thứ Hai đến thứ Sáu.</p>"""
    return simple_article(req, "Giới thiệu chung", body, [("Trang chủ", "/"), ("Giới thiệu", None)], 102)


def org_page(req: Request) -> Response:
    rows = [("1", "Lãnh đạo Phòng", "Trưởng phòng, 02 Phó Trưởng phòng"), ("2", "Bộ phận Mầm non", "03 chuyên viên"),
            ("3", "Bộ phận Tiểu học", "03 chuyên viên"), ("4", "Bộ phận THCS", "04 chuyên viên"),
            ("5", "Bộ phận Kế hoạch - Tài chính", "02 chuyên viên, 01 kế toán"), ("6", "Văn phòng", "01 văn thư, 01 nhân viên")]
    table = ('<table border="1" cellpadding="4" style="width: 100%; border-collapse: collapse;"><tbody>'
             "<tr><td><strong>TT</strong></td><td><strong>Bộ phận</strong></td><td><strong>Biên chế</strong></td></tr>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</tbody></table>")
    return simple_article(req, "Cơ cấu tổ chức", "<p>Cơ cấu tổ chức của Phòng GD&amp;ĐT thị xã Ba Đồn:</p>" + table,
                          [("Trang chủ", "/"), ("Giới thiệu", "/index.php/gioi-thieu"), ("Cơ cấu tổ chức", None)], 102)


def leaders_page(req: Request) -> Response:
    people = [("Trần Văn Quang", "Trưởng phòng", "0912.345.610", "tranvanquang"),
              ("Nguyễn Thị Thanh Hương", "Phó Trưởng phòng", "0915.781.233", "nguyenthithanhhuong"),
              ("Lê Đức Thịnh", "Phó Trưởng phòng", "0983.220.417", "leducthinh")]
    cards = "".join(
        f'<table class="lanhdao" style="width: 100%;"><tbody><tr><td style="width: 120px;"><img src="/images/lanh-dao/{slug}.jpg" '
        f'alt="{esc(n)}" width="110" height="140" /></td><td><p><strong>{esc(n)}</strong></p><p>Chức vụ: {r}</p>'
        f"<p>Điện thoại: {ph}</p></td></tr></tbody></table>"
        for n, r, ph, slug in people
    )
    return simple_article(req, "Lãnh đạo Phòng", cards,
                          [("Trang chủ", "/"), ("Giới thiệu", "/index.php/gioi-thieu"), ("Lãnh đạo Phòng", None)], 102)


def contact_page(req: Request) -> Response:
    main = """<div class="contact"><h1 class="rt-pagetitle">Liên hệ</h1>
<h2><span class="contact-name">Phòng Giáo dục và Đào tạo thị xã Ba Đồn</span></h2>
<div class="contact-address"><span class="contact-street">Tiểu khu 4, phường Ba Đồn</span><br /><span class="contact-suburb">thị xã Ba Đồn</span>, <span class="contact-state">tỉnh Quảng Bình</span></div>
<p><span class="contact-telephone">Điện thoại: 0232.3512.347</span><br /><span class="contact-fax">Fax: 0232.3512.120</span></p>
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate">
<fieldset><legend>Gửi email. Mục có dấu sao (*) là bắt buộc.</legend>
<dl><dt><label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label></dt><dd><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" size="30" /></dd>
<dt><label for="jform_contact_email">Email *</label></dt><dd><input type="email" name="jform[contact_email]" id="jform_contact_email" value="" size="30" /></dd>
<dt><label for="jform_contact_emailmsg">Chủ đề *</label></dt><dd><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" /></dd>
<dt><label for="jform_contact_message">Nội dung *</label></dt><dd><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></dd>
<dt></dt><dd><button class="button validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="id" value="1:phong-gd-dt-ba-don" /><input type="hidden" name="7f3c0a1e9b2d4c5e6f708192a3b4c5d6" value="1" /></dd></dl>
</fieldset></form></div>"""
    return html(frame(req, title=f"{SITE_NAME} - Liên hệ", main=main, crumbs=[("Trang chủ", "/"), ("Liên hệ", None)], active=109))


def album_page(req: Request) -> Response:
    photos = [("hoi-khoe-phu-dong-2026", "Hội khỏe Phù Đổng cấp thị xã"), ("khai-giang-2026", "Lễ khai giảng năm học mới"),
              ("stem-2026", "Ngày hội STEM"), ("gvdg-th-2026", "Hội thi GVDG Tiểu học")]
    cells = "".join(
        f'<div class="phocagallery-box-file"><center><div class="phocagallery-box-file-first"><div class="phocagallery-box-file-second">'
        f'<div class="phocagallery-box-file-third"><center><a class="photo" href="/images/phocagallery/{slug}/anh-dai-dien.jpg" '
        f'rel="lightbox"><img src="/images/phocagallery/{slug}/thumbs/phoca_thumb_m_anh-dai-dien.jpg" alt="{esc(t)}" '
        f'class="pg-image" /></a></center></div></div></div></center><div class="name">{esc(t)}</div></div>'
        for slug, t in photos
    )
    main = (f'<div id="phocagallery" class="pg-categories-view"><h1 class="rt-pagetitle">Thư viện ảnh</h1>{cells}'
            '<div style="clear:both"></div></div>')
    return html(frame(req, title=f"{SITE_NAME} - Thư viện ảnh", main=main,
                      crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", None)], active=108))


def docs_list(req: Request) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{k % 2}"><td class="list-title"><a href="/index.php/van-ban/{i}-{d[0]}">{esc(d[1])}</a>'
        f'</td><td class="list-date">{_dt(d[3]):%d-%m-%Y}</td><td class="list-hits">{57 + i % 40}</td></tr>'
        for k, (i, d) in enumerate(DOCS.items())
    )
    main = ('<div class="category-list"><h1 class="rt-pagetitle">Văn bản</h1><div class="cat-items">'
            '<form action="/index.php/van-ban" method="post" name="adminForm" id="adminForm">'
            '<table class="category"><thead><tr><th class="list-title" id="tableOrdering">Tiêu đề</th>'
            '<th class="list-date">Ngày</th><th class="list-hits">Lượt xem</th></tr></thead><tbody>'
            f"{rows}</tbody></table></form></div></div>")
    return html(frame(req, title=f"{SITE_NAME} - Văn bản", main=main,
                      crumbs=[("Trang chủ", "/"), ("Văn bản", None)], active=107))


def doc_page(req: Request, doc_id: int) -> Response:
    _slug, title, number, created, issued, kind, fname = DOCS[doc_id]
    info = (f'<dl class="rt-articleinfo"><div class="rt-articleinfo-text"><div class="rt-articleinfo-text2">'
            f'<dd class="rt-date-posted">{lc2(created)}</dd><dd class="rt-author">Viết bởi pgd_badon</dd>'
            f'<dd class="rt-hits">Lượt xem: {57 + doc_id % 40}</dd></div></div></dl>')
    body = (f'<table class="vanban" border="1" cellpadding="4" style="width: 100%; border-collapse: collapse;"><tbody>'
            f"<tr><td><strong>Số/Ký hiệu</strong></td><td>{number}</td></tr>"
            f"<tr><td><strong>Ngày ban hành</strong></td><td>{issued}</td></tr>"
            f"<tr><td><strong>Loại văn bản</strong></td><td>{kind}</td></tr>"
            f"<tr><td><strong>Trích yếu</strong></td><td>{esc(title)}</td></tr>"
            "<tr><td><strong>Cơ quan ban hành</strong></td><td>Phòng GD&amp;ĐT thị xã Ba Đồn</td></tr></tbody></table>"
            f'<p><a href="/images/van-ban/2026/{fname}" target="_blank"><img src="/media/system/images/pdf_button.png" '
            f'alt="PDF" /> Tải về: {fname}</a></p>')
    return simple_article(req, title, body, [("Trang chủ", "/"), ("Văn bản", "/index.php/van-ban"), (title, None)],
                          107, heading="Văn bản", info=info)


def login_page(req: Request) -> Response:
    main = """<div class="login"><h1 class="rt-pagetitle">Đăng nhập</h1>
<form action="/index.php/component/users/?task=user.login" method="post">
<fieldset><div class="login-fields"><label id="username-lbl" for="username">Tên đăng nhập</label><input type="text" name="username" id="username" value="" size="25"/></div>
<div class="login-fields"><label id="password-lbl" for="password">Mật khẩu</label><input type="password" name="password" id="password" value="" size="25"/></div>
<button type="submit" class="button">Đăng nhập</button><input type="hidden" name="return" value="" /></fieldset></form>
</div>"""
    return html(frame(req, title=f"{SITE_NAME} - Đăng nhập", main=main, crumbs=[("Trang chủ", "/")], active=0))


def restricted_page(req: Request) -> Response:
    main = ('<div id="system-message-container"><dl id="system-message"><dt class="warning">Cảnh báo</dt>'
            '<dd class="warning message"><ul><li>Bạn không được phép xem tài nguyên này.</li></ul></dd></dl></div>')
    return html(frame(req, title=SITE_NAME, main=main,
                      crumbs=[("Trang chủ", "/"), ("Tin tức - Sự kiện", "/index.php/tin-tuc"),
                              ("Tin giáo dục", "/index.php/tin-tuc/12-tin-giao-duc")], active=103))


def mailto_page(req: Request) -> Response:
    page = f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" /><title>{SITE_NAME}</title>
<link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" /></head>
<body class="contentpane"><div id="mailto-window"><h2>Gửi liên kết này cho bạn bè.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/index.php" name="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value=""/></div>
<div class="formelm"><label for="sender_field">Người gửi:</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="from_field">Email của bạn:</label><input type="text" id="from_field" name="from" class="inputbox" value="" size="25" /></div>
<div class="formelm"><label for="subject_field">Chủ đề:</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" /></div>
<p><button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy bỏ</button></p>
<input type="hidden" name="layout" value="default" /><input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" />
<input type="hidden" name="tmpl" value="component" /><input type="hidden" name="link" value="{esc(req.params.get("link", ""))}" />
</form></div></body></html>"""
    return html(page)


def print_page(req: Request, story: Story, page_path: str) -> Response:
    body = article_html(req, story, page_path, printing=True)
    page = f"""<!DOCTYPE html>
<html xml:lang="vi-vn" lang="vi-vn" >
<head>
  <base href="{esc(base_url(req) + req.path)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(SITE_NAME + " - " + story.title)}</title>
  <link rel="stylesheet" href="/templates/{TEMPLATE}/css-compiled/master-b8f4a1c2d7e05aa1.css" type="text/css" />
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
</head>
<body class="contentpane">
<div id="system-message-container"></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><img src="/media/system/images/printButton.png" alt="In"  /></a></div>
{body}
</body>
</html>"""
    return html(page)


def article_page(req: Request, story: Story, page_path: str, *, featured: bool = False) -> Response | None:
    params = req.params
    if params.get("tmpl") == "component" and params.get("print") == "1":
        return print_page(req, story, page_path)
    page: int | None = 0
    if "showall" in params or "limitstart" in params:
        if params.get("showall") == "1":
            page = None
        else:
            try:
                page = int(params.get("limitstart") or 0)
            except ValueError:
                return None
            if page < 0 or page >= len(sections(story)):
                return None
    cat = CATS[story.cat]
    if featured:
        crumbs = [("Trang chủ", "/"), (story.title, None)]
        active = 101
    else:
        crumbs = [("Trang chủ", "/")]
        if cat.parent:
            crumbs.append((CATS[cat.parent].name, f"/index.php/{cat.menu}"))
        crumbs += [(cat.name, cat_path(cat)), (story.title, None)]
        active = cat.itemid
    main = article_html(req, story, page_path, page=page, featured=featured)
    bottom = "" if any(b is RELATED for b in story.blocks) else related_module(story)
    return html(frame(req, title=f"{SITE_NAME} - {story.title}", main=main, crumbs=crumbs, active=active,
                      content_bottom=bottom))


# --- the site ----------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/images/", "/media/", "/templates/", "/cache/", "/plugins/", "/libraries/", "/components/",
                    "/modules/")
_SEG = re.compile(r"^(\d+)(?:-[a-z0-9-]*)?$")


class JoomlaSite:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.hits = {s.id: s.views() for s in STORIES}
        self.today_visits = 1187

    def hit(self, sid: int) -> int:
        with self._lock:
            self.hits[sid] += 1
            return self.hits[sid]

    def respond(self, req: Request) -> Response | None:
        _CURRENT.site = self
        with self._lock:
            self.today_visits += 1
        path = req.path
        if path.startswith(_STATIC_PREFIXES):
            if path.endswith(".pdf") and path.startswith("/images/van-ban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php") and not req.query:
            return home(req)
        if path == "/index.php":
            return self._nonsef(req)
        if path in BLOGS:
            return blog_page(req, path)
        fixed = {
            "/index.php/gioi-thieu": intro_page, "/index.php/gioi-thieu/co-cau-to-chuc": org_page,
            "/index.php/gioi-thieu/lanh-dao-phong": leaders_page, "/index.php/lien-he": contact_page,
            "/index.php/thu-vien-anh": album_page, "/index.php/van-ban": docs_list,
        }
        if path in fixed:
            return fixed[path](req) if not req.query else None
        if path == "/index.php/component/mailto/":
            if req.params.get("tmpl") == "component" and re.fullmatch(r"[0-9a-f]{40}", req.params.get("link", "")):
                return mailto_page(req)
            return None
        if path == "/index.php/component/users/":
            return login_page(req) if req.params.get("view") == "login" else None
        return self._article_route(req)

    def _nonsef(self, req: Request) -> Response | None:
        p = req.params
        if p.get("option") != "com_content" or p.get("view") != "article":
            return None
        try:
            story = BY_ID.get(int(p.get("id", "")))
        except ValueError:
            return None
        if story is None:
            return None
        return article_page(req, story, article_path(story))

    def _article_route(self, req: Request) -> Response | None:
        segs = req.path.split("/")[2:] if req.path.startswith("/index.php/") else []
        if len(segs) < 2:
            return None
        m = _SEG.match(segs[-1])
        if not m:
            return None
        aid = int(m.group(1))
        menu = segs[0]
        if menu == "van-ban" and len(segs) == 2 and aid in DOCS:
            return doc_page(req, aid) if not req.query else None
        if aid == RESTRICTED.id and req.path == article_path(RESTRICTED):
            return restricted_page(req)
        story = BY_ID.get(aid)
        if story is None:
            return None
        if menu == "trang-chu" and len(segs) == 2:
            return article_page(req, story, featured_path(story), featured=True)
        canonical = article_path(story)
        if canonical.split("/")[2:-1] != segs[:-1]:
            return None
        return article_page(req, story, canonical)


SITE = JoomlaSite()


def build_site() -> JoomlaSite:
    return JoomlaSite()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    path = article_path(story)
    alts = [f"{path}?{PRINT_Q}"]
    if story.opts.get("ticker"):
        alts += [featured_path(story), f"{featured_path(story)}?{PRINT_Q}"]
    if story.id in NONSEF_LINKED:
        alts.append(nonsef_path(story))
    if len(sections(story)) > 1:
        alts += [f"{path}?{q}" for q in PAGEBREAK_QUERIES]
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat].name, alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/gioi-thieu/lanh-dao-phong",
    f"/index.php/van-ban/301-{DOCS[301][0]}",
    f"/index.php/van-ban/298-{DOCS[298][0]}",
    f"/index.php/van-ban/293-{DOCS[293][0]}",
    "/index.php/thu-vien-anh",
    "/index.php/lien-he",
]
