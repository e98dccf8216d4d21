"""Fixture portal: Sở GD&ĐT tỉnh Tây Ninh on Progress Sitefinity (two widget generations).

Imitates a provincial Department of Education site on Sitefinity 14 (ASP.NET, Feather/MVC
widgets, a Bootstrap "SgdTayNinh" resource package) whose oldest pages were never rebuilt after
the upgrade from the WebForms ("classic") widgets. What it serves:

- three pages holding a news widget, each item at Sitefinity's default detail URL under its page,
  the publication date in the path: ``/tin-tuc/2026/11/24/<url-name>``, ``/thong-bao/…``,
  ``/khao-thi/…``. "Tin tức - Sự kiện" (``/tin-tuc``) uses the MVC widget: headline in an ``h3``
  under a page banner whose ``h2`` names the page, a ``p.text-muted`` line "Đăng bởi: Phòng GDTrH
  | 12/11/2026 08:30" (no "Đăng bởi" when the Author field is empty, an extra "Cập nhật:" line on
  one item), the summary in ``div.lead``, the content in ``div.sf-Long-text``, tags, "In bài",
  "Lượt xem", the social-share widget, "Tin khác"; ``<title>`` is the headline and an absolute
  ``rel=canonical`` is printed. "Thông báo" and "Khảo thí - Kiểm định" keep the classic widget:
  ``div.sfnewsDetails`` with ``h1.sfnewsTitle``, ``div.sfnewsAuthorAndDate`` ("Đăng bởi Văn
  phòng Sở | Thứ Hai, 09/11/2026", date only), ``div.sfnewsSummary``, ``div.sfnewsContent``, a
  "Tệp đính kèm" list, "« Quay lại", "Các tin khác"; the page sits in the WebForms
  ``<form id="aspnetForm">`` with a view state; ``<title>`` is the *page's* name, no canonical.
- content images as the Sitefinity editor writes them (``data-displaymode``, ``sfref``,
  ``?sfvrsn=`` in the URL); caption lines: a centred italic paragraph (MVC), ``p.sfImageCaption``
  or an italic line after ``<br />`` in the image's paragraph (classic); some photos have no line,
  one has only the Zalo file name under it, one is an absolute URL on the province's old domain.
- listings: MVC pager ``ul.pagination`` ("Trang trước", numbers, "Trang sau"; page 1 linked as
  ``/tin-tuc/page/1``, the same list as ``/tin-tuc``), classic pager ``div.sf_pagerNumeric`` with
  ``a.sf_PagerCurrent`` and ``sf_pagerPrev``/``sf_pagerNext``; ``/page/N`` appended to the page
  URL. ``/tin-tuc`` (6 items, 2 a page: 3 pages), ``/thong-bao`` (4, 3 a page), ``/khao-thi`` (3,
  2 a page). A page number past the end answers 200 with an empty list (never linked).
- filters of the MVC page, all listings that combine with ``/page/N``: categories
  ``/tin-tuc/-in-category/categories/<slug>`` (sidebar "Chuyên mục" with counts, one empty),
  tags ``/tin-tuc/-in-tags/tags/<slug>`` (tag cloud and the tags of each item), archive months
  ``/tin-tuc/2026/11`` (a prefix of the article URLs; a day ``/tin-tuc/2026/11/12`` is a listing
  too, unlinked).
- home page: slider and boxes linking items with ``?ref=home`` (a tracking parameter; the same
  article, canonical only on MVC items), documents widget linking PDFs
  ``/docs/default-source/van-ban/<file>.pdf?sfvrsn=N`` (files), banners, album teaser.
- RSS ``/Feeds/tin-tuc`` (Sitefinity's feed: UTC ``pubDate`` with "Z"), announced in ``<head>``.
- non-articles: ``/gioi-thieu`` (group page: 302 to its first child) with three content pages,
  ``/lien-he`` (a Forms widget), ``/van-ban`` (document list, 2 pages) and document entries
  ``/van-ban/<name>`` (title, number, date, download link), ``/thu-vien-anh`` and two image
  albums, ``/lich-cong-tac`` (weekly work calendar), ``/tim-kiem`` (search page), and
  ``/Sitefinity`` (302 to the backend's sign-in page ``/Sitefinity/SignIn?ReturnUrl=%2fSitefinity``).
- chrome: header clock (TODAY), "Đăng nhập" link, search box built from ``data-sf-role`` inputs
  with "Tìm nhiều" keyword links, a mega menu, breadcrumb (MVC ``ol.breadcrumb``, classic
  ``div.sfBreadcrumbWrp``), "Tin mới nhất" with dates, "Văn bản mới", banners, visitor counter,
  footer with address, telephone and hotline.

Traps and hard cases: the work calendar's "« Tuần trước" / "Tuần sau »" links
(``/lich-cong-tac?tuan=N&nam=YYYY``) never end (any ISO week of years 1-9999 answers 200;
``tuan=51&nam=9999`` is the last); search
results (``/tim-kiem?searchQuery=…&indexCatalogue=tin-tuc-va-thong-bao&wordsMode=AllWords``) page
as ``/tim-kiem/page/N?…`` and print sort links (``&orderBy=Relevance|Newest|Oldest``), each a new
URL listing the same articles; ``?ref=home`` duplicates every article (classic items print no
canonical); ``/tin-tuc/page/1`` repeats ``/tin-tuc``; archive/category/tag filters multiply the
listings; one classic item has a Vietnamese URL name (Sitefinity keeps Unicode letters: hrefs are
printed raw, the gold path is the percent-encoded UTF-8 a browser asks for); classic pages are
titled with the page name, MVC pages carry the page name in an ``h2`` above the ``h3`` headline.
Text forms: one classic item's content is written with character references (RadEditor's
entity conversion, every second letter), one classic item is decomposed Unicode (NFD) in its
title and content; the rest is UTF-8 NFC.

Gold (by hand). Articles: the 13 news items. Category: the page the item lives under, as the
breadcrumb and the page banner name it ("Tin tức - Sự kiện", "Thông báo", "Khảo thí - Kiểm
định"); the taxonomy categories (sidebar filters, not printed on the item) are not the category.
Date: the "Đăng bởi … | date" line; MVC prints a time (ISO with +07:00), classic only a date; the
"Cập nhật:" line is not the publication date. Summary: the ``lead`` / ``sfnewsSummary`` text,
also the body's first paragraph; items without one have none. Authors: the signature in the
text when there is one ("Tin: Minh Thư - Ảnh: Văn Hải" → author Minh Thư, photographer Văn
Hải; "Bài và ảnh: X" and "Tin, ảnh: X" → X in both lists; the right-aligned line "Phòng Khảo thí
và Kiểm định chất lượng" is the signing unit → author), else the Author field printed after
"Đăng bởi" as printed, even a unit ("Phòng GDTrH", "Phòng GDMN-TH", "Văn phòng Sở"); on item 1
the field says "Văn phòng Sở" while the text signs "Tin: Minh Thư": the signature wins. Source:
"Nguồn: Bộ Giáo dục và Đào tạo" (no author). Body: the item's own paragraphs in order, list items
and bold sub-headings as paragraphs; captions, signature/source lines, tags, attachments and
widgets excluded; a paragraph with a link to an attachment keeps its words. Images: every
content image in order with its line as caption ("(Ảnh: Ngọc Trâm)" kept inside the caption as
printed), no line or a bare Zalo file name → None; the old-domain image keeps its absolute URL.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "sitefinity_sgddt"
PLATFORM = "sitefinity"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tây Ninh"
SHORT = "Sở GD&ĐT Tây Ninh"
ADDRESS = "Số 02 đường Nguyễn Cửu Vân, phường Long An, tỉnh Tây Ninh"
PHONE = "0272 3 826 145"
HOTLINE = "0913 826 145"
EMAIL = "sgddt@tayninh.gov.vn"
PKG = "/ResourcePackages/SgdTayNinh/assets/dist"
IMG = "/images/default-source"
TODAY_DATE = date(2026, 11, 25)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
INDEX = "tin-tuc-va-thong-bao"
SEARCH_PER_PAGE = 5
ACTIVE = ' class="active"'


@dataclass(frozen=True)
class Section:
    name: str
    widget: str  # "mvc" | "classic"
    per_page: int


SECTIONS: dict[str, Section] = {
    "tin-tuc": Section("Tin tức - Sự kiện", "mvc", 2),
    "thong-bao": Section("Thông báo", "classic", 3),
    "khao-thi": Section("Khảo thí - Kiểm định", "classic", 2),
}

#: taxonomy categories of the MVC page (sidebar filter; not printed on the items)
TAXA: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "giao-duc-mam-non": "Giáo dục mầm non",
    "giao-duc-trung-hoc": "Giáo dục trung học",
    "giao-duc-thuong-xuyen": "Giáo dục thường xuyên",
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "chuyển đổi số",
    "giao-duc-stem": "giáo dục STEM",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "hoc-ba-so": "học bạ số",
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
    "thi-tot-nghiep-thpt": "thi tốt nghiệp THPT",
}


def _sfvrsn(name: str) -> str:
    return hashlib.md5(name.encode()).hexdigest()[:8] + "_2"


def _pic(folder: str, name: str) -> str:
    return f"{IMG}/{folder}/{name}?sfvrsn={_sfvrsn(name)}"


_TT = "tin-tuc/2026/11"
_KT = "khao-thi"

# Story.opts: when (datetime), by (Author field, "" = none), updated (datetime, MVC), tax, tags,
# nfd, entities, uslug (URL name with Vietnamese letters), attach [(label, href, size)].
# P styles: "" paragraph, "li" list item, "h" bold sub-heading. Img styles: "em" (centred italic
# line; classic: after <br /> in the image's paragraph), "cap" (p.sfImageCaption), "none", "file"
# (the printed line is only a file name).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="nganh-giao-duc-tay-ninh-trien-khai-ke-hoach-chuyen-doi-so-nam-hoc-2026-2027",
        title="Ngành Giáo dục Tây Ninh triển khai Kế hoạch chuyển đổi số năm học 2026 - 2027",
        cat="tin-tuc",
        published_at="2026-11-24T15:40:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai Kế hoạch"
            " chuyển đổi số năm học 2026 - 2027 đến 96 điểm cầu là các trường THPT, trung tâm"
            " GDNN-GDTX và phòng văn hóa - xã hội các xã, phường trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, năm học 2025 - 2026, 100% cơ sở giáo dục phổ thông trên"
                " địa bàn tỉnh đã sử dụng cơ sở dữ liệu ngành; 98,7% trường học triển khai sổ điểm"
                " điện tử, học bạ số; 100% học sinh được cấp mã định danh và tài khoản định danh"
                " điện tử phục vụ tuyển sinh trực tuyến."
            ),
            Img(
                _pic(_TT, "hoi-nghi-chuyen-doi-so-1.jpg"),
                "Ông Trần Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                "Ông Trần Văn Hùng, Phó Giám đốc Sở GD&ĐT phát biểu tại hội nghị",
                "em",
            ),
            P(
                "Kế hoạch năm học 2026 - 2027 đặt mục tiêu hoàn thành việc số hóa hồ sơ, văn bản"
                " của 100% cơ sở giáo dục; triển khai thanh toán không dùng tiền mặt các khoản thu"
                " dịch vụ giáo dục; xây dựng kho học liệu số dùng chung của tỉnh với ít nhất 5.000"
                " bài giảng điện tử được thẩm định."
            ),
            P(
                "Phát biểu chỉ đạo, Phó Giám đốc Sở đề nghị thủ trưởng các đơn vị trực tiếp chỉ đạo"
                " công tác chuyển đổi số, phân công cán bộ phụ trách, rà soát hạ tầng mạng, thiết"
                " bị; đồng thời bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh"
                " trong quá trình sử dụng các phần mềm quản lý."
            ),
            Img(
                _pic(_TT, "hoi-nghi-chuyen-doi-so-2.jpg"),
                "Đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "em",
            ),
            P(
                "Tại hội nghị, đại diện Trường THPT Trần Phú và Phòng Văn hóa - Xã hội phường Tân"
                " Ninh đã chia sẻ kinh nghiệm triển khai học bạ số và ứng dụng trí tuệ nhân tạo hỗ"
                " trợ giáo viên soạn bài."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Minh Thư - Ảnh: Văn Hải</strong></p>'),
        ],
        authors=["Minh Thư"],
        photographers=["Văn Hải"],
        opts={
            "when": datetime(2026, 11, 24, 15, 40),
            "by": "Văn phòng Sở",
            "tax": "hoat-dong-nganh",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=2,
        slug="truong-thpt-chuyen-hoang-le-kha-to-chuc-ngay-hoi-stem-nam-2026",
        title="Trường THPT chuyên Hoàng Lê Kha tổ chức Ngày hội STEM năm 2026",
        cat="tin-tuc",
        published_at="2026-11-20T09:15:00+07:00",
        blocks=[
            P(
                "Sáng 19/11, Trường THPT chuyên Hoàng Lê Kha tổ chức Ngày hội STEM năm 2026 với chủ"
                " đề “Sáng tạo vì cộng đồng”. Tham gia ngày hội có hơn 1.200 học sinh của trường"
                " cùng học sinh một số trường THCS trên địa bàn phường Tân Ninh."
            ),
            Img(
                _pic(_TT, "ngay-hoi-stem-hlk-1.jpg"),
                "Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động cho vườn rau (Ảnh: Ngọc Trâm)",
                "Học sinh giới thiệu mô hình hệ thống tưới tiêu tự động cho vườn rau (Ảnh: Ngọc Trâm)",
                "em",
            ),
            P(
                "Ngày hội gồm 32 gian trưng bày sản phẩm STEM do các lớp thực hiện, như: robot phân"
                " loại rác, mô hình nhà thông minh, máy lọc nước mini dùng năng lượng mặt trời, ứng"
                " dụng nhắc lịch học trên điện thoại. Bên cạnh đó là các hoạt động trải nghiệm lắp"
                " ráp mạch điện, lập trình robot và thi giải nhanh các thử thách khoa học."
            ),
            Img(_pic(_TT, "ngay-hoi-stem-hlk-2.jpg"), None, None, "none"),
            P(
                "Theo thầy Nguyễn Minh Tâm, Hiệu trưởng nhà trường, ngày hội là dịp để học sinh vận"
                " dụng kiến thức liên môn vào giải quyết các vấn đề thực tiễn, qua đó phát triển"
                " năng lực tự học, làm việc nhóm và tư duy sáng tạo."
            ),
            Img(
                _pic(_TT, "z6042317745128-5b0f9d8e2c1a7f3e6d4b.jpg"),
                "z6042317745128_5b0f9d8e2c1a7f3e6d4b2a9c8e7f6a5b.jpg",
                None,
                "file",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 5 giải nhất, 8 giải nhì và 12 giải ba cho các"
                " sản phẩm xuất sắc; một số sản phẩm sẽ được lựa chọn tham dự Cuộc thi khoa học, kỹ"
                " thuật cấp tỉnh dành cho học sinh trung học."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Bài và ảnh: Ngọc Trâm</strong></em></p>'
            ),
        ],
        authors=["Ngọc Trâm"],
        photographers=["Ngọc Trâm"],
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "by": "Ngọc Trâm",
            "tax": "giao-duc-trung-hoc",
            "tags": ["giao-duc-stem"],
        },
    ),
    Story(
        id=3,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-tinh-tay-ninh-nam-hoc-2026-2027",
        title=(
            "Khai mạc Hội thi giáo viên dạy giỏi cấp học mầm non tỉnh Tây Ninh"
            " năm học 2026 - 2027"
        ),
        cat="tin-tuc",
        published_at="2026-11-17T14:00:00+07:00",
        summary=(
            "Sáng 17/11, tại Trường Mầm non Hoa Sen (phường Long An), Sở Giáo dục và Đào tạo khai"
            " mạc Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia hội thi có 124 giáo viên đến từ các trường mầm non, mẫu giáo công lập và"
                " ngoài công lập trên địa bàn tỉnh. Mỗi giáo viên thực hiện hai phần thi: trình bày"
                " biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và tổ chức một hoạt động giáo"
                " dục trẻ tại lớp."
            ),
            Img(
                _pic(_TT, "gvdg-mam-non-2026.jpg"),
                "Giáo viên tổ chức hoạt động khám phá khoa học cho trẻ 5 - 6 tuổi",
                "Giáo viên tổ chức hoạt động khám phá khoa học cho trẻ 5 - 6 tuổi",
                "em",
            ),
            P(
                "Phát biểu khai mạc, bà Lê Thị Thu Hằng, Phó Giám đốc Sở GD&ĐT nhấn mạnh hội thi là"
                " dịp để giáo viên học hỏi, chia sẻ kinh nghiệm, đổi mới hình thức tổ chức hoạt"
                " động theo hướng lấy trẻ làm trung tâm, đồng thời phát hiện, bồi dưỡng những giáo"
                " viên có năng lực chuyên môn vững vàng."
            ),
            P(
                "Hội thi diễn ra đến hết ngày 21/11/2026, chia thành 6 cụm thi tại các trường mầm"
                " non trên địa bàn tỉnh."
            ),
        ],
        authors=["Phòng GDMN-TH"],
        opts={
            "when": datetime(2026, 11, 17, 14, 0),
            "by": "Phòng GDMN-TH",
            "tax": "giao-duc-mam-non",
            "tags": ["giao-vien-day-gioi"],
        },
    ),
    Story(
        id=4,
        slug="100-truong-thcs-thpt-tren-dia-ban-tinh-trien-khai-hoc-ba-so",
        title="100% trường THCS, THPT trên địa bàn tỉnh triển khai học bạ số",
        cat="tin-tuc",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Từ học kỳ I năm học 2026 - 2027, toàn bộ các trường THCS, THPT trên địa bàn tỉnh Tây"
            " Ninh đã chuyển sang sử dụng học bạ số thay cho học bạ giấy, theo lộ trình của Bộ"
            " Giáo dục và Đào tạo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Phòng Giáo dục Trung học, hiện có 312 trường THCS và 58 trường THPT đã hoàn"
                " thành việc ký số kết quả học tập, rèn luyện của học sinh năm học 2025 - 2026 và"
                " kết nối dữ liệu học bạ số với cơ sở dữ liệu ngành. Cha mẹ học sinh có thể tra cứu"
                " học bạ của con qua ứng dụng trên điện thoại."
            ),
            Img(
                _pic(_TT, "hoc-ba-so-thcs-nvt.jpg"),
                "Giáo viên Trường THCS Nguyễn Văn Trỗi ký số học bạ cho học sinh",
                "Giáo viên Trường THCS Nguyễn Văn Trỗi ký số học bạ cho học sinh",
                "em",
            ),
            P(
                "Để triển khai hiệu quả, Sở đã tổ chức tập huấn cho hơn 2.500 cán bộ quản lý, giáo"
                " viên chủ nhiệm và nhân viên văn thư; cấp chứng thư số cho hiệu trưởng và giáo"
                " viên; đồng thời ban hành quy trình lập, ký, lưu trữ học bạ số áp dụng thống nhất"
                " trong toàn tỉnh."
            ),
            P(
                "Trong quá trình thực hiện, các đơn vị gặp một số khó khăn như đường truyền chưa ổn"
                " định ở một số điểm trường, giáo viên lớn tuổi còn lúng túng khi sử dụng chữ ký số."
                " Sở đề nghị các trường tiếp tục rà soát, khắc phục và báo cáo kết quả trước ngày"
                " 15/12/2026."
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 12, 8, 30),
            "by": "Phòng GDTrH",
            "updated": datetime(2026, 11, 14, 10, 5),
            "tax": "giao-duc-trung-hoc",
            "tags": ["chuyen-doi-so", "hoc-ba-so"],
        },
    ),
    Story(
        id=5,
        slug="be-mac-hoi-khoe-phu-dong-tinh-tay-ninh-lan-thu-i-nam-2026",
        title="Bế mạc Hội khỏe Phù Đổng tỉnh Tây Ninh lần thứ I năm 2026",
        cat="tin-tuc",
        published_at="2026-11-05T16:20:00+07:00",
        summary=(
            "Chiều 05/11, tại Nhà thi đấu đa năng tỉnh, Ban tổ chức Hội khỏe Phù Đổng tỉnh Tây"
            " Ninh lần thứ I năm 2026 tổ chức lễ bế mạc và trao giải toàn đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 10 ngày tranh tài sôi nổi, hội khỏe đã thu hút hơn 3.600 vận động viên là học"
                " sinh tiểu học, THCS và THPT đến từ 96 xã, phường tham gia tranh tài ở 12 môn thi"
                " đấu: điền kinh, bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ"
                " truyền, vovinam, taekwondo, đá cầu và kéo co."
            ),
            Img(
                _pic(_TT, "be-mac-hkpd-1.jpg"),
                "Lãnh đạo UBND tỉnh trao cờ giải nhất toàn đoàn cho đoàn phường Long An",
                "Lãnh đạo UBND tỉnh trao cờ giải nhất toàn đoàn cho đoàn phường Long An",
                "em",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 285 huy chương vàng, 284 huy chương bạc và 412 huy"
                " chương đồng; có 7 kỷ lục của hội khỏe được phá ở môn điền kinh và bơi lội. Đoàn"
                " phường Long An xếp nhất toàn đoàn, đoàn phường Tân Ninh xếp nhì, đoàn phường Kiến"
                " Tường xếp ba."
            ),
            Img(
                "http://sgdtayninh.edu.vn/images/default-source/tin-tuc/2026/11/be-mac-hkpd-2.jpg"
                "?sfvrsn=2",
                "Nội dung thi kéo co thu hút đông đảo học sinh cổ vũ",
                "Nội dung thi kéo co thu hút đông đảo học sinh cổ vũ",
                "em",
            ),
            P(
                "Thông qua hội khỏe, Ban tổ chức lựa chọn được những vận động viên có thành tích"
                " xuất sắc để thành lập đội tuyển tham dự Hội khỏe Phù Đổng toàn quốc lần thứ XI"
                " năm 2028."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Thanh Phong</strong></p>'
                '<p style="text-align: right;"><strong>Ảnh: Hoàng Nam</strong></p>'
            ),
        ],
        authors=["Thanh Phong"],
        photographers=["Hoàng Nam"],
        opts={
            "when": datetime(2026, 11, 5, 16, 20),
            "by": "Văn phòng Sở",
            "tax": "hoat-dong-nganh",
            "tags": ["hoi-khoe-phu-dong"],
        },
    ),
    Story(
        id=6,
        slug="bo-gd-dt-huong-dan-on-tap-cho-hoc-sinh-lop-12-chuan-bi-ky-thi-tot-nghiep-thpt-nam-2027",
        title=(
            "Bộ GD&ĐT hướng dẫn ôn tập cho học sinh lớp 12 chuẩn bị Kỳ thi tốt nghiệp THPT"
            " năm 2027"
        ),
        cat="tin-tuc",
        published_at="2026-10-28T10:00:00+07:00",
        summary=(
            "Bộ Giáo dục và Đào tạo vừa có văn bản hướng dẫn các sở giáo dục và đào tạo tổ chức"
            " ôn tập cho học sinh lớp 12, bảo đảm chuẩn bị tốt nhất cho Kỳ thi tốt nghiệp THPT"
            " năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo hướng dẫn, việc ôn tập được thực hiện trên cơ sở tự nguyện của học sinh, không"
                " thu tiền, không gây áp lực. Các trường chủ động xây dựng kế hoạch ôn tập phù hợp"
                " với thực tế, bảo đảm các yêu cầu sau:"
            ),
            P(
                "Bám sát yêu cầu cần đạt của Chương trình giáo dục phổ thông 2018, không dạy trước,"
                " dạy vượt chương trình;",
                "li",
            ),
            P(
                "Phân loại học sinh theo năng lực để có nội dung, phương pháp ôn tập phù hợp, quan"
                " tâm học sinh có học lực yếu;",
                "li",
            ),
            P(
                "Tăng cường hướng dẫn học sinh tự học, sử dụng học liệu số và các đề tham khảo do"
                " Bộ công bố;",
                "li",
            ),
            P(
                "Bố trí thời gian ôn tập hợp lý, không quá 4 buổi mỗi tuần, bảo đảm thời gian nghỉ"
                " ngơi cho học sinh.",
                "li",
            ),
            P(
                "Bộ cũng lưu ý các sở chỉ đạo tăng cường công tác tư vấn hướng nghiệp, giúp học sinh"
                " lựa chọn môn thi, tổ hợp xét tuyển phù hợp với năng lực và nguyện vọng."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Bộ Giáo dục và Đào tạo</em></p>'),
        ],
        source="Bộ Giáo dục và Đào tạo",
        opts={
            "when": datetime(2026, 10, 28, 10, 0),
            "by": "",
            "tax": "giao-duc-trung-hoc",
            "tags": ["thi-tot-nghiep-thpt"],
        },
    ),
    Story(
        id=7,
        slug="thong-bao-tuyen-dung-vien-chuc-su-nghiep-giao-duc-nam-2026-dot-2",
        title="Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-23",
        summary=(
            "Sở Giáo dục và Đào tạo tỉnh Tây Ninh thông báo tuyển dụng viên chức sự nghiệp giáo"
            " dục năm 2026 (đợt 2) vào làm việc tại các trường THPT, trung tâm GDNN-GDTX trực"
            " thuộc Sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tổng chỉ tiêu tuyển dụng: 146 chỉ tiêu, trong đó giáo viên THPT 118 chỉ tiêu, giáo"
                " viên trung tâm GDNN-GDTX 21 chỉ tiêu, nhân viên thư viện, thiết bị 7 chỉ tiêu."
            ),
            P("1. Điều kiện đăng ký dự tuyển", "h"),
            P(
                "Người đăng ký dự tuyển phải có đủ các điều kiện theo quy định tại Điều 22 Luật Viên"
                " chức; có trình độ chuẩn được đào tạo của chức danh nghề nghiệp giáo viên theo quy"
                " định của Luật Giáo dục."
            ),
            P("2. Thời gian, địa điểm nhận phiếu đăng ký dự tuyển", "h"),
            P(
                "Thời gian nhận phiếu: từ ngày 24/11/2026 đến hết ngày 23/12/2026, trong giờ hành"
                " chính các ngày làm việc. Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo,"
                " số 02 đường Nguyễn Cửu Vân, phường Long An, tỉnh Tây Ninh."
            ),
            P(
                "Chi tiết chỉ tiêu và mẫu phiếu đăng ký xem tại Thông báo số 2150/TB-SGDĐT đính kèm.",
                "a|/docs/default-source/van-ban/thong-bao-2150-tb-sgddt.pdf?sfvrsn=2"
                "|Thông báo số 2150/TB-SGDĐT",
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 7, 45),
            "by": "",
            "attach": [
                (
                    "Thông báo số 2150/TB-SGDĐT",
                    "/docs/default-source/van-ban/thong-bao-2150-tb-sgddt.pdf?sfvrsn=2",
                    "312 KB",
                )
            ],
        },
    ),
    Story(
        id=8,
        slug="thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-tinh-nam-2026",
        title="Thông báo kết quả xét công nhận sáng kiến cấp tỉnh năm 2026",
        cat="thong-bao",
        published_at="2026-11-19",
        blocks=[
            P(
                "Căn cứ kết quả họp Hội đồng sáng kiến cấp tỉnh ngày 12/11/2026, Sở Giáo dục và Đào"
                " tạo thông báo danh sách 87 sáng kiến của cán bộ quản lý, giáo viên, nhân viên"
                " ngành giáo dục được công nhận có phạm vi ảnh hưởng, hiệu quả áp dụng cấp tỉnh năm"
                " 2026."
            ),
            P(
                "Trong đó, lĩnh vực giáo dục mầm non có 18 sáng kiến, giáo dục tiểu học 23 sáng"
                " kiến, giáo dục trung học 39 sáng kiến và lĩnh vực quản lý giáo dục 7 sáng kiến."
            ),
            P(
                "Các đơn vị có cán bộ, giáo viên được công nhận sáng kiến liên hệ Văn phòng Sở để"
                " nhận giấy chứng nhận từ ngày 01/12/2026. Danh sách chi tiết được đăng tải tại mục"
                " Văn bản của Cổng thông tin điện tử Sở."
            ),
        ],
        opts={"when": datetime(2026, 11, 19, 14, 10), "by": "", "entities": 2},
    ),
    Story(
        id=9,
        slug="thông-báo-lịch-nghỉ-tết-nguyên-đán-đinh-mùi-năm-2027",
        title="Thông báo lịch nghỉ Tết Nguyên đán Đinh Mùi năm 2027",
        cat="thong-bao",
        published_at="2026-11-09",
        blocks=[
            P(
                "Thực hiện Quyết định của UBND tỉnh về kế hoạch thời gian năm học 2026 - 2027, Sở"
                " Giáo dục và Đào tạo thông báo lịch nghỉ Tết Nguyên đán Đinh Mùi năm 2027 đối với"
                " cán bộ, giáo viên, học sinh như sau:"
            ),
            P(
                "Giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên: nghỉ từ thứ Hai, ngày"
                " 01/02/2027 đến hết Chủ nhật, ngày 14/02/2027;",
                "li",
            ),
            P(
                "Cán bộ, công chức, viên chức cơ quan Sở: thực hiện theo thông báo của UBND tỉnh về"
                " lịch nghỉ Tết đối với cán bộ, công chức, viên chức.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị bố trí lịch trực, bảo đảm an toàn tài sản, phòng chống cháy"
                " nổ trong thời gian nghỉ Tết; tuyên truyền, nhắc nhở học sinh chấp hành quy định về"
                " an toàn giao thông, không sử dụng pháo nổ."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 9, 9, 0),
            "by": "Văn phòng Sở",
            "nfd": True,
            "uslug": True,
        },
    ),
    Story(
        id=10,
        slug="thong-bao-tiep-nhan-ho-so-de-nghi-cong-nhan-truong-dat-chuan-quoc-gia-nam-2027",
        title="Thông báo tiếp nhận hồ sơ đề nghị công nhận trường đạt chuẩn quốc gia năm 2027",
        cat="thong-bao",
        published_at="2026-10-30",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ đề nghị kiểm tra, công nhận trường"
                " đạt chuẩn quốc gia năm 2027 đối với các trường mầm non, tiểu học, THCS, THPT và"
                " trường phổ thông có nhiều cấp học trên địa bàn tỉnh."
            ),
            P(
                "Hồ sơ gửi qua hệ thống dịch vụ công trực tuyến của tỉnh hoặc nộp trực tiếp tại Trung"
                " tâm Phục vụ hành chính công tỉnh trước ngày 31/3/2027. Các trường tự đánh giá theo"
                " tiêu chuẩn quy định, hoàn thiện báo cáo tự đánh giá và đề nghị đánh giá ngoài"
                " trước khi nộp hồ sơ."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Khảo thí và Kiểm định chất lượng, điện thoại"
                " 0272 3 826 147."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 30, 15, 0),
            "by": "",
            "attach": [
                (
                    "Hướng dẫn số 1987/HD-SGDĐT",
                    "/docs/default-source/van-ban/huong-dan-1987-hd-sgddt.pdf?sfvrsn=4",
                    "205 KB",
                )
            ],
        },
    ),
    Story(
        id=11,
        slug="huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="khao-thi",
        published_at="2026-11-21",
        summary=(
            "Sở Giáo dục và Đào tạo hướng dẫn các trường trung học tổ chức kiểm tra, đánh giá cuối"
            " học kỳ I năm học 2026 - 2027 bảo đảm nghiêm túc, khách quan, đúng quy định."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thời gian kiểm tra cuối học kỳ I: từ ngày 21/12/2026 đến ngày 09/01/2027. Các trường"
                " chủ động xây dựng lịch kiểm tra, ra đề theo ma trận và bản đặc tả, bảo đảm đánh"
                " giá đúng mức độ đạt được yêu cầu cần đạt của chương trình."
            ),
            P("Một số lưu ý khi tổ chức kiểm tra:"),
            P(
                "Đề kiểm tra các môn đánh giá bằng điểm số có thời gian làm bài từ 60 đến 90 phút,"
                " kết hợp câu hỏi trắc nghiệm và tự luận;",
                "li",
            ),
            P(
                "Lớp 12 kiểm tra chung đề do Sở ra đối với các môn Toán, Ngữ văn, Tiếng Anh, tổ chức"
                " cùng ngày 05/01/2027;",
                "li",
            ),
            P("Chấm bài, nhập điểm vào sổ điểm điện tử chậm nhất 7 ngày sau khi kiểm tra.", "li"),
            P(
                "Các trường báo cáo kết quả kiểm tra cuối học kỳ I về Sở trước ngày 20/01/2027 qua"
                " hệ thống quản lý văn bản và điều hành."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Khảo thí và Kiểm định chất lượng'
                "</strong></p>"
            ),
        ],
        authors=["Phòng Khảo thí và Kiểm định chất lượng"],
        opts={"when": datetime(2026, 11, 21, 10, 30), "by": ""},
    ),
    Story(
        id=12,
        slug="danh-gia-ngoai-truong-thcs-le-quy-don-dat-kiem-dinh-chat-luong-giao-duc-cap-do-3",
        title="Đánh giá ngoài Trường THCS Lê Quý Đôn đạt kiểm định chất lượng giáo dục cấp độ 3",
        cat="khao-thi",
        published_at="2026-11-14",
        blocks=[
            P(
                "Từ ngày 10 đến 13/11/2026, Đoàn đánh giá ngoài của Sở Giáo dục và Đào tạo đã làm"
                " việc tại Trường THCS Lê Quý Đôn (phường Tân An) để đánh giá mức độ đạt tiêu chuẩn"
                " kiểm định chất lượng giáo dục và chuẩn quốc gia của nhà trường."
            ),
            Img(
                _pic(_KT, "danh-gia-ngoai-lqd-1.jpg"),
                "Đoàn đánh giá ngoài làm việc với Ban giám hiệu nhà trường",
                "Đoàn đánh giá ngoài làm việc với Ban giám hiệu nhà trường",
                "cap",
            ),
            P(
                "Đoàn đã nghiên cứu hồ sơ, phỏng vấn cán bộ quản lý, giáo viên, nhân viên, học sinh"
                " và cha mẹ học sinh; dự giờ 12 tiết dạy; khảo sát cơ sở vật chất, thư viện, phòng"
                " học bộ môn. Qua đánh giá, nhà trường đạt 5/5 tiêu chuẩn với 28/28 tiêu chí mức 3."
            ),
            Img(_pic(_KT, "danh-gia-ngoai-lqd-2.jpg"), None, None, "none"),
            Img(
                _pic(_KT, "danh-gia-ngoai-lqd-3.jpg"),
                "Thành viên đoàn dự giờ tiết Khoa học tự nhiên lớp 8",
                "Thành viên đoàn dự giờ tiết Khoa học tự nhiên lớp 8",
                "cap",
            ),
            P(
                "Đoàn đề nghị nhà trường tiếp tục đầu tư phòng học bộ môn Tin học, Ngoại ngữ; tăng"
                " cường ứng dụng công nghệ thông tin trong dạy học và quản lý; duy trì bền vững các"
                " tiêu chuẩn đã đạt."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Hoàng Vũ</strong></p>'),
        ],
        authors=["Lê Hoàng Vũ"],
        photographers=["Lê Hoàng Vũ"],
        opts={"when": datetime(2026, 11, 14, 16, 0), "by": ""},
    ),
    Story(
        id=13,
        slug="tap-huan-bien-soan-de-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-nang-luc",
        title="Tập huấn biên soạn đề kiểm tra, đánh giá theo định hướng phát triển năng lực",
        cat="khao-thi",
        published_at="2026-11-03",
        summary=(
            "Ngày 31/10 và 01/11/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn kỹ thuật biên soạn"
            " đề kiểm tra, đánh giá theo định hướng phát triển năng lực cho 420 giáo viên cốt cán"
            " cấp THCS và THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn quy trình xây dựng ma trận, bản đặc tả đề"
                " kiểm tra; kỹ thuật viết câu hỏi trắc nghiệm nhiều lựa chọn, câu hỏi đúng - sai,"
                " câu hỏi trả lời ngắn theo định dạng đề thi tốt nghiệp THPT từ năm 2025; cách phân"
                " tích, đánh giá chất lượng câu hỏi sau khi sử dụng."
            ),
            Img(
                _pic(_KT, "tap-huan-ra-de-2026.jpg"),
                "Quang cảnh buổi tập huấn tại Trường THPT Tân An",
                "Quang cảnh buổi tập huấn tại Trường THPT Tân An",
                "em",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán biên soạn ít nhất 30 câu hỏi theo môn học để bổ"
                " sung vào ngân hàng câu hỏi của tỉnh; đồng thời có trách nhiệm tập huấn lại cho"
                " giáo viên bộ môn tại đơn vị trước ngày 30/11/2026."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Phòng Khảo thí và Kiểm định chất lượng'
                "</strong></em></p>"
            ),
        ],
        authors=["Phòng Khảo thí và Kiểm định chất lượng"],
        opts={"when": datetime(2026, 11, 3, 8, 0), "by": ""},
    ),
]

_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
_BY_ID = {s.id: s for s in STORIES}


def in_section(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def article_path(s: Story) -> str:
    """The path a browser asks for (a Vietnamese URL name percent-encoded)."""
    return f"/{s.cat}/{s.opts['when']:%Y/%m/%d}/{quote(s.slug)}"


def _href(s: Story, ref: bool = False) -> str:
    """The href Sitefinity prints: the URL name as stored (raw Unicode letters)."""
    return f"/{s.cat}/{s.opts['when']:%Y/%m/%d}/{s.slug}" + ("?ref=home" if ref else "")


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- documents, albums, static pages ------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    name: str
    number: str
    title: str
    issued: date
    file: str
    size: str


DOC_FOLDER = "/docs/default-source/van-ban"
DOCS: list[Doc] = [
    Doc("thong-bao-2150-tb-sgddt", "2150/TB-SGDĐT", "Thông báo tuyển dụng viên chức sự nghiệp"
        " giáo dục năm 2026 (đợt 2)", date(2026, 11, 23), "thong-bao-2150-tb-sgddt.pdf?sfvrsn=2",
        "312 KB"),
    Doc("ke-hoach-123-kh-sgddt", "123/KH-SGDĐT", "Kế hoạch chuyển đổi số ngành Giáo dục năm học"
        " 2026 - 2027", date(2026, 11, 20), "ke-hoach-123.pdf?sfvrsn=2", "486 KB"),
    Doc("cong-van-2088-sgddt-gdtrh", "2088/SGDĐT-GDTrH", "Hướng dẫn kiểm tra cuối học kỳ I năm"
        " học 2026 - 2027", date(2026, 11, 18), "cong-van-2088-sgddt-gdtrh.pdf?sfvrsn=3",
        "198 KB"),
    Doc("quyet-dinh-845-qd-sgddt", "845/QĐ-SGDĐT", "Quyết định công nhận sáng kiến cấp tỉnh năm"
        " 2026", date(2026, 11, 16), "quyet-dinh-845-qd-sgddt.pdf?sfvrsn=2", "1.204 KB"),
    Doc("huong-dan-1987-hd-sgddt", "1987/HD-SGDĐT", "Hướng dẫn hồ sơ công nhận trường đạt chuẩn"
        " quốc gia", date(2026, 10, 29), "huong-dan-1987-hd-sgddt.pdf?sfvrsn=4", "205 KB"),
    Doc("ke-hoach-98-kh-sgddt", "98/KH-SGDĐT", "Kế hoạch tổ chức Hội khỏe Phù Đổng tỉnh Tây Ninh"
        " lần thứ I năm 2026", date(2026, 9, 8), "ke-hoach-98-kh-sgddt.pdf?sfvrsn=2", "356 KB"),
    Doc("quyet-dinh-612-qd-ubnd", "612/QĐ-UBND", "Quyết định ban hành kế hoạch thời gian năm học"
        " 2026 - 2027", date(2026, 8, 12), "quyet-dinh-612-qd-ubnd.pdf?sfvrsn=2", "242 KB"),
]  # fmt: skip
DOCS_PER_PAGE = 5
_DOC_BY_NAME = {d.name: d for d in DOCS}

ALBUMS: dict[str, tuple[str, list[str]]] = {
    "album-le-khai-giang": (
        "Lễ khai giảng năm học 2026 - 2027",
        [
            "Học sinh lớp 1 Trường Tiểu học Long An nhận quà ngày khai giảng",
            "Lãnh đạo tỉnh đánh trống khai giảng tại Trường THPT chuyên Hoàng Lê Kha",
            "Màn đồng diễn chào năm học mới",
            "Thầy trò Trường THCS Nguyễn Văn Trỗi trong ngày tựu trường",
        ],
    ),
    "album-hoi-khoe-phu-dong": (
        "Hội khỏe Phù Đổng tỉnh Tây Ninh lần thứ I năm 2026",
        [
            "Lễ khai mạc Hội khỏe Phù Đổng",
            "Nội dung chạy 100 m nữ khối THPT",
            "Thi đấu bóng chuyền nam khối THCS",
        ],
    ),
}

PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tây Ninh, có"
            " chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào"
            " tạo trên địa bàn tỉnh.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý"
            " về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ"
            " đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Nhiệm vụ, quyền hạn của Sở thực hiện theo Thông tư hướng dẫn của Bộ Giáo dục và Đào tạo"
            " và Quyết định của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ"
            " cấu tổ chức của Sở.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng"
            " Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Giáo dục Tiểu học; Phòng Giáo dục"
            " Trung học; Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên; Phòng Khảo thí và"
            " Kiểm định chất lượng.",
            "Các đơn vị sự nghiệp trực thuộc: các trường THPT, trường phổ thông dân tộc nội trú,"
            " trường chuyên biệt và các trung tâm GDNN-GDTX.",
        ],
    ),
    "/gioi-thieu/lanh-dao-so": (
        "Lãnh đạo Sở",
        [
            "Giám đốc: ông Nguyễn Văn Phúc. Điện thoại: 0272 3 826 140.",
            "Phó Giám đốc: ông Trần Văn Hùng. Điện thoại: 0272 3 826 141.",
            "Phó Giám đốc: bà Lê Thị Thu Hằng. Điện thoại: 0272 3 826 142.",
        ],
    ),
}

POPULAR = ["tuyển sinh lớp 10", "học bạ số", "chuyển đổi số"]
SORTS = ("Relevance", "Newest", "Oldest")


def search_path(query: str, order: str = "", page: int = 1) -> str:
    base = "/tim-kiem" + (f"/page/{page}" if page > 1 else "")
    q = f"?searchQuery={quote_plus(query)}&indexCatalogue={INDEX}&wordsMode=AllWords"
    return base + q + (f"&orderBy={order}" if order else "")


THIS_WEEK = TODAY_DATE.isocalendar()[:2]  # (2026, 48)


def week_path(year: int, week: int) -> str:
    return f"/lich-cong-tac?tuan={week}&nam={year}"


def _shift_week(year: int, week: int, delta: int) -> tuple[int, int] | None:
    try:
        monday = date.fromisocalendar(year, week, 1) + timedelta(weeks=delta)
        monday + timedelta(days=6)  # the week's Sunday must be a date too
    except (ValueError, OverflowError):
        return None
    y, w, _ = monday.isocalendar()
    return (y, w)


# --- listings ------------------------------------------------------------------------------------


def _tin_tuc_filter(kind: str, value: str) -> list[Story]:
    items = in_section("tin-tuc")
    if kind == "category":
        return [s for s in items if s.opts.get("tax") == value]
    if kind == "tag":
        return [s for s in items if value in s.opts.get("tags", [])]
    return items


def _months() -> list[tuple[int, int, int]]:
    out: dict[tuple[int, int], int] = {}
    for s in in_section("tin-tuc"):
        key = (s.opts["when"].year, s.opts["when"].month)
        out[key] = out.get(key, 0) + 1
    return [(y, m, n) for (y, m), n in sorted(out.items(), reverse=True)]


def _listing_targets() -> list[str]:
    out: list[str] = []
    for cat, sec in SECTIONS.items():
        n = _pages(len(in_section(cat)), sec.per_page)
        out.append(f"/{cat}")
        if n > 1:  # the MVC pager links page 1 as /page/1, the classic one as the page itself
            out += [f"/{cat}/page/{p}" for p in range(1 if sec.widget == "mvc" else 2, n + 1)]
    per = SECTIONS["tin-tuc"].per_page
    filters = [(f"/tin-tuc/-in-category/categories/{k}", len(_tin_tuc_filter("category", k)))
               for k in TAXA]
    filters += [(f"/tin-tuc/-in-tags/tags/{k}", len(_tin_tuc_filter("tag", k))) for k in TAGS]
    filters += [(f"/tin-tuc/{y}/{m:02d}", count) for y, m, count in _months()]
    for base, count in filters:
        n = _pages(count, per)
        out += [base] + ([f"{base}/page/{p}" for p in range(1, n + 1)] if n > 1 else [])
    return out


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s, article_path(s), SECTIONS[s.cat].name, alt_paths=[article_path(s) + "?ref=home"]
    )
    for s in _LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    *_listing_targets(),
    *PAGES,
    "/lien-he",
    "/van-ban",
    "/van-ban/page/2",
    *(f"/van-ban/{d.name}" for d in DOCS),
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
    "/lich-cong-tac",
    "/tim-kiem",
    "/Sitefinity/SignIn?ReturnUrl=%2fSitefinity",
]


# --------------------------------------------------------------------------- rendering


def _t(value: str, s: Story | None = None) -> str:
    if s is None:
        return text(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _guid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _long_date(d: date | datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def _thumb(s: Story) -> str:
    if not s.images or not s.images[0].src.startswith("/"):
        return f"{PKG}/images/no-image.png"
    src = s.images[0].src
    sig = hashlib.sha1(src.encode()).hexdigest()[:32].upper()
    return (
        f"{src}&amp;MaxWidth=240&amp;MaxHeight=160&amp;ScaleUp=false&amp;Quality=High"
        f"&amp;Method=CropCropArguments&amp;Signature={sig}"
    )


def _img_tag(img: Img) -> str:
    stem = img.src.split("?", 1)[0].rsplit("/", 1)[1].rsplit(".", 1)[0]
    return (
        f'<img src="{esc(img.src)}" data-displaymode="Original" alt="{esc(stem)}"'
        f' title="{esc(stem)}" sfref="[images%7COpenAccessDataProvider]{_guid(img.src)}" />'
    )


def _content(s: Story, mvc: bool) -> str:
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    para = '<p style="text-align: justify;">' if mvc else "<p>"
    for block in s.blocks:
        if isinstance(block, P) and block.style == "li":
            items.append(f"<li>{_t(block.text, s)}</li>")
            continue
        flush()
        if isinstance(block, P):
            if block.style == "h":
                out.append(f"<p><strong>{_t(block.text, s)}</strong></p>")
            elif block.style.startswith("a|"):
                _, href, phrase = block.style.split("|", 2)
                words = _t(block.text, s).replace(
                    _t(phrase, s), f'<a href="{esc(href)}">{_t(phrase, s)}</a>'
                )
                out.append(f"{para}{words}</p>")
            else:
                out.append(f"{para}{_t(block.text, s)}</p>")
        elif isinstance(block, Img):
            tag = _img_tag(block)
            line = _t(block.printed, s) if block.printed else ""
            if block.style == "cap":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p class="sfImageCaption">{line}</p>')
            elif block.style in ("em", "file") and not mvc:
                out.append(f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>')
            elif block.style in ("em", "file"):
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        else:
            out.append(block.html)
    flush()
    return "\n".join(out)


def _share(url: str) -> str:
    u = quote(url, safe="")
    return (
        '<div class="sgd-share"><span>Chia sẻ:</span><ul class="list-inline sf-social-share">'
        f'<li><a class="s-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}"'
        ' target="_blank" title="Facebook">Facebook</a></li>'
        f'<li><a class="s-zalo" href="https://sp.zalo.me/share_inline?d={u}" target="_blank"'
        ' title="Zalo">Zalo</a></li>'
        f'<li><a class="s-twitter" href="https://twitter.com/intent/tweet?url={u}"'
        ' target="_blank" title="Twitter">Twitter</a></li>'
        f'<li><a class="s-mail" href="mailto:?subject=Chia%20s%E1%BA%BB&amp;body={u}"'
        ' title="Email">Email</a></li></ul></div>'
    )


def _others_mvc(s: Story) -> str:
    rows = "".join(
        f'<li><a href="{esc(_href(o))}">{_t(o.title, o)}</a>'
        f' <span class="text-muted">({_dmy(o.opts["when"])})</span></li>'
        for o in [o for o in in_section(s.cat) if o.id != s.id][:4]
    )
    return (
        '<div class="sgd-other-news"><h4 class="sgd-box-title">Tin khác</h4>'
        f'<ul class="list-unstyled">{rows}</ul></div>'
    )


def _detail_mvc(s: Story, base: str) -> str:
    when = s.opts["when"]
    by = s.opts.get("by", "")
    meta = (f"Đăng bởi: {esc(by)} | " if by else "") + f"{when:%d/%m/%Y %H:%M}"
    updated = ""
    if up := s.opts.get("updated"):
        updated = f'<div class="text-muted sgd-news-updated">Cập nhật: {up:%d/%m/%Y %H:%M}</div>'
    lead = f'<div class="lead">{_t(s.summary, s)}</div>' if s.summary else ""
    tags = ", ".join(
        f'<a href="/tin-tuc/-in-tags/tags/{t}">{esc(TAGS[t])}</a>' for t in s.opts.get("tags", [])
    )
    tags_html = f'<div class="sgd-news-tags"><span>Từ khóa:</span> {tags}</div>' if tags else ""
    return (
        '<div class="sgd-news-detail" data-sf-provider="OpenAccessDataProvider"'
        f' data-sf-id="{_guid(s.slug)}" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem">'
        f"<h3><span>{_t(s.title, s)}</span></h3>"
        f'<div class="text-muted sgd-news-meta">{meta}</div>{updated}{lead}'
        f'<div class="sf-Long-text">{_content(s, True)}</div>{tags_html}</div>'
        '<div class="sgd-news-tools"><a href="javascript:window.print();" class="sgd-print">'
        f'<span class="glyphicon glyphicon-print"></span> In bài</a>'
        f'<span class="sgd-views">Lượt xem: {s.views()}</span>'
        f"{_share(base + article_path(s))}</div>" + _others_mvc(s)
    )


def _detail_classic(s: Story) -> str:
    when = s.opts["when"]
    by = s.opts.get("by", "")
    meta = (f"Đăng bởi {esc(by)} | " if by else "") + f'<span>{_long_date(when)}</span>'
    summary = f'<div class="sfnewsSummary">{_t(s.summary, s)}</div>' if s.summary else ""
    attach = ""
    if s.opts.get("attach"):
        rows = "".join(
            f'<li class="sfdownloadFile sfpdf"><a href="{esc(href)}" target="_blank">'
            f"{esc(label)}</a> <span class=\"sfdownloadSize\">({size})</span></li>"
            for label, href, size in s.opts["attach"]
        )
        attach = f'<div class="sfnewsAttachments"><h4>Tệp đính kèm</h4><ul>{rows}</ul></div>'
    others = "".join(
        f'<li class="sfnewsListItem"><a href="{esc(_href(o))}">{_t(o.title, o)}</a>'
        f' <span class="sfnewsDate">{_dmy(o.opts["when"])}</span></li>'
        for o in [o for o in in_section(s.cat) if o.id != s.id][:5]
    )
    return (
        '<div class="sfnewsDetails sfdetails">'
        f'<h1 class="sfnewsTitle">{_t(s.title, s)}</h1>'
        f'<div class="sfnewsAuthorAndDate">{meta}</div>{summary}'
        f'<div class="sfnewsContent sfContentBlock">{_content(s, False)}</div>{attach}'
        '<div class="sfnewsFooter"><a href="javascript:window.print()" class="sfPrint">In trang</a>'
        f' | <span class="sfViews">Số lần xem: {s.views()}</span></div>'
        f'<a href="/{s.cat}" class="sfnewsBack">« Quay lại</a></div>'
        '<div class="sfnewsOther"><h2 class="sfOtherTitle">Các tin khác</h2>'
        f'<ul class="sfnewsList sfnewsListTitleDate">{others}</ul></div>'
    )


def _pager_mvc(prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a href="{prefix}/page/{page - 1}">Trang trước</a></li>')
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        items.append(f'<li{cls}><a href="{prefix}/page/{n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{prefix}/page/{page + 1}">Trang sau</a></li>')
    return f'<nav class="sf-pager"><ul class="pagination">{"".join(items)}</ul></nav>'


def _pager_classic(prefix: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return prefix if n == 1 else f"{prefix}/page/{n}"

    parts = []
    if page > 1:
        parts.append(f'<a href="{url(page - 1)}" class="sf_pagerPrev">Trang trước</a>')
    for n in range(1, pages + 1):
        cls = ' class="sf_PagerCurrent"' if n == page else ""
        parts.append(f'<a href="{url(n)}"{cls}>{n}</a>')
    if page < pages:
        parts.append(f'<a href="{url(page + 1)}" class="sf_pagerNext">Trang sau</a>')
    return f'<div class="sf_pagerNumeric">{"".join(parts)}</div>'


def _list_mvc(items: list[Story], prefix: str, page: int, per: int) -> str:
    pages = _pages(len(items), per)
    shown = items[(page - 1) * per : page * per]
    if not shown:
        return '<div class="sgd-news-list"><p class="sgd-empty">Không có tin tức nào.</p></div>'
    rows = "".join(
        '<li class="media sgd-news-item">'
        f'<a class="pull-left" href="{esc(_href(s))}"><img class="media-object" src="{_thumb(s)}"'
        f' alt="{_t(s.title, s)}" /></a><div class="media-body">'
        f'<h3 class="media-heading"><a href="{esc(_href(s))}">{_t(s.title, s)}</a></h3>'
        f'<p class="text-muted">{s.opts["when"]:%d/%m/%Y %H:%M}'
        + (f" | {esc(s.opts['by'])}" if s.opts.get("by") else "")
        + "</p>"
        + (f"<p>{_t(s.summary, s)}</p>" if s.summary else "")
        + f'<a class="sgd-more" href="{esc(_href(s))}">Xem tiếp »</a></div></li>'
        for s in shown
    )
    return (
        f'<div class="sgd-news-list"><ul class="list-unstyled">{rows}</ul>'
        f"{_pager_mvc(prefix, page, pages)}</div>"
    )


def _list_classic(items: list[Story], prefix: str, page: int, per: int) -> str:
    pages = _pages(len(items), per)
    shown = items[(page - 1) * per : page * per]
    if not shown:
        return '<div class="sfnewsListEmpty">Không có thông báo nào.</div>'
    rows = "".join(
        '<li class="sfnewsListItem">'
        f'<h2 class="sfnewsTitle"><a href="{esc(_href(s))}">{_t(s.title, s)}</a></h2>'
        f'<div class="sfnewsMetaInfo">{_long_date(s.opts["when"])}</div>'
        + (f'<div class="sfnewsSummary">{_t(s.summary, s)}</div>' if s.summary else "")
        + f'<a class="sfnewsFullStory" href="{esc(_href(s))}">Xem chi tiết</a></li>'
        for s in shown
    )
    return (
        f'<ul class="sfnewsList sfnewsListTitleDateSummary">{rows}</ul>'
        f"{_pager_classic(prefix, page, pages)}"
    )


# --- chrome ------------------------------------------------------------------------------------


def _menu() -> str:
    def col(title: str, links: list[tuple[str, str]]) -> str:
        lis = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in links)
        return f'<div class="col-md-4"><h5 class="sgd-mega__heading">{title}</h5><ul>{lis}</ul></div>'

    intro = col("Giới thiệu", [(p, PAGES[p][0]) for p in PAGES])
    news = col("Tin tức", [(f"/{c}", s.name) for c, s in SECTIONS.items()])
    topics = col("Chuyên mục", [(f"/tin-tuc/-in-category/categories/{k}", v)
                                for k, v in TAXA.items() if k != "giao-duc-thuong-xuyen"])  # fmt: skip
    return (
        '<nav class="navbar sgd-megamenu" data-sf-role="navigation"><div class="container">'
        '<ul class="nav navbar-nav">'
        '<li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>'
        '<li class="dropdown sgd-mega"><a href="/gioi-thieu" class="dropdown-toggle">Giới thiệu</a>'
        f'<div class="dropdown-menu sgd-mega__panel"><div class="row">{intro}</div></div></li>'
        '<li class="dropdown sgd-mega"><a href="/tin-tuc" class="dropdown-toggle">Tin tức</a>'
        f'<div class="dropdown-menu sgd-mega__panel"><div class="row">{news}{topics}</div></div></li>'
        '<li><a href="/thong-bao">Thông báo</a></li>'
        '<li><a href="/khao-thi">Khảo thí - Kiểm định</a></li>'
        '<li><a href="/van-ban">Văn bản</a></li>'
        '<li><a href="/lich-cong-tac">Lịch công tác</a></li>'
        '<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul></div></nav>'
    )


def _header() -> str:
    popular = ", ".join(f'<a href="{esc(search_path(q))}">{esc(q)}</a>' for q in POPULAR)
    return (
        '<header class="sgd-header"><div class="sgd-topbar"><div class="container">'
        f'<span class="sgd-today">{TODAY}</span>'
        '<span class="sgd-topbar__links"><a href="/lien-he">Liên hệ</a> | '
        '<a href="/Sitefinity" rel="nofollow">Đăng nhập</a></span></div></div>'
        '<div class="container sgd-brand"><a href="/" class="sgd-logo">'
        f'<img src="{PKG}/images/logo-sgddt.png" alt="{esc(SITE)}" /></a>'
        '<div class="sgd-brand__text"><span class="sgd-brand__top">Ủy ban nhân dân tỉnh Tây Ninh</span>'
        f'<span class="sgd-brand__name">{esc(SITE.upper())}</span></div>'
        '<div class="sgd-search" role="search">'
        '<input type="search" title="Tìm kiếm" placeholder="Nhập từ khóa..."'
        ' class="form-control" data-sf-role="search-box" value="" aria-autocomplete="both" />'
        '<button type="button" class="btn btn-primary" data-sf-role="search-button">Tìm kiếm</button>'
        '<input type="hidden" data-sf-role="resultsUrl" value="/tim-kiem" />'
        f'<input type="hidden" data-sf-role="indexCatalogue" value="{INDEX}" />'
        '<input type="hidden" data-sf-role="wordsMode" value="AllWords" />'
        '<input type="hidden" data-sf-role="minSuggestionLength" value="3" />'
        f'<div class="sgd-search__popular">Tìm nhiều: {popular}'
        ' | <a href="/tim-kiem">Tìm kiếm nâng cao</a></div></div></div>'
        f"{_menu()}</header>"
    )


def _sidebar(tin_tuc: bool = False) -> str:
    latest = "".join(
        f'<li><a href="{esc(_href(s))}">{_t(s.title, s)}</a>'
        f'<span class="sgd-date">{_dmy(s.opts["when"])}</span></li>'
        for s in _LATEST[:5]
    )
    docs = "".join(
        f'<li class="sfdownloadFile sfpdf"><a href="{DOC_FOLDER}/{d.file}" target="_blank">'
        f"{esc(d.number)}</a> - {esc(d.title)}</li>"
        for d in DOCS[:4]
    )
    out = [
        '<div class="sgd-box"><h4 class="sgd-box-title">Tin mới nhất</h4>'
        f'<ul class="list-unstyled sgd-latest">{latest}</ul></div>'
    ]
    if tin_tuc:
        counts = {k: len(_tin_tuc_filter("category", k)) for k in TAXA}
        cats = "".join(
            f'<li><a href="/tin-tuc/-in-category/categories/{k}">{esc(v)}</a>'
            f" <span class=\"sfCount\">({counts[k]})</span></li>"
            for k, v in TAXA.items()
        )
        tags = " ".join(
            f'<li><a href="/tin-tuc/-in-tags/tags/{k}" class="sfTagsSize{1 + len(_tin_tuc_filter("tag", k))}">'
            f"{esc(v)}</a></li>"
            for k, v in TAGS.items()
        )
        months = "".join(
            f'<li><a href="/tin-tuc/{y}/{m:02d}">{_MONTHS[m - 1]} {y}</a> ({n})</li>'
            for y, m, n in _months()
        )
        out += [
            '<div class="sgd-box"><h4 class="sgd-box-title">Chuyên mục</h4>'
            f'<ul class="list-unstyled sf-taxonomy">{cats}</ul></div>',
            '<div class="sgd-box"><h4 class="sgd-box-title">Từ khóa</h4>'
            f'<ul class="list-inline sfTagsList">{tags}</ul></div>',
            '<div class="sgd-box"><h4 class="sgd-box-title">Lưu trữ</h4>'
            f'<ul class="list-unstyled sf-archive">{months}</ul></div>',
        ]
    out += [
        '<div class="sgd-box"><h4 class="sgd-box-title">Văn bản mới</h4>'
        f'<ul class="sfdownloadList">{docs}</ul>'
        '<a href="/van-ban" class="sgd-more">Xem tất cả văn bản</a></div>',
        '<div class="sgd-box sgd-banners">'
        '<a href="https://moet.gov.vn" target="_blank"><img src="'
        f'{PKG}/images/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a>'
        '<a href="https://dichvucong.gov.vn" target="_blank"><img src="'
        f'{PKG}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a>'
        '<a href="https://tayninh.gov.vn" target="_blank"><img src="'
        f'{PKG}/images/banner-ubnd.png" alt="Cổng TTĐT tỉnh Tây Ninh" /></a></div>',
        '<div class="sgd-box sgd-counter"><h4 class="sgd-box-title">Thống kê truy cập</h4>'
        "<ul><li>Đang truy cập: <b>48</b></li><li>Hôm nay: <b>2.317</b></li>"
        "<li>Tháng này: <b>61.402</b></li><li>Tổng lượt truy cập: <b>4.215.893</b></li></ul></div>",
    ]
    return "".join(out)


_MONTHS = (
    "Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip


def _footer() -> str:
    return (
        '<footer class="sgd-footer"><div class="container"><div class="row">'
        '<div class="col-md-8">'
        f'<p class="sgd-footer__name">{esc(SITE.upper())}</p>'
        f"<p>Địa chỉ: {esc(ADDRESS)}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: ông Nguyễn Văn Phúc - Giám đốc Sở</p>"
        "<p>Ghi rõ nguồn “Sở GD&amp;ĐT Tây Ninh” khi phát hành lại thông tin từ website này.</p>"
        '</div><div class="col-md-4"><label for="sgd-links">Liên kết website</label>'
        '<select id="sgd-links" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://tayninh.gov.vn">Cổng TTĐT tỉnh Tây Ninh</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>'
        "</select>"
        f'<p class="sgd-powered">© 2026 {esc(SHORT)}. Vận hành trên nền tảng Progress Sitefinity.</p>'
        "</div></div></div></footer>"
    )


def _crumbs_mvc(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in trail:
        items.append(
            f'<li><a href="{href}">{label}</a></li>' if href else f'<li class="active">{label}</li>'
        )
    return f'<ol class="breadcrumb sgd-breadcrumb">{"".join(items)}</ol>'


def _crumbs_classic(trail: list[tuple[str, str | None]]) -> str:
    items = ['<a href="/" class="sfBreadcrumbNavigation">Trang chủ</a>']
    for label, href in trail:
        items.append(
            f'<a href="{href}" class="sfBreadcrumbNavigation">{label}</a>'
            if href
            else f'<span class="sfBreadcrumbCurrent">{label}</span>'
        )
    sep = '<span class="sfBreadcrumbNodeSeparator"> / </span>'
    return f'<div class="sfBreadcrumbWrp"><span class="sfBreadcrumbLabel">Bạn đang ở:</span> {sep.join(items)}</div>'


def _page(
    title: str,
    main: str,
    *,
    classic: bool = False,
    path: str = "/",
    crumbs: str = "",
    banner: str = "",
    head: str = "",
    tin_tuc_sidebar: bool = False,
    sidebar: bool = True,
) -> str:
    scripts = (
        '<script src="/ScriptResource.axd?d=' + opaque("sr" + path, 48).replace("=", "")
        + '&amp;t=ffffffffecf19baa" type="text/javascript"></script>'
        '<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_ScriptManager1_TSM'
        '&amp;compress=1" type="text/javascript"></script>'
        if classic
        else '<script src="/ResourcePackages/SgdTayNinh/assets/dist/js/main.min.js?v=14.4.8146"></script>'
    )  # fmt: skip
    heading = (
        f'<div class="sgd-page-heading"><div class="container">'
        f'<h2 class="sgd-page-heading__title">{banner}</h2></div></div>'
        if banner
        else ""
    )
    cols = (
        f'<div class="sf_colsIn col-md-8" data-sf-element="Column 1" data-placeholder-label="Nội dung">{main}</div>'
        f'<div class="sf_colsIn col-md-4" data-sf-element="Column 2" data-placeholder-label="Cột phải">{_sidebar(tin_tuc_sidebar)}</div>'
        if sidebar
        else f'<div class="sf_colsIn col-md-12" data-sf-element="Column 1">{main}</div>'
    )  # fmt: skip
    body = (
        f"{_header()}{heading}"
        f'<div class="sf_colsOut container sgd-main"><div class="row">{crumbs}</div>'
        f'<div class="row" data-sf-element="Row">{cols}</div></div>{_footer()}'
    )
    if classic:
        vs = opaque("viewstate" + path, 360)
        body = (
            f'<form method="post" action="{esc(path)}" id="aspnetForm">'
            '<div class="aspNetHidden">'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />'
            '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />'
            f"</div>{body}</form>"
        )  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8" />\n'
        f"<title>{title}</title>\n"
        '<meta name="Generator" content="Sitefinity 14.4.8146.0 DX" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<link href="{PKG}/css/main.min.css?package=SgdTayNinh&amp;v=MTQuNC44MTQ2LjA%3d"'
        ' rel="stylesheet" type="text/css" />\n'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện"'
        ' href="/Feeds/tin-tuc" />\n'
        f"{head}{scripts}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


# --- pages -----------------------------------------------------------------------------------


def _article(s: Story, base: str) -> str:
    sec = SECTIONS[s.cat]
    path = article_path(s)
    if sec.widget == "mvc":
        head = (
            f'<link rel="canonical" href="{base}{path}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(s.title)}" />\n'
            + (f'<meta property="og:description" content="{esc(s.summary)}" />\n' if s.summary else "")
            + f'<meta property="og:url" content="{base}{path}" />\n'
            + (f'<meta property="og:image" content="{esc(s.images[0].src if s.images[0].src.startswith("http") else base + s.images[0].src)}" />\n' if s.images else "")
            + f'<meta property="og:site_name" content="{esc(SHORT)}" />\n'
        )  # fmt: skip
        crumbs = _crumbs_mvc([(sec.name, f"/{s.cat}"), (_t(s.title, s), None)])
        return _page(
            _t(s.title, s),
            _detail_mvc(s, base),
            path=path,
            crumbs=crumbs,
            banner=sec.name,
            head=head,
            tin_tuc_sidebar=True,
        )
    crumbs = _crumbs_classic([(sec.name, f"/{s.cat}"), (_t(s.title, s), None)])
    return _page(
        f"{sec.name} - {esc(SHORT)}",
        _detail_classic(s),
        classic=True,
        path=path,
        crumbs=crumbs,
    )


def _section_listing(cat: str, page: int) -> str:
    sec = SECTIONS[cat]
    items = in_section(cat)
    if sec.widget == "mvc":
        main = _list_mvc(items, f"/{cat}", page, sec.per_page)
        crumbs = _crumbs_mvc([(sec.name, None)])
        return _page(
            f"{sec.name} - {esc(SHORT)}",
            main,
            path=f"/{cat}",
            crumbs=crumbs,
            banner=sec.name,
            tin_tuc_sidebar=True,
        )
    main = f'<h1 class="sfPageTitle">{sec.name}</h1>' + _list_classic(
        items, f"/{cat}", page, sec.per_page
    )
    return _page(
        f"{sec.name} - {esc(SHORT)}",
        main,
        classic=True,
        path=f"/{cat}",
        crumbs=_crumbs_classic([(sec.name, None)]),
    )


def _filtered(prefix: str, label: str, items: list[Story], page: int) -> str:
    sec = SECTIONS["tin-tuc"]
    main = f'<p class="sgd-filter-label">{label}</p>' + _list_mvc(
        items, prefix, page, sec.per_page
    )
    crumbs = _crumbs_mvc([(sec.name, "/tin-tuc"), (label, None)])
    return _page(
        f"{sec.name} - {esc(SHORT)}",
        main,
        path=prefix,
        crumbs=crumbs,
        banner=sec.name,
        tin_tuc_sidebar=True,
    )


def _home() -> str:
    news = in_section("tin-tuc")
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{esc(_href(s, True))}">'
        f'<img src="{_thumb(s)}" alt="" /></a><div class="carousel-caption">'
        f'<h3><a href="{esc(_href(s, True))}">{_t(s.title, s)}</a></h3></div></div>'
        for i, s in enumerate(news[:3])
    )

    def box(cat: str, n: int) -> str:
        rows = "".join(
            f'<li><a href="{esc(_href(s, True))}">{_t(s.title, s)}</a>'
            f' <span class="sgd-date">({_dmy(s.opts["when"])})</span></li>'
            for s in in_section(cat)[:n]
        )
        return (
            f'<div class="sgd-home-box"><h4 class="sgd-box-title"><a href="/{cat}">'
            f'{SECTIONS[cat].name}</a></h4><ul class="list-unstyled">{rows}</ul></div>'
        )

    docs = "".join(
        f'<tr><td><a href="{DOC_FOLDER}/{d.file}" target="_blank">{esc(d.number)}</a></td>'
        f"<td>{_dmy(d.issued)}</td><td>{esc(d.title)}</td></tr>"
        for d in DOCS[:5]
    )
    albums = "".join(
        f'<div class="col-xs-6"><a href="/thu-vien-anh/{k}"><img src="{IMG}/thu-vien-anh/{k}/anh-01.jpg'
        f'?sfvrsn={_sfvrsn(k)}&amp;MaxWidth=320" alt="" /><span>{esc(v[0])}</span></a></div>'
        for k, v in ALBUMS.items()
    )
    main = (
        f'<div id="sgd-slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
        + box("tin-tuc", 4) + box("thong-bao", 3) + box("khao-thi", 2)
        + '<div class="sgd-home-box sgd-docs"><h4 class="sgd-box-title">Văn bản chỉ đạo, điều hành</h4>'
        f'<table class="table table-striped">{docs}</table></div>'
        f'<div class="sgd-home-box"><h4 class="sgd-box-title">Thư viện ảnh</h4><div class="row">{albums}</div></div>'
    )  # fmt: skip
    return _page(f"Trang chủ - {esc(SHORT)}", main, path="/")


def _static(path: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    sub = "".join(
        f'<li{ACTIVE if p == path else ""}><a href="{p}">{esc(PAGES[p][0])}</a></li>'
        for p in PAGES
    )
    main = (
        f'<div class="sgd-subnav"><ul class="nav nav-pills">{sub}</ul></div>'
        f'<h1 class="sgd-page-title">{esc(title)}</h1><div class="sfContentBlock">{body}</div>'
    )
    return _page(
        f"{esc(title)} - {esc(SHORT)}",
        main,
        path=path,
        crumbs=_crumbs_mvc([("Giới thiệu", "/gioi-thieu"), (esc(title), None)]),
        banner="Giới thiệu",
    )


def _contact() -> str:
    main = (
        '<h1 class="sgd-page-title">Liên hệ</h1><div class="sfContentBlock">'
        f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p>"
        f"<p>Điện thoại: {PHONE} - Fax: 0272 3 826 146</p><p>Email: {EMAIL}</p></div>"
        '<form method="post" action="/lien-he" class="sgd-form" data-sf-role="form-container">'
        '<div class="form-group"><label for="f-name">Họ và tên</label>'
        '<input id="f-name" type="text" name="TextFieldController" class="form-control" /></div>'
        '<div class="form-group"><label for="f-mail">Email</label>'
        '<input id="f-mail" type="email" name="TextFieldController_0" class="form-control" /></div>'
        '<div class="form-group"><label for="f-msg">Nội dung</label>'
        '<textarea id="f-msg" name="ParagraphTextFieldController" class="form-control"></textarea></div>'
        '<button type="submit" class="btn btn-primary">Gửi</button></form>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300"></iframe>'
    )
    return _page(
        f"Liên hệ - {esc(SHORT)}", main, path="/lien-he", crumbs=_crumbs_mvc([("Liên hệ", None)])
    )


def _documents(page: int) -> str:
    pages = _pages(len(DOCS), DOCS_PER_PAGE)
    shown = DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d.name}">{esc(d.number)}</a></td><td>{esc(d.title)}</td>'
        f"<td>{_dmy(d.issued)}</td><td>PDF, {d.size}</td>"
        f'<td><a href="{DOC_FOLDER}/{d.file}" class="sf-download-link" target="_blank">Tải về</a></td></tr>'
        for d in shown
    )
    main = (
        '<h1 class="sgd-page-title">Văn bản</h1><table class="table sf-document-list">'
        "<thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tệp</th><th></th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{_pager_mvc('/van-ban', page, pages)}"
    )
    return _page(
        f"Văn bản - {esc(SHORT)}", main, path="/van-ban", crumbs=_crumbs_mvc([("Văn bản", None)])
    )


def _document(d: Doc) -> str:
    main = (
        f'<div class="sf-document-detail"><h3>{esc(d.title)}</h3>'
        f'<dl class="dl-horizontal"><dt>Số/Ký hiệu</dt><dd>{esc(d.number)}</dd>'
        f"<dt>Ngày ban hành</dt><dd>{_dmy(d.issued)}</dd>"
        f"<dt>Cơ quan ban hành</dt><dd>{esc(SITE) if 'UBND' not in d.number else 'UBND tỉnh Tây Ninh'}</dd></dl>"
        f'<a href="{DOC_FOLDER}/{d.file}" class="btn btn-default sf-download-link" target="_blank">'
        f'<span class="sfext sfpdf">PDF</span> Tải về ({d.size})</a></div>'
    )
    return _page(
        f"{esc(d.title)} - {esc(SHORT)}",
        main,
        path=f"/van-ban/{d.name}",
        crumbs=_crumbs_mvc([("Văn bản", "/van-ban"), (esc(d.number), None)]),
    )


def _gallery_index() -> str:
    cards = "".join(
        f'<div class="col-sm-6 sgd-album"><a href="/thu-vien-anh/{k}"><img src="{IMG}/thu-vien-anh/{k}/anh-01.jpg'
        f'?sfvrsn={_sfvrsn(k)}&amp;MaxWidth=480" alt="" /></a>'
        f'<h3><a href="/thu-vien-anh/{k}">{esc(t)}</a></h3><p class="text-muted">{len(c)} ảnh</p></div>'
        for k, (t, c) in ALBUMS.items()
    )
    return _page(
        f"Thư viện ảnh - {esc(SHORT)}",
        f'<h1 class="sgd-page-title">Thư viện ảnh</h1><div class="row">{cards}</div>',
        path="/thu-vien-anh",
        crumbs=_crumbs_mvc([("Thư viện ảnh", None)]),
    )


def _album(key: str) -> str:
    title, captions = ALBUMS[key]
    cells = "".join(
        f'<li class="sf-Gallery-thumbs__thumb"><a href="{IMG}/thu-vien-anh/{key}/anh-{i:02d}.jpg?sfvrsn={_sfvrsn(key + str(i))}"'
        f' data-sf-role="gallery-item"><img src="{IMG}/thu-vien-anh/{key}/anh-{i:02d}.jpg?sfvrsn={_sfvrsn(key + str(i))}'
        f'&amp;MaxWidth=220" alt="{esc(c)}" title="{esc(c)}" /></a><p class="sf-Gallery-caption">{esc(c)}</p></li>'
        for i, c in enumerate(captions, 1)
    )
    return _page(
        f"{esc(title)} - {esc(SHORT)}",
        f'<h1 class="sgd-page-title">{esc(title)}</h1><ul class="sf-Gallery-thumbs list-inline">{cells}</ul>'
        '<a href="/thu-vien-anh">« Danh sách album</a>',
        path=f"/thu-vien-anh/{key}",
        crumbs=_crumbs_mvc([("Thư viện ảnh", "/thu-vien-anh"), (esc(title), None)]),
        sidebar=False,
    )  # fmt: skip


SCHEDULE = [
    ("Thứ Hai, 23/11/2026", "07:30", "Giao ban Lãnh đạo Sở", "Giám đốc, các Phó Giám đốc", "Phòng họp số 1"),
    ("Thứ Ba, 24/11/2026", "14:00", "Hội nghị trực tuyến triển khai Kế hoạch chuyển đổi số", "Phó Giám đốc Trần Văn Hùng", "Hội trường Sở"),
    ("Thứ Tư, 25/11/2026", "08:00", "Kiểm tra công tác bán trú tại các trường mầm non", "Phó Giám đốc Lê Thị Thu Hằng", "Phường Kiến Tường"),
    ("Thứ Năm, 26/11/2026", "08:00", "Dự họp UBND tỉnh thường kỳ tháng 11", "Giám đốc", "UBND tỉnh"),
    ("Thứ Sáu, 27/11/2026", "14:00", "Họp Hội đồng thi đua - khen thưởng ngành", "Giám đốc, Văn phòng", "Phòng họp số 1"),
]  # fmt: skip


def _calendar(year: int, week: int) -> str:
    prev, nxt = _shift_week(year, week, -1), _shift_week(year, week, 1)
    monday = date.fromisocalendar(year, week, 1)
    nav = []
    if prev:
        nav.append(f'<a href="{week_path(*prev)}" class="sgd-week-prev">« Tuần trước</a>')
    nav.append('<a href="/lich-cong-tac" class="sgd-week-now">Tuần hiện tại</a>')
    if nxt:
        nav.append(f'<a href="{week_path(*nxt)}" class="sgd-week-next">Tuần sau »</a>')
    if (year, week) == THIS_WEEK:
        rows = "".join(
            f"<tr><td>{d}</td><td>{t}</td><td>{esc(c)}</td><td>{esc(p)}</td><td>{esc(w)}</td></tr>"
            for d, t, c, p, w in SCHEDULE
        )
    else:
        rows = '<tr><td colspan="5">Chưa có lịch công tác tuần này.</td></tr>'
    main = (
        f'<h1 class="sgd-page-title">Lịch công tác tuần {week}/{year}</h1>'
        f'<p class="text-muted">Từ ngày {_dmy(monday)} đến ngày {_dmy(monday + timedelta(days=6))}</p>'
        f'<div class="sgd-week-nav">{" | ".join(nav)}</div>'
        '<table class="table table-bordered sgd-schedule"><thead><tr><th>Ngày</th><th>Giờ</th>'
        "<th>Nội dung</th><th>Thành phần</th><th>Địa điểm</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _page(
        f"Lịch công tác - {esc(SHORT)}",
        main,
        path="/lich-cong-tac",
        crumbs=_crumbs_mvc([("Lịch công tác", None)]),
    )


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search_hits(query: str, order: str) -> list[Story]:
    words = _fold(query).split()
    hits = [
        s
        for s in STORIES
        if words and all(w in _fold(s.title + " " + " ".join(s.paragraphs)) for w in words)
    ]
    if order == "Oldest":
        return sorted(hits, key=lambda s: s.opts["when"])
    if order == "Newest":
        return sorted(hits, key=lambda s: s.opts["when"], reverse=True)
    return sorted(hits, key=lambda s: (-_fold(s.title).count(words[0]), -s.id)) if words else []


def _search(params: dict[str, str], page: int) -> str:
    query = params.get("searchQuery", "").strip()
    order = params.get("orderBy", "")
    box = (
        '<div class="sgd-search-page"><input type="search" class="form-control"'
        f' data-sf-role="search-box" value="{esc(query)}" />'
        '<button type="button" class="btn btn-primary" data-sf-role="search-button">Tìm kiếm</button></div>'
    )
    if not query:
        main = f'<h1 class="sgd-page-title">Tìm kiếm</h1>{box}<p>Nhập từ khóa để tìm kiếm.</p>'
    else:
        hits = search_hits(query, order)
        pages = _pages(len(hits), SEARCH_PER_PAGE)
        shown = hits[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
        sorts = " | ".join(
            f'<a href="{esc(search_path(query, o))}"{ACTIVE if o == (order or "Relevance") else ""}>{label}</a>'
            for o, label in zip(SORTS, ("Liên quan nhất", "Mới nhất", "Cũ nhất"), strict=True)
        )
        rows = "".join(
            f'<dt><a href="{esc(_href(s))}">{_t(s.title, s)}</a></dt>'
            f"<dd>{esc((s.summary or s.paragraphs[0])[:160])}…</dd>"
            for s in shown
        )
        pager = ""
        if pages > 1:
            pager = '<ul class="pagination">' + "".join(
                f'<li{ACTIVE if n == page else ""}><a href="{esc(search_path(query, order, n))}">{n}</a></li>'
                for n in range(1, pages + 1)
            ) + "</ul>"
        main = (
            f'<h1 class="sgd-page-title">Kết quả tìm kiếm</h1>{box}'
            f'<p class="sgd-result-count">{len(hits)} kết quả cho “{esc(query)}”</p>'
            f'<div class="sgd-sort">Sắp xếp: {sorts}</div>'
            f'<dl class="sf-search-results">{rows}</dl>{pager}'
        )  # fmt: skip
    return _page(
        f"Tìm kiếm - {esc(SHORT)}", main, path="/tim-kiem", crumbs=_crumbs_mvc([("Tìm kiếm", None)])
    )


def _login() -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8" /><title>Sitefinity - Log in</title>'
        '<link href="/Sitefinity/Authenticate/Content/login.css" rel="stylesheet" /></head>'
        '<body class="sf-login"><div class="sf-login__box"><h1>Progress Sitefinity</h1>'
        '<form method="post" action="/Sitefinity/SignIn?ReturnUrl=%2fSitefinity">'
        '<label for="username">Username / Email</label><input id="username" name="username" type="text" />'
        '<label for="password">Password</label><input id="password" name="password" type="password" />'
        '<label><input type="checkbox" name="RememberMe" /> Remember me</label>'
        '<button type="submit">Log in</button></form></div></body></html>'
    )  # fmt: skip


def _rfc_utc(d: datetime) -> str:
    u = d - timedelta(hours=7)
    return f"{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[u.weekday()]}, {u:%d} " + (
        f"{('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')[u.month - 1]}"
        f" {u:%Y %H:%M:%S} Z"
    )


def _feed(base: str) -> str:
    items = "".join(
        f'<item><guid isPermaLink="false">{_guid(s.slug)}</guid>'
        f"<link>{base}{article_path(s)}</link><title>{esc(s.title)}</title>"
        f"<description>{esc(s.summary or '')}</description>"
        f"<pubDate>{_rfc_utc(s.opts['when'])}</pubDate></item>"
        for s in in_section("tin-tuc")
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tin tức - Sự kiện - {esc(SHORT)}</title><link>{base}/tin-tuc</link>"
        "<description>Tin tức, sự kiện ngành Giáo dục Tây Ninh</description>"
        f"<language>vi-VN</language>{items}</channel></rss>"
    )


# --- routing -------------------------------------------------------------------------------------

_BY_PATH = {(s.cat, f"{s.opts['when']:%Y/%m/%d}", s.slug): s for s in STORIES}
_KNOWN_FILES = {d.file.split("?", 1)[0] for d in DOCS}
_PAGE = r"(?:/page/(\d+))?"


def _page_no(m: re.Match, group: int) -> int | None:
    raw = m.group(group)
    if raw is None:
        return 1
    n = int(raw)
    return n if n >= 1 else None


class SitefinitySite:
    def respond(self, request: Request) -> Response | None:
        raw_path = request.path
        path = unicodedata.normalize("NFC", unquote(raw_path))
        lower = path.lower()
        params = request.params
        base = base_url(request)
        if lower.startswith("/docs/default-source/van-ban/"):
            name = path.rsplit("/", 1)[1]
            if name in _KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if lower.endswith(".axd"):
            return Response(200, b"/* sitefinity */", {"Content-Type": "application/javascript"})
        if lower.startswith(("/images/", "/resourcepackages/")) or lower == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow:\n", {"Content-Type": "text/plain"})
        if path == "/":
            return html(_home())
        if path == "/Feeds/tin-tuc":
            return Response(200, _feed(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        if lower == "/sitefinity":
            return redirect("/Sitefinity/SignIn?ReturnUrl=%2fSitefinity")
        if lower == "/sitefinity/signin":
            return html(_login())
        if path == "/gioi-thieu":
            return redirect("/gioi-thieu/chuc-nang-nhiem-vu")
        if path in PAGES:
            return html(_static(path))
        if path == "/lien-he":
            return html(_contact())
        if m := re.fullmatch(r"/van-ban" + _PAGE, path):
            page = _page_no(m, 1)
            if page is None:
                return None
            return html(_documents(page))
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)", path):
            d = _DOC_BY_NAME.get(m.group(1))
            return html(_document(d)) if d else None
        if path == "/thu-vien-anh":
            return html(_gallery_index())
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return html(_album(m.group(1))) if m.group(1) in ALBUMS else None
        if path == "/lich-cong-tac":
            try:
                year = int(params.get("nam", THIS_WEEK[0]))
                week = int(params.get("tuan", THIS_WEEK[1]))
                date.fromisocalendar(year, week, 1) + timedelta(days=6)
            except (ValueError, OverflowError):
                return None
            return html(_calendar(year, week))
        if m := re.fullmatch(r"/tim-kiem" + _PAGE, path):
            page = _page_no(m, 1)
            if page is None:
                return None
            return html(_search(params, page))
        return self._news(path, base)

    def _news(self, path: str, base: str) -> Response | None:
        m = re.fullmatch(r"/(tin-tuc|thong-bao|khao-thi)(/.*)?", path)
        if not m:
            return None
        cat, rest = m.group(1), m.group(2) or ""
        if pm := re.fullmatch(_PAGE, rest):
            page = _page_no(pm, 1)
            return html(_section_listing(cat, page)) if page else None
        if d := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([^/]+)", rest):
            s = _BY_PATH.get((cat, f"{d.group(1)}/{d.group(2)}/{d.group(3)}", d.group(4)))
            return html(_article(s, base)) if s else None
        if cat != "tin-tuc":
            return None
        if f := re.fullmatch(r"/-in-category/categories/([a-z0-9-]+)" + _PAGE, rest):
            if f.group(1) not in TAXA or (page := _page_no(f, 2)) is None:
                return None
            items = _tin_tuc_filter("category", f.group(1))
            prefix = f"/tin-tuc/-in-category/categories/{f.group(1)}"
            return html(_filtered(prefix, f"Chuyên mục: {TAXA[f.group(1)]}", items, page))
        if f := re.fullmatch(r"/-in-tags/tags/([a-z0-9-]+)" + _PAGE, rest):
            if f.group(1) not in TAGS or (page := _page_no(f, 2)) is None:
                return None
            items = _tin_tuc_filter("tag", f.group(1))
            prefix = f"/tin-tuc/-in-tags/tags/{f.group(1)}"
            return html(_filtered(prefix, f"Từ khóa: {esc(TAGS[f.group(1)])}", items, page))
        if f := re.fullmatch(r"/(\d{4})/(\d{2})(?:/(\d{2}))?" + _PAGE, rest):
            y, mo = int(f.group(1)), int(f.group(2))
            day = int(f.group(3)) if f.group(3) else None
            if not 1 <= mo <= 12 or (page := _page_no(f, 4)) is None:
                return None
            items = [
                s
                for s in in_section("tin-tuc")
                if (s.opts["when"].year, s.opts["when"].month) == (y, mo)
                and (day is None or s.opts["when"].day == day)
            ]
            prefix = f"/tin-tuc/{f.group(1)}/{f.group(2)}" + (f"/{f.group(3)}" if day else "")
            label = f"Lưu trữ: {_MONTHS[mo - 1]} {y}" if day is None else f"Lưu trữ: {day:02d}/{mo:02d}/{y}"
            return html(_filtered(prefix, label, items, page))
        return None


def build_site() -> SitefinitySite:
    return SitefinitySite()
