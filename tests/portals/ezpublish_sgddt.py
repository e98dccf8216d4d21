"""Sở GD&ĐT Đắk Lắk on eZ Publish 4.7 legacy (ezwebin + ezflow), a Hanoi vendor's 2013 build.

The platform
------------
eZ Publish 4.7 "legacy" (PHP, templates in .tpl), the ezwebin design extension with ezflow
frontpage blocks and the vendor's own design extension on top. URL aliases are on: every node
has an alias built from its name with the Vietnamese letters transliterated to ASCII (capitals
and dashes kept: "Hội nghị tổng kết năm học 2025-2026" -> ``Hoi-nghi-tong-ket-nam-hoc-2025-2026``,
"GD&ĐT" -> ``GD-DT``), and the system form of the same node ``/content/view/full/<node_id>``
answers too, with the very same page (no redirect, no rel=canonical: the vendor's pagelayout
never printed one).

What the portal serves
----------------------
- ``/``: the ezflow frontpage: a "Tin nổi bật" main-story block (three stories, linked by their
  *system* URL ``/content/view/full/N``), a "Tin tức - Sự kiện" list block (five newest news by
  alias), a "Thông báo" block, and a hand-edited HTML block "Tiêu điểm" whose links were pasted
  from the browser years ago (two of them point at eZ's "-1" duplicate aliases).
- Folders: ``/Tin-tuc`` (the vendor's override lists every article *and* link object of the
  subtree, newest first), ``/Tin-tuc/Hoat-dong-nganh``, ``/Tin-tuc/Chuyen-mon-Nghiep-vu``,
  ``/Thong-bao``; 10 lines a page, ezwebin's pager ``« Trước 1 2 3 Sau »`` with eZ view
  parameters ``/(offset)/10``, ``/(offset)/20``. Hoạt động ngành also holds fifteen "Liên kết"
  objects (class link: news of the Ministry and of Báo Đắk Lắk), whose line view links straight
  to the other host, so its 22 lines need three pages.
- View parameters, any number, any order, on any node: the vendor's sort widget
  ``/(sort)/published`` ``/(sort)/name`` (printed as ``/Tin-tuc/(sort)/published/(offset)/10``
  on later pages: the same entries as ``/Tin-tuc/(offset)/10``), and the archive box
  "Lưu trữ tin" ``/(year)/2025``, ``/(month)/11/(year)/2026`` (each a filtered listing with its
  own pager). Unknown parameters are ignored, so the combinations never end.
- Articles (class article): ``/Tin-tuc/Hoat-dong-nganh/<Alias>``; the same at
  ``/content/view/full/<node>``; the print layout ``/layout/set/print/<alias>`` ("In bài viết");
  tip-a-friend ``/content/tipafriend/<node>`` (a form); two old aliases ``<Alias>-1`` answer
  301 to the current alias.
- Non-articles: ``/Gioi-thieu`` (a folder with only a description and two child lines),
  ``/Gioi-thieu/Co-cau-to-chuc`` (class "Trang tĩnh": the vendor's static page class, no date,
  no byline), ``/Van-ban`` (folder of documents) and its one document entry (class file, a PDF
  via ezbinaryfile), ``/Lien-he`` (ezwebin feedback form), ``/Thu-vien-anh`` (gallery folder,
  thumbnails open the image files in a lightbox).
- Around every page: header "Hôm nay: <TODAY>", top menu, left folder menu, path, right
  column "Tin mới", "Văn bản mới", "Lịch công tác", "Liên kết website", "Thống kê truy cập: Đang
  online 27 / Tổng 3.456.789", footer with address and phone; search form (GET
  ``/content/search?SearchText=``, results link ``/content/view/full/N``); ``/user/login``;
  RSS ``/rss/feed/tin-tuc``.

Article page (ezwebin full/article.tpl)
---------------------------------------
``<div class="content-view-full"><div class="class-article">``: ``attribute-header`` h1 (the
title), ``attribute-byline`` with ``<p class="author">`` (the ezauthor attribute, which eZ fills
with the *creator's account name*: "Administrator User", "bientap", or a unit's account such as
"Phòng GDTrH") and ``<p class="date">14/08/2026 08:30</p>``; ``attribute-image`` (the main
ezimage, some with ``attribute-caption``); ``attribute-short`` (the intro: the sapo);
``attribute-long`` (the body: ezxmltext; embedded image objects render as
``<div class="object-center"><div class="content-view-embed"><div class="class-image">`` with
their own ``attribute-caption``; pasted Word tables; bylines as the last right-aligned
paragraphs); ``attribute-file`` for attached files; then ``attribute-tipafriend``,
``attribute-comments`` ("Bình luận đã bị tắt") and the related box "Tin liên quan", whose lines
are ``content-view-embed`` too, with each related article's title, date and intro.

How each gold article is reached
--------------------------------
Hoạt động ngành (22 lines, newest first): page 1 lists Tập huấn tiếng Ê Đê, Làm việc với UBND
phường Tuy Hòa, Khai giảng; ``(offset)/10`` lists Hội nghị tổng kết, Kiểm tra thi tốt nghiệp,
Hội thi giáo viên dạy giỏi; ``(offset)/20`` lists Tuyên dương học sinh giỏi quốc gia. Tin tức
(24 lines) spreads the same nine over its three pages. Chuyên môn - Nghiệp vụ: two articles on
its one page. Thông báo: four notices on its one page. The frontpage links the five newest news
by alias, three of them again by ``/content/view/full/N``, all four notices, and (the
"Tiêu điểm" block) Hội nghị tổng kết and Tuyên dương by their old "-1" aliases (301 to the
alias). Kiểm tra thi tốt nghiệp and Hội thi giáo viên dạy giỏi are reached only through listing
pages at ``(offset)/10`` / ``(offset)/20`` or the archive views.
The twins: every article also answers at ``/content/view/full/N`` (its ``alt_paths``); the print
layout and tip-a-friend are not the article's page; search results link the system form.

Gold decisions
--------------
- Title: the h1. Date: the byline's "dd/mm/yyyy hh:mm" (eZ's publish time), +07:00.
- Authors: the closing byline of the body when there is one ("Tin, ảnh: Hoàng Lan" makes her
  author and photographer; "Tin: Y Thuôn Niê - Ảnh: Hồng Nhung"; a bare right-aligned name;
  "Thanh Hương (Phòng GDTrH)" is Thanh Hương, the unit dropped). Otherwise the author field:
  a unit's account ("Phòng GDTrH", "Văn phòng Sở", "Phòng TCCB", "Phòng KT&QLCLGD") is the
  author as printed; "Administrator User" and "bientap" are logins and credit nobody.
- Source: "Nguồn: Báo Đắk Lắk" -> "Báo Đắk Lắk".
- Summary: the intro (attribute-short) when filled; it is the body's first paragraph. Notices
  have no intro.
- Body: intro, then the body's paragraphs, headings, list items and table rows (cells joined by
  " | ", a cell's line breaks read as spaces). The pasted dispatch is read as the house reads a
  document printed as the page (crawler/extract/official.py): its letterhead table, "Số/ngày"
  row and signature table are not text, its date is the letterhead's (10/09/2026) and its
  author the signer (harmonised after the first crawl: the helper's gold kept the letterhead
  and the closing in the body and took the post's byline date and author field). Not in the body:
  captions, bylines, the "Nguồn:" line, the attached file lines, tip-a-friend, comments notice,
  related box.
- Images: the main ezimage first, then embedded image objects in order; caption = the
  attribute-caption text (None when the image has none).
- Category: the path's last step before the article (the folder's name).
- Text: a paragraph of Khai giảng and of the Quốc khánh notice is decomposed Unicode (NFD, typed
  with Unikey's "tổ hợp"), the last paragraph of the recruitment notice mixes entity references;
  gold is NFC. Hội thi giáo viên dạy giỏi is signed "Phòng GDTrH" under an "Administrator User"
  author field: the unit is its author. Kiểm tra thi tốt nghiệp's main image has no caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    image_gold,
    static_file,
    text,
)

NAME = "ezpublish_sgddt"
PLATFORM = "eZ Publish 4.7 legacy (ezwebin/ezflow), vendor design"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"
STORAGE = "/var/daklak/storage/images"
PAGE_LIMIT = 10


# --- folders ------------------------------------------------------------------------------


@dataclass
class Folder:
    node: int
    alias: str
    name: str
    parent: str | None = None
    description: str = ""
    subtree: bool = False  # the vendor's override: list the whole subtree's articles and links


FOLDERS = {
    f.alias: f
    for f in [
        Folder(60, "/Tin-tuc", "Tin tức", subtree=True),
        Folder(61, "/Tin-tuc/Hoat-dong-nganh", "Hoạt động ngành", "/Tin-tuc"),
        Folder(62, "/Tin-tuc/Chuyen-mon-Nghiep-vu", "Chuyên môn - Nghiệp vụ", "/Tin-tuc"),
        Folder(63, "/Thong-bao", "Thông báo"),
        Folder(
            58,
            "/Gioi-thieu",
            "Giới thiệu",
            description=(
                "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk là cơ quan chuyên môn thuộc Ủy ban nhân "
                "dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục "
                "mầm non, giáo dục phổ thông, giáo dục thường xuyên và giáo dục nghề nghiệp "
                "trên địa bàn tỉnh."
            ),
        ),
        Folder(64, "/Van-ban", "Văn bản", description="Văn bản chỉ đạo, điều hành của Sở."),
    ]
}


@dataclass
class LinkObj:
    """A "Liên kết" (class link) object in Hoạt động ngành: its line links to another host."""

    node: int
    name: str
    url: str
    date: str  # dd/mm/yyyy hh:mm

    folder: str = "/Tin-tuc/Hoat-dong-nganh"


LINKS = [
    LinkObj(
        1341,
        "Bộ GD&ĐT công bố dự thảo Thông tư về dạy thêm, học thêm",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10871",
        "20/11/2026 15:10",
    ),
    LinkObj(
        1337,
        "Đắk Lắk: trao 250 suất học bổng cho học sinh nghèo vượt khó",
        "https://baodaklak.vn/giao-duc/202611/trao-250-suat-hoc-bong-8f31a2c/",
        "12/11/2026 10:05",
    ),
    LinkObj(
        1333,
        "Ngày Nhà giáo Việt Nam: tôn vinh những thầy cô vùng khó",
        "https://baodaklak.vn/giao-duc/202611/ton-vinh-thay-co-vung-kho-2b7e0d1/",
        "03/11/2026 08:20",
    ),
    LinkObj(
        1331,
        "Hướng dẫn mới về đánh giá học sinh tiểu học",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10822",
        "28/10/2026 16:45",
    ),
    LinkObj(
        1326,
        "Thi Olympic tiếng Anh cấp tỉnh thu hút hơn 900 thí sinh",
        "https://baodaklak.vn/giao-duc/202610/olympic-tieng-anh-55ad0c4/",
        "15/10/2026 09:00",
    ),
    LinkObj(
        1318,
        "Bộ trưởng Bộ GD&ĐT gửi thư chúc mừng năm học mới",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10701",
        "28/09/2026 11:30",
    ),
    LinkObj(
        1310,
        "Đảm bảo an toàn giao thông cho học sinh đầu năm học",
        "https://baodaklak.vn/giao-duc/202609/an-toan-giao-thong-hoc-sinh-0c9e11f/",
        "15/09/2026 14:00",
    ),
    LinkObj(
        1296,
        "Công bố điểm chuẩn vào lớp 10 các trường THPT công lập",
        "https://baodaklak.vn/giao-duc/202608/diem-chuan-lop-10-7a6d2b0/",
        "20/08/2026 17:15",
    ),
    LinkObj(
        1292,
        "Kết quả thi tốt nghiệp THPT năm 2026: Đắk Lắk đạt tỷ lệ 98,1%",
        "https://baodaklak.vn/giao-duc/202607/ket-qua-thi-tot-nghiep-3d1c9e2/",
        "30/07/2026 10:40",
    ),
    LinkObj(
        1288,
        "Bộ GD&ĐT hướng dẫn tuyển sinh đại học năm 2026",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10544",
        "12/07/2026 08:10",
    ),
    LinkObj(
        1285,
        "Học sinh Buôn Ma Thuột đoạt huy chương bạc Olympic Toán quốc tế",
        "https://baodaklak.vn/giao-duc/202606/huy-chuong-bac-imo-91bd7e3/",
        "25/06/2026 19:05",
    ),
    LinkObj(
        1270,
        "Tăng cường phòng chống đuối nước cho học sinh dịp hè",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10390",
        "18/05/2026 15:50",
    ),
    LinkObj(
        1262,
        "Ngày hội đọc sách ở trường vùng dân tộc thiểu số",
        "https://baodaklak.vn/giao-duc/202604/ngay-hoi-doc-sach-1e0f5a7/",
        "22/04/2026 09:25",
    ),
    LinkObj(
        1249,
        "Phát động cuộc thi Khoa học kỹ thuật dành cho học sinh trung học",
        "https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=10188",
        "05/03/2026 10:00",
    ),
    LinkObj(
        1231,
        "Đắk Lắk có 12 học sinh đạt giải học sinh giỏi quốc gia",
        "https://baodaklak.vn/giao-duc/202601/hoc-sinh-gioi-quoc-gia-6c2a9f8/",
        "15/01/2026 16:30",
    ),
]


# --- articles ---------------------------------------------------------------------------------
# opts: node, alias (full URL alias), date (as printed), owner (the author field as printed),
# main (the main ezimage), files (attached ezbinaryfile: id, version, file name, label, size),
# related (node ids of the related box), old_alias (eZ kept "<alias>-1" and answers 301).
def _layout_table(rows: list[list[str]]) -> str:
    """A pasted document's letterhead or closing: a borderless two-column table (not article
    text under the house convention for documents, so written as Raw, printed as the "tr" rows
    of a table layout are)."""
    cells = "".join(
        "<tr>" + "".join(f'<td valign="top"><p>{esc(c).replace(chr(10), "<br />")}</p></td>' for c in row) + "</tr>" for row in rows
    )
    return f'<table class="renderedtable" border="0" cellpadding="2" cellspacing="0" width="100%">{cells}</table>'


# P styles: "" paragraph, "h3" heading, "li" list item, "tr" table row (cells split on " | ",
# "\n" inside a cell printed as <br />), "nfd" decomposed text, "ent" entity-encoded text.
# Img styles: "embed" an embedded image object in the body.

HDN = "Hoạt động ngành"
CMNV = "Chuyên môn - Nghiệp vụ"
TB = "Thông báo"


def _img(path: str, name: str, attr: int, alias: str = "large") -> str:
    return f"{STORAGE}/{path}/{attr}-1-vie-VN/{name}_{alias}.jpg"


def byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def source_line(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


STORIES: list[Story] = [
    Story(
        id=1234,
        slug="Hoi-nghi-tong-ket-nam-hoc-2025-2026",
        title="Hội nghị tổng kết năm học 2025-2026",
        cat=HDN,
        published_at="2026-08-14T08:30:00+07:00",
        summary=(
            "Sáng 13/8, Sở GD&ĐT tổ chức Hội nghị tổng kết năm học 2025-2026 và triển khai "
            "nhiệm vụ trọng tâm năm học 2026-2027. Dự hội nghị có đồng chí Phó Chủ tịch UBND "
            "tỉnh và lãnh đạo các sở, ngành liên quan."
        ),
        sapo_outside=True,
        authors=["Hoàng Lan"],
        photographers=["Hoàng Lan"],
        blocks=[
            P(
                "Năm học 2025-2026 là năm học đầu tiên ngành giáo dục tỉnh vận hành theo mô "
                "hình chính quyền địa phương hai cấp sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú "
                "Yên. Toàn tỉnh có 1.246 cơ sở giáo dục mầm non và phổ thông với hơn 612 nghìn "
                "trẻ em, học sinh."
            ),
            P(
                "Báo cáo tại hội nghị nêu rõ, công tác phát triển mạng lưới trường lớp được "
                "sắp xếp hợp lý; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%; tỷ lệ học sinh "
                "tốt nghiệp THPT đạt 98,1%, tăng 0,7% so với năm học trước."
            ),
            Img(
                _img(
                    "media/images/tin-tuc/hoi-nghi-tong-ket-2026/ban-chu-toa",
                    "ban_chu_toa",
                    48211,
                    "medium",
                ),
                printed="Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                caption="Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                style="embed",
            ),
            P("Một số kết quả nổi bật của năm học", "h3"),
            P("Chỉ tiêu | Năm học 2024-2025 | Năm học 2025-2026", "tr"),
            P("Tỷ lệ trường đạt chuẩn quốc gia | 61,2% | 64,8%", "tr"),
            P("Học sinh giỏi quốc gia | 10 giải | 12 giải", "tr"),
            P("Tỷ lệ tốt nghiệp THPT | 97,4% | 98,1%", "tr"),
            P("Phòng học kiên cố | 83,5% | 86,0%", "tr"),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của "
                "đội ngũ nhà giáo, đặc biệt ở các xã vùng sâu, vùng xa; đề nghị ngành tập trung "
                "khắc phục tình trạng thiếu giáo viên các môn Tin học, Ngoại ngữ, Nghệ thuật."
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể và 48 cá nhân có "
                "thành tích xuất sắc trong năm học 2025-2026."
            ),
            byline("Tin, ảnh: Hoàng Lan"),
        ],
        opts={
            "date": "14/08/2026 08:30",
            "owner": "bientap",
            "main": Img(
                _img(
                    "tin_tuc/hoat_dong_nganh/hoi_nghi_tong_ket_nam_hoc_2025_2026/image",
                    "hoi_nghi_tong_ket_nam_hoc_2025_2026",
                    48190,
                    "medium",
                ),
                printed="Quang cảnh Hội nghị tổng kết năm học 2025-2026",
                caption="Quang cảnh Hội nghị tổng kết năm học 2025-2026",
            ),
            "related": [1302, 1188],
            "old_alias": True,
        },
    ),
    Story(
        id=1251,
        slug="So-GD-DT-lam-viec-voi-UBND-phuong-Tuy-Hoa-ve-mang-luoi-truong-lop",
        title="Sở GD&ĐT làm việc với UBND phường Tuy Hòa về mạng lưới trường lớp",
        cat=HDN,
        published_at="2026-09-22T16:05:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Chiều 21/9, đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn "
                "đã làm việc với UBND phường Tuy Hòa về quy hoạch mạng lưới trường lớp giai đoạn "
                "2026-2030."
            ),
            P(
                "Theo báo cáo của UBND phường, trên địa bàn hiện có 9 trường mầm non, 8 trường "
                "tiểu học và 6 trường THCS; nhiều trường có sĩ số bình quân vượt quy định, "
                "trong khi quỹ đất mở rộng còn hạn chế."
            ),
            P(
                "Đoàn công tác đề nghị phường rà soát, bố trí quỹ đất xây dựng thêm 2 trường "
                "tiểu học ở khu dân cư mới, đồng thời đẩy nhanh tiến độ xây dựng phòng học bộ "
                "môn tại các trường THCS."
            ),
        ],
        opts={"date": "22/09/2026 16:05", "owner": "Văn phòng Sở", "related": [1234]},
    ),
    Story(
        id=1263,
        slug="Khai-giang-nam-hoc-2026-2027-hon-480-nghin-hoc-sinh-tuu-truong",
        title="Khai giảng năm học 2026-2027: hơn 480 nghìn học sinh tựu trường",
        cat=HDN,
        published_at="2026-09-05T10:20:00+07:00",
        summary=(
            "Sáng 5/9, hơn 480 nghìn học sinh các cấp trên địa bàn tỉnh đồng loạt dự lễ khai "
            "giảng năm học mới trong không khí vui tươi, phấn khởi."
        ),
        sapo_outside=True,
        authors=["Hoài Thu"],
        source="Báo Đắk Lắk",
        blocks=[
            P(
                "Tại Trường THPT chuyên Nguyễn Du (phường Buôn Ma Thuột), đồng chí Bí thư Tỉnh "
                "ủy dự lễ khai giảng, đánh trống khai trường và trao học bổng cho 30 học sinh "
                "có hoàn cảnh khó khăn."
            ),
            Img(
                _img(
                    "media/images/tin-tuc/khai-giang-2026/danh-trong", "danh_trong", 48305, "medium"
                ),
                printed="Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới",
                caption="Đồng chí Bí thư Tỉnh ủy đánh trống khai giảng năm học mới",
                style="embed",
            ),
            P(
                "Năm học này, toàn tỉnh có thêm 14 trường học được xây mới và đưa vào sử dụng, "
                "giảm đáng kể tình trạng học ca ba ở các phường trung tâm."
            ),
            Img(
                _img(
                    "media/images/tin-tuc/khai-giang-2026/hoc-sinh-lop-1",
                    "hoc_sinh_lop_1",
                    48311,
                    "medium",
                ),
                printed="Học sinh lớp 1 Trường Tiểu học Ea Tiêu trong ngày khai giảng",
                caption="Học sinh lớp 1 Trường Tiểu học Ea Tiêu trong ngày khai giảng",
                style="embed",
            ),
            P(
                "Ở các xã vùng sâu như Ea Súp, Buôn Đôn, lễ khai giảng được tổ chức gọn nhẹ, "
                "dành thời gian cho các hoạt động trải nghiệm đầu năm.",
                "nfd",
            ),
            byline("Hoài Thu"),
            source_line("Nguồn: Báo Đắk Lắk"),
        ],
        opts={"date": "05/09/2026 10:20", "owner": "bientap", "related": [1234, 1277]},
    ),
    Story(
        id=1277,
        slug="Tap-huan-giao-vien-day-tieng-E-De-cap-tieu-hoc",
        title="Tập huấn giáo viên dạy tiếng Ê Đê cấp tiểu học",
        cat=HDN,
        published_at="2026-10-08T14:45:00+07:00",
        summary=(
            "Từ ngày 5 đến 7/10, Sở GD&ĐT tổ chức lớp tập huấn chuyên môn cho 86 giáo viên "
            "dạy tiếng Ê Đê tại các trường tiểu học trong tỉnh."
        ),
        sapo_outside=True,
        authors=["Y Thuôn Niê"],
        photographers=["Hồng Nhung"],
        blocks=[
            P(
                "Lớp tập huấn tập trung vào phương pháp dạy học tiếng dân tộc theo Chương trình "
                "giáo dục phổ thông 2018, cách sử dụng bộ sách giáo khoa tiếng Ê Đê mới và "
                "đánh giá năng lực học sinh."
            ),
            P(
                "Các học viên được thực hành soạn giáo án, dạy minh họa và trao đổi kinh nghiệm "
                "tổ chức các hoạt động ngoại khóa bằng tiếng mẹ đẻ cho học sinh."
            ),
            P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra cuối khóa."),
            byline("Tin: Y Thuôn Niê - Ảnh: Hồng Nhung"),
        ],
        opts={
            "date": "08/10/2026 14:45",
            "owner": "bientap",
            "main": Img(
                _img(
                    "tin_tuc/hoat_dong_nganh/tap_huan_giao_vien_day_tieng_e_de_cap_tieu_hoc/image",
                    "tap_huan_giao_vien_day_tieng_e_de_cap_tieu_hoc",
                    48402,
                    "medium",
                ),
                printed="Giáo viên thực hành dạy minh họa tại lớp tập huấn",
                caption="Giáo viên thực hành dạy minh họa tại lớp tập huấn",
            ),
            "related": [1263],
        },
    ),
    Story(
        id=1290,
        slug="Doan-cong-tac-Bo-GD-DT-kiem-tra-cong-tac-chuan-bi-ky-thi-tot-nghiep-THPT",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp THPT",
        cat=HDN,
        published_at="2026-06-10T17:40:00+07:00",
        authors=["Phòng KT&QLCLGD"],
        blocks=[
            P(
                "Ngày 9 và 10/6, đoàn công tác của Bộ GD&ĐT đã kiểm tra công tác chuẩn bị kỳ "
                "thi tốt nghiệp THPT năm 2026 tại Đắk Lắk."
            ),
            P(
                "Đoàn đã kiểm tra khu vực in sao đề thi, khu vực bảo quản đề thi và một số điểm "
                "thi tại phường Buôn Ma Thuột và phường Tuy Hòa. Năm nay toàn tỉnh có 38.214 "
                "thí sinh đăng ký dự thi tại 86 điểm thi."
            ),
            P(
                "Trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của tỉnh, đề nghị Ban Chỉ đạo "
                "thi tiếp tục rà soát các phương án dự phòng, bảo đảm an toàn tuyệt đối đề thi."
            ),
        ],
        opts={
            "date": "10/06/2026 17:40",
            "owner": "Phòng KT&QLCLGD",
            "main": Img(
                _img(
                    "tin_tuc/hoat_dong_nganh/doan_cong_tac_bo_gd_dt_kiem_tra/image",
                    "doan_cong_tac_bo_gd_dt_kiem_tra",
                    47730,
                    "medium",
                ),
            ),
        },
    ),
    Story(
        id=1302,
        slug="Hoi-thi-giao-vien-day-gioi-cap-tinh-bac-THCS-nam-hoc-2025-2026",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2025-2026",
        cat=HDN,
        published_at="2026-03-20T09:00:00+07:00",
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Từ ngày 10 đến 18/3, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc "
                "THCS năm học 2025-2026 với sự tham gia của 214 giáo viên thuộc 11 môn học."
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành "
                "hai tiết dạy trên lớp. Ban Giám khảo đánh giá nhiều tiết dạy ứng dụng hiệu quả "
                "công nghệ thông tin và phương pháp dạy học tích cực."
            ),
            P("Kết quả xếp loại theo môn:", ""),
            P("Môn | Số dự thi | Đạt giáo viên dạy giỏi", "tr"),
            P("Ngữ văn | 28 | 24", "tr"),
            P("Toán | 31 | 27", "tr"),
            P("Tiếng Anh | 24 | 19", "tr"),
            P("Khoa học tự nhiên | 35 | 30", "tr"),
            P("Các môn khác | 96 | 81", "tr"),
            P(
                "Sở GD&ĐT sẽ ra quyết định công nhận và khen thưởng giáo viên dạy giỏi cấp tỉnh "
                "trong tháng 4/2026."
            ),
            byline("Phòng GDTrH"),
        ],
        opts={"date": "20/03/2026 09:00", "owner": "Administrator User", "related": [1234]},
    ),
    Story(
        id=1188,
        slug="Tuyen-duong-hoc-sinh-gioi-quoc-gia-nam-hoc-2025-2026",
        title="Tuyên dương học sinh giỏi quốc gia năm học 2025-2026",
        cat=HDN,
        published_at="2026-02-06T15:30:00+07:00",
        summary=(
            "Chiều 5/2, Sở GD&ĐT tổ chức lễ tuyên dương 12 học sinh đạt giải trong Kỳ thi "
            "chọn học sinh giỏi quốc gia THPT năm học 2025-2026."
        ),
        sapo_outside=True,
        authors=["Minh Thuận"],
        photographers=["Minh Thuận"],
        blocks=[
            P(
                "Năm nay, đội tuyển của tỉnh giành 1 giải Nhì, 4 giải Ba và 7 giải Khuyến khích, "
                "trong đó môn Tin học lần đầu có giải Nhì."
            ),
            Img(
                _img(
                    "media/images/tin-tuc/tuyen-duong-hsg-2026/trao-thuong",
                    "trao_thuong",
                    46120,
                    "medium",
                ),
                printed="Lãnh đạo Sở GD&ĐT trao thưởng cho học sinh đạt giải",
                caption="Lãnh đạo Sở GD&ĐT trao thưởng cho học sinh đạt giải",
                style="embed",
            ),
            P(
                "Dịp này, Sở GD&ĐT khen thưởng 12 học sinh và 9 giáo viên trực tiếp bồi dưỡng "
                "đội tuyển với tổng số tiền 186 triệu đồng."
            ),
            Img(
                _img(
                    "media/images/tin-tuc/tuyen-duong-hsg-2026/chup-anh-luu-niem",
                    "chup_anh_luu_niem",
                    46124,
                    "medium",
                ),
                printed="Các em học sinh đạt giải chụp ảnh lưu niệm",
                caption="Các em học sinh đạt giải chụp ảnh lưu niệm",
                style="embed",
            ),
            byline("Tin, ảnh: Minh Thuận"),
        ],
        opts={"date": "06/02/2026 15:30", "owner": "bientap", "old_alias": True},
    ),
]

STORIES += [
    Story(
        id=1315,
        slug="Huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        cat=CMNV,
        # (harmonised after the first crawl to the house convention for a document printed as the
        # page, crawler/extract/official.py: its letterhead's date and its signer; the helper's
        # gold first took the post's byline date and author field, 12/09 10:00 and Phòng GDTrH)
        published_at="2026-09-10",
        authors=["Nguyễn Thị Hạnh"],
        blocks=[
            Raw(
                _layout_table(
                    [
                        ["UBND TỈNH ĐẮK LẮK\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                        ["Số: 2145/SGDĐT-GDTrH\nV/v hướng dẫn thực hiện nhiệm vụ GDTrH năm học 2026-2027", "Đắk Lắk, ngày 10 tháng 9 năm 2026"],
                    ]
                )
            ),
            P("Kính gửi: Hiệu trưởng các trường THCS, THPT; Giám đốc các trung tâm GDNN-GDTX."),
            P(
                "Căn cứ Quyết định của UBND tỉnh về kế hoạch thời gian năm học 2026-2027 và "
                "hướng dẫn của Bộ GD&ĐT, Sở GD&ĐT hướng dẫn thực hiện nhiệm vụ giáo dục trung "
                "học năm học 2026-2027 như sau:"
            ),
            P("I. NHIỆM VỤ CHUNG", "h3"),
            P(
                "Tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp.",
                "li",
            ),
            P(
                "Đổi mới phương pháp dạy học, kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh.",
                "li",
            ),
            P("Đẩy mạnh chuyển đổi số, xây dựng học liệu số dùng chung toàn tỉnh.", "li"),
            P("II. NHIỆM VỤ CỤ THỂ", "h3"),
            P(
                "1. Các trường xây dựng kế hoạch giáo dục nhà trường, gửi về Sở (qua Phòng "
                "GDTrH) trước ngày 30/9/2026."
            ),
            P(
                "2. Tổ chức dạy học 2 buổi/ngày ở những nơi đủ điều kiện; tăng cường giáo dục "
                "kỹ năng sống, giáo dục STEM và hướng nghiệp."
            ),
            P(
                "3. Thực hiện kiểm tra định kỳ theo đề chung của trường; không tổ chức thi, "
                "kiểm tra vượt quá yêu cầu cần đạt của chương trình."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở GD&ĐT "
                "(qua Phòng GDTrH, điện thoại 0262.3856.617) để được hướng dẫn."
            ),
            Raw(
                _layout_table(
                    [["Nơi nhận:\n- Như trên;\n- Lãnh đạo Sở;\n- Lưu: VT, GDTrH.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Thị Hạnh"]]
                )
            ),
        ],
        opts={
            "date": "12/09/2026 10:00",
            "owner": "Phòng GDTrH",
            "files": [(5678, 34567, "CV-2145-SGDDT-GDTrH.pdf", "CV 2145/SGDĐT-GDTrH", "412.6 kB")],
            "table_layout": True,
            "related": [1329],
        },
    ),
    Story(
        id=1329,
        slug="Trien-khai-mo-hinh-truong-hoc-so-tai-cac-truong-THPT",
        title="Triển khai mô hình trường học số tại các trường THPT",
        cat=CMNV,
        published_at="2026-10-21T07:55:00+07:00",
        summary=(
            "Năm học 2026-2027, Sở GD&ĐT chọn 15 trường THPT thí điểm mô hình trường học số, "
            "hướng tới quản lý, dạy học và kiểm tra đánh giá hoàn toàn trên môi trường số."
        ),
        sapo_outside=True,
        authors=["Thanh Hương"],
        blocks=[
            P(
                "Theo kế hoạch, các trường thí điểm sẽ sử dụng hồ sơ điện tử, sổ điểm điện tử, "
                "học bạ số và hệ thống học liệu trực tuyến dùng chung; 100% giáo viên được bồi "
                "dưỡng năng lực số trong học kỳ I."
            ),
            P("Mô hình gồm ba nội dung chính:"),
            P("Quản trị nhà trường trên nền tảng số;", "li"),
            P("Dạy học kết hợp trực tiếp và trực tuyến;", "li"),
            P("Kiểm tra, đánh giá trên máy tính với ngân hàng câu hỏi chung của tỉnh.", "li"),
            Img(
                _img(
                    "media/images/tin-tuc/truong-hoc-so/phong-hoc-thong-minh",
                    "phong_hoc_thong_minh",
                    48620,
                    "medium",
                ),
                printed="Một tiết học tại phòng học thông minh Trường THPT Buôn Ma Thuột",
                caption="Một tiết học tại phòng học thông minh Trường THPT Buôn Ma Thuột",
                style="embed",
            ),
            P(
                "Sau một năm thí điểm, Sở sẽ đánh giá, rút kinh nghiệm trước khi nhân rộng ra "
                "toàn bộ các trường THPT trong tỉnh."
            ),
            byline("Thanh Hương (Phòng GDTrH)"),
        ],
        opts={"date": "21/10/2026 07:55", "owner": "bientap", "related": [1315]},
    ),
    Story(
        id=1340,
        slug="Thong-bao-lich-tiep-cong-dan-thang-12-2026",
        title="Thông báo lịch tiếp công dân tháng 12/2026",
        cat=TB,
        published_at="2026-11-24T08:15:00+07:00",
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Giám đốc Sở GD&ĐT tiếp công dân định kỳ vào sáng thứ Năm các ngày 03/12 và "
                "17/12/2026 tại Phòng tiếp công dân, 08 Nguyễn Tất Thành, phường Buôn Ma Thuột."
            ),
            P("Lịch chi tiết xem tại tệp đính kèm."),
        ],
        opts={
            "date": "24/11/2026 08:15",
            "owner": "Văn phòng Sở",
            "files": [
                (
                    5702,
                    34641,
                    "Lich-tiep-cong-dan-T12-2026.pdf",
                    "Lịch tiếp công dân tháng 12",
                    "88.1 kB",
                )
            ],
        },
    ),
    Story(
        id=1336,
        slug="Thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat=TB,
        published_at="2026-11-10T09:30:00+07:00",
        authors=["Phòng TCCB"],
        blocks=[
            P(
                "Sở GD&ĐT thông báo tuyển dụng viên chức làm việc tại các trường THPT, trung "
                "tâm GDNN-GDTX trực thuộc Sở năm 2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P("Vị trí | Số chỉ tiêu | Trình độ", "tr"),
            P("Giáo viên Tin học | 24 | Đại học sư phạm Tin học", "tr"),
            P("Giáo viên Tiếng Anh | 18 | Đại học sư phạm Tiếng Anh", "tr"),
            P("Giáo viên Âm nhạc, Mỹ thuật | 12 | Đại học sư phạm chuyên ngành", "tr"),
            P("Nhân viên thư viện, thiết bị | 9 | Cao đẳng trở lên", "tr"),
            P("2. Hồ sơ dự tuyển", "h3"),
            P("Phiếu đăng ký dự tuyển theo mẫu;", "li"),
            P("Bản sao văn bằng, chứng chỉ theo yêu cầu của vị trí việc làm;", "li"),
            P("Giấy chứng nhận đối tượng ưu tiên (nếu có).", "li"),
            P("3. Thời gian và địa điểm nhận hồ sơ", "h3"),
            P(
                "Từ ngày 12/11 đến hết ngày 11/12/2026 (trong giờ hành chính) tại Phòng Tổ "
                "chức cán bộ, Sở GD&ĐT, 08 Nguyễn Tất Thành, phường Buôn Ma Thuột.",
                "ent",
            ),
        ],
        opts={
            "date": "10/11/2026 09:30",
            "owner": "Phòng TCCB",
            "files": [
                (
                    5690,
                    34610,
                    "TB-tuyen-dung-2026.pdf",
                    "Thông báo tuyển dụng (bản PDF)",
                    "356.0 kB",
                ),
                (5691, 34611, "Phieu-dang-ky-du-tuyen.doc", "Phiếu đăng ký dự tuyển", "64.5 kB"),
            ],
        },
    ),
    Story(
        id=1322,
        slug="Thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-tinh-nam-2026",
        title="Thông báo kết quả xét công nhận sáng kiến cấp tỉnh năm 2026",
        cat=TB,
        published_at="2026-10-02T15:00:00+07:00",
        blocks=[
            P(
                "Hội đồng xét công nhận sáng kiến ngành giáo dục thông báo kết quả xét công nhận "
                "sáng kiến có phạm vi ảnh hưởng cấp tỉnh năm 2026: có 137/158 sáng kiến được "
                "đề nghị công nhận."
            ),
            P(
                "Các đơn vị, cá nhân có ý kiến về kết quả gửi văn bản về Văn phòng Sở trước "
                "ngày 15/10/2026."
            ),
        ],
        opts={
            "date": "02/10/2026 15:00",
            "owner": "Administrator User",
            "files": [
                (
                    5661,
                    34502,
                    "KQ-sang-kien-2026.xls",
                    "Danh sách sáng kiến được công nhận",
                    "120.3 kB",
                )
            ],
        },
    ),
    Story(
        id=1298,
        slug="Thong-bao-ve-viec-nghi-Le-Quoc-khanh-02-9-2026",
        title="Thông báo về việc nghỉ Lễ Quốc khánh 02/9/2026",
        cat=TB,
        published_at="2026-08-25T11:10:00+07:00",
        blocks=[
            P(
                "Thực hiện thông báo của UBND tỉnh, cán bộ, công chức, viên chức và người lao "
                "động cơ quan Sở GD&ĐT được nghỉ Lễ Quốc khánh từ ngày 31/8 đến hết ngày 02/9/2026.",
                "nfd",
            ),
            P(
                "Các phòng chuyên môn phân công trực cơ quan theo lịch; Văn phòng Sở tổng hợp, "
                "báo cáo tình hình trong dịp nghỉ lễ về UBND tỉnh trước 10 giờ ngày 03/9/2026."
            ),
        ],
        opts={"date": "25/08/2026 11:10", "owner": "bientap"},
    ),
]

BY_NODE = {s.id: s for s in STORIES}
FOLDER_OF_CAT = {
    HDN: "/Tin-tuc/Hoat-dong-nganh",
    CMNV: "/Tin-tuc/Chuyen-mon-Nghiep-vu",
    TB: "/Thong-bao",
}


def alias_of(story: Story) -> str:
    return f"{FOLDER_OF_CAT[story.cat]}/{story.slug}"


def _gold(story: Story) -> dict:
    """The story's record; its main ezimage (kept in ``opts``, printed before the text) is the
    first of its images, as the docstring says (added after the first crawl: the helper's gold
    listed only the images embedded in the text)."""
    record = gold_record(story, alias_of(story), story.cat, alt_paths=[f"/content/view/full/{story.id}"])
    main = story.opts.get("main")
    if main is not None:
        record["images"] = [{**image_gold(main.src, alias_of(story)), "caption": main.caption}, *record["images"]]
    return record


GOLD = [_gold(s) for s in STORIES]

DOC_ALIAS = "/Van-ban/Cong-van-2145-SGDDT-GDTrH-huong-dan-nhiem-vu-GDTrH-2026-2027"
NON_ARTICLES = [
    "/Gioi-thieu",
    "/Gioi-thieu/Co-cau-to-chuc",
    "/Van-ban",
    DOC_ALIAS,
    "/Lien-he",
    "/Thu-vien-anh",
]


# --- non-article nodes ------------------------------------------------------------------------

STATIC_NODES = {
    "/Gioi-thieu/Co-cau-to-chuc": (1050, "Cơ cấu tổ chức", "/Gioi-thieu"),
    "/Lien-he": (1052, "Liên hệ", None),
    "/Thu-vien-anh": (66, "Thư viện ảnh", None),
    DOC_ALIAS: (
        1316,
        "Công văn số 2145/SGDĐT-GDTrH hướng dẫn nhiệm vụ GDTrH năm học 2026-2027",
        "/Van-ban",
    ),
}
ORG_CHART = [
    (
        "Ban Giám đốc",
        ["Giám đốc Sở: Trần Văn Bình", "Phó Giám đốc: Nguyễn Thị Hạnh", "Phó Giám đốc: Y Khâm Byă"],
    ),
    (
        "Các phòng chuyên môn",
        [
            "Văn phòng Sở",
            "Phòng Tổ chức cán bộ",
            "Phòng Kế hoạch - Tài chính",
            "Phòng Giáo dục Mầm non - Tiểu học",
            "Phòng Giáo dục Trung học",
            "Phòng Khảo thí và Quản lý chất lượng giáo dục",
            "Thanh tra Sở",
        ],
    ),
]
GALLERY = [
    ("khai_giang_2026_01", "Lễ khai giảng tại Trường THPT chuyên Nguyễn Du"),
    ("khai_giang_2026_02", "Học sinh lớp 1 ngày đầu đến trường"),
    ("hoi_thi_gvdg_01", "Tiết dạy minh họa Hội thi giáo viên dạy giỏi"),
    ("tuyen_duong_hsg_01", "Tuyên dương học sinh giỏi quốc gia"),
    ("trai_nghiem_01", "Hoạt động trải nghiệm ở trường vùng dân tộc"),
    ("stem_01", "Ngày hội STEM cấp tỉnh"),
]
DOC_LINKS = [
    (
        "Quyết định ban hành kế hoạch thời gian năm học 2026-2027",
        "https://vanban.daklak.gov.vn/van-ban/qd-2026-1842.html",
        "01/08/2026 08:00",
    ),
    (
        "Kế hoạch tuyển sinh vào lớp 10 năm học 2026-2027",
        "https://vanban.daklak.gov.vn/van-ban/kh-2026-0412.html",
        "02/04/2026 08:00",
    ),
]


# --- small helpers ----------------------------------------------------------------------------


def node_date(story: Story) -> tuple[int, int, int, int, int]:
    d, m, rest = story.opts["date"].split("/")
    y, hm = rest.split(" ")
    hh, mm = hm.split(":")
    return int(y), int(m), int(d), int(hh), int(mm)


def link_date(link: LinkObj) -> tuple[int, int, int, int, int]:
    d, m, rest = link.date.split("/")
    y, hm = rest.split(" ")
    hh, mm = hm.split(":")
    return int(y), int(m), int(d), int(hh), int(mm)


def intro_text(story: Story) -> str:
    if story.summary:
        return story.summary
    return next(b.text for b in story.blocks if isinstance(b, P))


def main_thumb(story: Story) -> str | None:
    main = story.opts.get("main")
    return main.src.replace("_medium.jpg", "_small.jpg") if main else None


def day(date: str) -> str:
    return date.split(" ")[0]


# --- the pagelayout ---------------------------------------------------------------------------

TOPMENU = [
    (2, "/", "Trang chủ"),
    (58, "/Gioi-thieu", "Giới thiệu"),
    (60, "/Tin-tuc", "Tin tức"),
    (63, "/Thong-bao", "Thông báo"),
    (64, "/Van-ban", "Văn bản"),
    (66, "/Thu-vien-anh", "Thư viện ảnh"),
    (1052, "/Lien-he", "Liên hệ"),
]
LEFTMENU = [
    ("/Gioi-thieu", "Giới thiệu", [("/Gioi-thieu/Co-cau-to-chuc", "Cơ cấu tổ chức")]),
    (
        "/Tin-tuc",
        "Tin tức",
        [
            ("/Tin-tuc/Hoat-dong-nganh", "Hoạt động ngành"),
            ("/Tin-tuc/Chuyen-mon-Nghiep-vu", "Chuyên môn - Nghiệp vụ"),
        ],
    ),
    ("/Thong-bao", "Thông báo", []),
    ("/Van-ban", "Văn bản", []),
    ("/Thu-vien-anh", "Thư viện ảnh", []),
    ("/Lien-he", "Liên hệ", []),
]


def topmenu(current: str) -> str:
    items = []
    for i, (node, href, label) in enumerate(TOPMENU):
        cls = ["firstli"] if i == 0 else (["lastli"] if i == len(TOPMENU) - 1 else [])
        if href != "/" and current.startswith(href):
            cls.append("selected")
        attr = f' class="{" ".join(cls)}"' if cls else ""
        items.append(
            f'<li id="node_id_{node}"{attr}><div><a href="{href}"><span>{esc(label)}</span></a></div></li>'
        )
    return (
        '<div id="topmenu-position"><div id="topmenu" class="float-break"><ul>'
        + "".join(items)
        + "</ul></div></div>"
    )


def leftmenu(current: str) -> str:
    out = ['<div id="sidemenu"><h4>Danh mục</h4><ul class="menu-list">']
    for href, label, subs in LEFTMENU:
        sel = ' class="selected"' if current.startswith(href) else ""
        out.append(
            f'<li{sel}><div class="second_level_menu"><a href="{href}">{esc(label)}</a></div>'
        )
        if subs:
            out.append('<ul class="submenu-list">')
            out += [
                f'<li><div class="third_level_menu"><a href="{h}">{esc(s)}</a></div></li>'
                for h, s in subs
            ]
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></div>")
    return "".join(out)


def archive_box(folder: str) -> str:
    links = [f'<li><a href="{folder}/(year)/{y}">Năm {y}</a></li>' for y in (2026, 2025, 2024)]
    months = [
        f'<li><a href="{folder}/(month)/{m}/(year)/2026">Tháng {m}/2026</a></li>'
        for m in range(11, 0, -1)
    ]
    return (
        '<div class="border-box box-archive"><h4>Lưu trữ tin</h4><ul class="years">'
        + "".join(links)
        + '</ul><ul class="months">'
        + "".join(months)
        + "</ul></div>"
    )


def right_column() -> str:
    newest = sorted(STORIES, key=node_date, reverse=True)[:5]
    news = "".join(
        f'<li><a href="{alias_of(s)}">{esc(s.title)}</a> <span class="date">({day(s.opts["date"])})</span></li>'
        for s in newest
    )
    return f"""<div id="extrainfo-position"><div id="extrainfo">
<div class="border-box box-news"><h4>Tin mới</h4><ul>{news}</ul></div>
<div class="border-box box-docs"><h4>Văn bản mới</h4><ul>
<li><a href="{DOC_ALIAS}">Công văn số 2145/SGDĐT-GDTrH hướng dẫn nhiệm vụ GDTrH năm học 2026-2027</a></li>
<li><a href="/content/download/5702/34641/file/Lich-tiep-cong-dan-T12-2026.pdf">Lịch tiếp công dân tháng 12/2026</a></li>
<li><a href="/content/download/5690/34610/file/TB-tuyen-dung-2026.pdf">Thông báo tuyển dụng viên chức năm 2026</a></li>
</ul><p class="more"><a href="/Van-ban">Xem tất cả »</a></p></div>
<div class="border-box box-schedule"><h4>Lịch công tác</h4>
<p><strong>Tuần 48 (23/11 - 29/11/2026)</strong></p>
<p>Thứ Hai: Giám đốc Sở họp giao ban đầu tuần.</p>
<p>Thứ Năm: Phó Giám đốc Nguyễn Thị Hạnh kiểm tra dạy học tại các trường vùng khó.</p>
<p><a href="/content/download/5710/34680/file/Lich-cong-tac-tuan-48.pdf">Tải lịch công tác tuần</a></p></div>
<div class="border-box box-weblinks"><h4>Liên kết website</h4>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://daklak.gov.vn">Cổng TTĐT tỉnh Đắk Lắk</option>
<option value="https://baodaklak.vn">Báo Đắk Lắk</option>
<option value="https://vanban.daklak.gov.vn">Văn bản tỉnh Đắk Lắk</option></select></div>
<div class="border-box box-counter"><h4>Thống kê truy cập</h4>
<p>Đang online: 27</p><p>Tổng: 3.456.789</p></div>
</div></div>"""


def page(
    title_parts: list[str], content: str, current: str, path_html: str, left_extra: str = ""
) -> str:
    title = " / ".join([*title_parts, SITE_TITLE])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-VN" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="author" content="eZ Systems" />
<meta name="copyright" content="Sở GD&amp;ĐT Đắk Lắk" />
<meta name="MSSmartTagsPreventParsing" content="TRUE" />
<meta name="generator" content="eZ Publish" />
<link rel="Home" href="/" title="{esc(SITE_TITLE)} trang chủ" />
<link rel="Index" href="/" />
<link rel="Top" href="/" title="{esc(SITE_TITLE)}" />
<link rel="Search" href="/content/advancedsearch" title="Tìm kiếm {esc(SITE_TITLE)}" />
<link rel="Shortcut icon" href="/extension/daklak/design/daklak/images/favicon.ico" type="image/x-icon" />
<link rel="Alternate" type="application/rss+xml" title="RSS" href="/rss/feed/tin-tuc" />
<style type="text/css">@import url("/extension/ezwebin/design/ezwebin/stylesheets/core.css");
@import url("/extension/daklak/design/daklak/stylesheets/site-colors.css");</style>
<script type="text/javascript" src="/extension/ezjscore/design/standard/lib/yui/3.4.1/build/yui/yui-min.js"></script>
</head>
<body>
<div id="page" class="sidemenu extrainfo">
<div id="header-position"><div id="header" class="float-break">
<div id="logo"><a href="/" title="{esc(SITE_TITLE)}"><img src="/extension/daklak/design/daklak/images/logo.png" alt="{esc(SITE_TITLE)}" /></a></div>
<div id="clock">Hôm nay: {TODAY}</div>
<div id="searchbox"><form action="/content/search"><label for="searchtext" class="hide">Tìm kiếm:</label>
<input id="searchtext" name="SearchText" type="text" value="" size="12" />
<input id="searchbutton" class="button" type="submit" value="Tìm" title="Tìm kiếm" /></form></div>
<div id="links"><ul><li id="login"><a href="/user/login" title="Đăng nhập">Đăng nhập</a></li>
<li><a href="/rss/feed/tin-tuc" title="RSS">RSS</a></li></ul></div>
</div></div>
{topmenu(current)}
<div id="path-position"><div id="path"><p>{path_html}</p></div></div>
<div id="columns-position"><div id="columns" class="float-break">
<div id="sidemenu-position">{leftmenu(current)}{left_extra}</div>
<div id="main-position"><div id="main" class="float-break"><div class="overflow-fix">
{content}
</div></div></div>
{right_column()}
</div></div>
<div id="footer-position"><div id="footer">
<address>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK LẮK<br />
Địa chỉ: 08 Nguyễn Tất Thành, phường Buôn Ma Thuột, tỉnh Đắk Lắk - Điện thoại: 0262.3852.342 - Fax: 0262.3857.426<br />
Email: sgddt@daklak.gov.vn - Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT<br />
Thiết kế và phát triển: Công ty CP Giải pháp Phần mềm Hà Nội - <a href="http://ez.no/">Powered by eZ Publish&#8482;</a></address>
</div></div>
</div>
</body>
</html>"""


def path_html(crumbs: list[tuple[str, str]], last: str) -> str:
    sep = '<span class="path-separator">/</span>'
    links = [f'<a href="{href}" class="path-link">{esc(label)}</a>' for href, label in crumbs]
    return sep.join([*links, f'<span class="path-text">{esc(last)}</span>'])


def folder_crumbs(alias: str) -> list[tuple[str, str]]:
    out = [("/", "Trang chủ")]
    folder = FOLDERS.get(alias)
    chain = []
    while folder:
        chain.append((folder.alias, folder.name))
        folder = FOLDERS.get(folder.parent) if folder.parent else None
    return out + list(reversed(chain))


# --- the article's ezxmltext ------------------------------------------------------------------


def render_text(block: P) -> str:
    if block.style == "nfd":
        return text(block.text, nfd=True)
    if block.style == "ent":
        return text(block.text, entities=2)
    return text(block.text)


def render_cell(cell: str) -> str:
    return "<br />".join(text(line) for line in cell.split("\n"))


def render_embed(img: Img) -> str:
    caption = ""
    if img.printed:
        caption = (
            f'<div class="attribute-caption" style="width: 400px"><p>{esc(img.printed)}</p></div>'
        )
    return (
        '<div class="object-center"><div class="content-view-embed"><div class="class-image">'
        f'<div class="attribute-image"><img src="{img.src}" width="400" height="267" style="border: 0px  ;" '
        f'alt="" title="" /></div>{caption}</div></div></div>'
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    i, blocks, heading = 0, story.blocks, 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_embed(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{render_text(x)}</li>" for x in run) + "</ul>")
            else:
                border = "0" if story.opts.get("table_layout") else "1"
                rows = "".join(
                    "<tr>"
                    + "".join(
                        f'<td valign="top"><p>{render_cell(c)}</p></td>'
                        for c in x.text.split(" | ")
                    )
                    + "</tr>"
                    for x in run
                )
                out.append(
                    f'<table class="renderedtable" border="{border}" cellpadding="2" cellspacing="0" width="100%">{rows}</table>'
                )
            continue
        elif b.style == "h3":
            heading += 1
            anchor = f"eztoc{story.id}_0_{heading}"
            out.append(f'<h3><a name="{anchor}" id="{anchor}"></a>{render_text(b)}</h3>')
        else:
            out.append(f"<p>{render_text(b)}</p>")
        i += 1
    return "\n".join(out)


def render_files(story: Story) -> str:
    files = story.opts.get("files", [])
    if not files:
        return ""
    rows = []
    for obj, attr, fname, label, size in files:
        ext = fname.rsplit(".", 1)[-1]
        rows.append(
            f'<p><img src="/share/icons/crystal-admin/16x16_original/mimetypes/{ext}.png" alt="{ext}" /> '
            f'<a href="/content/download/{obj}/{attr}/file/{fname}">{esc(label)}</a> ({size})</p>'
        )
    return (
        '<div class="attribute-file"><p><strong>File đính kèm:</strong></p>'
        + "".join(rows)
        + "</div>"
    )


def related_box(story: Story) -> str:
    rel = [BY_NODE[n] for n in story.opts.get("related", [])]
    if not rel:
        return ""
    lines = "".join(
        f'<div class="content-view-embed"><div class="class-article"><h3><a href="{alias_of(r)}">{esc(r.title)}</a>'
        f' <span class="date">({day(r.opts["date"])})</span></h3>'
        f'<div class="attribute-short"><p>{esc(intro_text(r))}</p></div></div></div>'
        for r in rel
    )
    return f'<div class="attribute-relatedcontent"><h2>Tin liên quan</h2>{lines}</div>'


def article_full(story: Story, print_layout: bool = False) -> str:
    main = story.opts.get("main")
    image = ""
    if main:
        caption = ""
        if main.printed:
            caption = f'<div class="attribute-caption" style="width: 600px"><p>{esc(main.printed)}</p></div>'
        image = (
            f'<div class="attribute-image"><img src="{main.src}" width="600" height="400" style="border: 0px  ;" '
            f'alt="{esc(story.title)}" title="{esc(story.title)}" />{caption}</div>'
        )
    short = (
        f'<div class="attribute-short"><p>{esc(story.summary)}</p></div>' if story.summary else ""
    )
    tools = ""
    if not print_layout:
        tools = (
            f'<div class="attribute-print"><p><a href="/layout/set/print{alias_of(story)}" target="_blank">In bài viết</a></p></div>'
            f'<div class="attribute-tipafriend"><p><a href="/content/tipafriend/{story.id}" title="Gửi bài viết này cho bạn bè">'
            "Gửi cho bạn bè</a></p></div>"
            '<div class="attribute-comments"><p>Bình luận đã bị tắt</p></div>' + related_box(story)
        )
    return f"""<div class="border-box"><div class="content-view-full">
<div class="class-article">
<div class="attribute-header"><h1>{esc(story.title)}</h1></div>
<div class="attribute-byline"><p class="date">{story.opts["date"]}</p>
<p class="author">{esc(story.opts["owner"])}</p></div>
{image}
{short}
<div class="attribute-long">
{render_body(story)}
</div>
{render_files(story)}
{tools}
</div></div></div>"""


def article_page(story: Story) -> str:
    folder = FOLDER_OF_CAT[story.cat]
    crumbs = folder_crumbs(folder)
    titles = [story.title, *[label for _h, label in reversed(crumbs[1:])]]
    return page(titles, article_full(story), folder, path_html(crumbs, story.title))


def print_page(title: str, content: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-VN" lang="vi-VN">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} / {esc(SITE_TITLE)}</title>
<style type="text/css">@import url("/extension/ezwebin/design/ezwebin/stylesheets/print.css");</style>
</head>
<body onload="window.print()">
<div id="page"><div id="header"><p>{esc(SITE_TITLE)}</p></div>
<div id="main">{content}</div>
<div id="footer"><p>Bản in từ Cổng thông tin điện tử Sở GD&amp;ĐT Đắk Lắk</p></div></div>
</body></html>"""


# --- folders and their (offset)/(sort)/(year)/(month) views ------------------------------------


def folder_items(folder: Folder) -> list[Story | LinkObj]:
    if folder.subtree:
        cats = {c for c, f in FOLDER_OF_CAT.items() if f.startswith(folder.alias + "/")}
        links = [lk for lk in LINKS if lk.folder.startswith(folder.alias + "/")]
    else:
        cats = {c for c, f in FOLDER_OF_CAT.items() if f == folder.alias}
        links = [lk for lk in LINKS if lk.folder == folder.alias]
    return [s for s in STORIES if s.cat in cats] + links


def item_date(item: Story | LinkObj) -> tuple[int, int, int, int, int]:
    return node_date(item) if isinstance(item, Story) else link_date(item)


def line_view(item: Story | LinkObj) -> str:
    if isinstance(item, LinkObj):
        return (
            '<div class="content-view-line"><div class="class-link float-break">'
            f'<h2><a href="{esc(item.url)}" target="_blank">{esc(item.name)}</a></h2>'
            f'<div class="attribute-description"><p>({day(item.date)})</p></div></div></div>'
        )
    thumb = main_thumb(item)
    image = (
        f'<div class="attribute-image"><a href="{alias_of(item)}"><img src="{thumb}" width="100" height="67" alt="{esc(item.title)}" /></a></div>'
        if thumb
        else ""
    )
    return (
        '<div class="content-view-line"><div class="class-article float-break">'
        f'{image}<h2><a href="{alias_of(item)}">{esc(item.title)}</a></h2>'
        f'<p class="date">{day(item.opts["date"])}</p>'
        f'<div class="attribute-short"><p>{esc(intro_text(item))}</p></div></div></div>'
    )


def vp_text(params: list[tuple[str, str]], skip: tuple[str, ...]) -> str:
    return "".join(f"/({k})/{v}" for k, v in params if k not in skip)


def pager(base: str, params: list[tuple[str, str]], offset: int, total: int) -> str:
    if total <= PAGE_LIMIT:
        return ""
    rest = vp_text(params, ("offset",))
    pages = (total + PAGE_LIMIT - 1) // PAGE_LIMIT
    current = offset // PAGE_LIMIT

    def href(n: int) -> str:
        return base + (f"/(offset)/{n * PAGE_LIMIT}" if n else "") + rest

    out = ['<div class="pagenavigator"><p>']
    if current > 0:
        out.append(
            f'<span class="previous"><a href="{href(current - 1)}"><span class="text">&laquo;&nbsp;Trước</span></a></span>'
        )
    if current < pages - 1:
        out.append(
            f'<span class="next"><a href="{href(current + 1)}"><span class="text">Sau&nbsp;&raquo;</span></a></span>'
        )
    out.append('<span class="pages">')
    for n in range(pages):
        if n == current:
            out.append(f'<span class="current">{n + 1}</span>')
        else:
            out.append(f'<span class="other"><a href="{href(n)}">{n + 1}</a></span>')
    out.append("</span></p></div>")
    return "".join(out)


def sort_widget(base: str, params: list[tuple[str, str]]) -> str:
    rest = vp_text(params, ("sort",))
    return (
        '<div class="sort-by"><p>Sắp xếp: '
        f'<a href="{base}/(sort)/published{rest}">Mới nhất</a> | '
        f'<a href="{base}/(sort)/name{rest}">Tên bài</a></p></div>'
    )


def folder_content(folder: Folder, params: list[tuple[str, str]]) -> str:
    p = dict(params)
    head = f'<div class="attribute-header"><h1>{esc(folder.name)}</h1></div>'
    desc = (
        f'<div class="attribute-long"><p>{esc(folder.description)}</p></div>'
        if folder.description
        else ""
    )
    if folder.alias == "/Gioi-thieu":  # show_children unchecked: the description only
        return f'<div class="border-box"><div class="content-view-full"><div class="class-folder">{head}{desc}</div></div></div>'
    if folder.alias == "/Van-ban":
        lines = [
            '<div class="content-view-line"><div class="class-file float-break">'
            f'<h2><a href="{DOC_ALIAS}">{esc(STATIC_NODES[DOC_ALIAS][1])}</a></h2>'
            '<div class="attribute-file"><p><a href="/content/download/5712/34690/file/CV-2145-SGDDT-GDTrH.pdf">'
            "CV-2145-SGDDT-GDTrH.pdf</a> 412.6 kB</p></div></div></div>"
        ]
        lines += [
            line_view(LinkObj(0, name, url, date, "/Van-ban")) for name, url, date in DOC_LINKS
        ]
        body = "".join(lines)
        return f'<div class="border-box"><div class="content-view-full"><div class="class-folder">{head}{desc}<div class="content-view-children">{body}</div></div></div></div>'
    items = folder_items(folder)
    year, month = p.get("year"), p.get("month")
    if year and year.isdigit():
        items = [it for it in items if item_date(it)[0] == int(year)]
    if month and month.isdigit():
        items = [it for it in items if item_date(it)[1] == int(month)]
    if p.get("sort") == "name":
        items.sort(key=lambda it: (it.title if isinstance(it, Story) else it.name).lower())
    else:
        items.sort(key=item_date, reverse=True)
    offset = int(p["offset"]) if p.get("offset", "").isdigit() else 0
    shown = items[offset : offset + PAGE_LIMIT]
    lines = "".join(line_view(it) for it in shown) or '<p class="no-content">Không có tin nào.</p>'
    subfolders = ""
    children = [f for f in FOLDERS.values() if f.parent == folder.alias]
    if children and not (year or month or offset):
        subfolders = (
            '<div class="subfolders">'
            + "".join(
                f'<div class="content-view-line"><div class="class-folder"><h2><a href="{f.alias}">{esc(f.name)}</a></h2></div></div>'
                for f in children
            )
            + "</div>"
        )
    filt = ""
    if year or month:
        filt = f'<p class="archive-filter">Tin lưu trữ: {"tháng " + esc(month) + "/" if month else "năm "}{esc(year or "")}</p>'
    return (
        f'<div class="border-box"><div class="content-view-full"><div class="class-folder">{head}{desc}{filt}'
        f"{sort_widget(folder.alias, params)}{subfolders}"
        f'<div class="content-view-children">{lines}</div>'
        f"{pager(folder.alias, params, offset, len(items))}</div></div></div>"
    )


def folder_page(folder: Folder, params: list[tuple[str, str]]) -> str:
    crumbs = folder_crumbs(folder.alias)
    titles = [label for _h, label in reversed(crumbs[1:])]
    news = folder.alias not in ("/Gioi-thieu", "/Van-ban")
    return page(
        titles,
        folder_content(folder, params),
        folder.alias,
        path_html(crumbs[:-1], folder.name),
        archive_box(folder.alias) if news else "",
    )


# --- the frontpage (ezflow) -------------------------------------------------------------------


def frontpage() -> str:
    main = [BY_NODE[n] for n in (1277, 1329, 1251)]
    mainstory = "".join(
        '<div class="class-article float-break">'
        + (
            f'<div class="attribute-image"><a href="/content/view/full/{s.id}"><img src="{main_thumb(s)}" alt="" /></a></div>'
            if main_thumb(s)
            else ""
        )
        + f'<h2><a href="/content/view/full/{s.id}">{esc(s.title)}</a></h2>'
        f'<div class="attribute-short"><p>{esc(intro_text(s))}</p></div></div>'
        for s in main
    )
    news = sorted((s for s in STORIES if s.cat != TB), key=node_date, reverse=True)[:5]
    news_list = "".join(
        f'<li><a href="{alias_of(s)}">{esc(s.title)}</a> <span class="date">({day(s.opts["date"])})</span></li>'
        for s in news
    )
    notices = sorted((s for s in STORIES if s.cat == TB), key=node_date, reverse=True)
    notice_list = "".join(f'<li><a href="{alias_of(s)}">{esc(s.title)}</a></li>' for s in notices)
    old = [BY_NODE[1234], BY_NODE[1188]]
    focus = "".join(f'<li><a href="{alias_of(s)}-1">{esc(s.title)}</a></li>' for s in old)
    content = f"""<div class="zone-layout-2zoneslayout1"><div class="zone-a">
<div class="block-type-mainstory"><h2 class="block-title">Tin nổi bật</h2>{mainstory}</div>
<div class="block-type-itemlist"><h2 class="block-title"><a href="/Tin-tuc">Tin tức - Sự kiện</a></h2><ul>{news_list}</ul>
<p class="more"><a href="/Tin-tuc">Xem thêm »</a></p></div>
<div class="block-type-itemlist"><h2 class="block-title"><a href="/Thong-bao">Thông báo</a></h2><ul>{notice_list}</ul></div>
</div><div class="zone-b">
<div class="block-type-html"><h2 class="block-title">Tiêu điểm</h2><ul>{focus}
<li><a href="/Thu-vien-anh">Hình ảnh hoạt động ngành</a></li></ul></div>
</div></div>"""
    return page(["Trang chủ"], content, "/", '<span class="path-text">Trang chủ</span>')


# --- other nodes and modules ------------------------------------------------------------------


def static_content(alias: str) -> str:
    node, name, _parent = STATIC_NODES[alias]
    head = f'<div class="attribute-header"><h1>{esc(name)}</h1></div>'
    if alias == "/Gioi-thieu/Co-cau-to-chuc":
        parts = []
        for heading, items in ORG_CHART:
            parts.append(
                f"<h3>{esc(heading)}</h3><ul>"
                + "".join(f"<li>{esc(x)}</li>" for x in items)
                + "</ul>"
            )
        inner = f'<div class="class-trang_tinh">{head}<div class="attribute-long">{"".join(parts)}</div></div>'
    elif alias == "/Lien-he":
        inner = f"""<div class="class-feedback-form">{head}
<div class="attribute-description"><p>Mọi ý kiến đóng góp xin gửi về Sở Giáo dục và Đào tạo tỉnh Đắk Lắk theo mẫu dưới đây.</p></div>
<form method="post" action="/content/action">
<h4>Họ và tên</h4><div class="attribute-sender-name"><input type="text" class="box" size="70" name="ContentObjectAttribute_ezstring_data_text_9021" value="" /></div>
<h4>Email</h4><div class="attribute-email"><input type="text" class="box" size="70" name="ContentObjectAttribute_data_text_9022" value="" /></div>
<h4>Tiêu đề</h4><div class="attribute-subject"><input type="text" class="box" size="70" name="ContentObjectAttribute_ezstring_data_text_9023" value="" /></div>
<h4>Nội dung</h4><div class="attribute-message"><textarea class="box" cols="70" rows="10" name="ContentObjectAttribute_data_text_9024"></textarea></div>
<div class="content-action"><input type="submit" class="defaultbutton" name="ActionCollectInformation" value="Gửi" />
<input type="hidden" name="ContentNodeID" value="{node}" /><input type="hidden" name="ContentObjectID" value="1061" />
<input type="hidden" name="ViewMode" value="full" /></div></form></div>"""
    elif alias == "/Thu-vien-anh":
        thumbs = "".join(
            f'<div class="content-view-galleryline"><div class="class-image"><div class="attribute-image">'
            f'<a href="{STORAGE}/thu_vien_anh/{f}/{50100 + i}-1-vie-VN/{f}_large.jpg" rel="lightbox[gallery]" title="{esc(c)}">'
            f'<img src="{STORAGE}/thu_vien_anh/{f}/{50100 + i}-1-vie-VN/{f}_gallerythumbnail.jpg" alt="{esc(c)}" /></a></div>'
            f'<div class="attribute-name"><p>{esc(c)}</p></div></div></div>'
            for i, (f, c) in enumerate(GALLERY)
        )
        inner = f'<div class="class-gallery">{head}<div class="attribute-short"><p>Hình ảnh hoạt động của ngành giáo dục Đắk Lắk.</p></div><div class="content-view-children">{thumbs}</div></div>'
    else:  # the document entry (class file)
        inner = f"""<div class="class-file">{head}
<div class="attribute-description"><p>Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027 (ban hành ngày 10/9/2026).</p></div>
<div class="attribute-file"><p><a href="/content/download/5712/34690/file/CV-2145-SGDDT-GDTrH.pdf">CV-2145-SGDDT-GDTrH.pdf</a> 412.6 kB</p></div></div>"""
    return f'<div class="border-box"><div class="content-view-full">{inner}</div></div>'


def static_page(alias: str) -> str:
    _node, name, parent = STATIC_NODES[alias]
    crumbs = folder_crumbs(parent) if parent else [("/", "Trang chủ")]
    titles = [name, *[label for _h, label in reversed(crumbs[1:])]]
    return page(titles, static_content(alias), alias, path_html(crumbs, name))


def tipafriend_page(node: int, title: str, alias: str) -> str:
    content = f"""<div class="border-box"><div class="content-tipafriend">
<h1>Gửi bài viết cho bạn bè</h1>
<p>Bài viết: <a href="{alias}">{esc(title)}</a></p>
<form method="post" action="/content/tipafriend/{node}">
<div class="block"><label>Tên của bạn</label><input class="box" type="text" size="40" name="YourName" value="" /></div>
<div class="block"><label>Email của bạn</label><input class="box" type="text" size="40" name="YourEmail" value="" /></div>
<div class="block"><label>Email người nhận</label><input class="box" type="text" size="40" name="ReceiversEmail" value="" /></div>
<div class="block"><label>Tiêu đề</label><input class="box" type="text" size="40" name="Subject" value="{esc(title)}" /></div>
<div class="block"><label>Lời nhắn</label><textarea class="box" cols="40" rows="10" name="Comment"></textarea></div>
<div class="buttonblock"><input class="defaultbutton" type="submit" name="SendButton" value="Gửi" />
<input class="button" type="submit" name="CancelButton" value="Hủy" /></div></form></div></div>"""
    return page(
        ["Gửi bài viết cho bạn bè"],
        content,
        alias,
        path_html([("/", "Trang chủ")], "Gửi bài viết cho bạn bè"),
    )


def search_page(query: str, offset: int) -> str:
    q = query.strip().lower()
    hits = []
    if q:
        hits = [
            s
            for s in sorted(STORIES, key=node_date, reverse=True)
            if q in s.title.lower()
            or any(q in b.text.lower() for b in s.blocks if isinstance(b, P))
        ]
    shown = hits[offset : offset + PAGE_LIMIT]
    lines = "".join(
        '<div class="content-view-line"><div class="class-article float-break">'
        f'<h2><a href="/content/view/full/{s.id}">{esc(s.title)}</a></h2>'
        f'<div class="attribute-short"><p>{esc(intro_text(s))}</p></div></div></div>'
        for s in shown
    )
    feedback = (
        f"<h2>Tìm kiếm &quot;{esc(query)}&quot; trả về {len(hits)} kết quả</h2>"
        if q
        else "<p>Nhập từ khóa để tìm kiếm.</p>"
    )
    nav = ""
    if len(hits) > PAGE_LIMIT:
        qs = quote(query)
        nav = (
            '<div class="pagenavigator"><p><span class="pages">'
            + "".join(
                f'<span class="other"><a href="/content/search{"/(offset)/" + str(n) if n else ""}?SearchText={qs}">{n // PAGE_LIMIT + 1}</a></span>'
                for n in range(0, len(hits), PAGE_LIMIT)
            )
            + "</span></p></div>"
        )
    content = f"""<div class="border-box"><div class="content-search">
<form action="/content/search"><div class="attribute-header"><h1 class="long">Tìm kiếm</h1></div>
<div class="block"><input class="halfbox" type="text" size="20" name="SearchText" id="Search" value="{esc(query)}" />
<input class="button" name="SearchButton" type="submit" value="Tìm" /></div>
<p><a href="/content/advancedsearch">Tìm kiếm nâng cao</a></p></form>
<div class="feedback">{feedback}</div>{lines}{nav}</div></div>"""
    return page(
        ["Tìm kiếm"], content, "/content/search", path_html([("/", "Trang chủ")], "Tìm kiếm")
    )


def login_page() -> str:
    content = """<div class="border-box"><div class="user-login">
<form method="post" action="/user/login"><div class="attribute-header"><h1 class="long">Đăng nhập</h1></div>
<div class="block"><label for="id1">Tên đăng nhập</label><input class="halfbox" type="text" size="10" name="Login" id="id1" value="" /></div>
<div class="block"><label for="id2">Mật khẩu</label><input class="halfbox" type="password" size="10" name="Password" id="id2" value="" /></div>
<div class="buttonblock"><input class="defaultbutton" type="submit" name="LoginButton" value="Đăng nhập" /></div>
<p><a href="/user/forgotpassword">Quên mật khẩu?</a></p>
<input type="hidden" name="RedirectURI" value="" /></form></div></div>"""
    return page(["Đăng nhập"], content, "/user/login", path_html([("/", "Trang chủ")], "Đăng nhập"))


def rss_feed(request: Request) -> Response:
    base = "http://" + request.headers.get("Host", "127.0.0.1")
    news = sorted((s for s in STORIES if s.cat != TB), key=node_date, reverse=True)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{alias_of(s)}</link>"
        f"<description>{esc(intro_text(s))}</description>"
        f"<pubDate>{s.opts['date']}</pubDate></item>"
        for s in news
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin tức - {esc(SITE_TITLE)}</title><link>{base}/Tin-tuc</link>"
        f"<description>Tin tức Sở GD&amp;ĐT Đắk Lắk</description><language>vi-VN</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing ----------------------------------------------------------------------------------

_VIEW_PARAM = re.compile(r"^\((\w+)\)$")
_DOWNLOAD = re.compile(r"^/content/download/\d+/\d+/file/([^/]+)$")
_MIME = {"pdf": "application/pdf", "doc": "application/msword", "xls": "application/vnd.ms-excel"}


def split_view_params(path: str) -> tuple[str, list[tuple[str, str]]]:
    """eZ's URL: the node part, then "(name)/value" pairs in any order (unknown ones ignored)."""
    segs = [s for s in path.split("/") if s]
    for i, seg in enumerate(segs):
        if _VIEW_PARAM.match(seg):
            params, rest = [], segs[i:]
            j = 0
            while j < len(rest):
                m = _VIEW_PARAM.match(rest[j])
                if m:
                    value = (
                        rest[j + 1]
                        if j + 1 < len(rest) and not _VIEW_PARAM.match(rest[j + 1])
                        else ""
                    )
                    params.append((m.group(1), value))
                    j += 2 if value else 1
                else:
                    j += 1
            return "/" + "/".join(segs[:i]), params
    return "/" + "/".join(segs), []


@dataclass
class EzSite:
    aliases: dict[str, tuple[str, object]] = field(default_factory=dict)
    nodes: dict[int, str] = field(default_factory=dict)
    old: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for folder in FOLDERS.values():
            self.aliases[folder.alias.lower()] = ("folder", folder)
            self.nodes[folder.node] = folder.alias
        for story in STORIES:
            self.aliases[alias_of(story).lower()] = ("article", story)
            self.nodes[story.id] = alias_of(story)
            if story.opts.get("old_alias"):
                self.old[(alias_of(story) + "-1").lower()] = alias_of(story)
        for alias, (node, _name, _parent) in STATIC_NODES.items():
            self.aliases[alias.lower()] = ("static", alias)
            self.nodes[node] = alias
        self.nodes[2] = "/"

    def render(self, alias: str, params: list[tuple[str, str]], print_layout: bool) -> str | None:
        if alias == "/":
            return frontpage() if not print_layout else print_page("Trang chủ", "")
        kind, obj = self.aliases.get(alias.lower(), (None, None))
        if kind == "article":
            if print_layout:
                return print_page(obj.title, article_full(obj, print_layout=True))
            return article_page(obj)
        if kind == "folder":
            if print_layout:
                return print_page(obj.name, folder_content(obj, params))
            return folder_page(obj, params)
        if kind == "static":
            if print_layout:
                return print_page(STATIC_NODES[obj][1], static_content(obj))
            return static_page(obj)
        return None

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method == "POST":
            if path in ("/content/action", "/user/login") or path.startswith(
                "/content/tipafriend/"
            ):
                return html(
                    page(
                        ["Thông báo"],
                        "<p>Cảm ơn bạn. Yêu cầu đã được ghi nhận.</p>",
                        "/",
                        path_html([("/", "Trang chủ")], "Thông báo"),
                    )
                )
            return None
        m = _DOWNLOAD.match(path)
        if m:
            ext = m.group(1).rsplit(".", 1)[-1].lower()
            return Response(
                200,
                PDF,
                {
                    "Content-Type": _MIME.get(ext, "application/octet-stream"),
                    "Content-Disposition": f'attachment; filename="{m.group(1)}"',
                },
            )
        if (static := static_file(path)) is not None:
            return static
        if path == "/rss/feed/tin-tuc":
            return rss_feed(request)
        if path == "/user/login":
            return html(login_page())
        print_layout = False
        if path.startswith("/layout/set/print/") or path == "/layout/set/print":
            print_layout = True
            path = path[len("/layout/set/print") :] or "/"
        base, params = split_view_params(path)
        if base in ("/content/search", "/content/advancedsearch"):
            q = parse_qs(request.query).get("SearchText", [""])[0]
            off = dict(params).get("offset", "0")
            return html(search_page(q, int(off) if off.isdigit() else 0))
        tip = re.match(r"^/content/tipafriend/(\d+)$", base)
        if tip:
            alias = self.nodes.get(int(tip.group(1)))
            if alias is None or alias == "/":
                return None
            kind, obj = self.aliases[alias.lower()]
            title = (
                obj.title
                if kind == "article"
                else obj.name
                if kind == "folder"
                else STATIC_NODES[obj][1]
            )
            return html(tipafriend_page(int(tip.group(1)), title, alias))
        full = re.match(r"^/content/view/full/(\d+)$", base)
        if full:
            alias = self.nodes.get(int(full.group(1)))
            if alias is None:
                return None
            base = alias
        elif base.lower() in self.old:
            target = self.old[base.lower()] + "".join(f"/({k})/{v}" for k, v in params)
            return redirect(("/layout/set/print" if print_layout else "") + target, 301)
        body = self.render(base, params, print_layout)
        return html(body) if body is not None else None


def build_site() -> EzSite:
    return EzSite()
